/**
 * End to end: dist/index.js with `baseline-url`, as the runner runs it. Canary and
 * baseline get the same traffic at once; a slowdown both share does not fail the
 * canary, a canary of its own slower does, and the baseline outputs are set. Build first
 * (`npm run build`).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

let servers: TargetServer[] = [];

afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/** Two servers answering `/a` after `delayMs(elapsed)`; elapsed counts from the first request either got. */
async function startPair(delayMs: (role: 'canary' | 'baseline', elapsedMs: number) => number) {
  let firstMs: number | undefined;
  const start = (role: 'canary' | 'baseline') =>
    startTargetServer({
      '/a': () => {
        firstMs ??= Date.now();
        return { delayMs: delayMs(role, Date.now() - firstMs) };
      },
    });
  servers = [await start('canary'), await start('baseline')];
  return { canary: servers[0]!, baseline: servers[1]! };
}

function gate(canary: TargetServer, baseline: TargetServer) {
  return runAction({
    inputs: {
      'target-url': canary.url,
      'baseline-url': baseline.url,
      endpoints: 'GET /a',
      duration: '6s',
      vus: '4',
      thresholds: 'http_req_duration: p(95) < baseline * 1.5',
    },
  });
}

describe('dist/index.js with a live baseline', () => {
  it('does not fail the canary for a slowdown both targets share, and sets the baseline outputs', async () => {
    // 20 ms, but 150 ms for both from 2 s to 3.5 s into the run (a shared database, say).
    const { canary, baseline } = await startPair((_role, elapsed) =>
      elapsed >= 2000 && elapsed < 3500 ? 150 : 20,
    );
    const run = await gate(canary, baseline);
    expect(run.outputs.verdict, run.stdout).not.toBe('fail');
    expect(run.outputs.rollback).toBe('false');
    expect(Number(run.outputs['baseline-p95-ms'])).toBeGreaterThan(20);
    expect(Math.abs(Number(run.outputs['p95-change-percent']))).toBeLessThan(50);
    expect(JSON.parse(run.outputs.regressions ?? '')).toEqual([]);
    // The same traffic went to both, at the same time.
    const sent = [canary.stats.received, baseline.stats.received];
    expect(Math.abs(sent[0]! - sent[1]!)).toBeLessThanOrEqual(Math.max(8, 0.05 * sent[0]!));
  });

  it('fails a canary twice as slow as its baseline and names the regression', async () => {
    const { canary, baseline } = await startPair((role) => (role === 'canary' ? 60 : 20));
    const run = await gate(canary, baseline);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(run.outputs.rollback).toBe('true');
    expect(Number(run.outputs['p95-change-percent'])).toBeGreaterThan(100);
    const regressions = JSON.parse(run.outputs.regressions ?? '') as Array<Record<string, unknown>>;
    expect(regressions).toHaveLength(1);
    expect(regressions[0]).toMatchObject({
      threshold: 'http_req_duration: p(95) < baseline * 1.5',
      significant: true,
    });
  });
});
