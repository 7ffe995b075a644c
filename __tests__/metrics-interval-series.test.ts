/**
 * The recorder's per-second roll-up (metrics/interval-series.ts) and the statistics
 * read back from it (metrics/interval-statistics.ts), on a hand-driven clock so every
 * second's content is known.
 */
import { describe, expect, it } from 'vitest';

import {
  intervalLatencies,
  intervalPoints,
  intervalRequestRates,
} from '../src/metrics/interval-statistics.js';
import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import type { IntervalPoint } from '../src/metrics/measurements.js';
import { MetricsRecorder, type RequestOutcome } from '../src/metrics/metrics-recorder.js';

const ENDPOINTS = [
  { name: 'GET /a', method: 'GET', path: '/a' },
  { name: 'POST /b', method: 'POST', path: '/b' },
];

const OK: RequestOutcome = {
  status: 200,
  ok: true,
  errorClass: null,
  sent: true,
  bytesSent: 1,
  bytesReceived: 1,
};
const FAILED: RequestOutcome = {
  status: 503,
  ok: false,
  errorClass: 'http_5xx',
  sent: true,
  bytesSent: 1,
  bytesReceived: 1,
};
const REFUSED: RequestOutcome = {
  status: 0,
  ok: false,
  errorClass: 'connection_refused',
  sent: false,
  bytesSent: 0,
  bytesReceived: 0,
};

function fakeRecorder() {
  let mono = 0;
  const recorder = new MetricsRecorder(ENDPOINTS, { now: () => mono, wallClock: () => 0 });
  recorder.start();
  return { recorder, at: (ms: number) => (mono = ms) };
}

/** A latency in ms as an HDR histogram gives it back (to its 3 significant digits). */
function asRecorded(ms: number): number {
  const h = new LatencyHistogram();
  h.recordMicros(ms * 1000);
  return h.percentileMs(100);
}

/** The minimum of a stored histogram holding `ms`: the lowest value equivalent to it. */
function asRecordedMin(ms: number): number {
  const h = new LatencyHistogram();
  h.recordMicros(ms * 1000);
  return LatencyHistogram.decode(h.encode()).summary().min;
}

/** Count, median and maximum of one point's histogram. */
const countMedianMax = (point: IntervalPoint): number[] => {
  const h = LatencyHistogram.decode(point.histogram);
  return [h.count, h.percentileMs(50), h.percentileMs(100)];
};

