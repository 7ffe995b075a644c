import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  readSettings,
  rawInputs,
  SettingsError,
  type RawInputs,
  type SettingsIssue,
} from '../src/config/index.js';

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary workspace holding `files` (path → content). */
function workspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-config-'));
  workspaces.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const CONFIG = '.github/loadgate.yml';
const TARGET = { 'target-url': 'https://canary.example.com' };

function resolve(given: Partial<RawInputs>, config?: string) {
  return readSettings(rawInputs(given), {
    workspace: workspace(config === undefined ? {} : { [CONFIG]: config }),
  });
}

function issuesOf(given: Partial<RawInputs>, config?: string): SettingsIssue[] {
  try {
    resolve(given, config);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

/** The single issue of a resolution that must fail. */
function issueOf(given: Partial<RawInputs>, config?: string): SettingsIssue {
  const issues = issuesOf(given, config);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('defaults', () => {
  it('needs only a target URL', () => {
    const settings = resolve(TARGET);
    expect(settings).toEqual({
      targetUrl: 'https://canary.example.com',
      stages: [
        { durationMs: 0, target: 10 },
        { durationMs: 30_000, target: 10 },
      ],
      maxVus: 10,
      endpoints: [{ name: 'GET /', method: 'GET', path: '/', weight: 1, headers: {}, expectStatus: [] }],
      thresholds: [
        expect.objectContaining({
          source: 'http_req_failed: rate<0.01',
          origin: 'the default thresholds',
          metric: 'http_req_failed',
          aggregation: 'rate',
          operator: '<',
          limit: 0.01,
        }),
      ],
      headers: {},
      timeoutMs: 10_000,
      failOnBreach: true,
      autoRollback: true,
      reportDir: 'loadgate-report',
      publish: {
        uploadArtifact: true,
        artifactName: 'loadgate-report',
        slackNotifyOn: 'failure',
        commentOnPr: true,
        checkRun: true,
      },
    });
  });

  it('reports a missing target URL, naming both places it can come from', () => {
    expect(issueOf({})).toEqual({
      where: "input 'target-url'",
      message:
        "got nothing; expected the URL of the deployment under test, such as https://canary.example.com, as input 'target-url' or target-url in the config file",
    });
  });

  it('treats blank inputs as not given', () => {
    expect(resolve({ ...TARGET, duration: '  ', vus: '' }).stages).toEqual([
      { durationMs: 0, target: 10 },
      { durationMs: 30_000, target: 10 },
    ]);
  });
});

describe('inputs', () => {
  it('target-url: accepts http and https', () => {
    expect(resolve({ 'target-url': 'http://localhost:3000' }).targetUrl).toBe('http://localhost:3000');
  });

  it.each([
    [
      'not a url',
      'got "not a url", which holds a space at character 4; expected one URL without blanks or control characters, such as https://canary.example.com',
    ],
    [
      'not-a-url',
      'got "not-a-url"; expected an absolute http or https URL such as https://canary.example.com',
    ],
    ['/api', 'got "/api"; expected an absolute http or https URL such as https://canary.example.com'],
    [
      'ftp://files.example.com',
      'got "ftp://files.example.com"; expected an http or https URL such as https://canary.example.com (the scheme is ftp)',
    ],
  ])('target-url: refuses %j', (url, message) => {
    expect(issueOf({ 'target-url': url })).toEqual({ where: "input 'target-url'", message });
  });

  it('target-url: refuses credentials without repeating the password', () => {
    const issue = issueOf({ 'target-url': 'https://deploy:s3cr3t@canary.example.com/' });
    expect(issue.where).toBe("input 'target-url'");
    expect(issue.message).toBe(
      'got "https://***:***@canary.example.com/"; credentials must not be part of the URL (it appears in logs and reports): remove them and send them with headers, e.g. "Authorization: Bearer …"',
    );
    expect(issue.message).not.toContain('s3cr3t');
  });

  it('duration, vus and ramp-up build a ramp stage and a steady stage', () => {
    const settings = resolve({ ...TARGET, duration: '1m30s', vus: '25', 'ramp-up': '10s' });
    expect(settings.stages).toEqual([
      { durationMs: 10_000, target: 25 },
      { durationMs: 80_000, target: 25 },
    ]);
    expect(settings.maxVus).toBe(25);
  });

  it('a ramp-up as long as the duration leaves a single ramp stage', () => {
    expect(resolve({ ...TARGET, duration: '20s', 'ramp-up': '20s' }).stages).toEqual([
      { durationMs: 20_000, target: 10 },
    ]);
  });

  it.each([
    ['duration', '30 seconds', 'got "30 seconds"; expected a duration such as 30s, 2m or 1m30s'],
    [
      'duration',
      '30',
      'got "30", a number without a unit; expected a duration such as 30s, 2m or 1m30s (write 30s for seconds)',
    ],
    ['duration', '0s', 'got "0s"; expected a duration longer than 0, such as 30s'],
    ['timeout', '5 s', 'got "5 s"; expected a duration such as 30s, 2m or 1m30s'],
    ['timeout', '0ms', 'got "0ms"; expected a timeout longer than 0, such as 30s'],
    ['ramp-up', 'fast', 'got "fast"; expected a duration such as 30s, 2m or 1m30s'],
    ['vus', 'ten', 'got "ten"; expected a whole number of virtual users, 1 or more'],
    ['vus', '0', 'got "0"; expected a whole number of virtual users, 1 or more'],
    ['vus', '2.5', 'got "2.5"; expected a whole number of virtual users, 1 or more'],
    ['fail-on-breach', 'yes', 'got "yes"; expected true or false'],
    ['auto-rollback', '1', 'got "1"; expected true or false'],
  ] as const)('%s: refuses %j', (name, value, message) => {
    expect(issueOf({ ...TARGET, [name]: value })).toEqual({ where: `input '${name}'`, message });
  });

  it('ramp-up: must fit in the duration', () => {
    expect(issueOf({ ...TARGET, duration: '30s', 'ramp-up': '40s' })).toEqual({
      where: "input 'ramp-up'",
      message:
        'got "40s", longer than the duration 30s (input \'duration\'); expected at most 30s: the ramp-up is part of the duration',
    });
    expect(issueOf({ ...TARGET, 'ramp-up': '1m' }).message).toContain(
      'longer than the duration 30s (the default duration)',
    );
  });

  it('booleans accept the spellings of core.getBooleanInput', () => {
    expect(resolve({ ...TARGET, 'fail-on-breach': 'False', 'auto-rollback': 'FALSE' })).toMatchObject({
      failOnBreach: false,
      autoRollback: false,
    });
    expect(resolve({ ...TARGET, 'fail-on-breach': 'TRUE' }).failOnBreach).toBe(true);
  });

  it('timeout and report-dir', () => {
    expect(resolve({ ...TARGET, timeout: '2.5s', 'report-dir': 'out/perf' })).toMatchObject({
      timeoutMs: 2500,
      reportDir: 'out/perf',
    });
  });

  describe('endpoints', () => {
    const endpoints = (text: string) => resolve({ ...TARGET, endpoints: text }).endpoints;

    it('a single line is a list of one', () => {
      expect(endpoints('POST /api/trades')).toEqual([
        {
          name: 'POST /api/trades',
          method: 'POST',
          path: '/api/trades',
          weight: 1,
          headers: {},
          expectStatus: [],
        },
      ]);
    });

    it('a bare path means GET', () => {
      expect(endpoints('/health?deep=1')).toMatchObject([
        { name: 'GET /health?deep=1', method: 'GET', path: '/health?deep=1' },
      ]);
    });

    it('a YAML list mixes texts and mappings', () => {
      const list = endpoints(
        yaml(
          '- GET /api/portfolio',
          '- name: create trade',
          '  method: POST',
          '  path: /api/trades',
          '  weight: 2.5',
          '  headers: { X-Request-Source: loadgate }',
          '  body: { symbol: AAPL, quantity: 10 }',
          '  expect-status: 201',
          '- { path: /api/raw, method: PUT, body: "plain text", expect-status: [200, 204] }',
        ),
      );
      expect(list).toEqual([
        {
          name: 'GET /api/portfolio',
          method: 'GET',
          path: '/api/portfolio',
          weight: 1,
          headers: {},
          expectStatus: [],
        },
        {
          name: 'create trade',
          method: 'POST',
          path: '/api/trades',
          weight: 2.5,
          headers: { 'X-Request-Source': 'loadgate', 'content-type': 'application/json' },
          body: '{"symbol":"AAPL","quantity":10}',
          expectStatus: [201],
        },
        {
          name: 'PUT /api/raw',
          method: 'PUT',
          path: '/api/raw',
          weight: 1,
          headers: {},
          body: 'plain text',
          expectStatus: [200, 204],
        },
      ]);
    });

    it('a JSON body keeps a content-type that is already set', () => {
      const [endpoint] = endpoints(
        '- { path: /x, method: POST, body: [1, 2], headers: { Content-Type: application/vnd.api+json } }',
      );
      expect(endpoint?.headers).toEqual({ 'Content-Type': 'application/vnd.api+json' });
      const [viaGlobal] = resolve({
        ...TARGET,
        endpoints: '- { path: /x, method: POST, body: { a: 1 } }',
        headers: 'content-type: application/merge-patch+json',
      }).endpoints;
      expect(viaGlobal?.headers).toEqual({});
    });

    it('plain METHOD /path lines, without dashes, are one endpoint each', () => {
      expect(endpoints('GET /a\n\nPOST /b\n').map((e) => e.name)).toEqual(['GET /a', 'POST /b']);
    });

    it('names a bad item by line and list position', () => {
      expect(issueOf({ ...TARGET, endpoints: yaml('- GET /a', '- FETCH /b') })).toEqual({
        where: "input 'endpoints' line 2 (endpoints[1])",
        message:
          'got "FETCH /b"; expected "METHOD /path" such as "GET /api/portfolio" or "/health" (METHOD one of GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS, in capitals; the path starts with /)',
      });
    });

    it.each([
      [
        '- { path: /a, weight: 0 }',
        "input 'endpoints' line 1 (endpoints[0].weight)",
        'got 0; expected a number greater than 0',
      ],
      [
        '- { path: /a, expect-status: 700 }',
        "input 'endpoints' line 1 (endpoints[0].expect-status)",
        'got 700; expected an HTTP status from 100 to 599',
      ],
      [
        'https://canary.example.com/health',
        "input 'endpoints' line 1 (endpoints[0])",
        'got "https://canary.example.com/health"; expected "METHOD /path"',
      ],
      [
        '- { path: /a, methd: POST }',
        "input 'endpoints' line 1 (endpoints[0].methd)",
        'unknown key "methd"; did you mean "method"?',
      ],
      ['- GET /a\n- [oops', "input 'endpoints' line 2", 'YAML syntax error: '],
    ])('refuses %j', (text, where, message) => {
      const issue = issueOf({ ...TARGET, endpoints: text });
      expect(issue.where).toBe(where);
      expect(issue.message).toContain(message);
    });

    it('names must be unique', () => {
      expect(issueOf({ ...TARGET, endpoints: yaml('- GET /a', '- { name: GET /a, path: /b }') })).toEqual({
        where: "input 'endpoints' line 2 (endpoints[1])",
        message:
          'got a second endpoint named "GET /a" (the first is at input \'endpoints\' line 1 (endpoints[0])); expected unique names: give one of them a name',
      });
    });
  });

  describe('thresholds', () => {
    it('one per line; blank lines and comments are skipped; each keeps its line', () => {
      const settings = resolve({
        ...TARGET,
        thresholds: '# latency\nhttp_req_duration: p(95)<250\n\n  p99: 400ms  \nhttp_req_failed: rate<0.01\n',
      });
      expect(settings.thresholds.map((t) => [t.source, t.origin])).toEqual([
        ['http_req_duration: p(95)<250', "input 'thresholds' line 2"],
        ['p99: 400ms', "input 'thresholds' line 4"],
        ['http_req_failed: rate<0.01', "input 'thresholds' line 5"],
      ]);
      expect(settings.thresholds[0]).toMatchObject({
        metric: 'http_req_duration',
        aggregation: 'p',
        percentile: 95,
        operator: '<',
        limit: 250,
      });
    });

    it('a syntax error is reported at its line, quoting the text', () => {
      const issue = issueOf({ ...TARGET, thresholds: 'p95: 250ms\nhttp_req_duration p(95)<250' });
      expect(issue.where).toBe("input 'thresholds' line 2");
      expect(issue.message).toMatch(/^got "http_req_duration p\(95\)<250"; ./);
    });

    it('an endpoint tag must name an endpoint', () => {
      const issue = issueOf({
        ...TARGET,
        endpoints: '- { name: portfolio, path: /api/portfolio }\n- GET /api/trades',
        thresholds: 'http_req_duration{endpoint:portfolo}: p(95)<150',
      });
      expect(issue).toEqual({
        where: "input 'thresholds' line 1",
        message:
          'got the tag {endpoint:portfolo} in "http_req_duration{endpoint:portfolo}: p(95)<150", but no endpoint is named "portfolo"; did you mean "portfolio"?',
      });
      expect(
        issueOf({
          ...TARGET,
          endpoints: 'GET /api/trades',
          thresholds: 'http_req_duration{endpoint:zzz}: p(95)<150',
        }).message,
      ).toContain('no endpoint is named "zzz"; expected one of "GET /api/trades"');
    });

    it('a tag naming an endpoint is accepted', () => {
      const settings = resolve({
        ...TARGET,
        endpoints: 'GET /api/trades',
        thresholds: 'http_req_duration{endpoint:GET /api/trades}: p(99)<500 marginal 700',
      });
      expect(settings.thresholds[0]).toMatchObject({
        tags: { endpoint: 'GET /api/trades' },
        limit: 500,
        marginalLimit: 700,
      });
    });
  });

  describe('headers', () => {
    it('one "Name: value" per line', () => {
      expect(
        resolve({ ...TARGET, headers: 'Authorization: Bearer abc:def\n# comment\nX-Trace: on' }).headers,
      ).toEqual({ Authorization: 'Bearer abc:def', 'X-Trace': 'on' });
    });

    it('a line without a colon is refused without quoting it (it may hold a secret)', () => {
      const issue = issueOf({ ...TARGET, headers: 'X-Trace: on\nAuthorization Bearer s3cr3t' });
      expect(issue).toEqual({
        where: "input 'headers' line 2",
        message: 'got a line without a colon; expected "Name: value" such as "Authorization: Bearer …"',
      });
    });

    it('a bad name or a repeated header is refused', () => {
      expect(issueOf({ ...TARGET, headers: 'X Trace: on' })).toEqual({
        where: "input 'headers' line 1",
        message:
          'got the header name "X Trace"; expected "Name: value" with a name such as X-Api-Key (no spaces)',
      });
      expect(issueOf({ ...TARGET, headers: 'X-A: 1\nx-a: 2' })).toEqual({
        where: "input 'headers' line 2",
        message: 'got the header "x-a" a second time; expected each header once',
      });
    });
  });

  it('reports several problems together', () => {
    const issues = issuesOf({
      'target-url': 'canary',
      duration: '30 seconds',
      vus: '-3',
      thresholds: 'p95: 250ms\nnonsense',
      'fail-on-breach': 'maybe',
    });
    expect(issues.map((issue) => issue.where)).toEqual([
      "input 'target-url'",
      "input 'duration'",
      "input 'vus'",
      "input 'thresholds' line 2",
      "input 'fail-on-breach'",
    ]);
  });

  it('the error message lists every issue', () => {
    try {
      resolve({ duration: 'x', vus: 'y' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      expect((error as Error).message).toBe(
        [
          '3 problems in the settings:',
          '  - input \'duration\': got "x"; expected a duration such as 30s, 2m or 1m30s',
          '  - input \'vus\': got "y"; expected a whole number of virtual users, 1 or more',
          "  - input 'target-url': got nothing; expected the URL of the deployment under test, such as https://canary.example.com, as input 'target-url' or target-url in the config file",
        ].join('\n'),
      );
    }
  });
});

describe('config file', () => {
  it('the example config resolves, per environment', () => {
    const example = fs.readFileSync(new URL('../examples/loadgate.yml', import.meta.url), 'utf8');
    const settings = resolve({ ...TARGET, environment: 'production' }, example);
    expect(settings).toMatchObject({
      environment: 'production',
      stages: [
        { durationMs: 5000, target: 20 },
        { durationMs: 15_000, target: 20 },
      ],
      maxVus: 20,
      timeoutMs: 5000,
    });
    expect(settings.endpoints.map((e) => e.name)).toEqual([
      'portfolio',
      'trades',
      'positions',
      'create trade',
      'signals',
    ]);
    expect(settings.endpoints[3]).toMatchObject({
      method: 'POST',
      body: '{"symbol":"AAPL","side":"buy","quantity":10}',
      headers: { 'content-type': 'application/json' },
      expectStatus: [201],
    });
    expect(settings.thresholds.map((t) => t.source)).toEqual([
      'http_req_duration: p(99)<300',
      'http_req_failed: rate<0.005',
    ]);
    expect(resolve({ ...TARGET, environment: 'staging' }, example).thresholds).toHaveLength(5);
  });

  it('is read from .github/loadgate.yml by default', () => {
    const settings = resolve({}, yaml('target-url: https://staging.example.com', 'vus: 3'));
    expect(settings).toMatchObject({
      targetUrl: 'https://staging.example.com',
      maxVus: 3,
      configPath: CONFIG,
    });
  });

  it('the config input names another file, relative to the workspace', () => {
    const dir = workspace({ 'perf/gate.yaml': 'target-url: https://x.example.com\n' });
    const settings = readSettings(rawInputs({ config: 'perf/gate.yaml' }), { workspace: dir });
    expect(settings).toMatchObject({ targetUrl: 'https://x.example.com', configPath: 'perf/gate.yaml' });
  });

  it('a config input naming no file is an error', () => {
    const dir = workspace();
    try {
      readSettings(rawInputs({ ...TARGET, config: 'perf/missing.yml' }), { workspace: dir });
      expect.unreachable();
    } catch (error) {
      expect((error as SettingsError).issues).toEqual([
        {
          where: "input 'config'",
          message: `got "perf/missing.yml"; no such file (looked for ${path.join(dir, 'perf/missing.yml')}); expected the path of a YAML file relative to the workspace`,
        },
      ]);
    }
  });

  it('readFile can be replaced (no file system)', () => {
    const files: Record<string, string> = {
      '/ws/.github/loadgate.yml': 'target-url: https://mem.example.com\n',
    };
    const settings = readSettings(rawInputs(), { workspace: '/ws', readFile: (file) => files[file] });
    expect(settings.targetUrl).toBe('https://mem.example.com');
  });

  it('gives every setting', () => {
    const settings = resolve(
      {},
      yaml(
        'target-url: https://canary.example.com',
        'duration: 2m',
        'vus: 40',
        'ramp-up: 30s',
        'endpoints:',
        '  - GET /api/portfolio',
        '  - { name: trades, path: /api/trades, weight: 3 }',
        'thresholds:',
        '  - "http_req_duration{endpoint:trades}: p(95)<250"',
        'headers:',
        '  X-Api-Key: k-123',
        '  X-Build: 42',
        'timeout: 5s',
        'fail-on-breach: false',
        'auto-rollback: false',
        'report-dir: perf-report',
      ),
    );
    expect(settings).toMatchObject({
      targetUrl: 'https://canary.example.com',
      stages: [
        { durationMs: 30_000, target: 40 },
        { durationMs: 90_000, target: 40 },
      ],
      maxVus: 40,
      headers: { 'X-Api-Key': 'k-123', 'X-Build': '42' },
      timeoutMs: 5000,
      failOnBreach: false,
      autoRollback: false,
      reportDir: 'perf-report',
    });
    expect(settings.endpoints.map((e) => [e.name, e.weight])).toEqual([
      ['GET /api/portfolio', 1],
      ['trades', 3],
    ]);
    expect(settings.thresholds.map((t) => [t.source, t.origin])).toEqual([
      ['http_req_duration{endpoint:trades}: p(95)<250', `${CONFIG}:9:5 (thresholds[0])`],
    ]);
  });

  it('refuses credentials in target-url at their location', () => {
    const issue = issueOf({}, 'target-url: https://u:pw@canary.example.com\n');
    expect(issue.where).toBe(`${CONFIG}:1:13 (target-url)`);
    expect(issue.message).toContain(
      'got "https://***:***@canary.example.com/"; credentials must not be part of the URL',
    );
  });

  it('names an unknown key at file:line:col with "did you mean"', () => {
    expect(issueOf(TARGET, yaml('duration: 30s', 'ramp_up: 5s'))).toEqual({
      where: `${CONFIG}:2:1 (ramp_up)`,
      message: 'unknown key "ramp_up"; did you mean "ramp-up"?',
    });
  });

  it('reports a YAML syntax error at its line and column', () => {
    expect(issueOf(TARGET, yaml('duration: 30s', 'endpoints:', '  - GET /a', ' - GET /b'))).toEqual({
      where: `${CONFIG}:4:1`,
      message: 'YAML syntax error: A block sequence may not be used as an implicit map key',
    });
  });

  it('does not add "target-url is missing" when the file could not be read', () => {
    const issues = issuesOf({}, 'target-url: [https://x\n');
    expect(issues.every((issue) => issue.where.startsWith(CONFIG))).toBe(true);
  });

  it('reports input and file problems together', () => {
    const issues = issuesOf(
      { ...TARGET, vus: 'many' },
      yaml('duration: 30', 'timout: 5s', 'thresholds:', '  - "p95 250ms"'),
    );
    expect(issues.map((issue) => issue.where)).toEqual([
      "input 'vus'",
      `${CONFIG}:1:11 (duration)`,
      `${CONFIG}:2:1 (timout)`,
      `${CONFIG}:4:5 (thresholds[0])`,
    ]);
    expect(issues[2]?.message).toBe('unknown key "timout"; did you mean "timeout"?');
  });

  it('a ramp-up longer than the duration is reported at the file location', () => {
    expect(issueOf(TARGET, yaml('duration: 20s', 'ramp-up: 30s'))).toEqual({
      where: `${CONFIG}:2:10 (ramp-up)`,
      message: `got "30s", longer than the duration 20s (${CONFIG}:1:11 (duration)); expected at most 20s: the ramp-up is part of the duration`,
    });
  });

  describe('thresholds mappings', () => {
    it('seed style: latency in ms, error_rate in percent, throughput in req/s', () => {
      const settings = resolve(
        TARGET,
        yaml(
          'thresholds:',
          '  latency: { p50: 100, p95: 250, p99: 400 }',
          '  error_rate: 0.5',
          '  throughput: 1000',
        ),
      );
      expect(settings.thresholds.map((t) => [t.source, t.origin])).toEqual([
        ['p50: 100ms', `${CONFIG}:2:19 (thresholds.latency.p50)`],
        ['p95: 250ms', `${CONFIG}:2:29 (thresholds.latency.p95)`],
        ['p99: 400ms', `${CONFIG}:2:39 (thresholds.latency.p99)`],
        ['error_rate: 0.5%', `${CONFIG}:3:15 (thresholds.error_rate)`],
        ['throughput: 1000', `${CONFIG}:4:15 (thresholds.throughput)`],
      ]);
      expect(settings.thresholds[1]).toMatchObject({
        metric: 'http_req_duration',
        percentile: 95,
        limit: 250,
      });
    });

    it('k6 style: metric to a list of conditions or to one condition', () => {
      const settings = resolve(
        TARGET,
        yaml(
          'thresholds:',
          "  http_req_duration: ['p(95)<250', 'p(99)<500 marginal 700']",
          '  http_req_failed: rate<0.01',
          '  p90: 200',
        ),
      );
      expect(settings.thresholds.map((t) => [t.source, t.origin])).toEqual([
        ['http_req_duration: p(95)<250', `${CONFIG}:2:23 (thresholds.http_req_duration[0])`],
        ['http_req_duration: p(99)<500 marginal 700', `${CONFIG}:2:36 (thresholds.http_req_duration[1])`],
        ['http_req_failed: rate<0.01', `${CONFIG}:3:20 (thresholds.http_req_failed)`],
        ['p90: 200ms', `${CONFIG}:4:8 (thresholds.p90)`],
      ]);
      expect(settings.thresholds[2]).toMatchObject({
        metric: 'http_req_failed',
        aggregation: 'rate',
        limit: 0.01,
      });
    });

    it('a bad condition in a mapping is reported at its location', () => {
      const issue = issueOf(
        TARGET,
        yaml('thresholds:', '  http_req_duration: [p(95)<250, "p(95) under 250"]'),
      );
      expect(issue.where).toBe(`${CONFIG}:2:34 (thresholds.http_req_duration[1])`);
      expect(issue.message).toMatch(/^got "http_req_duration: p\(95\) under 250"; ./);
    });

    it('a bad latency statistic is reported at its key', () => {
      expect(issueOf(TARGET, yaml('thresholds:', '  latency: { p95: 250, median: 100 }'))).toEqual({
        where: `${CONFIG}:2:24 (thresholds.latency.median)`,
        message: 'got "median"; expected a latency statistic such as p50, p95, p99, avg, med or max',
      });
    });
  });

  describe('endpoints in the file', () => {
    it('duplicate names are reported at the second one', () => {
      const issue = issueOf(
        TARGET,
        yaml('endpoints:', '  - { name: a, path: /x }', '  - { name: a, path: /y }'),
      );
      expect(issue.where).toBe(`${CONFIG}:3:5 (endpoints[1])`);
      expect(issue.message).toContain(
        `got a second endpoint named "a" (the first is at ${CONFIG}:2:5 (endpoints[0]))`,
      );
    });

    it('header values with a line break are refused without quoting them', () => {
      const issue = issueOf(TARGET, yaml('headers:', '  Authorization: "Bearer a\\nb"'));
      expect(issue).toEqual({
        where: `${CONFIG}:2:18 (headers.Authorization)`,
        message: 'got a value with a line break for header "Authorization"; expected one line',
      });
    });
  });
});

describe('precedence: input > environment block > top level > defaults', () => {
  const config = yaml(
    'target-url: https://top.example.com',
    'vus: 20',
    'timeout: 5s',
    'report-dir: top-report',
    'environments:',
    '  staging:',
    '    target-url: https://staging.example.com',
    '    vus: 30',
    '  production:',
    '    timeout: 2s',
  );

  it('top level over defaults', () => {
    expect(resolve({}, config)).toMatchObject({
      targetUrl: 'https://top.example.com',
      maxVus: 20,
      timeoutMs: 5000,
      reportDir: 'top-report',
      stages: [
        { durationMs: 0, target: 20 },
        { durationMs: 30_000, target: 20 },
      ],
    });
  });

  it('environment block over top level, key by key', () => {
    const settings = resolve({ environment: 'staging' }, config);
    expect(settings).toMatchObject({
      environment: 'staging',
      targetUrl: 'https://staging.example.com',
      maxVus: 30,
      timeoutMs: 5000,
      reportDir: 'top-report',
    });
    expect(resolve({ environment: 'production' }, config)).toMatchObject({
      targetUrl: 'https://top.example.com',
      maxVus: 20,
      timeoutMs: 2000,
    });
  });

  it('inputs over everything', () => {
    expect(
      resolve(
        { environment: 'staging', vus: '40', 'target-url': 'https://input.example.com', timeout: '1s' },
        config,
      ),
    ).toMatchObject({ targetUrl: 'https://input.example.com', maxVus: 40, timeoutMs: 1000 });
  });

  it('an environment the file does not define is an error listing those it does', () => {
    expect(issueOf({ environment: 'prod' }, config)).toEqual({
      where: "input 'environment'",
      message: `got "prod"; expected one of the environments of ${CONFIG}: "staging" or "production"; did you mean "production"?`,
    });
  });

  it('an environment needs a config file that defines it', () => {
    expect(issueOf({ ...TARGET, environment: 'canary' }, 'vus: 2\n')).toEqual({
      where: "input 'environment'",
      message: `got "canary"; expected an environment the file defines, but ${CONFIG} has no environments: block (add one, or give no environment)`,
    });
    expect(issueOf({ ...TARGET, environment: 'canary' })).toEqual({
      where: "input 'environment'",
      message: expect.stringMatching(/^got "canary", but there is no config file .*expected a config file/),
    });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'the environment %j is not one of the file (own keys only)',
    (name) => {
      expect(issueOf({ environment: name }, config)).toEqual({
        where: "input 'environment'",
        message: expect.stringContaining(
          `expected one of the environments of ${CONFIG}: "staging" or "production"`,
        ),
      });
    },
  );

  it('blocks that are not selected are still checked', () => {
    const issue = issueOf(
      { environment: 'staging' },
      yaml(
        'target-url: https://x.example.com',
        'environments:',
        '  staging: { vus: 2 }',
        '  production: { vus: 0 }',
      ),
    );
    expect(issue).toEqual({
      where: `${CONFIG}:4:22 (environments.production.vus)`,
      message: 'got 0; expected a whole number of virtual users, 1 or more',
    });
  });

  it('thresholds of an environment replace those of the top level', () => {
    const settings = resolve(
      { ...TARGET, environment: 'production' },
      yaml(
        'thresholds: ["p95: 250ms", "error_rate: 1%"]',
        'environments:',
        '  production:',
        '    thresholds: ["p95: 150ms"]',
      ),
    );
    expect(settings.thresholds.map((t) => [t.source, t.origin])).toEqual([
      ['p95: 150ms', `${CONFIG}:4:18 (environments.production.thresholds[0])`],
    ]);
  });

  it('the threshold input replaces the file thresholds', () => {
    const settings = resolve({ ...TARGET, thresholds: 'p99: 900ms' }, 'thresholds: ["p95: 250ms"]\n');
    expect(settings.thresholds.map((t) => t.source)).toEqual(['p99: 900ms']);
  });
});

describe('stages', () => {
  const staged = yaml(
    'target-url: https://canary.example.com',
    'stages:',
    '  - { duration: 30s, target: 20 }',
    '  - { duration: 1m, target: 50 }',
    '  - { duration: 10s, target: 0 }',
  );

  it('come from the file when no duration, vus or ramp-up input is given', () => {
    const settings = resolve({}, staged);
    expect(settings.stages).toEqual([
      { durationMs: 30_000, target: 20 },
      { durationMs: 60_000, target: 50 },
      { durationMs: 10_000, target: 0 },
    ]);
    expect(settings.maxVus).toBe(50);
  });

  it.each([{ duration: '45s' }, { vus: '5' }, { 'ramp-up': '5s' }])(
    'are replaced by the input %j',
    (input) => {
      const settings = resolve(input, staged);
      expect(settings.stages).not.toHaveLength(3);
      expect(settings.stages.at(-1)).toMatchObject({ target: Number(input.vus ?? 10) });
    },
  );

  it("a duration input replaces the file's ramp-up too: the example config runs for 3s", () => {
    const example = fs.readFileSync(new URL('../examples/loadgate.yml', import.meta.url), 'utf8');
    const settings = resolve({ ...TARGET, duration: '3s' }, example);
    expect(settings.stages).toEqual([
      { durationMs: 0, target: 20 },
      { durationMs: 3000, target: 20 },
    ]);
  });

  it('with a duration input, the ramp-up comes from the ramp-up input only', () => {
    const ramped = yaml('target-url: https://canary.example.com', 'vus: 4', 'ramp-up: 20s');
    expect(resolve({ duration: '10s', 'ramp-up': '2s' }, ramped).stages).toEqual([
      { durationMs: 2000, target: 4 },
      { durationMs: 8000, target: 4 },
    ]);
    expect(issueOf({ duration: '10s', 'ramp-up': '12s' }, ramped).where).toBe("input 'ramp-up'");
    // Without a duration input the file's ramp-up still applies (and must fit the duration).
    expect(resolve({ vus: '6' }, ramped + yaml('duration: 1m')).stages).toEqual([
      { durationMs: 20_000, target: 6 },
      { durationMs: 40_000, target: 6 },
    ]);
  });

  it('with a vus input the shape comes from duration (default) and vus', () => {
    expect(resolve({ vus: '7' }, staged).stages).toEqual([
      { durationMs: 0, target: 7 },
      { durationMs: 30_000, target: 7 },
    ]);
  });

  it('an environment that sets duration/vus replaces the top-level stages', () => {
    const settings = resolve(
      { environment: 'smoke' },
      staged + yaml('environments:', '  smoke: { vus: 2, duration: 5s }'),
    );
    expect(settings.stages).toEqual([
      { durationMs: 0, target: 2 },
      { durationMs: 5000, target: 2 },
    ]);
  });

  it('an environment can give its own stages', () => {
    const settings = resolve(
      { environment: 'soak' },
      yaml(
        'target-url: https://x.example.com',
        'vus: 5',
        'environments:',
        '  soak:',
        '    stages: [{ duration: 1h, target: 8 }]',
      ),
    );
    expect(settings.stages).toEqual([{ durationMs: 3_600_000, target: 8 }]);
  });

  it('stages and duration in the same block are refused', () => {
    expect(issueOf({}, staged + 'duration: 30s\n')).toEqual({
      where: `${CONFIG}:3:3 (stages)`,
      message:
        'got both stages and duration in the same block; expected either stages or duration/vus/ramp-up (stages would silently win)',
    });
  });

  it('stages that never reach a VU are refused', () => {
    expect(issueOf(TARGET, yaml('stages:', '  - { duration: 10s, target: 0 }'))).toEqual({
      where: `${CONFIG}:2:3 (stages)`,
      message: 'got stages that all target 0 VUs; expected at least one stage with a target of 1 or more',
    });
  });
});
