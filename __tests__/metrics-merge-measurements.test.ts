import { describe, expect, it } from 'vitest';

import { uniforms } from './helpers/park-miller.js';
import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import type { ErrorClass, RunMeasurements } from '../src/metrics/measurements.js';
import { MeasurementsMergeError, mergeMeasurements } from '../src/metrics/merge-measurements.js';
import { MetricsRecorder, type RequestOutcome } from '../src/metrics/metrics-recorder.js';

const ENDPOINTS = [
  { name: 'GET /a', method: 'GET', path: '/a' },
  { name: 'POST /b', method: 'POST', path: '/b' },
];

/** A recorder on a hand-driven clock whose wall clock starts `wallOffsetMs` after 2030-01-01. */
function recorderAt(wallOffsetMs = 0) {
  const clock = { mono: 0 };
  const recorder = new MetricsRecorder(ENDPOINTS, {
    now: () => clock.mono,
    wallClock: () => Date.UTC(2030, 0, 1) + wallOffsetMs + clock.mono,
  });
  recorder.start();
  return { recorder, clock };
}

interface Sample {
  endpoint: number;
  latencyUs: number;
  atMs: number;
  outcome: RequestOutcome;
}

/** 3,000 requests over 4 s with latencies from 0.2 to 200 ms, 5 % failing in two classes. */
function samples(): Sample[] {
  const u = uniforms(12345, 9000);
  return Array.from({ length: 3000 }, (_, i) => {
    const failing = u[3 * i + 2]! < 0.05;
    const errorClass: ErrorClass = u[3 * i + 2]! < 0.02 ? 'timeout' : 'http_5xx';
    return {
      endpoint: u[3 * i]! < 0.7 ? 0 : 1,
      latencyUs: Math.round(200 + 200_000 * u[3 * i + 1]! ** 3),
      atMs: Math.floor((i * 4000) / 3000),
      outcome: failing
        ? {
            status: errorClass === 'timeout' ? 0 : 503,
            ok: false,
            errorClass,
            errorCause: 'UND_ERR_HEADERS_TIMEOUT',
            sent: true,
            bytesSent: 90,
            bytesReceived: 10,
          }
        : { status: 200, ok: true, errorClass: null, sent: true, bytesSent: 90, bytesReceived: 400 },
    };
  });
}

/** Records `list` into one recorder, VUs set to `vus`, finished at 4 s. */
function run(list: Sample[], vus: number): RunMeasurements {
  const { recorder, clock } = recorderAt();
  recorder.setVus(vus, 0);
  for (const sample of list) {
    clock.mono = sample.atMs;
    recorder.record(sample.endpoint, sample.latencyUs, sample.outcome, sample.atMs);
  }
  clock.mono = 4000;
  recorder.finish();
  return recorder.snapshot();
}

