/**
 * End to end on the bundled dist/index.js: thresholds with k6's tag selectors judge a
 * local server that answers some requests 201, 404 and 503 (results.json carries the
 * selections), and a bad tag key or value is refused before any load with one error
 * at its input line or file:line, verdict=error, no request sent. Needs `npm run build`.
 */
import { readFileSync, rmSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunMeasurements } from '../src/metrics/measurements.js';
import { runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const CONFIG = '.github/loadgate.yml';

const BAD: { name: string; thresholds: string; where: string; says: string }[] = [
  {
    name: 'a tag key typo',
    thresholds: 'http_req_duration{stauts:200}: p(95)<500',
    where: "input 'thresholds' line 1",
    says: 'unknown tag "stauts" (did you mean "status"?)',
  },
  {
    name: 'a status of two digits',
    thresholds: 'http_req_failed{status:20}: rate<0.1',
    where: "input 'thresholds' line 1",
    says: 'the status "20" is not an HTTP status',
  },
  {
    name: 'expected_response not true or false',
    thresholds: 'http_reqs{expected_response:yes}: count>0',
    where: "input 'thresholds' line 1",
    says: 'expected_response is true or false',
  },
  {
    name: 'a method in lower case',
    thresholds: 'http_reqs{method:post}: count>0',
    where: "input 'thresholds' line 1",
    says: 'did you mean "POST"?',
  },
  {
    name: 'a name that is no endpoint',
    thresholds: 'http_req_duration{name:nope,status:200}: p(95)<500',
    where: "input 'thresholds' line 1",
    says: 'no endpoint is named "nope"',
  },
  {
    name: 'an undeclared custom tag',
    thresholds: 'http_req_duration{tier:read}: p(95)<500',
    where: "input 'thresholds' line 1",
    says: 'nor a declared custom tag',
  },
];

describe('tag selectors on dist/index.js', () => {
  let target: TargetServer;
  beforeAll(async () => {
    target = await startTargetServer({
      '/items': (n) => ({ status: n % 5 === 0 ? 404 : 200 }),
      '/orders': { status: 201 },
      '/flaky': (n) => ({ status: n % 4 === 0 ? 503 : 200 }),
    });
  });
  afterAll(async () => target.close());

  it.each(BAD)('refuses $name before any load', async (bad) => {
    const before = target.stats.received;
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        endpoints: 'GET /items',
        vus: '1',
        duration: '2s',
        thresholds: bad.thresholds,
        'upload-artifact': 'false',
      },
      timeoutMs: 30_000,
    });
    try {
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(run.exitCode, run.stdout).toBe(1);
      expect(run.outputs.verdict).toBe('error');
      expect(errors, run.stdout).toHaveLength(1);
      const error = errors[0]!.replace(/^::error[^:]*::/, '');
      expect(error.startsWith(`${bad.where}: `), error).toBe(true);
      expect(error).toContain(bad.says);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
      expect(target.stats.received - before).toBe(0);
    } finally {
      rmSync(run.workspace, { recursive: true, force: true });
    }
  });

  it('refuses a bad tag in the config file at its file and line', async () => {
    const before = target.stats.received;
    const run = await runAction({
      inputs: { 'target-url': target.url, 'upload-artifact': 'false' },
      files: {
        [CONFIG]: `vus: 1
duration: 2s
endpoints:
  - { name: items, path: /items }
thresholds:
  - 'http_req_duration: p(95)<500'
  - 'http_reqs{error_code:503}: count<1'
`,
      },
      timeoutMs: 30_000,
    });
    try {
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(run.outputs.verdict).toBe('error');
      expect(errors, run.stdout).toHaveLength(1);
      expect(errors[0]).toContain(`${CONFIG}:7:5 (thresholds[1]): got "http_reqs{error_code:503}: count<1"`);
      expect(errors[0]).toContain("is not one of k6's");
      expect(target.stats.received - before).toBe(0);
    } finally {
      rmSync(run.workspace, { recursive: true, force: true });
    }
  });

  it('judges thresholds on tag selections and writes them in results.json', async () => {
    const run = await runAction({
      inputs: { 'target-url': target.url, 'upload-artifact': 'false' },
      files: {
        [CONFIG]: `vus: 3
duration: 2s
endpoints:
  - { name: items, path: /items, tags: { tier: read } }
  - { name: orders, method: POST, path: /orders, body: '{}', expect-status: 201, tags: { tier: write } }
  - { name: flaky, path: /flaky, tags: { tier: read } }
thresholds:
  - 'http_reqs{status:201,tier:write}: count>0'
  - 'http_reqs{name:flaky,status:503}: count>0'
  - 'http_req_failed{expected_response:false}: rate==1'
  - 'http_req_duration{method:POST}: p(95)<5000'
  - 'http_reqs{status:404,tier:write}: count>0'
`,
      },
      timeoutMs: 60_000,
    });
    try {
      const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8')) as {
        measurements: RunMeasurements;
        thresholds: { source: string; status: string; note?: string }[];
      };
      const m = results.measurements;
      // One threshold fails; a loaded machine may make the generator the bottleneck, which no verdict but inconclusive may hide.
      if (run.outputs.verdict === 'inconclusive')
        expect(m.generator?.bottleneck.length, run.stdout).toBeGreaterThan(0);
      else expect(run.outputs.verdict, run.stdout).toBe('fail');
      const count = (tags: Record<string, string>) =>
        m.selections?.find((s) => JSON.stringify(s.tags) === JSON.stringify(tags))?.stats.requests;
      const status = (name: string, code: string) =>
        m.endpoints.find((e) => e.name === name)!.statusCounts[code];
      expect(count({ status: '201', tier: 'write' })).toBe(status('orders', '201'));
      expect(count({ name: 'flaky', status: '503' })).toBe(status('flaky', '503'));
      expect(count({ expected_response: 'false' })).toBe(m.overall.failed);
      expect(count({ status: '404', tier: 'write' })).toBe(0);
      expect(results.thresholds.map((t) => t.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'fail']);
    } finally {
      rmSync(run.workspace, { recursive: true, force: true });
    }
  });
});
