import { describe, expect, it } from 'vitest';

import { jsonSyntaxError, lineAndColumn } from '../src/config/traffic/data-file-errors.js';
import { issuesOf } from './helpers/traffic-config.js';

const F = '.github/loadgate.yml';
const config = (file: string) => `target-url: http://127.0.0.1:1\ndata: ${file}\nendpoints:\n  - GET /\n`;

/** Line and column (1-based) of the first occurrence of `marker` in `text`. */
function positionOf(text: string, marker: string): { line: number; col: number } {
  const offset = text.indexOf(marker);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

describe('CSV data files that do not parse', () => {
  it.each([
    [
      'a stray quote inside a quoted password',
      'email,password\na@x.test,"s3cr"et-PW"\n',
      'a quote inside a quoted field',
    ],
    [
      'a quote inside an unquoted password',
      'email,password\na@x.test,s3cr"et-PW\n',
      'a quote inside an unquoted field',
    ],
    [
      'a quoted password never closed',
      'email,password\na@x.test,"s3cret-PW\n',
      'a quoted field that is never closed',
    ],
    ['text after a closing quote', 'email,password\na@x.test,"s3cr" et-PW\n', 'text after the closing quote'],
    [
      'a record with an extra field',
      'email,password\na@x.test,s3cret-PW,more\n',
      'a different number of fields',
    ],
  ])('%s: names file and line, never the value', (_, csv, what) => {
    const issues = issuesOf(config('users.csv'), { 'users.csv': csv });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`${F}:2:7 (data): users.csv:2`);
    expect(issues[0]).toContain(what);
    expect(issues[0]).not.toMatch(/s3cr|et-PW|a@x\.test/);
  });

  it('names the field (its column name from the header line) where csv-parse knows it', () => {
    const [issue] = issuesOf(config('users.csv'), { 'users.csv': 'email,password\na@x.test,s3cr"et\n' });
    expect(issue).toContain('users.csv:2 (field 2, "password"): not valid CSV');
  });
});

describe('JSON data files that do not parse', () => {
  it.each([
    [
      'an unquoted password',
      '[\n  {"email": "a@x.test", "password": hunter2-PW}\n]\n',
      'hunter2-PW',
      'expected a value',
    ],
    [
      'a password in single quotes',
      '[\n  {"email": "a@x.test", "password": \'hunter2-PW\'}\n]\n',
      "'hunter2-PW'",
      'single quotes',
    ],
    [
      'a password never closed',
      '[\n  {"email": "a@x.test", "password": "hunter2-PW',
      '"hunter2-PW',
      'never closed',
    ],
    [
      'a line break inside a password',
      '[\n  {"email": "a@x.test", "password": "hunter2-PW\n"}]',
      '\n"}',
      'line break inside a string',
    ],
    [
      'a missing comma',
      '[\n  {"email": "a@x.test" "password": "hunter2-PW"}\n]\n',
      '"password"',
      'expected a comma or }',
    ],
    ['a trailing comma', '[\n  {"password": "hunter2-PW"},\n]\n', ']', 'expected a value'],
  ])('%s: file:line:col of the mistake, never the value', (_, json, marker, what) => {
    const issues = issuesOf(config('users.json'), { 'users.json': json });
    expect(issues).toHaveLength(1);
    const { line, col } = positionOf(json, marker);
    expect(issues[0]).toContain(`${F}:2:7 (data): users.json:${line}:${col}: not valid JSON: `);
    expect(issues[0]).toContain(what);
    expect(issues[0]).not.toMatch(/hunter2|a@x\.test/);
  });

  it('the scan agrees with JSON.parse where V8 gives a position', () => {
    for (const text of ['{"a": "x', '{"a":1}x', '[1, 2', '{"a" 1}', '[tru]', '[01]', '{"a":"\\q"}']) {
      expect(() => JSON.parse(text)).toThrow();
      const { offset } = jsonSyntaxError(text);
      const v8 = /at position (\d+)/.exec(
        (() => {
          try {
            JSON.parse(text);
          } catch (error) {
            return (error as Error).message;
          }
          return '';
        })(),
      )?.[1];
      if (v8 !== undefined && !text.startsWith('{"a": "x')) expect(offset, text).toBe(Number(v8));
      expect(offset, text).toBeLessThanOrEqual(text.length);
    }
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });

  it('values of the wrong kind are named by kind only', () => {
    const top = issuesOf(config('users.json'), { 'users.json': '"hunter2-PW"' });
    expect(top[0]).toContain('holds a text; expected a JSON list of objects');
    const item = issuesOf(config('users.json'), { 'users.json': '[{"password": "a"}, "hunter2-PW"]' });
    expect(item[0]).toContain('record 1 of "users.json" is a text; expected an object');
    expect([...top, ...item].join('\n')).not.toContain('hunter2');
  });

  it('reserved field names are refused in JSON and CSV', () => {
    expect(issuesOf(config('users.json'), { 'users.json': '[{"__proto__": "x"}]' })[0]).toMatch(
      /has a field named "__proto__", a name JavaScript reserves/,
    );
    expect(issuesOf(config('users.csv'), { 'users.csv': 'email,constructor\na,b\n' })[0]).toMatch(
      /has a field named "constructor"/,
    );
  });
});
