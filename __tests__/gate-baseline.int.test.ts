/**
 * Relative thresholds end to end in process, against two real local servers with
 * known latency: the baseline server is measured by the gate first and its
 * results.json read back (as `baseline-results` reads an earlier run's), then the
 * canary is gated against it. The runs are sequential; a live baseline measured at
 * the same time is the engine's concern and tested there.
 *
 * Latencies are set by the servers (300 ms), so the machine's own noise (a stall of
 * a few tens of ms on a loaded 2-core runner lifts a second's p95 by 10 % or more)
 * stays small beside the differences judged; runs of 10 s give the judge ten seconds
 * a side.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import type { Settings } from '../src/config/settings.js';
import { runGate } from '../src/gate.js';
import { gateOutputs } from '../src/gate-outputs.js';
import type { BaselineData } from '../src/metrics/baseline-data.js';
import type { ResultsDocument } from '../src/report/results-document.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { parkMiller, PM_MODULUS } from './helpers/park-miller.js';
import { startTargetServer, type Behaviour, type TargetServer } from './helpers/target-server.js';

const servers: TargetServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(behaviour: Behaviour): Promise<string> {
  const started = await startTargetServer(behaviour);
  servers.push(started);
  return started.url;
}

interface RunShape {
  durationMs: number;
  vus: number;
  endpoints: string[];
  thresholds?: string[];
}

function settingsFor(url: string, shape: RunShape): Settings {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-baseline-'));
  const settings = resolveSettings(
    rawInputs({
      'target-url': url,
      duration: `${shape.durationMs}ms`,
      vus: String(shape.vus),
      endpoints: shape.endpoints.join('\n'),
      'report-dir': path.join(workspace, 'report'),
    }),
    { workspace },
  );
  if (!shape.thresholds) return settings;
  return {
    ...settings,
    thresholds: shape.thresholds.map((text, i) => parseThreshold({ text, origin: `thresholds[${i}]` })),
    baseline: {
      source: { kind: 'results', path: path.join(workspace, 'baseline.json'), displayPath: 'baseline.json' },
      missing: 'fail',
      confidence: 0.95,
    },
  };
}

/** Gates the baseline server, then reads its results.json back as a stored baseline. */
async function measureBaseline(
  url: string,
  shape: RunShape,
): Promise<Extract<BaselineData, { measurements: unknown }>> {
  const outcome = await runGate(settingsFor(url, shape));
  const document = JSON.parse(readFileSync(outcome.resultsPath, 'utf8')) as ResultsDocument;
  expect(document.schemaVersion).toBe(2);
  return {
    origin: { kind: 'results', label: 'baseline.json', createdAt: document.generatedAt },
    measurements: document.measurements,
  };
}

const TWO_ENDPOINTS = ['GET /a', 'GET /b'];

