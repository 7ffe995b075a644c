/**
 * End to end: dist/index.js with `baseline-results`, as the runner runs it. A results
 * file inside the workspace is loaded before the load and named in the log; one outside
 * it is refused before any request is sent; an absent one is one warning. Build first
 * (`npm run build`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildResultsDocument } from '../src/report/results-document.js';
import { buildReportFixture } from './helpers/report-fixture.js';
import { annotations, runAction } from './helpers/run-action.js';

interface Target {
  url: string;
  requests: number;
  close(): Promise<void>;
}

async function startTarget(): Promise<Target> {
  const target = { requests: 0 } as Target;
  const server = http.createServer((_req, res) => {
    target.requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
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

const LOAD = { duration: '2s', vus: '2', thresholds: 'http_req_failed: rate<0.01' };

describe('dist/index.js with baseline-results', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(async () => {
    await target.close();
  });

  it('loads a results.json inside the workspace before the load and says where it came from', async () => {
    const doc = buildResultsDocument(buildReportFixture());
    const run = await runAction({
      inputs: { 'target-url': target.url, 'baseline-results': 'baseline/results.json', ...LOAD },
      files: { 'baseline/results.json': JSON.stringify(doc) },
    });
    expect(annotations(run.stdout, 'error')).toEqual([]);
    expect(annotations(run.stdout, 'warning')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const line = run.stdout.split('\n').find((l) => l.startsWith('Baseline: baseline/results.json'));
    expect(line).toBe(
      `Baseline: baseline/results.json (from ${doc.generatedAt}, ${line?.match(/, (\d+ days) old\)/)?.[1]} old): ` +
        `${doc.measurements.overall.requests} requests over ${Math.round(doc.measurements.durationMs / 1000)} s, p95 ${doc.measurements.overall.latency.p95} ms`,
    );
    // The baseline was read before the first request.
    expect(run.stdout.indexOf('Baseline: baseline/results.json')).toBeLessThan(
      run.stdout.indexOf('::group::Load:'),
    );
  });

  it('refuses a results.json outside the workspace before any request is sent', async () => {
    const before = target.requests;
    const run = await runAction({
      inputs: { 'target-url': target.url, 'baseline-results': '../elsewhere/results.json', ...LOAD },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(annotations(run.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^input 'baseline-results': got "\.\.\/elsewhere\/results\.json", which leads outside the workspace; expected the path of a results\.json inside the workspace/,
      ),
    ]);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(target.requests).toBe(before);
  });

  it('turns an absent results.json into one warning and runs the gate', async () => {
    const run = await runAction({
      inputs: { 'target-url': target.url, 'baseline-results': 'prod/results.json', ...LOAD },
    });
    expect(run.exitCode).toBe(0);
    expect(annotations(run.stdout, 'warning')).toEqual([
      'Baseline not available: prod/results.json does not exist; the relative thresholds have no data, so they fail (baseline-missing: pass would let them pass).',
    ]);
    expect(run.outputs.verdict).toBe('pass');
  });
});
