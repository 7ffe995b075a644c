/**
 * The `data` key: a CSV or JSON file of records (users, tenants) shared read-only by
 * the VUs. Read and parsed once before the load; a record is never quoted back in a
 * message, since it may hold a password.
 */
import { parse as parseCsv } from 'csv-parse/sync';

import { kindOf, listOf, quote, shorten } from '../describe.js';
import { isUnsafeKey } from '../file/yaml-guards.js';
import type { DataValue } from '../schema/traffic-schema.js';
import { isSensitiveHeader } from '../secrets.js';
import type { AddIssue } from '../settings-error.js';
import type { TestData } from '../settings.js';
import { checkWorkspacePath } from '../workspace-path.js';
import { csvParseProblem, jsonParseProblem } from './data-file-errors.js';

/** Largest data file read, so a wrong path to a huge file fails clearly instead of exhausting memory. */
export const MAX_DATA_FILE_BYTES = 50 * 1024 * 1024;

export interface DataFileOptions {
  workspace: string;
  readFile?: (absolutePath: string) => string | undefined;
  readRoots?: readonly string[];
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
  const checked = checkWorkspacePath(
    file,
    where,
    {
      workspace: options.workspace,
      ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
      followLinks: options.readFile === undefined,
      expected: 'a CSV or JSON data file inside the workspace, such as users.csv',
    },
    add,
  );
  if (!checked) return null;
  const { absolute } = checked;
  let text: string | undefined;
  try {
    text = read(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    add(
      where,
      `could not read the data file ${quote(file)}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')}`,
    );
    return null;
  }
  if (text === undefined) {
    add(
      where,
      `got ${quote(file)}; no such file (looked for ${shorten(absolute, 200)}); expected a CSV or JSON data file relative to the workspace`,
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
    // csv-parse's message quotes the field's value (maybe a password): only its position is kept.
    return {
      problem: `${csvParseProblem(error, file)}; expected a header line such as "tenant,email,password", then one record per line`,
    };
  }
  const unsafe = Object.keys(rows[0] ?? {}).find(isUnsafeKey);
  if (unsafe !== undefined) return { problem: unsafeColumn(file, unsafe) };
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
  } catch {
    // JSON.parse's message quotes the text around the mistake: the position is found instead.
    return {
      problem: `${jsonParseProblem(text, file)}; expected a list of objects such as [{"tenant": "acme", "email": "a@acme.test"}]`,
    };
  }
  if (!Array.isArray(value)) {
    return {
      problem: `the data file ${quote(file)} holds ${kindOf(value)}; expected a JSON list of objects such as [{"tenant": "acme"}]`,
    };
  }
  const records: Record<string, string>[] = [];
  const columns: string[] = [];
  for (const [index, item] of value.entries()) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return {
        problem: `record ${index} of ${quote(file)} is ${kindOf(item)}; expected an object of fields such as {"tenant": "acme"}`,
      };
    }
    const record: Record<string, string> = {};
    for (const [key, field] of Object.entries(item as Record<string, unknown>)) {
      if (isUnsafeKey(key)) return { problem: unsafeColumn(file, key) };
      if (field !== null && typeof field === 'object') {
        return {
          problem: `the field ${quote(key)} of record ${index} in ${quote(file)} is ${kindOf(field)}; expected text, a number or true/false`,
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

function unsafeColumn(file: string, name: string): string {
  return `the data file ${quote(file)} has a field named ${quote(name)}, a name JavaScript reserves for object internals; expected other field names`;
}