describe('relative thresholds against a stored baseline, two real servers', () => {
  it('fails the endpoint that is 20 % slower at p95, naming the threshold and the endpoint', async () => {
    const baselineUrl = await server({ '/a': { delayMs: 300 }, '/b': { delayMs: 300 } });
    const canaryUrl = await server({ '/a': { delayMs: 300 }, '/b': { delayMs: 360 } });
    const shape = { durationMs: 10_000, vus: 40, endpoints: TWO_ENDPOINTS };
    const baseline = await measureBaseline(baselineUrl, shape);
    const thresholds = [
      'http_req_duration{endpoint:GET /a}: p(95) < baseline * 1.10',
      'http_req_duration{endpoint:GET /b}: p(95) < baseline * 1.10',
    ];
    const outcome = await runGate(settingsFor(canaryUrl, { ...shape, thresholds }), { baseline });

    const [a, b] = outcome.evaluation.results;
    expect(b!.status).toBe('fail');
    expect(b!.comparison!.judge!.status).toBe('fail');
    // The typical second is about 20 % slower; the run's pooled p95 moves with the machine's stalls.
    expect(b!.comparison!.judge!.estimate!).toBeGreaterThan(0.1);
    expect(b!.comparison!.judge!.significant).toBe(true);
    expect(b!.comparison!.change!).toBeGreaterThan(0);
    // The unchanged endpoint is not failed (a pass, or inconclusive on a very noisy machine).
    expect(a!.status).not.toBe('fail');
    expect(outcome.evaluation.verdict).toBe('fail');
    expect(outcome.rollback).toBe(true);

    const outputs = gateOutputs(outcome);
    const regressions = JSON.parse(outputs.regressions!) as Record<string, unknown>[];
    expect(regressions).toHaveLength(1);
    expect(regressions[0]).toMatchObject({ threshold: thresholds[1], endpoint: 'GET /b', significant: true });
    expect(regressions[0]!.change).toMatch(/^\+\d+ %$/);
    expect(regressions[0]!.interval).toMatch(/^[+-]?\d+(\.\d)? to \+\d+ %$/);
    expect(outputs['failed-slos']).toBe(thresholds[1]);
    const baselineP95 = baseline.measurements.overall.latency.p95;
    expect(Number(outputs['baseline-p95-ms'])).toBeCloseTo(baselineP95, 1);
    expect(Number(outputs['p95-change-percent'])).toBeCloseTo(
      (outcome.measurements.overall.latency.p95 / baselineP95 - 1) * 100,
      1,
    );

    const document = JSON.parse(readFileSync(outcome.resultsPath, 'utf8')) as ResultsDocument;
    expect(document.baseline).toEqual(baseline);
    expect(document.comparison!.regressions).toEqual(regressions);
    expect(document.comparison!.thresholds.map((c) => [c.endpoint, c.status])).toEqual([
      ['GET /a', a!.status],
      ['GET /b', 'fail'],
    ]);
  }, 30_000);

  it('passes a canary 3 % slower against a 10 % tolerance, and identical servers', async () => {
    const baselineUrl = await server({ '/a': { delayMs: 300 } });
    const slowerUrl = await server({ '/a': { delayMs: 309 } });
    const sameUrl = await server({ '/a': { delayMs: 300 } });
    const shape = { durationMs: 10_000, vus: 30, endpoints: ['GET /a'] };
    const baseline = await measureBaseline(baselineUrl, shape);
    const thresholds = ['p95: baseline * 1.10', 'http_req_duration: p(50) < baseline * 1.10'];

    const slower = await runGate(settingsFor(slowerUrl, { ...shape, thresholds }), { baseline });
    expect(slower.evaluation.results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(slower.evaluation.verdict).toBe('pass');
    const j = slower.evaluation.results[0]!.comparison!.judge!;
    expect(j.estimate!).toBeGreaterThan(-0.02);
    expect(j.upper!).toBeLessThan(0.1);
    expect(gateOutputs(slower).regressions).toBe('[]');

    const same = await runGate(settingsFor(sameUrl, { ...shape, thresholds }), { baseline });
    expect(same.evaluation.verdict).toBe('pass');
  }, 40_000);

  it('heavy-tailed noisy servers and a 3 s run: inconclusive, not fail, saying how much longer to run', async () => {
    // Both servers draw their delays from the same heavy-tailed stream (Pareto, tail
    // index 1.2, 5 ms up, capped at 1.5 s), so nothing but noise tells them apart.
    const draws = parkMiller(4242, 20_000).map((s) => s / PM_MODULUS);
    const heavy = (n: number) => ({ delayMs: Math.min(1500, 5 / draws[n % draws.length]! ** (1 / 1.2)) });
    const baselineUrl = await server({ '/a': heavy });
    const canaryUrl = await server({ '/a': heavy });
    const shape = { durationMs: 3_000, vus: 4, endpoints: ['GET /a'] };
    const baseline = await measureBaseline(baselineUrl, shape);
    const thresholds = ['p95: baseline * 1.10'];
    const outcome = await runGate(settingsFor(canaryUrl, { ...shape, thresholds }), { baseline });

    expect(outcome.evaluation.verdict).toBe('inconclusive');
    expect(outcome.rollback).toBe(false);
    const reasons = outcome.evaluation.reasons ?? [];
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(
      /^"p95: baseline \* 1\.10" \(the whole run\): the comparison with the baseline is inconclusive; /,
    );
    expect(reasons[0]).toMatch(/s longer|× as long|on the bound|a longer run/);
    expect(JSON.parse(gateOutputs(outcome).regressions!)).toEqual([]);
  }, 30_000);
});
