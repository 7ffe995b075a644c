/**
 * The closed seconds of several scenarios as one run's (engine/scenarios/live-scenarios.ts):
 * each scenario's seconds lined up by its start, each second merged once, and no snapshot
 * made for them (a worker reports them every second).
 */
import { describe, expect, it } from 'vitest';

import type { AttachedRun } from '../src/engine/executors/load-run.js';
import { LiveScenarios } from '../src/engine/scenarios/live-scenarios.js';
import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import type { IntervalPoint } from '../src/metrics/measurements.js';

function second(t: number, requests: number, latencyMs: number): IntervalPoint {
  const histogram = new LatencyHistogram();
  for (let i = 0; i < requests; i++) histogram.recordMicros(latencyMs * 1000);
  return { t, ms: 1000, requests, failed: 0, histogram: histogram.encode() };
}

function run(points: IntervalPoint[], counter: { snapshots: number }): AttachedRun {
  return {
    snapshot: () => {
      counter.snapshots++;
      throw new Error('no snapshot expected');
    },
    progress: () => {
      throw new Error('no progress expected');
    },
    seconds: () => [...points],
  };
}

describe('live seconds of scenarios', () => {
  it('lines each scenario up by its start, merges a second once the next one is closed, and makes no snapshot', () => {
    const counter = { snapshots: 0 };
    const live = new LiveScenarios();
    expect(live.started).toBe(false);
    const first: IntervalPoint[] = [second(1, 10, 5), second(2, 10, 5)];
    const later: IntervalPoint[] = [];
    live.attach('browse', 'constant-vus', 0, run(first, counter));
    live.attach('capacity', 'constant-arrival-rate', 2000, run(later, counter));
    expect(live.started).toBe(true);
    // browse has closed second 2: second 1 is final.
    expect(live.seconds().map((point) => [point.t, point.requests])).toEqual([[1, 10]]);
    // capacity started 2 s in: its second 1 is the run's second 3.
    first.push(second(3, 10, 5), second(4, 10, 5));
    later.push(second(1, 30, 50), second(2, 30, 50));
    const merged = live.seconds();
    expect(merged.map((point) => [point.t, point.requests])).toEqual([
      [1, 10],
      [2, 10],
      [3, 40],
    ]);
    // Asked again with nothing new: the same seconds, none merged twice.
    expect(live.seconds()).toEqual(merged);
    expect(counter.snapshots).toBe(0);
  });
});
