/** The generator self-check with worker threads: it judges the worst worker and names it. */
import { describe, expect, it } from 'vitest';

import type { GeneratorHealth, RunMeasurements } from '../src/metrics/measurements.js';
import { generatorBottleneck, MAX_LAG_P99_MS } from '../src/slo/self-check.js';

function withHealth(lags: number[]): RunMeasurements {
  const workers = lags.map((lag, index) => ({
    worker: index + 1,
    of: lags.length,
    eventLoopLagP99Ms: lag,
    eventLoopLagMaxMs: lag * 2,
    cpuPercent: 50,
  }));
  const generator: GeneratorHealth = {
    eventLoopLagP99Ms: Math.max(...lags),
    eventLoopLagMaxMs: Math.max(...lags) * 2,
    cpuPercent: 50,
    peakRssMb: 100,
    rssFirstTenthMb: 90,
    rssLastTenthMb: 95,
    nodeFlags: [],
    bottleneck: [],
    workers,
  };
  return { generator } as RunMeasurements;
}

describe('the self-check over worker threads', () => {
  it('finds the one lagging worker among healthy ones and names it', () => {
    const reasons = generatorBottleneck({}, withHealth([5, MAX_LAG_P99_MS + 40, 8]));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain(`event loop in worker 2 of 3 lagged ${MAX_LAG_P99_MS + 40} ms at p99`);
  });

  it('finds nothing when every worker kept up', () => {
    expect(generatorBottleneck({}, withHealth([5, 9]))).toEqual([]);
  });
});
