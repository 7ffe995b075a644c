/**
 * End to end on dist/index.js: the open model's outputs, and a cancelled workflow
 * (SIGTERM mid-run) that still writes the partial report and the outputs, and cannot pass.
 */
import { existsSync, readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runAction } from './helpers/run-action.js';
import { firstRequest, startTargetServer, type TargetServer } from './helpers/target-server.js';

describe('dist/index.js with the open model', () => {
  let target: TargetServer;
  beforeAll(async () => {
    target = await startTargetServer({ '*': { delayMs: 2 } });
  });
  afterAll(async () => {
    await target.close();
  });

  it('reports the target and achieved rates and the dropped requests as outputs', async () => {
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        rate: '100',
        duration: '2s',
        thresholds: 'dropped_requests: count==0\nhttp_req_duration: p(95)<500',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['dropped-requests']).toBe('0');
    expect(Number(run.outputs['target-rps'])).toBeGreaterThan(90);
    expect(Number(run.outputs['achieved-rps'])).toBeGreaterThan(90);
    expect(run.outputs['capacity-rps']).toBe('');
    const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8'));
    expect(results.measurements.arrival.uncorrectedLatency.count).toBeGreaterThan(150);
    expect(run.summary).toContain('from the intended send (corrected)');
  });

  it('stops promptly on SIGTERM, writes the partial report and the outputs, and does not pass', async () => {
    const started = Date.now();
    const run = await runAction({
      inputs: { 'target-url': target.url, rate: '50', duration: '30s' },
      signal: { name: 'SIGTERM', afterMs: 1500, from: firstRequest(target) },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    // Every threshold met on 2 s of a 30 s plan: not enough to pass.
    expect(run.outputs.verdict).toBe('inconclusive');
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.rollback).toBe('false');
    expect(Number(run.outputs.requests)).toBeGreaterThan(0);
    expect(existsSync(run.outputs['report-path'] ?? '')).toBe(true);
    const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8'));
    expect(results.measurements.stoppedEarly).toBe('cancelled (SIGTERM)');
    expect(results.verdict).toBe('inconclusive');
    const plan = results.measurements.plan;
    expect(plan).toMatchObject({ plannedMs: 30_000, completed: false, stoppedBy: 'cancelled (SIGTERM)' });
    expect(plan.fraction).toBeGreaterThan(0);
    expect(plan.fraction).toBeLessThan(0.35);
    expect(results.verdictReasons).toEqual([
      expect.stringMatching(/^ran \d+\.\d s of a 30 s plan \(\d+ %\): cancelled \(SIGTERM\)$/),
    ]);
    // The load ran in the process dist/index.js started (relaunch.ts), and the signal reached it.
    expect(results.measurements.generator.nodeFlags).toContain('--max-semi-space-size=8');
    expect(results.measurements.durationMs).toBeLessThan(10_000);
    expect(run.summary).toContain('SIGTERM');
    expect(run.summary).toContain(results.verdictReasons[0]);
    expect(readFileSync(run.outputs['report-path'] ?? '', 'utf8')).toMatch(/of a 30 s plan \(\d+ %\)/);
  });

  it('fails on SIGTERM when a breach was already measured', async () => {
    const slow = await startTargetServer({ '*': { delayMs: 60 } });
    try {
      const run = await runAction({
        inputs: { 'target-url': slow.url, rate: '40', duration: '30s', thresholds: 'p95: 20ms' },
        signal: { name: 'SIGTERM', afterMs: 1500, from: firstRequest(slow) },
      });
      expect(run.outputs.verdict).toBe('fail');
      const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8'));
      expect(results.measurements.plan.completed).toBe(false);
      expect(results.failedSlos).toEqual(['p95: 20ms']);
    } finally {
      await slow.close();
    }
  });
});
