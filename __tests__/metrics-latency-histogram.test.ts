import { describe, expect, it } from 'vitest';

import {
  EMPTY_LATENCY_SUMMARY,
  HIGHEST_TRACKABLE_US,
  LatencyHistogram,
} from '../src/metrics/latency-histogram.js';

/** HDR keeps 3 significant digits: a value read back is within 0.1% of what was recorded. */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * 0.001 + 0.001);
}

describe('LatencyHistogram', () => {
  it('records microseconds and reads percentiles in milliseconds', () => {
    const histogram = new LatencyHistogram();
    for (let ms = 1; ms <= 100; ms++) histogram.recordMicros(ms * 1000);
    expect(histogram.count).toBe(100);
    expectClose(histogram.percentileMs(50), 50);
    expectClose(histogram.percentileMs(95), 95);
    expectClose(histogram.percentileMs(99), 99);
    expectClose(histogram.percentileMs(100), 100);
  });

  it('summarises count, min, mean, stdev, percentiles and max', () => {
    const histogram = new LatencyHistogram();
    for (let i = 0; i < 900; i++) histogram.recordMicros(5_000);
    for (let i = 0; i < 80; i++) histogram.recordMicros(50_000);
    for (let i = 0; i < 20; i++) histogram.recordMicros(400_000);
    const summary = histogram.summary();
    expect(summary.count).toBe(1000);
    expectClose(summary.min, 5);
    expectClose(summary.max, 400);
    expectClose(summary.p50, 5);
    expectClose(summary.p90, 5);
    expectClose(summary.p95, 50);
    expectClose(summary.p99, 400);
    expectClose(summary.p999, 400);
    expectClose(summary.mean, 0.9 * 5 + 0.08 * 50 + 0.02 * 400);
    const mean = 16.5;
    const stdev = Math.sqrt(0.9 * (5 - mean) ** 2 + 0.08 * (50 - mean) ** 2 + 0.02 * (400 - mean) ** 2);
    expect(Math.abs(summary.stdev - stdev)).toBeLessThan(stdev * 0.01);
  });

  it('gives an all-zero summary when empty', () => {
    const histogram = new LatencyHistogram();
    expect(histogram.summary()).toEqual(EMPTY_LATENCY_SUMMARY);
    expect(histogram.percentileMs(95)).toBe(0);
  });

  it('clamps negative values to 0 and values above one hour to one hour', () => {
    const histogram = new LatencyHistogram();
    histogram.recordMicros(-5);
    histogram.recordMicros(HIGHEST_TRACKABLE_US * 10);
    expect(histogram.count).toBe(2);
    expect(histogram.percentileMs(1)).toBe(0);
    expectClose(histogram.summary().max, HIGHEST_TRACKABLE_US / 1000);
  });

  it('round-trips through HDR compressed base64', () => {
    const histogram = new LatencyHistogram();
    for (let i = 1; i <= 5000; i++) histogram.recordMicros(i * 37);
    const encoded = histogram.encode();
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const decoded = LatencyHistogram.decode(encoded);
    expect(decoded.summary()).toEqual(histogram.summary());
  });

  it('adds, subtracts, copies and resets', () => {
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    for (let i = 0; i < 10; i++) a.recordMicros(1000);
    for (let i = 0; i < 30; i++) b.recordMicros(9000);
    a.add(b);
    expect(a.count).toBe(40);
    expectClose(a.percentileMs(50), 9);
    a.subtract(b);
    expect(a.count).toBe(10);
    expectClose(a.percentileMs(99), 1);
    const c = new LatencyHistogram();
    c.recordMicros(123);
    c.copyFrom(b);
    expect(c.count).toBe(30);
    c.reset();
    expect(c.count).toBe(0);
  });
});
