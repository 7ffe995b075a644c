/**
 * Tenant isolation: each gated response's tenant (a JSON path of the body, or a
 * header) compared with the requesting VU's own tenant (a field of its data record).
 * A response showing any other tenant is a violation; a response that shows no
 * tenant is not judged. Only the two tenant values are reported, never the body.
 */
import type { IsolationSettings } from '../../config/settings.js';
import { parseJsonPath, selectAll, valueText } from '../../syntax/json-path.js';
import type { ResponseView } from '../http/response-view.js';

export interface TenantVerdict {
  /** The response showed a tenant. */
  shown: boolean;
  /** The first tenant seen that is not the requester's; null when all matched (or none shown). */
  foreign: string | null;
}

export interface IsolationCheck {
  field: string;
  needsBody: boolean;
  judge(response: ResponseView, ownTenant: string): TenantVerdict;
}

const NOT_SHOWN: TenantVerdict = { shown: false, foreign: null };
const MATCHED: TenantVerdict = { shown: true, foreign: null };

export function compileIsolation(settings: IsolationSettings): IsolationCheck {
  if (settings.from === 'header') {
    const name = settings.path;
    return {
      field: settings.field,
      needsBody: false,
      judge(response, own) {
        if (response.status === 0) return NOT_SHOWN;
        const seen = response.header(name);
        if (seen === undefined || seen === '') return NOT_SHOWN;
        return seen === own ? MATCHED : { shown: true, foreign: seen };
      },
    };
  }
  const path = parseJsonPath(settings.path);
  return {
    field: settings.field,
    needsBody: true,
    judge(response, own) {
      const json = response.json();
      if (json === undefined) return NOT_SHOWN;
      const values = selectAll(path, json.value).filter((value) => value !== null && value !== undefined);
      if (values.length === 0) return NOT_SHOWN;
      for (const value of values) {
        const seen = valueText(value);
        if (seen !== own) return { shown: true, foreign: seen };
      }
      return MATCHED;
    },
  };
}
