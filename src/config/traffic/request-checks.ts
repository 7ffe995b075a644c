/** Per endpoint: `captures` (values kept per VU for later templates) and `checks` (conditions on each response). */
import { parseDuration } from '../../syntax/durations.js';
import { quote } from '../describe.js';
import type { CapturesValue, CheckItem } from '../schema/traffic-schema.js';
import type { AddIssue } from '../settings-error.js';
import type { CaptureSettings, CheckSettings } from '../settings.js';

/** `captures` of an endpoint or setup item. */
export function capturesFrom(value: CapturesValue | undefined): CaptureSettings[] | undefined {
  if (value === undefined) return undefined;
  return Object.entries(value).map(([name, source]) =>
    'json' in source
      ? { name, from: 'json', path: source.json }
      : { name, from: 'header', path: source.header.toLowerCase() },
  );
}

/** A default name for a check: its conditions in words. */
function describeCheck(item: CheckItem): string {
  const parts: string[] = [];
  if (item.status !== undefined)
    parts.push(`status ${Array.isArray(item.status) ? item.status.join('/') : item.status}`);
  if (item.json) {
    const { path: p, exists, equals, matches } = item.json;
    if (exists !== undefined) parts.push(`${p} ${exists ? 'exists' : 'absent'}`);
    if (equals !== undefined) parts.push(`${p} == ${JSON.stringify(equals)}`);
    if (matches !== undefined) parts.push(`${p} ~ ${matches}`);
    if (exists === undefined && equals === undefined && matches === undefined) parts.push(`${p} exists`);
  }
  if (item['body-contains'] !== undefined)
    parts.push(`body contains ${JSON.stringify(item['body-contains'])}`);
  if (item.header) parts.push(`${item.header.name} == ${String(item.header.equals)}`);
  if (item['max-duration'] !== undefined) parts.push(`under ${item['max-duration']}`);
  return parts.join(', ');
}

/** `checks` of an endpoint; null (issues reported) when one is unusable. */
export function checksFrom(
  items: CheckItem[] | undefined,
  locate: (index: number) => string,
  add: AddIssue,
): CheckSettings[] | undefined | null {
  if (items === undefined) return undefined;
  const checks: CheckSettings[] = [];
  const seen = new Set<string>();
  let ok = true;
  items.forEach((item, index) => {
    const hasCondition =
      item.status !== undefined ||
      item.json !== undefined ||
      item['body-contains'] !== undefined ||
      item.header !== undefined ||
      item['max-duration'] !== undefined;
    if (!hasCondition) {
      add(
        locate(index),
        'got a check without a condition; expected status, json, body-contains, header or max-duration',
      );
      ok = false;
      return;
    }
    const name = item.name ?? describeCheck(item);
    if (seen.has(name)) {
      add(locate(index), `got a second check named ${quote(name)} on this endpoint; expected unique names`);
      ok = false;
      return;
    }
    seen.add(name);
    const check: CheckSettings = { name };
    if (item.status !== undefined)
      check.status = [...new Set(Array.isArray(item.status) ? item.status : [item.status])];
    if (item.json !== undefined) {
      const { path: p, exists, equals, matches } = item.json;
      check.json = {
        path: p,
        ...(exists !== undefined ? { exists } : {}),
        ...(equals !== undefined ? { equals } : {}),
        ...(matches !== undefined ? { matches } : {}),
      };
      if (exists === undefined && equals === undefined && matches === undefined) check.json.exists = true;
    }
    if (item['body-contains'] !== undefined) check.bodyContains = item['body-contains'];
    if (item.header !== undefined)
      check.header = { name: item.header.name.toLowerCase(), equals: String(item.header.equals) };
    if (item['max-duration'] !== undefined) check.maxDurationMs = parseDuration(item['max-duration']);
    checks.push(check);
  });
  return ok ? checks : null;
}
