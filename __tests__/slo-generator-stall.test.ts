/**
 * The open model's corrected latency against the generator's own stalls: a gap the
 * generator may have caused is no pass (inconclusive, naming the generator); a gap a
 * target that held every connection caused is the target's.
 */
import { describe, expect, it } from 'vitest';

import type { GeneratorHealth, RunMeasurements } from '../src/metrics/measurements.js';
import { GAP_FACTOR, GAP_MS, generatorStall, STALL_LAG_MAX_MS } from '../src/slo/generator-stall.js';
import { generatorBottleneck } from '../src/slo/self-check.js';

const health: GeneratorHealth = {
  eventLoopLagP99Ms: 2,
  eventLoopLagMaxMs: 4,
  cpuPercent: 60,
  peakRssMb: 80,
  rssFirstTenthMb: 70,
  rssLastTenthMb: 80,
  nodeFlags: [],
  bottleneck: [],
};

/** An open-model run with these p99s (ms), send delay p99 and in-flight peak. */
function openRun(corrected: number, uncorrected: number, delayP99 = 0.5, peakInFlight = 40): RunMeasurements {
  return {
    overall: { latency: { p99: corrected } },
    generator: health,
    arrival: {
      targetRps: 1000,
      achievedRps: 1000,
      scheduled: 10_000,
      sent: 10_000,
      dropped: 0,
      maxVus: 100,
      peakInFlight,
      connections: peakInFlight,
      uncorrectedLatency: { p99: uncorrected },
      uncorrectedHistogram: '',
      generatorDelay: { p99: delayP99 },
    },
  } as never;
}

describe('generatorStall', () => {
  const gap = (uncorrected: number) => GAP_FACTOR * uncorrected + GAP_MS;

  it('leaves a corrected p99 within the goal alone, whatever the generator did', () => {
    const stalled = { ...health, eventLoopLagMaxMs: 200 };
    expect(generatorStall(openRun(gap(3) - 0.5, 3), stalled)).toEqual([]);
  });

  it('names the generator when the gap comes with a stall of its event loop or its sends', () => {
    const lagged = generatorStall(openRun(gap(3) + 40, 3), {
      ...health,
      eventLoopLagMaxMs: STALL_LAG_MAX_MS + 5,
    });
    expect(lagged).toHaveLength(1);
    expect(lagged[0]).toMatch(/load generator itself stalled \(event loop up to 15 ms late/);
    expect(lagged[0]).toContain(`(${gap(3) + 40} ms)`);
    expect(generatorStall(openRun(gap(3) + 40, 3, 12), health)[0]).toMatch(/send delay 12 ms at p99/);
  });

  it('charges a gap to the target when the generator ran smoothly or the target held every connection', () => {
    expect(generatorStall(openRun(500, 3), health)).toEqual([]);
    const stalled = { ...health, eventLoopLagMaxMs: 200 };
    expect(generatorStall(openRun(500, 3, 0.5, 100), stalled)).toEqual([]);
    expect(generatorStall({ ...openRun(500, 3), stoppedEarly: 'aborted' }, stalled)).toEqual([]);
  });

  it('names the generator at max-vus too when it was late sending on free connections', () => {
    // 30,000 req/s on nginx, measured: every connection in use, yet sends 29 ms late at p99.
    const late = generatorStall(openRun(561, 35, 29, 100), { ...health, eventLoopLagMaxMs: 74 });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatch(/send delay 29 ms at p99/);
    expect(generatorStall(openRun(561, 35, 4.9, 100), { ...health, eventLoopLagMaxMs: 74 })).toEqual([]);
  });

  it('is part of the self-check of the open model, for either target', () => {
    const stalled = { ...openRun(500, 3), generator: { ...health, eventLoopLagMaxMs: 60 } };
    expect(generatorBottleneck({ model: 'open' }, stalled)).toHaveLength(1);
    expect(generatorBottleneck({}, stalled)).toEqual([]);
    const smooth = { ...openRun(2, 1), generator: stalled.generator };
    expect(generatorBottleneck({ model: 'open' }, smooth, stalled)[0]).toMatch(
      /corrected p99 to the live baseline/,
    );
  });
});
