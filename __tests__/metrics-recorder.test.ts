import v8 from 'node:v8';
import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import { ERROR_CLASSES, type ErrorClass } from '../src/metrics/measurements.js';
import { MetricsRecorder, type RequestOutcome } from '../src/metrics/metrics-recorder.js';

const ENDPOINTS = [
  { name: 'GET /a', method: 'GET', path: '/a' },
  { name: 'POST /b', method: 'POST', path: '/b' },
];

function ok(status = 200, bytesSent = 100, bytesReceived = 200): RequestOutcome {
  return { status, ok: true, errorClass: null, sent: true, bytesSent, bytesReceived };
}

function failed(errorClass: ErrorClass, status = 0, sent = true): RequestOutcome {
  return { status, ok: false, errorClass, sent, bytesSent: sent ? 100 : 0, bytesReceived: status ? 50 : 0 };
}

/** A recorder on a hand-driven clock (ms) starting at 1000, wall clock at 2030-01-01. */
function fakeRecorder(plannedMs = 0) {
  const clock = { mono: 1000, wall: Date.UTC(2030, 0, 1) };
  const recorder = new MetricsRecorder(ENDPOINTS, {
    now: () => clock.mono,
    wallClock: () => clock.wall + (clock.mono - 1000),
    plannedMs,
  });
  recorder.start();
  const at = (elapsedMs: number) => (clock.mono = 1000 + elapsedMs);
  return { recorder, at, t: (elapsedMs: number) => 1000 + elapsedMs };
}

