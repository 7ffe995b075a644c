/**
 * One request of the traffic plan, compiled once per run: its templates parsed, its
 * captures and checks compiled, and how much of the response the VU must keep to read
 * them. Sessions render it per VU (vu-session.ts).
 */
import type { EndpointSettings } from '../../config/settings.js';
import { parseTemplate, type Escape, type Template } from '../../syntax/templates.js';
import type { PreparedEndpoint } from '../http/prepared-target.js';
import { compileCapture, compileCheck, type CompiledCapture, type CompiledCheck } from './checks.js';
import type { IsolationCheck } from './isolation.js';

/** Largest part of a response body kept for captures and checks; a longer body is read to its end but not kept. */
export const MAX_KEPT_BODY_BYTES = 1024 * 1024;

/** One request of the plan, ready to render per VU. */
export interface RequestPlan {
  readonly endpoint: PreparedEndpoint;
  readonly templated: boolean;
  readonly path: Template;
  readonly headers: readonly { name: string; value: Template }[];
  readonly body: Template | null;
  readonly bodyEscape: Escape;
  readonly captures: readonly CompiledCapture[];
  readonly checks: readonly CompiledCheck[];
  readonly keepBodyBytes: number;
  readonly keepHeaders: boolean;
}

export function planRequest(
  endpoint: PreparedEndpoint,
  source: EndpointSettings,
  checkSlots: (check: CompiledCheck['name']) => number,
  isolation: IsolationCheck | null,
): RequestPlan {
  const path = parseTemplate(endpoint.path);
  const flat = (endpoint.dispatchOptions.headers ?? []) as string[];
  const headers: { name: string; value: Template }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    headers.push({ name: flat[i]!, value: parseTemplate(flat[i + 1]!) });
  const body = source.body === undefined || source.body === '' ? null : parseTemplate(source.body);
  const contentType = headers.find((header) => header.name === 'content-type')?.value.source ?? '';
  const captures = (source.captures ?? []).map(compileCapture);
  const checks = (source.checks ?? []).map((check) => compileCheck(check, checkSlots(check.name)));
  const needsBody =
    captures.some((capture) => capture.needsBody) ||
    checks.some((check) => check.needsBody) ||
    (isolation?.needsBody ?? false);
  return {
    endpoint,
    templated:
      !path.isStatic || headers.some((header) => !header.value.isStatic) || (body !== null && !body.isStatic),
    path,
    headers,
    body,
    bodyEscape: /json/i.test(contentType) ? 'json' : 'none',
    captures,
    checks,
    keepBodyBytes: needsBody ? MAX_KEPT_BODY_BYTES : 0,
    keepHeaders: captures.length > 0 || checks.some((check) => check.needsHeaders) || isolation !== null,
  };
}
