/**
 * End to end on dist/index.js: the bundle starts itself as its worker threads, the
 * shares add up to the whole schedule, each worker's health is reported, and a bad
 * `workers` value is one error naming it, with no request sent.
 */
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { annotations, runAction } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

describe('dist/index.js with worker threads', () => {
  let target: TargetServer;
  beforeAll(async () => {
    target = await startTargetServer({ '*': { delayMs: 1 } });
  });
  afterAll(async () => {
    await target.close();
  });

  it('runs the open model in 2 workers: the schedule sent exactly once, both workers reported', async () => {
    const before = target.stats.completed;
    const run = await runAction({
      inputs: { 'target-url': target.url, rate: '100', duration: '2s', workers: '2' },
    });
    expect(run.outputs.verdict, run.stdout).not.toBe('error');
    const results = JSON.parse(readFileSync(run.outputs['results-path'] ?? '', 'utf8'));
    const m = results.measurements;
    expect(m.arrival.scheduled).toBe(200);
    expect(m.arrival.sent + m.arrival.dropped).toBe(200);
    expect(m.overall.requests).toBe(m.arrival.sent);
    expect(target.stats.completed - before).toBe(m.arrival.sent);
    expect(m.generator.workers.map((w: { worker: number; of: number }) => `${w.worker}/${w.of}`)).toEqual([
      '1/2',
      '2/2',
    ]);
  });

  it('refuses a bad workers value with one error naming it, and sends nothing', async () => {
    const before = target.stats.completed;
    const run = await runAction({ inputs: { 'target-url': target.url, workers: 'lots' } });
    expect(run.outputs.verdict).toBe('error');
    const errors = annotations(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("input 'workers'");
    expect(errors[0]).toContain(
      'got "lots"; expected auto (one per core) or a whole number of worker threads',
    );
    expect(target.stats.completed).toBe(before);
  });
});