describe('mergeMeasurements', () => {
  it('is exact: parts recorded apart merge into what one recorder of every sample measured', () => {
    const all = samples();
    const whole = run(all, 5);
    const parts = [0, 1, 2].map((k) =>
      run(
        all.filter((_, i) => i % 3 === k),
        k === 0 ? 1 : 2,
      ),
    );
    const merged = mergeMeasurements(parts);

    expect(merged.overall).toEqual(whole.overall);
    expect(merged.endpoints).toEqual(whole.endpoints);
    expect(merged.intervals).toEqual(whole.intervals);
    expect(merged.timeSeries).toEqual(whole.timeSeries);
    expect(merged.errorCauses).toEqual(whole.errorCauses);
    expect(merged.maxVusReached).toBe(5);
    expect(merged.durationMs).toBe(whole.durationMs);
    // Bit for bit: the merged histogram is the HDR sum of the parts'.
    const sum = new LatencyHistogram();
    for (const part of parts) sum.add(LatencyHistogram.decode(part.overall.histogram));
    expect(merged.overall.histogram).toBe(sum.encode());
    expect(merged.overall.requests).toBe(3000);
  });

  it('lines the parts up by wall-clock second: a part that started 2 s later fills seconds 3 to 6', () => {
    const all = samples();
    const first = run(all.slice(0, 1500), 1);
    const { recorder, clock } = recorderAt(2000);
    recorder.setVus(1, 0);
    for (const sample of all.slice(1500)) {
      clock.mono = sample.atMs;
      recorder.record(sample.endpoint, sample.latencyUs, sample.outcome, sample.atMs);
    }
    clock.mono = 4000;
    recorder.finish();
    const late = recorder.snapshot();

    const merged = mergeMeasurements([first, late]);
    expect(merged.durationMs).toBe(6000);
    expect(merged.timeSeries.map((point) => point.t)).toEqual([1, 2, 3, 4, 5, 6]);
    const perSecond = (m: RunMeasurements) => m.timeSeries.map((point) => point.requests);
    const [a, b] = [perSecond(first), perSecond(late)];
    expect(perSecond(merged)).toEqual([a[0], a[1], a[2]! + b[0]!, a[3]! + b[1]!, b[2], b[3]]);
    expect(merged.intervals!.overall.reduce((n, point) => n + point.requests, 0)).toBe(3000);
    expect(merged.overall.rps).toBe(500);
  });

  it('a part that did not complete its plan makes the merged plan incomplete, with its reason', () => {
    const all = samples();
    const done = {
      ...run(all.slice(0, 100), 1),
      plan: { plannedMs: 4000, ranMs: 4000, fraction: 1, completed: true },
    };
    const cut = {
      ...run(all.slice(100, 200), 1),
      plan: {
        plannedMs: 4000,
        ranMs: 1000,
        fraction: 0.25,
        completed: false,
        stoppedBy: 'worker 2 of 2 exited',
      },
    };
    expect(mergeMeasurements([done, cut]).plan).toEqual({
      plannedMs: 4000,
      ranMs: 1000,
      fraction: 0.25,
      completed: false,
      stoppedBy: 'worker 2 of 2 exited',
    });
    expect(mergeMeasurements([done, done]).plan!.completed).toBe(true);
  });

  it('sums the open model exactly and keeps the worst generator health', () => {
    const base = run(samples().slice(0, 10), 1);
    const histogram = (values: number[]) => {
      const h = new LatencyHistogram();
      for (const value of values) h.recordMicros(value);
      return h.encode();
    };
    const arrival = (values: number[], dropped: number) => ({
      targetRps: 100,
      achievedRps: 99.5,
      scheduled: 400,
      sent: 400 - dropped,
      dropped,
      maxVus: 50,
      peakInFlight: 3,
      connections: 3,
      uncorrectedLatency: LatencyHistogram.decode(histogram(values)).summary(),
      uncorrectedHistogram: histogram(values),
    });
    const generator = (lag: number, bottleneck: string[]) => ({
      eventLoopLagP99Ms: lag,
      eventLoopLagMaxMs: lag * 2,
      cpuPercent: 40,
      peakRssMb: 90,
      rssFirstTenthMb: 80,
      rssLastTenthMb: 85,
      nodeFlags: [],
      bottleneck,
    });
    const merged = mergeMeasurements([
      { ...base, arrival: arrival([1000, 2000], 1), generator: generator(3, []) },
      { ...base, arrival: arrival([3000], 2), generator: generator(40, ['event-loop lag p99 40 ms']) },
    ]);
    expect(merged.arrival).toMatchObject({
      targetRps: 200,
      scheduled: 800,
      sent: 797,
      dropped: 3,
      maxVus: 100,
    });
    expect(merged.arrival!.uncorrectedLatency.count).toBe(3);
    expect(merged.arrival!.uncorrectedLatency.max).toBeCloseTo(3, 2);
    expect(merged.generator).toMatchObject({
      eventLoopLagP99Ms: 40,
      bottleneck: ['event-loop lag p99 40 ms'],
    });
  });

  it('keeps how the target was reached once, with the connections of every part summed', () => {
    const base = run(samples().slice(0, 10), 1);
    const transport = (h1: number, h2: number) => ({
      protocol: (h2 > 0 ? 'h2' : 'http/1.1') as 'h2' | 'http/1.1',
      connections: { 'http/1.1': h1, h2 },
      http2Offered: true,
      tls: { verified: true, serverName: 'canary.example.test' },
    });
    const merged = mergeMeasurements([
      { ...base, transport: transport(0, 3) },
      { ...base, transport: transport(2, 0) },
    ]);
    expect(merged.transport).toEqual({ ...transport(2, 3), protocol: 'mixed' });
  });

  it('refuses what cannot be one run', () => {
    const base = run(samples().slice(0, 10), 1);
    const staircase = { ...base, breakpoint: { steps: [], capacityRps: 0, capacityBound: 'exact' as const } };
    expect(() => mergeMeasurements([base, staircase])).toThrow(MeasurementsMergeError);
    expect(() => mergeMeasurements([])).toThrow('no measurements to merge');
  });
});
