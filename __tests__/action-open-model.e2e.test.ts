/**
 * End to end on dist/index.js: the open model's outputs, and a cancelled workflow
 * (SIGTERM mid-run) that still writes the partial report and the outputs.
 */
import { existsSync, readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

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

  it('stops promptly on SIGTERM and still writes the partial report and the outputs', async () => {
    const started = Date.now();
    const run = await runAction({
      inputs: { 'target-url': target.url, rate: '50', duration: '60s' },
      signal: { name: 'SIGTERM', afterMs: 2500 },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.outputs.verdict).toMatch(/^(pass|fail)$/);
    expect(Number(run.outputs.requests)).toBeGreaterThan(0);
    expect(existsSync(run.outputs['report-path'] ?? '')).toBe(true);
    const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8'));
    expect(results.measurements.stoppedEarly).toBe('cancelled (SIGTERM)');
    // The load ran in the process dist/index.js started (relaunch.ts), and the signal reached it.
    expect(results.measurements.generator.nodeFlags).toContain('--max-semi-space-size=8');
    expect(results.measurements.durationMs).toBeLessThan(10_000);
    expect(run.summary).toContain('SIGTERM');
  });
});
