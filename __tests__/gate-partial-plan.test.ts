/**
 * The gate on a run that did not run its whole plan (an AbortSignal, as a cancelled
 * workflow sends), and the breakpoint capacity: judged on each step's steady part,
 * stable over repeats, "at least" when no step broke, and gateable with capacity_rps.
 * In-process against real local servers.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { runGate } from '../src/gate.js';
import { gateOutputs } from '../src/gate-outputs.js';
import { firstRequest, targetPerTest, type TargetServer } from './helpers/target-server.js';

const target = targetPerTest();

function settings(inputs: Partial<RawInputs>) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-partial-'));
  // In this thread, so the load starts at once and the cancel times below are the load's own.
  return resolveSettings(
    rawInputs({ 'report-dir': path.join(workspace, 'report'), workers: '1', ...inputs }),
    { workspace },
  );
}

/** An AbortSignal that fires `afterMs` after the load reached `server`, with the reason the action gives on SIGTERM. */
function cancelAfter(server: TargetServer, afterMs: number): AbortSignal {
  const controller = new AbortController();
  void firstRequest(server).then(() =>
    setTimeout(() => controller.abort('cancelled (SIGTERM)'), afterMs).unref(),
  );
  return controller.signal;
}

describe('runGate on a plan cut short', () => {
  it('is inconclusive, not pass, when cancelled with every threshold met, and says how much ran', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    const s = settings({ 'target-url': t.url, rate: '40', duration: '20s', thresholds: 'p95: 250ms' });
    const outcome = await runGate(s, { signal: cancelAfter(t, 1500) });
    const { plan } = outcome.measurements;
    expect(outcome.evaluation.results[0]!.status).toBe('pass');
    expect(outcome.evaluation.verdict).toBe('inconclusive');
    expect(plan).toMatchObject({ plannedMs: 20_000, completed: false, stoppedBy: 'cancelled (SIGTERM)' });
    expect(plan!.ranMs).toBeGreaterThanOrEqual(1400);
    expect(plan!.ranMs).toBeLessThan(6000);
    expect(plan!.fraction).toBe(Math.round((plan!.ranMs / 20_000) * 1000) / 1000);
    expect(outcome.evaluation.reasons).toEqual([
      expect.stringMatching(/^ran \d+\.\d s of a 20 s plan \(\d+ %\): cancelled \(SIGTERM\)$/),
    ]);
    expect(gateOutputs(outcome)).toMatchObject({
      verdict: 'inconclusive',
      passed: 'false',
      rollback: 'false',
    });

    const results = JSON.parse(readFileSync(outcome.resultsPath, 'utf8'));
    expect(results.verdict).toBe('inconclusive');
    expect(results.verdictReasons).toEqual(outcome.evaluation.reasons);
    expect(results.measurements.plan).toEqual(plan);
    expect(outcome.markdown).toContain(`**Why INCONCLUSIVE:**`);
    expect(outcome.markdown).toContain(outcome.evaluation.reasons[0]);
  });

  it('fails when cancelled after a breach was already measured', async () => {
    const t = await target({ '*': { delayMs: 60 } });
    const s = settings({ 'target-url': t.url, rate: '40', duration: '20s', thresholds: 'p95: 20ms' });
    const outcome = await runGate(s, { signal: cancelAfter(t, 1500) });
    expect(outcome.measurements.plan?.completed).toBe(false);
    expect(outcome.evaluation.results[0]!.status).toBe('fail');
    expect(outcome.evaluation.verdict).toBe('fail');
    expect(outcome.evaluation.reasons).toEqual([]);
    expect(outcome.rollback).toBe(true);
  });

  it('judges a plan that ran to its end as the thresholds say', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    const s = settings({ 'target-url': t.url, rate: '40', duration: '1s', thresholds: 'p95: 250ms' });
    const outcome = await runGate(s);
    expect(outcome.measurements.plan).toMatchObject({ plannedMs: 1000, completed: true });
    expect(outcome.measurements.plan!.stoppedBy).toBeUndefined();
    expect(outcome.evaluation).toMatchObject({ verdict: 'pass', reasons: [] });
  });

  it('a breakpoint staircase cancelled below its knee reports at least the last step that held', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    // Steps of 1 s at 10, 20, … 100 req/s; cancelled in the fourth.
    const s = settings({ 'target-url': t.url, scenario: 'breakpoint', rate: '50', duration: '10s' });
    const outcome = await runGate(s, { signal: cancelAfter(t, 3500) });
    const bp = outcome.measurements.breakpoint!;
    expect(bp.capacityBound).toBe('at-least');
    expect(bp.steps.length).toBeGreaterThanOrEqual(2);
    expect(bp.steps.every((step) => step.held)).toBe(true);
    expect(bp.capacityRps).toBe(bp.steps.at(-1)!.rate);
    expect(outcome.measurements.plan).toMatchObject({ completed: false, stoppedBy: 'cancelled (SIGTERM)' });
    expect(outcome.evaluation.verdict).toBe('inconclusive');
  });
});

