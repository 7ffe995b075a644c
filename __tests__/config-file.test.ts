import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadConfigFile } from '../src/config/file/load-config-file.js';
import { JSON_SCHEMA_PATH, renderConfigJsonSchema } from '../src/config/schema/json-schema.js';

const FILE = '.github/loadgate.yml';
const load = (text: string) => loadConfigFile(text, FILE);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('loadConfigFile', () => {
  it('accepts the example config without issues', () => {
    const loaded = load(fs.readFileSync(path.join(root, 'examples/loadgate.yml'), 'utf8'));
    expect(loaded.issues).toEqual([]);
    expect(loaded.config.vus).toBe(20);
    expect(Object.keys(loaded.config.environments ?? {})).toEqual(['staging', 'production']);
  });

  it('treats an empty file as an empty config', () => {
    expect(load('# nothing yet\n')).toMatchObject({ config: {}, issues: [], unreadable: false });
  });

  it('names an unknown key at its line and column, with "did you mean"', () => {
    const loaded = load('duration: 30s\ntresholds:\n  - "p95: 250ms"\n');
    expect(loaded.issues).toEqual([
      { where: `${FILE}:2:1 (tresholds)`, message: 'unknown key "tresholds"; did you mean "thresholds"?' },
    ]);
    expect(loaded.invalid.size).toBe(0);
  });

  it('lists the known keys when no key is close', () => {
    const [issue] = load('frobnicate: 1\n').issues;
    expect(issue?.where).toBe(`${FILE}:1:1 (frobnicate)`);
    expect(issue?.message).toMatch(
      /^unknown key "frobnicate"; expected one of target-url, duration, vus, ramp-up, /,
    );
  });

  it('finds unknown keys inside endpoints and environment blocks', () => {
    const loaded = load(
      ['endpoints:', '  - path: /a', '    wieght: 2', 'environments:', '  staging:', '    vsu: 5'].join('\n'),
    );
    expect(loaded.issues).toEqual([
      { where: `${FILE}:3:5 (endpoints[0].wieght)`, message: 'unknown key "wieght"; did you mean "weight"?' },
      { where: `${FILE}:6:5 (environments.staging.vsu)`, message: 'unknown key "vsu"; did you mean "vus"?' },
    ]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const loaded = load('duration: 30s\nvus: [10\nramp-up: 5s\n');
    expect(loaded.unreadable).toBe(true);
    expect(loaded.issues.length).toBeGreaterThan(0);
    expect(loaded.issues[0]?.where).toMatch(/^\.github\/loadgate\.yml:\d+:\d+$/);
    expect(loaded.issues[0]?.message).toMatch(/^YAML syntax error: /);
  });

  it('reports a duplicate key as a syntax error at the second one', () => {
    const loaded = load('vus: 10\nvus: 20\n');
    expect(loaded.issues).toEqual([
      { where: `${FILE}:2:1`, message: expect.stringMatching(/^YAML syntax error: Map keys must be unique/) },
    ]);
  });

  it('refuses a file that is not a mapping', () => {
    expect(load('- GET /\n').issues).toEqual([
      {
        where: FILE + ':1:1',
        message: 'got a list; expected a mapping of settings such as "duration: 30s" (one per line)',
      },
    ]);
  });

  it('gives each wrong value its location, the value and the form expected', () => {
    const loaded = load(
      [
        'target-url: ftp://canary',
        'duration: 30',
        'vus: 2.5',
        'fail-on-breach: yes',
        'stages:',
        '  - { duration: 10s, target: -1 }',
        'endpoints:',
        '  - FETCH /x',
        '  - { path: /b, expect-status: 700 }',
        '  - { path: api/c, method: get }',
        'headers:',
        '  Bad Name: x',
      ].join('\n'),
    );
    expect(loaded.issues).toEqual([
      {
        where: `${FILE}:1:13 (target-url)`,
        message:
          'got "ftp://canary"; expected an http or https URL such as https://canary.example.com (the scheme is ftp)',
      },
      {
        where: `${FILE}:2:11 (duration)`,
        message:
          'got 30, a number without a unit; expected a duration such as 30s, 2m or 1m30s (write 30s for seconds)',
      },
      { where: `${FILE}:3:6 (vus)`, message: 'got 2.5; expected a whole number of virtual users, 1 or more' },
      { where: `${FILE}:4:17 (fail-on-breach)`, message: 'got "yes"; expected true or false' },
      {
        where: `${FILE}:6:30 (stages[0].target)`,
        message:
          'got -1; expected a whole number of virtual users (or requests per second when rate is set), 0 or more',
      },
      {
        where: `${FILE}:8:5 (endpoints[0])`,
        message:
          'got "FETCH /x"; expected "METHOD /path" such as "GET /api/portfolio" or "/health" (METHOD one of GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS, in capitals; the path starts with /)',
      },
      {
        where: `${FILE}:9:32 (endpoints[1].expect-status)`,
        message: 'got 700; expected an HTTP status from 100 to 599',
      },
      {
        where: `${FILE}:10:13 (endpoints[2].path)`,
        message:
          'got "api/c"; expected a path starting with / and without spaces, such as /api/portfolio?limit=10',
      },
      {
        where: `${FILE}:10:28 (endpoints[2].method)`,
        message: 'got "get"; expected one of GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS (in capitals)',
      },
      {
        where: `${FILE}:12:3 (headers["Bad Name"])`,
        message: 'got "Bad Name"; expected a header name such as X-Api-Key (no spaces or colons)',
      },
    ]);
    expect([...loaded.invalid].sort()).toEqual(
      ['duration', 'endpoints', 'fail-on-breach', 'headers', 'stages', 'target-url', 'vus'].sort(),
    );
  });

  it('points at the nearest enclosing node when the value is missing', () => {
    const loaded = load('stages:\n  - duration: 10s\n');
    expect(loaded.issues).toEqual([
      { where: `${FILE}:2:5 (stages[0].target)`, message: expect.stringContaining('expected') },
    ]);
  });

  it('narrows a thresholds list/mapping mistake to the item', () => {
    const loaded = load('thresholds:\n  - "p95: 250ms"\n  - 42\n');
    expect(loaded.issues).toEqual([
      {
        where: `${FILE}:3:5 (thresholds[1])`,
        message: 'got 42; expected a threshold such as "http_req_duration: p(95)<250"',
      },
    ]);
  });

  it('reports a wrong kind of thresholds value as a whole', () => {
    const [issue] = load('thresholds: 250\n').issues;
    expect(issue).toEqual({
      where: `${FILE}:1:13 (thresholds)`,
      message: expect.stringMatching(/^got 250; expected a list of thresholds .* or a mapping/),
    });
  });

  it('keeps the keys that are valid when others are not', () => {
    const loaded = load('vus: 0\nduration: 2m\n');
    expect(loaded.invalid).toEqual(new Set(['vus']));
    expect(loaded.config.duration).toBe('2m');
  });
});

describe('JSON Schema', () => {
  it(`${JSON_SCHEMA_PATH} is what the zod schema emits (run \`npm run schema\` after changing it)`, () => {
    expect(fs.readFileSync(path.join(root, JSON_SCHEMA_PATH), 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('describes the keys, closes the objects and reuses the environment block', () => {
    const schema = JSON.parse(renderConfigJsonSchema());
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('environments');
    expect(schema.properties.environments.additionalProperties).toEqual({ $ref: '#/definitions/settings' });
    expect(Object.keys(schema.definitions.settings.properties)).not.toContain('environments');
    expect(schema.properties.duration.pattern).toBeTypeOf('string');
    expect(new RegExp(schema.properties.duration.pattern).test('1m30s')).toBe(true);
    expect(new RegExp(schema.properties.duration.pattern).test('30')).toBe(false);
  });
});
