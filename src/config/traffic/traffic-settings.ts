/**
 * Realistic traffic, resolved and checked: test data (`data`), per-VU setup requests
 * (`setup`, e.g. a login), captures and checks per endpoint, `think-time` and tenant
 * `isolation`. resolve-settings.ts calls these per block and once more at the end
 * (`combineTraffic`) for what depends on several keys: every `{{name}}` must be a data
 * column, a capture declared earlier or a generator; the isolation field must be a
 * column; `check:` tags must name a check. All problems are reported together, with
 * their file locations, before any load is sent.
 */
import path from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';

import {
  GENERATOR_NAMES,
  parseTemplate,
  TemplateSyntaxError,
  templateNames,
  type Template,
} from '../../syntax/templates.js';
import type { Threshold } from '../../slo/types.js';
import { closestMatch, listOf, quote } from '../describe.js';
import { parseDuration } from '../../syntax/durations.js';
import { isSensitiveHeader } from '../secrets.js';
import type { EndpointSettings } from '../settings.js';
import type {
  CapturesValue,
  CheckItem,
  DataValue,
  IsolationValue,
  ThinkTimeValue,
} from '../schema/traffic-schema.js';

/** A value read from a response: a JSON path of the body, or a header (name in lower case). */
export interface CaptureSettings {
  name: string;
  from: 'json' | 'header';
  /** The JSON path as written, or the header name in lower case. */
  path: string;
}

/** A condition on each response of an endpoint; every part given must hold. */
export interface CheckSettings {
  name: string;
  status?: number[];
  json?: { path: string; exists?: boolean; equals?: string | number | boolean | null; matches?: string };
  bodyContains?: string;
  /** Header name in lower case. */
  header?: { name: string; equals: string };
  maxDurationMs?: number;
}

export interface TestData {
  /** The file as given (relative to the workspace). */
  file: string;
  order: 'sequential' | 'random';
  columns: string[];
  /** Every record has every column; values are text. Shared read-only by all VUs. */
  records: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Columns whose values are secrets (password, token, key, …): masked in logs, never written. */
  secretColumns: string[];
}

export interface ThinkTime {
  minMs: number;
  maxMs: number;
}

export interface IsolationSettings {
  from: 'json' | 'header';
  /** The JSON path as written, or the header name in lower case. */
  path: string;
  /** The data column holding the VU's own tenant. */
  field: string;
}

export interface TrafficSettings {
  data?: TestData;
  /** Requests each VU sends before its first one, and again after a 401. */
  setup: EndpointSettings[];
  thinkTime?: ThinkTime;
  isolation?: IsolationSettings;
}

/** Reports one problem. */
export type AddIssue = (where: string, message: string) => void;

/** Largest data file read, so a wrong path to a huge file fails clearly instead of exhausting memory. */
export const MAX_DATA_FILE_BYTES = 50 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Per block

export interface DataFileOptions {
  workspace: string;
  readFile?: (absolutePath: string) => string | undefined;
}

/** Reads and parses the data file; null (with the issue reported) when it cannot be used. */
export function loadTestData(
  value: DataValue,
  where: string,
  options: DataFileOptions,
  read: (absolutePath: string) => string | undefined,
  add: AddIssue,
): TestData | null {
  const file = typeof value === 'string' ? value : value.file;
  const order = typeof value === 'string' ? 'sequential' : (value.order ?? 'sequential');
  const absolute = path.resolve(options.workspace, file);
  let text: string | undefined;
  try {
    text = read(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    add(
      where,
      `could not read the data file ${quote(file)}: ${code === 'EISDIR' ? 'it is a directory' : String(error)}`,
    );
    return null;
  }
  if (text === undefined) {
    add(
      where,
      `got ${quote(file)}; no such file (looked for ${absolute}); expected a CSV or JSON data file relative to the workspace`,
    );
    return null;
  }
  if (text.length > MAX_DATA_FILE_BYTES) {
    add(
      where,
      `the data file ${quote(file)} is larger than ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB; expected a smaller file of records`,
    );
    return null;
  }
  const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
  const parsed = isJson ? jsonRecords(text, file) : csvRecords(text, file);
  if ('problem' in parsed) {
    add(where, parsed.problem);
    return null;
  }
  const { records, columns } = parsed;
  if (records.length === 0) {
    add(
      where,
      `the data file ${quote(file)} has no records; expected at least one (${isJson ? 'a JSON list of objects' : 'a header line, then one line per record'})`,
    );
    return null;
  }
  return {
    file,
    order,
    columns,
    records,
    secretColumns: columns.filter((column) => isSensitiveHeader(column)),
  };
}

type Parsed = { records: Record<string, string>[]; columns: string[] } | { problem: string };

function csvRecords(text: string, file: string): Parsed {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<
      string,
      string
    >[];
  } catch (error) {
    // csv-parse names the line; the record itself is not quoted back (it may hold a password).
    const message = (error as Error).message.replace(/\s*(?:"?record"?|value):.*$/s, '');
    return {
      problem: `the data file ${quote(file)} is not valid CSV: ${message}; expected a header line such as "tenant,email,password", then one record per line`,
    };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns =
    rows.length > 0
      ? Object.keys(rows[0]!)
      : header
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean);
  return { records: rows, columns };
}

