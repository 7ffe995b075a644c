/** Per-VU session keys: `think-time` between requests and tenant `isolation`. */
import { parseDuration } from '../../syntax/durations.js';
import type { IsolationValue, ThinkTimeValue } from '../schema/traffic-schema.js';
import type { AddIssue } from '../settings-error.js';
import type { IsolationSettings, ThinkTime } from '../settings.js';

export function thinkTimeFrom(value: ThinkTimeValue, where: string, add: AddIssue): ThinkTime | null {
  if (typeof value === 'string') {
    const ms = parseDuration(value);
    return { minMs: ms, maxMs: ms };
  }
  const minMs = parseDuration(value.min);
  const maxMs = parseDuration(value.max);
  if (minMs > maxMs) {
    add(where, `got min ${value.min} above max ${value.max}; expected min ≤ max, e.g. {min: 500ms, max: 2s}`);
    return null;
  }
  return { minMs, maxMs };
}

export function isolationFrom(value: IsolationValue, where: string, add: AddIssue): IsolationSettings | null {
  const { json, header, field } = value;
  if ((json === undefined) === (header === undefined)) {
    add(
      where,
      `got ${json === undefined ? 'neither json nor header' : 'both json and header'}; expected one of them: {json: '$.tenant', field: tenant} or {header: x-tenant, field: tenant}`,
    );
    return null;
  }
  return json !== undefined
    ? { from: 'json', path: json, field }
    : { from: 'header', path: header!.toLowerCase(), field };
}