describe('breakpoint capacity', () => {
  /** A rate limiter: 503 while more than `limit` requests arrived in the last second. */
  const limiter = (limit: number) => {
    const arrivals: number[] = [];
    return () => {
      const now = performance.now();
      arrivals.push(now);
      while (arrivals.length > 0 && arrivals[0]! <= now - 1000) arrivals.shift();
      return arrivals.length > limit ? { status: 503 } : { delayMs: 1 };
    };
  };

  it('finds the same knee of a server limited to 200 req/s on every repeat, and gates on it', async () => {
    const capacities: number[] = [];
    // Steps of 1 s at 30, 60, … 300 req/s; the limiter lets 200 a second through.
    const gates = ['capacity_rps: value>=120', 'capacity_rps: value>=250', 'capacity_rps: value>=120'];
    for (const [run, gate] of gates.entries()) {
      const t = await target({ '*': limiter(200) });
      const s = settings({
        'target-url': t.url,
        scenario: 'breakpoint',
        rate: '150',
        duration: '10s',
        thresholds: gate,
      });
      const outcome = await runGate(s);
      const bp = outcome.measurements.breakpoint!;
      capacities.push(bp.capacityRps);
      expect(bp.capacityBound, `run ${run}`).toBe('exact');
      expect(bp.steps.at(-1)!.held, `run ${run}`).toBe(false);
      expect(outcome.measurements.plan?.completed, `run ${run}`).toBe(true);
      // Each 1 s step is judged on its last half.
      for (const [i, step] of bp.steps.entries()) {
        expect(step.judgedFromMs).toBe(i * 1000 + 500);
        expect(step.judgedToMs).toBe((i + 1) * 1000);
      }
      expect(gateOutputs(outcome)['capacity-rps']).toBe(String(bp.capacityRps));
      expect(outcome.evaluation.verdict, `run ${run} (${gate}, capacity ${bp.capacityRps})`).toBe(
        gate.endsWith('>=250') ? 'fail' : 'pass',
      );
      const results = JSON.parse(readFileSync(outcome.resultsPath, 'utf8'));
      expect(results.measurements.breakpoint.capacityBound).toBe('exact');
      expect(results.thresholds[0]).toMatchObject({ metric: 'capacity_rps', actual: bp.capacityRps });
    }
    // 180 is the last step at or below 200; an event-loop stall on a busy machine may cost one step.
    for (const capacity of capacities) {
      expect(capacity).toBeGreaterThanOrEqual(150);
      expect(capacity).toBeLessThanOrEqual(180);
    }
    expect(Math.max(...capacities) - Math.min(...capacities)).toBeLessThanOrEqual(30);
  });

  it('reports a staircase that never broke as "at least", which passes a lower gate and cannot decide a higher one', async () => {
    const t = await target({ '*': { delayMs: 1 } });
    // Steps of 0.5 s at 10, 20, … 100 req/s against a server that holds all of them.
    const run = (gate: string) =>
      runGate(
        settings({
          'target-url': t.url,
          scenario: 'breakpoint',
          rate: '50',
          duration: '5s',
          thresholds: gate,
        }),
      );
    const lower = await run('capacity_rps: value>=80');
    const bp = lower.measurements.breakpoint!;
    expect(bp).toMatchObject({ capacityRps: 100, capacityBound: 'at-least' });
    expect(bp.steps).toHaveLength(10);
    expect(lower.evaluation).toMatchObject({ verdict: 'pass', reasons: [] });
    expect(lower.markdown).toContain('at least 100 req/s');

    const higher = await run('capacity_rps: value>=150');
    expect(higher.evaluation.results[0]).toMatchObject({ status: 'inconclusive', actual: 100 });
    expect(higher.evaluation.verdict).toBe('inconclusive');
    // A stall of the generator on a busy machine may add its own reason; the capacity one is always there.
    expect(higher.evaluation.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/capacity_rps: value>=150 cannot be decided/)]),
    );
  });
});