function jsonRecords(text: string, file: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      problem: `the data file ${quote(file)} is not valid JSON (${(error as Error).message}); expected a list of objects such as [{"tenant": "acme", "email": "a@acme.test"}]`,
    };
  }
  if (!Array.isArray(value)) {
    return {
      problem: `the data file ${quote(file)} holds ${quote(value)}; expected a JSON list of objects such as [{"tenant": "acme"}]`,
    };
  }
  const records: Record<string, string>[] = [];
  const columns: string[] = [];
  for (const [index, item] of value.entries()) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return {
        problem: `record ${index} of ${quote(file)} is ${quote(item)}; expected an object of fields such as {"tenant": "acme"}`,
      };
    }
    const record: Record<string, string> = {};
    for (const [key, field] of Object.entries(item as Record<string, unknown>)) {
      if (field !== null && typeof field === 'object') {
        return {
          problem: `the field ${quote(key)} of record ${index} in ${quote(file)} is ${quote(field)}; expected text, a number or true/false`,
        };
      }
      record[key] = field === null || field === undefined ? '' : String(field);
      if (index === 0) columns.push(key);
    }
    records.push(record);
  }
  for (const [index, record] of records.entries()) {
    const lacking = columns.filter((column) => !Object.hasOwn(record, column));
    if (lacking.length > 0) {
      return {
        problem: `record ${index} of ${quote(file)} lacks ${listOf(
          lacking.map((c) => `"${c}"`),
          'and',
        )}; expected every record to have the fields of the first (${listOf(columns, 'and')})`,
      };
    }
  }
  return { records, columns };
}

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

// ---------------------------------------------------------------------------
// Across keys

/** One request of the config with where it was written. */
export interface LocatedRequest {
  endpoint: EndpointSettings;
  where: string;
}

export interface TrafficParts {
  data?: { value: TestData; where: string } | undefined;
  setup?: { value: LocatedRequest[]; where: string } | undefined;
  thinkTime?: { value: ThinkTime; where: string } | undefined;
  isolation?: { value: IsolationSettings; where: string } | undefined;
  endpoints: LocatedRequest[];
  headers: { value: Record<string, string>; where: string } | undefined;
  thresholds: Threshold[];
}

/** Every template of a request, with what the message calls it. */
function requestTemplates(endpoint: EndpointSettings): { field: string; text: string }[] {
  const fields = [{ field: 'path', text: endpoint.path }];
  for (const [name, value] of Object.entries(endpoint.headers))
    fields.push({ field: `header ${quote(name)}`, text: value });
  if (endpoint.body !== undefined) fields.push({ field: 'body', text: endpoint.body });
  return fields;
}

const ZERO_ARGUMENT_GENERATORS = GENERATOR_NAMES.filter((name) => name !== 'randomInt');

/**
 * The traffic settings, once every layer is picked. Null when something is wrong
 * (issues reported); undefined when nothing traffic-related is configured and no
 * endpoint uses a template, a capture or a check.
 */
