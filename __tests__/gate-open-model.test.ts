/**
 * The gate with the open model, presets, early abort and the generator self-check,
 * in-process against real local servers.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { presetStages, SCENARIO_NAMES } from '../src/config/scenario-presets.js';
import { runGate } from '../src/gate.js';
import { gateOutputs } from '../src/gate-outputs.js';
import { generatorBottleneck } from '../src/slo/self-check.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { targetPerTest } from './helpers/target-server.js';

const target = targetPerTest();

function settings(inputs: Partial<RawInputs>) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-open-'));
  return resolveSettings(rawInputs({ 'report-dir': path.join(workspace, 'report'), ...inputs }), {
    workspace,
  });
}

describe('settings for the open model and the presets', () => {
  it('turns rate into a constant arrival rate with a generous max-vus', () => {
    const s = settings({ 'target-url': 'http://127.0.0.1:1', rate: '250', duration: '10s' });
    expect(s.model).toBe('open');
    expect(s.stages).toEqual([
      { durationMs: 0, target: 250 },
      { durationMs: 10_000, target: 250 },
    ]);
    expect(s.maxVus).toBe(250);
    expect(settings({ 'target-url': 'http://127.0.0.1:1', rate: '20', 'max-vus': '7' }).maxVus).toBe(7);
  });

  it('reads stages as req/s when the file sets rate, and refuses max-vus without rate', () => {
    const readFile = () =>
      'rate: 100\nstages:\n  - { duration: 5s, target: 100 }\n  - { duration: 5s, target: 300 }\n';
    const s = resolveSettings(rawInputs({ 'target-url': 'http://127.0.0.1:1' }), {
      workspace: '/w',
      readFile,
    });
    expect(s.model).toBe('open');
    expect(s.stages.map((stage) => stage.target)).toEqual([100, 300]);
    expect(() => settings({ 'target-url': 'http://127.0.0.1:1', 'max-vus': '5' })).toThrow(/without rate/);
    expect(() => settings({ 'target-url': 'http://127.0.0.1:1', scenario: 'breakpoint' })).toThrow(
      /rate too/,
    );
    expect(() => settings({ 'target-url': 'http://127.0.0.1:1', scenario: 'soke' })).toThrow(/soak/);
  });

  it('gives every preset a shape that adds up to the duration', () => {
    for (const scenario of SCENARIO_NAMES) {
      const stages = presetStages(scenario, { level: 100, durationMs: 60_000 });
      const total = stages.reduce((sum, stage) => sum + stage.durationMs, 0);
      expect(total, scenario).toBe(scenario === 'smoke' ? 60_000 : 60_000);
      const peak = Math.max(...stages.map((stage) => stage.target));
      const expected = { smoke: 3, load: 100, stress: 200, spike: 500, soak: 100, breakpoint: 200 }[scenario];
      expect(peak, scenario).toBe(expected);
    }
    const smoke = settings({ 'target-url': 'http://127.0.0.1:1', scenario: 'smoke' });
    expect(smoke.thresholds.map((t) => t.source)).toEqual(['http_req_failed: rate==0']);
  });

  it('parses abortOnFail and delayAbortEval, in lines and in the k6 object form', () => {
    const t = parseThreshold({
      text: 'http_req_failed: rate<0.05 abortOnFail delayAbortEval=10s',
      origin: 'x',
    });
    expect(t).toMatchObject({
      metric: 'http_req_failed',
      limit: 0.05,
      abortOnFail: true,
      delayAbortEvalMs: 10_000,
    });
    expect(parseThreshold({ text: 'p95: 250ms abortOnFail', origin: 'x' }).abortOnFail).toBe(true);
    expect(() => parseThreshold({ text: 'p95: 250 delayAbortEval=5s', origin: 'x' })).toThrow(
      /add abortOnFail/,
    );
    expect(() => parseThreshold({ text: 'p95: 250 abortOnFail delayAbortEval=soon', origin: 'x' })).toThrow(
      /not a duration/,
    );
    const readFile = () =>
      "thresholds:\n  http_req_duration:\n    - { threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s }\n";
    const s = resolveSettings(rawInputs({ 'target-url': 'http://127.0.0.1:1' }), {
      workspace: '/w',
      readFile,
    });
    expect(s.thresholds[0]).toMatchObject({ limit: 250, abortOnFail: true, delayAbortEvalMs: 10_000 });
  });
});

describe('runGate with the open model', () => {
  it('stops a 60 s run within a few seconds of a sustained breach (abortOnFail), verdict fail', async () => {
    const startedAt = performance.now();
    // Healthy for 2 s, then every answer takes 80 ms.
    const t = await target({ '*': () => ({ delayMs: performance.now() - startedAt < 2000 ? 1 : 80 }) });
    const s = settings({
      'target-url': t.url,
      rate: '50',
      duration: '60s',
      thresholds: 'http_req_duration: p(95)<40 abortOnFail\nhttp_req_failed: rate<0.01',
    });
    const outcome = await runGate(s);
    const m = outcome.measurements;
    expect(m.abortedBy?.threshold).toBe('http_req_duration: p(95)<40 abortOnFail');
    expect(m.durationMs).toBeLessThan(10_000);
    expect(m.abortedBy!.atMs).toBeGreaterThan(2000);
    expect(outcome.evaluation.verdict).toBe('fail');
    expect(outcome.rollback).toBe(true);
    expect(m.stoppedEarly).toMatch(/abortOnFail/);
    expect(outcome.markdown).toMatch(
      /stopped at .* because "http_req_duration: p\(95\)<40 abortOnFail" failed/,
    );
    const results = JSON.parse(readFileSync(outcome.resultsPath, 'utf8'));
    expect(results.measurements.abortedBy.threshold).toBe('http_req_duration: p(95)<40 abortOnFail');
  });

  it('is inconclusive when the generator, not the target, was the bottleneck', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    // In this thread (workers: 1): the blocker below starves this thread's event loop.
    const s = settings({ 'target-url': t.url, rate: '50', duration: '3s', workers: '1' });
    // Starve the generator's event loop: 150 ms busy out of every 250 ms.
    const blocker = setInterval(() => {
      const until = performance.now() + 150;
      while (performance.now() < until);
    }, 250);
    const outcome = await runGate(s).finally(() => clearInterval(blocker));
    expect(outcome.measurements.generator!.eventLoopLagP99Ms).toBeGreaterThan(100);
    expect(outcome.measurements.generator!.bottleneck.join()).toMatch(/event loop lagged/);
    expect(outcome.evaluation.verdict).toBe('inconclusive');
    const outputs = gateOutputs(outcome);
    expect(outputs).toMatchObject({ verdict: 'inconclusive', passed: 'false', rollback: 'false' });
    expect(outcome.markdown).toMatch(/INCONCLUSIVE/);
  });

  it('runs each preset in a short form and reports its shape', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    for (const scenario of ['smoke', 'load', 'stress', 'spike', 'soak'] as const) {
      const s = settings({ 'target-url': t.url, scenario, rate: '40', duration: '2s' });
      const outcome = await runGate(s);
      expect(outcome.measurements.overall.requests, scenario).toBeGreaterThan(0);
      // Every threshold met. The target shares this process, so on a loaded 2-core machine the
      // generator's self-check may call a preset inconclusive: that one reason is allowed, no other.
      expect(
        outcome.evaluation.results.map((r) => r.status),
        scenario,
      ).toEqual(outcome.evaluation.results.map(() => 'pass'));
      expect(outcome.evaluation.reasons.filter((reason) => !reason.startsWith('the load generator'))).toEqual(
        [],
      );
      expect(['pass', 'inconclusive'], scenario).toContain(outcome.evaluation.verdict);
      expect(outcome.markdown, scenario).toContain(`${scenario} scenario`);
      if (scenario === 'soak') expect(outcome.measurements.drift).toBeDefined();
    }
  });

  it('breakpoint finds the knee of a server that fails above 200 req/s', async () => {
    const arrivals: number[] = [];
    // A server that answers 503 while more than 200 requests arrived in the last second.
    const t = await target({
      '*': () => {
        const now = performance.now();
        arrivals.push(now);
        while (arrivals.length > 0 && arrivals[0]! <= now - 1000) arrivals.shift();
        return arrivals.length > 200 ? { status: 503 } : { delayMs: 1 };
      },
    });
    // Steps of 1 s at 30, 60, … 300 req/s.
    const s = settings({ 'target-url': t.url, scenario: 'breakpoint', rate: '150', duration: '10s' });
    const outcome = await runGate(s);
    const bp = outcome.measurements.breakpoint!;
    expect(bp.capacityRps).toBeGreaterThanOrEqual(150);
    expect(bp.capacityRps).toBeLessThanOrEqual(180);
    expect(bp.steps.at(-1)!.held).toBe(false);
    expect(outcome.measurements.stoppedEarly).toMatch(/breakpoint reached/);
    expect(gateOutputs(outcome)['capacity-rps']).toBe(String(bp.capacityRps));
    expect(outcome.evaluation.verdict).toBe('pass');
  });
});

describe('generatorBottleneck', () => {
  const base = {
    eventLoopLagP99Ms: 2,
    eventLoopLagMaxMs: 5,
    cpuPercent: 30,
    peakRssMb: 80,
    rssFirstTenthMb: 70,
    rssLastTenthMb: 80,
    nodeFlags: [],
    bottleneck: [],
  };
  const arrival = {
    targetRps: 1000,
    achievedRps: 990,
    scheduled: 10_000,
    sent: 9900,
    dropped: 100,
    maxVus: 100,
    peakInFlight: 100,
    connections: 100,
    uncorrectedLatency: { p99: 2 } as never,
    uncorrectedHistogram: '',
  };
  const run = (generator: object, more: object = {}) =>
    ({ generator: { ...base, ...generator }, arrival, overall: { latency: { p99: 3 } }, ...more }) as never;

  it('blames the generator for lag, a shortfall with free slots, or a saturated CPU with lag', () => {
    expect(generatorBottleneck({ model: 'open' }, run({}))).toEqual([]);
    expect(generatorBottleneck({}, run({ eventLoopLagP99Ms: 150 }))[0]).toMatch(/lagged 150 ms/);
    expect(
      generatorBottleneck(
        { model: 'open' },
        run({}, { arrival: { ...arrival, achievedRps: 700, peakInFlight: 40 } }),
      ),
    ).toHaveLength(1);
    // The cap was reached: the target held requests back, not the generator.
    expect(
      generatorBottleneck({ model: 'open' }, run({}, { arrival: { ...arrival, achievedRps: 700 } })),
    ).toEqual([]);
    expect(generatorBottleneck({ model: 'open' }, run({ cpuPercent: 99, eventLoopLagP99Ms: 30 }))[0]).toMatch(
      /99% CPU/,
    );
    expect(generatorBottleneck({}, run({ cpuPercent: 99, eventLoopLagP99Ms: 30 }))).toEqual([]);
  });

  it('counts a shortfall to either target when one generator loads a live baseline too', () => {
    const short = { arrival: { ...arrival, achievedRps: 700, peakInFlight: 40 } };
    expect(generatorBottleneck({ model: 'open' }, run({}), run({}))).toEqual([]);
    expect(generatorBottleneck({ model: 'open' }, run({}), run({}, short))).toEqual([
      expect.stringMatching(/sent 700 req\/s to the live baseline of the 1000 req\/s/),
    ]);
    expect(generatorBottleneck({ model: 'open' }, run({}, short), run({}))[0]).toMatch(/to the canary/);
    expect(generatorBottleneck({}, run({ eventLoopLagP99Ms: 150 }), run({}))[0]).toMatch(
      /loading the canary and the live baseline at once/,
    );
  });
});
