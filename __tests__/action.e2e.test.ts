/**
 * End to end: the bundled dist/index.js, run as the runner runs it, against real
 * local targets. These tests read dist/, so `npm run build` must have been run on
 * the current source (check-dist enforces that dist/ is always current).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { annotations, runAction } from './helpers/run-action.js';

interface Target {
  url: string;
  requests: number;
  close(): Promise<void>;
}

/** A target whose /slow path answers after `slowMs` and /broken path answers 500. */
async function startTarget(slowMs: number): Promise<Target> {
  const target = { requests: 0 } as Target;
  const server = http.createServer((req, res) => {
    target.requests++;
    const reply = (status: number): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    };
    if (req.url === '/slow') setTimeout(() => reply(200), slowMs);
    else if (req.url === '/broken') reply(500);
    else setTimeout(() => reply(200), 2);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  target.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return target;
}

describe('dist/index.js as the runner runs it', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(120);
  });
  afterAll(async () => {
    await target.close();
  });

  it('passes a healthy target, writes the report and sets every output', async () => {
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        duration: '3s',
        vus: '4',
        endpoints: 'GET /fast',
        thresholds: 'http_req_duration: p(95)<100\nhttp_req_failed: rate<0.01\nhttp_reqs: count>10',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs.rollback).toBe('false');
    expect(Number(run.outputs.requests)).toBeGreaterThan(10);
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThanOrEqual(2);
    expect(Number(run.outputs['p95-ms'])).toBeLessThan(100);
    expect(run.outputs['error-percent']).toBe('0');
    expect(run.outputs['failed-slos']).toBe('');
    expect(existsSync(run.outputs['report-path'] ?? '')).toBe(true);
    const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8'));
    expect(results.schemaVersion).toBe(2);
    expect(results.verdict).toBe('pass');
    expect(results.measurements.overall.requests).toBe(Number(run.outputs.requests));
    expect(run.summary).toContain('PASS');
    expect(run.summary).toContain('http_req_duration: p(95)<100');
    expect(annotations(run.stdout, 'error')).toEqual([]);
  });

  it('fails a breaching target, signals rollback and names the failed SLO', async () => {
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        duration: '3s',
        vus: '4',
        endpoints: 'GET /slow',
        thresholds: 'http_req_duration: p(95)<50\nhttp_req_failed: rate<0.01',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.rollback).toBe('true');
    expect(run.outputs['failed-slos']).toBe('http_req_duration: p(95)<50');
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThanOrEqual(120);
    const errors = annotations(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('http_req_duration: p(95)<50');
    expect(run.summary).toContain('FAIL');
  });

  it('keeps the step green on a fail verdict when fail-on-breach is false, without rollback when auto-rollback is off', async () => {
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        duration: '2s',
        vus: '2',
        endpoints: 'GET /broken',
        thresholds: 'http_req_failed: rate<0.01',
        'fail-on-breach': 'false',
        'auto-rollback': 'false',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.rollback).toBe('false');
    expect(run.outputs['error-percent']).toBe('100');
    expect(annotations(run.stdout, 'warning').join('\n')).toContain('fail-on-breach is false');
  });

  it('rejects bad input with one clear error per mistake, verdict error, no stack trace and no load', async () => {
    const before = target.requests;
    const run = await runAction({
      inputs: {
        'target-url': 'htp:/nowhere',
        duration: '30 seconds',
        thresholds: 'http_req_duration: p95 < 250',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.rollback).toBe('false');
    const errors = annotations(run.stdout, 'error');
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => e.includes("'target-url'"))).toContain('htp:/nowhere');
    expect(errors.find((e) => e.includes("'duration'"))).toContain('30 seconds');
    expect(errors.find((e) => e.includes('thresholds'))).toContain('p95 < 250');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(target.requests).toBe(before);
  });

  it('reports a bad config file with its line and column and the key it did not know', async () => {
    const run = await runAction({
      inputs: { 'target-url': target.url, config: 'gate.yml' },
      files: { 'gate.yml': 'duration: 5s\nvus: 2\nthreshold:\n  - "p95: 250ms"\n' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    const errors = annotations(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/gate\.yml:3:1/);
    expect(errors[0]).toContain('thresholds');
  });

  it('masks sensitive header values and keeps them out of the report files', async () => {
    const secret = 'Bearer s3cr3t-token-value';
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        duration: '1s',
        vus: '1',
        endpoints: 'GET /fast',
        headers: `Authorization: ${secret}\nX-Trace: visible`,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::add-mask::');
    expect(readFileSync(run.outputs['report-path'] ?? '', 'utf8')).not.toContain('s3cr3t');
    expect(readFileSync(run.outputs['results-path'] ?? '', 'utf8')).not.toContain('s3cr3t');
    expect(run.summary).not.toContain('s3cr3t');
  });
});