export function combineTraffic(parts: TrafficParts, add: AddIssue): TrafficSettings | undefined | null {
  let ok = true;
  const fail = (where: string, message: string): void => {
    add(where, message);
    ok = false;
  };
  const columns = parts.data?.value.columns ?? [];
  const setup = parts.setup?.value ?? [];
  const setupCaptures: string[] = [];
  const endpointCaptures = parts.endpoints.flatMap(({ endpoint }) =>
    (endpoint.captures ?? []).map((c) => c.name),
  );

  for (const name of [
    ...setup.flatMap(({ endpoint }) => endpoint.captures ?? []).map((c) => c.name),
    ...endpointCaptures,
  ]) {
    if (columns.includes(name) && parts.data) {
      fail(
        parts.data.where,
        `the capture ${quote(name)} has the name of a data column; expected a different name (which one would {{${name}}} mean?)`,
      );
    }
  }

  const checkNames = (request: LocatedRequest, known: readonly string[], what: string): void => {
    for (const { field, text } of requestTemplates(request.endpoint)) {
      let template: Template;
      try {
        template = parseTemplate(text);
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        fail(request.where, `the ${field} of ${quote(request.endpoint.name)}: ${error.message}`);
        continue;
      }
      for (const name of templateNames(template)) {
        if (known.includes(name) || ZERO_ARGUMENT_GENERATORS.includes(name as never)) continue;
        const candidates = [...known, ...ZERO_ARGUMENT_GENERATORS];
        const close = closestMatch(name, candidates);
        fail(
          request.where,
          `the ${field} of ${quote(request.endpoint.name)} uses {{${name}}}, which is ${what}` +
            (close !== undefined
              ? `; did you mean {{${close}}}?`
              : `; expected ${describeKnown(columns, known, parts.data !== undefined)}`),
        );
      }
    }
  };

  // Setup requests see the data and the captures of the setup requests before them.
  setup.forEach((request) => {
    checkNames(
      request,
      [...columns, ...setupCaptures],
      'neither a data column, nor a capture of an earlier setup request, nor a generator',
    );
    for (const capture of request.endpoint.captures ?? []) setupCaptures.push(capture.name);
  });
  const allCaptures = [...setupCaptures, ...endpointCaptures];
  for (const request of parts.endpoints) {
    checkNames(
      request,
      [...columns, ...allCaptures],
      'neither a data column, nor a capture, nor a generator',
    );
  }
  if (parts.headers) {
    const request = {
      endpoint: {
        name: 'headers',
        method: 'GET' as const,
        path: '/',
        weight: 1,
        headers: parts.headers.value,
        expectStatus: [],
      },
      where: parts.headers.where,
    };
    checkNames(
      request,
      [...columns, ...allCaptures],
      'neither a data column, nor a capture, nor a generator',
    );
  }

  const isolation = parts.isolation;
  if (isolation) {
    if (!parts.data) {
      fail(
        isolation.where,
        `isolation needs test data: expected a data file (data: users.csv) with the column ${quote(isolation.value.field)} holding each VU's tenant`,
      );
    } else if (!columns.includes(isolation.value.field)) {
      const close = closestMatch(isolation.value.field, columns);
      fail(
        isolation.where,
        `got the field ${quote(isolation.value.field)}, but the data file ${quote(parts.data.value.file)} has no such column` +
          (close !== undefined
            ? `; did you mean "${close}"?`
            : `; expected one of ${listOf(columns.map((c) => `"${c}"`))}`),
      );
    }
  }

  const allChecks = [
    ...new Set(parts.endpoints.flatMap(({ endpoint }) => (endpoint.checks ?? []).map((c) => c.name))),
  ];
  for (const threshold of parts.thresholds) {
    if (threshold.metric === 'checks' && allChecks.length === 0) {
      fail(
        threshold.origin,
        `got ${quote(threshold.source)}, but no endpoint has checks; expected checks on an endpoint, e.g. checks: [{name: ok, status: 200}]`,
      );
    }
    if (threshold.metric === 'isolation_violations' && !isolation) {
      fail(
        threshold.origin,
        `got ${quote(threshold.source)}, but isolation is not configured; expected e.g. isolation: {json: '$.tenant', field: tenant}`,
      );
    }
    const tag = threshold.tags.check;
    if (tag !== undefined && allChecks.length > 0 && !allChecks.includes(tag)) {
      const close = closestMatch(tag, allChecks);
      fail(
        threshold.origin,
        `got the tag {check:${tag}} in ${quote(threshold.source)}, but no check is named ${quote(tag)}; ` +
          (close !== undefined
            ? `did you mean "${close}"?`
            : `expected one of ${listOf(allChecks.map((c) => `"${c}"`))}`),
      );
    }
  }

  if (!ok) return null;
  const usesTemplates =
    parts.endpoints.some(({ endpoint }) =>
      requestTemplates(endpoint).some(({ text }) => text.includes('{{')),
    ) || Object.values(parts.headers?.value ?? {}).some((value) => value.includes('{{'));
  const anything =
    parts.data !== undefined ||
    setup.length > 0 ||
    parts.thinkTime !== undefined ||
    isolation !== undefined ||
    usesTemplates ||
    parts.endpoints.some(({ endpoint }) => endpoint.captures?.length || endpoint.checks?.length);
  if (!anything) return undefined;
  return {
    ...(parts.data ? { data: parts.data.value } : {}),
    setup: setup.map(({ endpoint }) => endpoint),
    ...(parts.thinkTime ? { thinkTime: parts.thinkTime.value } : {}),
    ...(isolation ? { isolation: isolation.value } : {}),
  };
}

function describeKnown(columns: readonly string[], known: readonly string[], hasData: boolean): string {
  const captures = known.filter((name) => !columns.includes(name));
  const sides = [
    hasData
      ? `a data column (${listOf(columns.map((c) => `"${c}"`))})`
      : 'a data column (there is no data file: add data: users.csv)',
    captures.length ? `a capture (${listOf(captures.map((c) => `"${c}"`))})` : 'a capture declared earlier',
    `a generator (${listOf(['uuid', 'timestamp', 'randomInt MIN MAX'])})`,
  ];
  return listOf(sides);
}

/** Values of secret data columns, for the action to mask in the log. */
export function trafficSecretValues(traffic: TrafficSettings | undefined): string[] {
  const data = traffic?.data;
  if (!data || data.secretColumns.length === 0) return [];
  const values = new Set<string>();
  for (const record of data.records) {
    for (const column of data.secretColumns) {
      const value = record[column];
      if (value) values.add(value);
    }
  }
  return [...values];
}