describe('MetricsRecorder', () => {
  it('counts requests, successes, failures, statuses, error classes and bytes, per endpoint and overall', () => {
    const { recorder, at, t } = fakeRecorder();
    recorder.setVus(2);
    recorder.record(0, 5_000, ok(200), t(10));
    recorder.record(0, 7_000, ok(204), t(20));
    recorder.record(1, 9_000, failed('http_5xx', 503), t(30));
    recorder.record(1, 3_000, failed('http_4xx', 404), t(40));
    recorder.record(1, 3_000, failed('unexpected_status', 302), t(45));
    recorder.record(0, 200_000, failed('timeout'), t(50));
    recorder.record(0, 100, failed('connection_refused', 0, false), t(60));
    recorder.record(0, 900, failed('connection_reset'), t(70));
    at(500);
    recorder.finish();
    const m = recorder.snapshot();

    expect(m.overall.requests).toBe(8);
    expect(m.overall.succeeded).toBe(2);
    expect(m.overall.failed).toBe(6);
    expect(m.overall.statusCounts).toEqual({ '200': 1, '204': 1, '503': 1, '404': 1, '302': 1 });
    expect(Object.keys(m.overall.errors).sort()).toEqual([...ERROR_CLASSES].sort());
    expect(m.overall.errors).toEqual({
      timeout: 1,
      connection_refused: 1,
      connection_reset: 1,
      dns: 0,
      tls: 0,
      http_4xx: 1,
      http_5xx: 1,
      unexpected_status: 1,
      other: 0,
    });
    // The refused connection never reached the wire: no latency sample.
    expect(m.overall.latency.count).toBe(7);
    expect(m.overall.bytesSent).toBe(100 * 7);
    expect(m.overall.bytesReceived).toBe(200 * 2 + 50 * 3);
    expect(m.durationMs).toBe(500);
    expect(m.overall.rps).toBe(16);

    const [a, b] = m.endpoints;
    expect(a).toMatchObject({
      name: 'GET /a',
      method: 'GET',
      path: '/a',
      requests: 5,
      succeeded: 2,
      failed: 3,
    });
    expect(a!.errors.dns).toBe(0);
    expect(b).toMatchObject({
      name: 'POST /b',
      method: 'POST',
      path: '/b',
      requests: 3,
      succeeded: 0,
      failed: 3,
    });
    expect(b!.statusCounts).toEqual({ '503': 1, '404': 1, '302': 1 });
    expect(LatencyHistogram.decode(m.overall.histogram).count).toBe(7);
    expect(LatencyHistogram.decode(b!.histogram).count).toBe(3);
    expect(m.startedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(m.finishedAt).toBe('2030-01-01T00:00:00.500Z');
    expect(m.maxVusReached).toBe(2);
    expect(m.stoppedEarly).toBeUndefined();
  });

  it('keeps one point per second with that second’s requests, errors, VUs and percentiles', () => {
    const { recorder, at, t } = fakeRecorder();
    recorder.setVus(1);
    for (let i = 0; i < 100; i++) recorder.record(0, 10_000, ok(), t(i * 9));
    at(1000);
    recorder.setVus(3);
    for (let i = 0; i < 50; i++) recorder.record(1, 40_000, failed('http_5xx', 500), t(1000 + i * 19));
    // Second 3 is idle; the clock ticks through it.
    at(3000);
    recorder.tick();
    recorder.setVus(2);
    for (let i = 0; i < 10; i++) recorder.record(0, 1_000, ok(), t(3000 + i * 90));
    at(4000);
    recorder.finish();
    const { timeSeries } = recorder.snapshot();

    expect(timeSeries.map((p) => p.t)).toEqual([1, 2, 3, 4]);
    expect(timeSeries.map((p) => p.requests)).toEqual([100, 50, 0, 10]);
    expect(timeSeries.map((p) => p.errors)).toEqual([0, 50, 0, 0]);
    expect(timeSeries.map((p) => p.vus)).toEqual([1, 3, 3, 3]);
    expect(timeSeries[0]!.p50).toBeCloseTo(10, 1);
    expect(timeSeries[1]!.p99).toBeCloseTo(40, 1);
    expect(timeSeries[2]).toMatchObject({ p50: 0, p95: 0, p99: 0 });
    expect(timeSeries[3]!.p95).toBeCloseTo(1, 2);
  });

  it('folds a short trailing partial second into the last point, and keeps a long one as its own point', () => {
    const short = fakeRecorder();
    for (let i = 0; i < 10; i++) short.recorder.record(0, 1_000, ok(), short.t(i * 100));
    for (let i = 0; i < 5; i++) short.recorder.record(0, 99_000, ok(), short.t(1000 + i * 10));
    short.at(1100);
    short.recorder.finish();
    const shortSeries = short.recorder.snapshot().timeSeries;
    expect(shortSeries.map((p) => [p.t, p.requests])).toEqual([[1, 15]]);
    expect(shortSeries[0]!.p99).toBeCloseTo(99, 0);

    const long = fakeRecorder();
    for (let i = 0; i < 10; i++) long.recorder.record(0, 1_000, ok(), long.t(i * 100));
    for (let i = 0; i < 5; i++) long.recorder.record(0, 1_000, ok(), long.t(1000 + i * 100));
    long.at(1700);
    long.recorder.finish();
    expect(long.recorder.snapshot().timeSeries.map((p) => [p.t, p.requests])).toEqual([
      [1, 10],
      [2, 5],
    ]);
  });

  it('keeps a run shorter than half a second as one point', () => {
    const { recorder, at, t } = fakeRecorder();
    recorder.record(0, 1_000, ok(), t(100));
    at(300);
    recorder.finish('cancelled (test)');
    const m = recorder.snapshot();
    expect(m.timeSeries.map((p) => [p.t, p.requests])).toEqual([[1, 1]]);
    expect(m.stoppedEarly).toBe('cancelled (test)');
  });

  it('reports progress over the interval since the previous sample, exactly, wherever the samples fall', () => {
    const { recorder, at, t } = fakeRecorder(10_000);
    recorder.setVus(4);
    // 0–0.5 s: 100 requests at 2 ms.
    for (let i = 0; i < 100; i++) recorder.record(0, 2_000, ok(), t(i * 5));
    at(500);
    const first = recorder.progress();
    expect(first).toEqual({
      elapsedMs: 500,
      plannedMs: 10_000,
      vus: 4,
      requests: 100,
      errors: 0,
      intervalMs: 500,
      rps: 200,
      p95Ms: expect.closeTo(2, 2),
      errorPercent: 0,
    });
    // 0.5–1.7 s: 40 requests at 30 ms, 10 of them failed (across the 1 s boundary).
    for (let i = 0; i < 40; i++) {
      recorder.record(1, 30_000, i < 10 ? failed('http_5xx', 500) : ok(), t(500 + i * 30));
    }
    at(1700);
    const second = recorder.progress();
    expect(second.requests).toBe(140);
    expect(second.errors).toBe(10);
    expect(second.intervalMs).toBe(1200);
    expect(second.rps).toBeCloseTo(33.3, 1);
    expect(second.errorPercent).toBe(25);
    // The 2 ms requests of the first half second were reported already: none of them in this interval.
    expect(second.p95Ms).toBeCloseTo(30, 1);
    expect(recorder.snapshot().timeSeries[0]!.requests).toBe(100 + 17);
    // 1.7–2.2 s: nothing.
    at(2200);
    expect(recorder.progress()).toMatchObject({ requests: 140, rps: 0, p95Ms: null, errorPercent: 0 });
  });

  it('keeps memory bounded: a million requests add nothing per request', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const { recorder, at, t } = fakeRecorder();
    const outcome = ok();
    // Warm up, then measure across a million more requests over 100 s.
    for (let i = 0; i < 50_000; i++) recorder.record(i & 1, 1_000 + (i % 5000), outcome, t(i / 1000));
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1_000_000; i++)
      recorder.record(i & 1, 1_000 + (i % 5000), outcome, t(50 + i / 10_000));
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    expect(growth).toBeLessThan(2 * 1024 * 1024);
    at(150_000);
    recorder.finish();
    const m = recorder.snapshot();
    expect(m.overall.requests).toBe(1_050_000);
    expect(m.timeSeries).toHaveLength(150);
  });
});
