/**
 * The request mix: `endpoints` (and `setup`, which are endpoints without weight and
 * checks) from the input or a block of the config file, each with its location, so
 * duplicate names and later template or tag problems point at the right line.
 */
import { DEFAULTS } from './defaults.js';
import { quote } from './describe.js';
import { formatPath, parseYaml, type ValuePath } from './file/yaml-source.js';
import { validate } from './file/zod-issues.js';
import { headerRecord } from './headers-settings.js';
import { meaningfulLines } from './inputs.js';
import { INVALID, type Invalid, type Issues, type PendingEndpoint } from './layers/layer.js';
import {
  ENDPOINT_TEXT_PATTERN,
  endpointListSchema,
  type EndpointItem,
  type SetupItem,
} from './schema/endpoint-schema.js';
import type { EndpointSettings, HttpMethod } from './settings.js';
import { capturesFrom, checksFrom } from './traffic/request-checks.js';

/**
 * The `endpoints` input: a YAML list, a single item (`GET /health` or a mapping),
 * or plain `METHOD /path` lines.
 */
export function endpointsFromInput(text: string, issues: Issues): PendingEndpoint[] | Invalid {
  const source = parseYaml(text);
  const where = (line: number, path: ValuePath) =>
    `${issues.input('endpoints')} line ${line} (${formatPath(['endpoints', ...path])})`;
  if (source.problems.length) {
    for (const problem of source.problems) {
      issues.add(
        `${issues.input('endpoints')} line ${problem.line}`,
        `YAML syntax error: ${problem.message}; expected a YAML list of endpoints such as "- GET /api/portfolio"`,
      );
    }
    return INVALID;
  }
  if (source.refused.length) {
    for (const refusal of source.refused) issues.add(where(refusal.line, refusal.path), refusal.message);
    return INVALID;
  }
  const lines = meaningfulLines(text);
  if (typeof source.value === 'string' && lines.length > 1) {
    // One `METHOD /path` per line, without list dashes.
    return endpointsFrom(
      lines.map((line) => line.text),
      (index, ...rest) => where(lines[index]?.line ?? 1, [index, ...rest]),
      issues,
    );
  }
  const wrapped = !Array.isArray(source.value);
  const items = wrapped ? [source.value] : source.value;
  const locate = (path: ValuePath, atKey = false) =>
    where(source.position(wrapped ? path.slice(1) : path, atKey).line, path);
  const result = validate(endpointListSchema, items);
  if (!result.ok) {
    for (const problem of result.problems) issues.add(locate(problem.path, problem.atKey), problem.message);
    return INVALID;
  }
  return endpointsFrom(result.value, (index, ...rest) => locate([index, ...rest]), issues);
}

const ENDPOINT_TEXT_RE = new RegExp(ENDPOINT_TEXT_PATTERN);

/** Endpoint or setup items (already checked by the schema) as endpoints; names must be unique. */
export function endpointsFrom(
  items: (EndpointItem | SetupItem)[],
  locate: (index: number, ...rest: PropertyKey[]) => string,
  issues: Issues,
): PendingEndpoint[] | Invalid {
  const pending: PendingEndpoint[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const where = locate(index);
    if (typeof item === 'string') {
      const match = ENDPOINT_TEXT_RE.exec(item.trim());
      if (!match) {
        // Only reached for the plain-lines form; list items were checked by the schema.
        issues.add(
          where,
          `got ${quote(item)}; expected "METHOD /path" such as "GET /api/portfolio" or "/health"`,
        );
        ok = false;
        return;
      }
      const method = (match[1] ?? 'GET') as HttpMethod;
      const path = match[2] ?? '/';
      pending.push({
        endpoint: { name: `${method} ${path}`, method, path, weight: 1, headers: {}, expectStatus: [] },
        jsonBody: false,
        where,
      });
      return;
    }
    const method = item.method ?? 'GET';
    const headers = item.headers
      ? headerRecord(item.headers, (name) => locate(index, 'headers', name), issues)
      : {};
    if (headers === INVALID) {
      ok = false;
      return;
    }
    const checks = checksFrom(
      'checks' in item ? item.checks : undefined,
      (i) => locate(index, 'checks', i),
      (where, message) => issues.add(where, message),
    );
    if (checks === null) {
      ok = false;
      return;
    }
    const captures = capturesFrom(item.captures);
    const endpoint: EndpointSettings = {
      name: item.name ?? `${method} ${item.path}`,
      method,
      path: item.path,
      weight: 'weight' in item ? (item.weight ?? 1) : 1,
      ...(captures ? { captures } : {}),
      ...(checks ? { checks } : {}),
      ...('tags' in item && item.tags ? { tags: tagTexts(item.tags) } : {}),
      headers,
      expectStatus:
        item['expect-status'] === undefined
          ? []
          : [
              ...new Set(
                Array.isArray(item['expect-status']) ? item['expect-status'] : [item['expect-status']],
              ),
            ],
    };
    const jsonBody = item.body !== undefined && typeof item.body !== 'string';
    if (item.body !== undefined) endpoint.body = jsonBody ? JSON.stringify(item.body) : (item.body as string);
    pending.push({ endpoint, jsonBody, where });
  });
  const seen = new Map<string, string>();
  for (const { endpoint, where } of pending) {
    const first = seen.get(endpoint.name);
    if (first !== undefined) {
      issues.add(
        where,
        `got a second endpoint named ${quote(endpoint.name)} (the first is at ${first}); expected unique names: give one of them a name`,
      );
      ok = false;
    } else {
      seen.set(endpoint.name, where);
    }
  }
  return ok ? pending : INVALID;
}

/** Tag values as text: `tags: {version: 2}` selects with `{version:2}`. */
function tagTexts(tags: Record<string, string | number | boolean>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key, String(value)]));
}

export function defaultEndpoints(): PendingEndpoint[] {
  return [
    {
      endpoint: {
        name: DEFAULTS.endpoint,
        method: 'GET',
        path: '/',
        weight: 1,
        headers: {},
        expectStatus: [],
      },
      jsonBody: false,
      where: 'the default endpoint',
    },
  ];
}

/** The endpoint, with `content-type: application/json` added for a JSON body unless a header sets it. */
export function withContentType(
  { endpoint, jsonBody }: PendingEndpoint,
  headers: Record<string, string>,
): EndpointSettings {
  const has = (name: string) =>
    [endpoint.headers, headers].some((set) => Object.keys(set).some((key) => key.toLowerCase() === name));
  return jsonBody && !has('content-type')
    ? { ...endpoint, headers: { ...endpoint.headers, 'content-type': 'application/json' } }
    : endpoint;
}
