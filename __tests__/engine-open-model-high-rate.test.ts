/**
 * The open model at a high rate against a fast server in its own process: the connections
 * the rate needs are open before the schedule starts, the generator's own send delay is
 * measured and kept off the corrected latency, and the corrected p99 stays within
 * 2 × the uncorrected p99 + 5 ms, or the verdict is inconclusive naming the generator.
 * The hard figures (20k–30k req/s on nginx) are in `npm run bench`; the rate here is one
 * a noisy 2-core machine can send.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings } from '../src/config/index.js';
import { runGate } from '../src/gate.js';
import { GAP_FACTOR, GAP_MS } from '../src/slo/generator-stall.js';
import { firstRequest, targetPerTest } from './helpers/target-server.js';

let server: ChildProcess;
let url = '';

beforeAll(async () => {
  server = spawn(process.execPath, [path.resolve('scripts/bench/target-server.mjs'), '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve) =>
    server.stdout!.once('data', (chunk) => resolve(String(chunk).trim())),
  );
});

afterAll(() => {
  server.kill('SIGTERM');
});

function settings(inputs: Record<string, string>) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-high-rate-'));
  return resolveSettings(rawInputs({ 'report-dir': path.join(workspace, 'report'), ...inputs }), {
    workspace,
  });
}

const target = targetPerTest();

describe('the open model at a high rate', () => {
  it('keeps the corrected p99 within 2 × the uncorrected + 5 ms, or names the generator', async () => {
    const outcome = await runGate(
      settings({ 'target-url': url, rate: '4000', duration: '3s', 'max-vus': '1000' }),
    );
    const m = outcome.measurements;
    const arrival = m.arrival!;
    expect(arrival.sent + arrival.dropped).toBe(arrival.scheduled);
    expect(m.overall.requests).toBe(arrival.sent);
    // Every request's own send delay is measured.
    expect(arrival.generatorDelay!.count).toBe(arrival.sent);
    const withinGoal = m.overall.latency.p99 <= GAP_FACTOR * arrival.uncorrectedLatency.p99 + GAP_MS;
    if (withinGoal) {
      expect(['pass', 'inconclusive']).toContain(outcome.evaluation.verdict);
    } else {
      expect(outcome.evaluation.verdict).toBe('inconclusive');
      expect(m.generator!.bottleneck.join()).toMatch(/load generator/);
    }
  });

  it('opens the connections the peak rate needs before the first request is due', async () => {
    const t = await target({ '*': { delayMs: 0 } });
    const outcome = await runGate(settings({ 'target-url': t.url, rate: '1000', duration: '1s' }));
    const arrival = outcome.measurements.arrival!;
    // 1000 req/s × 10 ms + 2: opened before the clock started, each used or idle, none opened twice.
    expect(arrival.connections).toBeGreaterThanOrEqual(12);
    expect(t.stats.connections).toBe(arrival.connections);
    expect(arrival.sent + arrival.dropped).toBe(arrival.scheduled);
  });

  it('measures a stall of the generator as its own send delay', async () => {
    const t = await target({ '*': { delayMs: 0 } });
    // 400 ms into the load (after the generator's warm-up), this thread is held for 100 ms.
    void firstRequest(t).then(() =>
      setTimeout(() => {
        const until = performance.now() + 100;
        while (performance.now() < until);
      }, 400),
    );
    const outcome = await runGate(
      // In this thread (workers: 1): the stall below is this thread's.
      settings({ 'target-url': t.url, rate: '1000', duration: '1500ms', workers: '1' }),
    );
    const arrival = outcome.measurements.arrival!;
    expect(arrival.generatorDelay!.max).toBeGreaterThan(50);
    expect(arrival.generatorDelay!.count).toBe(arrival.sent);
  });
});
