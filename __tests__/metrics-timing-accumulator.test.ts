/**
 * The timing accumulator: every phase holds every timed request (the 0 connect and TLS
 * times of reused connections included, though they are added in one go), and merging
 * parts (workers, shards) gives the same histograms as one accumulator of every request.
 */
import { describe, expect, it } from 'vitest';

import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import { mergeTimings } from '../src/metrics/merge-timing.js';
import { TimingAccumulator } from '../src/metrics/timing-accumulator.js';
import { TIMING_PHASES, type RequestPhases } from '../src/metrics/timing-measurements.js';
import { uniforms } from './helpers/park-miller.js';

/** A source of the generator's uniforms, in order. */
function source(seed: number): () => number {
  const values = uniforms(seed, 50_000);
  let i = 0;
  return () => values[i++ % values.length]!;
}

function phases(random: () => number, opened: boolean): RequestPhases {
  return {
    timed: true,
    connectionOpened: opened,
    blockedUs: 5 + random() * 50,
    connectingUs: opened ? 100 + random() * 900 : 0,
    tlsHandshakingUs: opened ? 1000 + random() * 4000 : 0,
    sendingUs: 10 + random() * 20,
    waitingUs: 1000 + random() * 100_000,
    receivingUs: random() * 5000,
  };
}

describe('TimingAccumulator', () => {
  it('holds every timed request in every phase, zeros of reused connections included', () => {
    const random = source(7);
    const acc = new TimingAccumulator();
    const opened = 37;
    for (let i = 0; i < 1000; i++) acc.record(phases(random, i % 27 === 0 && i / 27 < opened));
    const timings = acc.toTimings()!;
    expect(timings.count).toBe(1000);
    expect(timings.connectionsOpened).toBe(opened);
    for (const phase of TIMING_PHASES) expect(timings.phases[phase].count).toBe(1000);
    // 963 of 1000 are 0: the median connect time is 0, the max is a real connect, the min 0.
    expect(timings.phases.connecting.p50).toBe(0);
    expect(timings.phases.connecting.min).toBe(0);
    expect(timings.phases.connecting.max).toBeGreaterThan(0.1);
    expect(timings.phases.tlsHandshaking.max).toBeGreaterThan(1);
    // Reading twice adds nothing twice.
    expect(acc.toTimings()!.phases.connecting.count).toBe(1000);
    expect(acc.histogramOf('connecting')!.count).toBe(1000);
  });

  it('merges parts into exactly the histograms of one accumulator of every request', () => {
    const random = source(11);
    const whole = new TimingAccumulator();
    const parts = [new TimingAccumulator(), new TimingAccumulator(), new TimingAccumulator()];
    for (let i = 0; i < 3000; i++) {
      const p = phases(random, i % 50 === 0);
      whole.record(p);
      parts[i % 3]!.record(p);
    }
    const merged = mergeTimings(parts.map((part) => part.toTimings()))!;
    const expected = whole.toTimings()!;
    expect(merged.count).toBe(expected.count);
    expect(merged.connectionsOpened).toBe(expected.connectionsOpened);
    for (const phase of TIMING_PHASES) {
      expect(merged.phases[phase]).toEqual(expected.phases[phase]);
      expect(LatencyHistogram.decode(merged.histograms[phase]).count).toBe(3000);
    }
  });
});
