/**
 * End to end on dist/index.js: a config with two concurrent scenarios (a closed one and
 * an arrival-rate one that logs in) gets per-scenario thresholds and a section per
 * scenario in report.md, report.html and the log; an executor typo is one annotation
 * at its file:line with "did you mean", verdict error, and nothing sent.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO_ROOT, runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

describe('dist/index.js with scenarios:', () => {
  let target: TargetServer;
  let logins = 0;
  let unauthorized = 0;
  beforeAll(async () => {
    target = await startTargetServer({
      '/login': () => ({ status: 200, body: `{"token":"t${++logins}"}` }),
      '/api': (_n, request) => {
        if (!/^Bearer t\d+$/.test(String(request.headers.authorization ?? ''))) {
          unauthorized++;
          return { status: 401 };
        }
        return { status: 200, body: '{"ok":true}' };
      },
      '/page': { status: 200, delayMs: 25, body: 'page' },
    });
  });
  afterAll(async () => {
    await target.close();
  });

  it('gates two concurrent scenarios with their own thresholds and report sections', async () => {
    const received = target.stats.received;
    const run = await runAction({
      inputs: { 'target-url': target.url, 'upload-artifact': 'false' },
      files: {
        '.github/loadgate.yml': `thresholds:
  - 'http_req_duration{scenario:api}: p(95)<3000'
  - 'http_req_duration{scenario:browse}: p(95)<5'
  - 'http_req_failed{scenario:api}: rate==0'
scenarios:
  browse:
    executor: constant-vus
    vus: 2
    duration: 2s
    endpoints: ['GET /page']
  api:
    executor: constant-arrival-rate
    rate: 15
    duration: 2s
    preAllocatedVUs: 2
    maxVUs: 5
    setup:
      - { name: login, method: POST, path: /login, captures: { token: { json: $.token } } }
    endpoints:
      - { name: api, path: /api, headers: { Authorization: 'Bearer {{token}}' } }
`,
      },
      timeoutMs: 60_000,
    });
    // The browse scenario's p95 under 5 ms cannot hold against a 25 ms server: the gate fails on it alone
    // (or, on a machine too busy to keep the api scenario's schedule, the self-check makes it inconclusive).
    expect(['fail', 'inconclusive'], run.stdout).toContain(run.outputs.verdict);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(
      /2 endpoints, up to 7 VUs for 2s, 2 scenarios \(browse: constant-vus, api: constant-arrival-rate\)/,
    );
    expect(unauthorized).toBe(0);
    const results = JSON.parse(readFileSync(run.outputs['results-path']!, 'utf8'));
    const scenarios = results.measurements.scenarios as {
      name: string;
      executor: string;
      measurements: { overall: { requests: number }; arrival?: { sent: number; scheduled: number } };
    }[];
    expect(scenarios.map((s) => [s.name, s.executor])).toEqual([
      ['browse', 'constant-vus'],
      ['api', 'constant-arrival-rate'],
    ]);
    const [browse, api] = scenarios;
    expect(api!.measurements.arrival!.scheduled).toBe(30);
    expect(api!.measurements.overall.requests).toBe(api!.measurements.arrival!.sent);
    expect(results.measurements.overall.requests).toBe(
      browse!.measurements.overall.requests + api!.measurements.overall.requests,
    );
    expect(target.stats.received - received).toBe(results.measurements.overall.requests + logins);
    expect(results.thresholds.map((t: { status: string }) => t.status)).toEqual(['pass', 'fail', 'pass']);

    const report = readFileSync(run.outputs['report-path']!, 'utf8');
    expect(report).toContain('## Scenarios');
    expect(report).toContain('### Scenario browse');
    expect(report).toContain('### Scenario api');
    expect(report).toMatch(
      new RegExp(
        `\\| Requests \\| ${browse!.measurements.overall.requests} \\| ${api!.measurements.overall.requests} \\|`,
      ),
    );
    const html = readFileSync(path.join(path.dirname(run.outputs['report-path']!), 'report.html'), 'utf8');
    expect(html).toContain('<h2>Scenarios</h2>');
    expect(html).toContain('<th class="num">browse</th><th class="num">api</th>');
  }, 90_000);

  it('refuses an executor typo before any load: one annotation at file:line, did you mean', async () => {
    const before = target.stats.received;
    const run = await runAction({
      inputs: { 'target-url': target.url, 'upload-artifact': 'false' },
      files: {
        '.github/loadgate.yml':
          'scenarios:\n  api:\n    executor: ramping-arival-rate\n    stages: [{ duration: 2s, target: 5 }]\n',
      },
      timeoutMs: 30_000,
    });
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error [^:]*file=\.github\/loadgate\.yml,line=3,col=15::/);
    expect(errors[0]).toContain('did you mean "ramping-arrival-rate"?');
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(target.stats.received - before).toBe(0);
  }, 60_000);

  it('prints a section per scenario in the CLI summary', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-scenarios-cli-'));
    try {
      writeFileSync(
        path.join(dir, 'loadgate.yml'),
        `scenarios:
  each: { executor: per-vu-iterations, vus: 2, iterations: 5, endpoints: ['GET /page'] }
  shared: { executor: shared-iterations, vus: 2, iterations: 3, endpoints: ['GET /page'] }
thresholds: ['http_reqs{scenario:each}: count==10']
`,
      );
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !/^(GITHUB_|RUNNER_|INPUT_|CI$)/.test(key)),
      );
      // Asynchronously: the target server answers from this process.
      const run = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            path.join(REPO_ROOT, 'dist/cli/index.js'),
            'run',
            '--target-url',
            target.url,
            '--config',
            'loadgate.yml',
          ],
          { cwd: dir, env: { ...env, NO_COLOR: '1' } },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('close', () => {
          clearTimeout(timer);
          resolve({ stdout, stderr });
        });
      });
      expect(run.stdout, run.stderr).toContain('SCENARIOS');
      expect(run.stdout).toMatch(/each \(per-vu-iterations, 5 iterations × 2 VUs, at the start\)/);
      expect(run.stdout).toMatch(/shared \(shared-iterations, 3 iterations shared by 2 VUs, at the start\)/);
      expect(run.stdout).toMatch(/http_reqs\.+: 10 /);
      expect(run.stdout).toMatch(/http_reqs\.+: 3 /);
      expect(run.stdout).toContain('✓ http_reqs{scenario:each}: count==10');
      expect(run.stdout).toMatch(/http_req_failed\.+: 0 % {2}0 of 10/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