describe('the per-second roll-up', () => {
  it('keeps each second of each endpoint whole: counts, failures and a histogram of that second only', () => {
    const { recorder, at } = fakeRecorder();
    // Second 1: /a gets 10 ms ×3, /b one 40 ms failure. Second 2: idle. Second 3: /a 20 ms ×2.
    recorder.record(0, 10_000, OK, 100);
    recorder.record(0, 10_000, OK, 200);
    recorder.record(1, 40_000, FAILED, 300);
    recorder.record(0, 10_000, OK, 900);
    recorder.record(0, 20_000, OK, 2_100);
    recorder.record(0, 20_000, OK, 2_900);
    // A refused connection counts as a failed request but gives no latency.
    recorder.record(1, 5, REFUSED, 2_950);
    at(3_000);
    recorder.finish();
    const m = recorder.snapshot();
    const [a, b] = m.intervals!.endpoints;

    expect(a!.name).toBe('GET /a');
    expect(a!.points.map((p) => [p.t, p.ms, p.requests, p.failed])).toEqual([
      [1, 1000, 3, 0],
      [2, 1000, 0, 0],
      [3, 1000, 2, 0],
    ]);
    expect(countMedianMax(a!.points[0]!)).toEqual([3, asRecorded(10), asRecorded(10)]);
    expect(a!.points[1]!.histogram).toBe('');
    expect(countMedianMax(a!.points[2]!)).toEqual([2, asRecorded(20), asRecorded(20)]);

    expect(b!.points.map((p) => [p.t, p.requests, p.failed])).toEqual([
      [1, 1, 1],
      [2, 0, 0],
      [3, 1, 1],
    ]);
    expect(countMedianMax(b!.points[0]!)).toEqual([1, asRecorded(40), asRecorded(40)]);
    expect(b!.points[2]!.histogram).toBe('');

    // The whole run's seconds are the sum of the endpoints'.
    expect(m.intervals!.overall.map((p) => [p.t, p.requests, p.failed])).toEqual([
      [1, 4, 1],
      [2, 0, 0],
      [3, 3, 1],
    ]);
    expect(countMedianMax(m.intervals!.overall[0]!)).toEqual([4, asRecorded(10), asRecorded(40)]);
    // Every second's counts add up to the run's.
    const sum = (points: IntervalPoint[]) => points.reduce((n, p) => n + p.requests, 0);
    expect(sum(a!.points)).toBe(m.endpoints[0]!.requests);
    expect(sum(m.intervals!.overall)).toBe(m.overall.requests);
  });

  it('folds a short last second into the one before, and keeps a long one as its own point', () => {
    const short = fakeRecorder();
    short.recorder.record(0, 10_000, OK, 500);
    short.recorder.record(0, 30_000, OK, 1_100);
    short.at(1_200);
    short.recorder.finish();
    const folded = short.recorder.snapshot().intervals!.endpoints[0]!.points;
    expect(folded.map((p) => [p.t, p.ms, p.requests])).toEqual([[1, 1200, 2]]);
    expect(countMedianMax(folded[0]!)).toEqual([2, asRecorded(10), asRecorded(30)]);

    const long = fakeRecorder();
    long.recorder.record(0, 10_000, OK, 500);
    long.recorder.record(0, 30_000, OK, 1_100);
    long.at(1_700);
    long.recorder.finish();
    const own = long.recorder.snapshot().intervals!.endpoints[0]!.points;
    expect(own.map((p) => [p.t, p.ms, p.requests])).toEqual([
      [1, 1000, 1],
      [2, 700, 1],
    ]);
  });

  it('hands out closed seconds only in a live snapshot, and never changes them afterwards', () => {
    const { recorder, at } = fakeRecorder();
    recorder.record(0, 10_000, OK, 100);
    recorder.record(0, 10_000, OK, 1_100);
    at(1_500);
    const live = recorder.snapshot();
    expect(live.intervals!.overall.map((p) => p.t)).toEqual([1]);
    const before = JSON.stringify(live.intervals);
    recorder.record(0, 50_000, OK, 1_200);
    at(1_300);
    recorder.finish();
    expect(JSON.stringify(live.intervals)).toBe(before);
    expect(recorder.snapshot().intervals!.overall[0]!.requests).toBe(3);
  });
});

describe('statistics of each second', () => {
  it('reads any percentile, the mean, the extremes and the request rate of each second', () => {
    const { recorder, at } = fakeRecorder();
    for (let i = 1; i <= 100; i++) recorder.record(0, i * 1000, OK, 10 + i);
    for (let i = 1; i <= 50; i++) recorder.record(0, 200_000, OK, 1_000 + i);
    at(2_600);
    recorder.finish();
    const m = recorder.snapshot();
    const points = intervalPoints(m, 'GET /a')!;
    expect(intervalLatencies(points, { kind: 'percentile', percentile: 95 })).toEqual([
      asRecorded(95),
      asRecorded(200),
    ]);
    expect(intervalLatencies(points, { kind: 'avg' })[0]).toBeCloseTo(50.5, 1);
    expect(intervalLatencies(points, { kind: 'min' })).toEqual([asRecordedMin(1), asRecordedMin(200)]);
    expect(intervalLatencies(points, { kind: 'max' })).toEqual([asRecorded(100), asRecorded(200)]);
    // Three points: 1 s, 1 s and the 600 ms tail; the idle tail is a rate of 0.
    expect(intervalRequestRates(points)).toEqual([100, 50, 0]);
    // The idle tail has no latency, so it is left out of the latency series.
    expect(intervalLatencies(points, { kind: 'percentile', percentile: 50 })).toHaveLength(2);
    expect(intervalPoints(m, 'POST /b')!.every((p) => p.requests === 0)).toBe(true);
    expect(intervalPoints(m, 'GET /nope')).toBeUndefined();
    expect(intervalPoints({ ...m, intervals: undefined } as typeof m)).toBeUndefined();
  });
});
