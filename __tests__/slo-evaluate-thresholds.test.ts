import * as hdr from 'hdr-histogram-js';
import { build, encodeIntoCompressedBase64 } from 'hdr-histogram-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  errorCounts,
  type EndpointMeasurement,
  type ErrorClass,
  type RequestStats,
  type RunMeasurements,
} from '../src/metrics/measurements.js';
import {
  compare,
  evaluateThresholds,
  judge,
  nearlyEqual,
  verdictOf,
} from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { Threshold } from '../src/slo/types.js';

// Count decodes while keeping the real decoder.
vi.mock('hdr-histogram-js', async (importOriginal) => {
  const actual = await importOriginal<typeof hdr>();
  return { ...actual, decodeFromCompressedBase64: vi.fn(actual.decodeFromCompressedBase64) };
});

const noErrors = (): Record<ErrorClass, number> => errorCounts();

/** Stats whose histogram holds exactly `latenciesMs` (recorded in µs, as the engine does). */
function statsOf(latenciesMs: number[], overrides: Partial<RequestStats> = {}): RequestStats {
  const h = build({
    useWebAssembly: false,
    bitBucketSize: 32,
    numberOfSignificantValueDigits: 3,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
  });
  for (const ms of latenciesMs) h.recordValue(Math.round(ms * 1000));
  const ms = (us: number): number => Math.round(us) / 1000;
  const count = h.totalCount;
  const failed = overrides.failed ?? 0;
  const requests = overrides.requests ?? latenciesMs.length;
  return {
    requests,
    succeeded: requests - failed,
    failed,
    rps: requests / 10,
    bytesSent: 0,
    bytesReceived: 0,
    statusCounts: {},
    errors: noErrors(),
    latency: {
      count,
      min: count ? ms(h.minNonZeroValue) : 0,
      mean: count ? ms(h.mean) : 0,
      stdev: count ? ms(h.stdDeviation) : 0,
      p50: count ? ms(h.getValueAtPercentile(50)) : 0,
      p90: count ? ms(h.getValueAtPercentile(90)) : 0,
      p95: count ? ms(h.getValueAtPercentile(95)) : 0,
      p99: count ? ms(h.getValueAtPercentile(99)) : 0,
      p999: count ? ms(h.getValueAtPercentile(99.9)) : 0,
      max: count ? ms(h.maxValue) : 0,
    },
    histogram: encodeIntoCompressedBase64(h),
    ...overrides,
  };
}

function endpoint(name: string, stats: RequestStats): EndpointMeasurement {
  const [method = 'GET', path = '/'] = name.split(' ');
  return { ...stats, name, method, path };
}

function run(
  overall: RequestStats,
  endpoints: EndpointMeasurement[] = [],
  durationMs = 10_000,
): RunMeasurements {
  return {
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:00:10.000Z',
    durationMs,
    maxVusReached: 10,
    overall,
    endpoints,
    timeSeries: [],
  };
}

const t = (text: string): Threshold => parseThreshold({ text, origin: 'test' });

/** 1, 2, …, n ms. */
const ramp = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** HDR keeps 3 significant digits: a percentile reads at or just above the recorded value. */
function expectHdr(actual: number | null, ms: number): void {
  expect(actual).not.toBeNull();
  expect(actual!).toBeGreaterThanOrEqual(ms);
  expect(actual!).toBeLessThan(ms * 1.001);
}

function single(text: string, m: RunMeasurements) {
  const evaluation = evaluateThresholds([t(text)], m);
  expect(evaluation.results).toHaveLength(1);
  return evaluation.results[0]!;
}

beforeEach(() => {
  vi.mocked(hdr.decodeFromCompressedBase64).mockClear();
});

describe('trend values come from the histogram', () => {
  const m = run(statsOf(ramp(1000)));

  it('picks any p(N), including ones the summary does not carry', () => {
    expectHdr(single('http_req_duration: p(50)<2000', m).actual, 500);
    expectHdr(single('http_req_duration: p(75)<2000', m).actual, 750);
    expectHdr(single('http_req_duration: p(95)<2000', m).actual, 950);
    expectHdr(single('http_req_duration: p(99.9)<2000', m).actual, 999);
    expectHdr(single('http_req_duration: p(100)<2000', m).actual, 1000);
    expectHdr(single('p0.1: 2000', m).actual, 1);
  });

  it('p(0) is the minimum (k6: TrendSink.P(0)), in the full and the short form', () => {
    const low = run(statsOf([7, 20, 30, 400]));
    expectHdr(single('http_req_duration: p(0)<2000', low).actual, 7);
    expectHdr(single('p0: 2000', low).actual, 7);
    expect(single('http_req_duration: p(0)>=10', low).status).toBe('fail');
    expect(single('http_req_duration: p(0)>=5', low).status).toBe('pass');
  });

  it('tells neighbouring percentiles apart', () => {
    const p94 = single('http_req_duration: p(94)<2000', m).actual!;
    const p95 = single('http_req_duration: p(95)<2000', m).actual!;
    expect(p95 - p94).toBeGreaterThan(9);
    expect(p95 - p94).toBeLessThan(11);
  });

  it('reads the histogram, not the rounded summary', () => {
    const stats = statsOf(ramp(1000));
    const skewed = run({ ...stats, latency: { ...stats.latency, p95: 1, p50: 1 } });
    expectHdr(single('http_req_duration: p(95)<2000', skewed).actual, 950);
    expectHdr(single('http_req_duration: med<2000', skewed).actual, 500);
  });

  it('med is p(50); avg, min and max come from the latency summary', () => {
    const stats = statsOf(ramp(1000));
    const custom = run({ ...stats, latency: { ...stats.latency, mean: 123.4, min: 0.7, max: 4321 } });
    expect(single('http_req_duration: med<2000', custom).actual).toBe(
      single('http_req_duration: p(50)<2000', custom).actual,
    );
    expect(single('http_req_duration: avg<2000', custom).actual).toBe(123.4);
    expect(single('http_req_duration: min<2000', custom).actual).toBe(0.7);
    expect(single('http_req_duration: max<2000', custom).actual).toBe(4321);
  });

  it('decodes each histogram once per evaluation', () => {
    const texts = ['p(50)<1', 'p(90)<1', 'p(95)<1', 'p(99)<1', 'med<1'].map((c) => `http_req_duration: ${c}`);
    evaluateThresholds(texts.map(t), m);
    expect(hdr.decodeFromCompressedBase64).toHaveBeenCalledTimes(1);
    evaluateThresholds(texts.map(t), m);
    expect(hdr.decodeFromCompressedBase64).toHaveBeenCalledTimes(2);
  });

  it('judges p(95) against its limit', () => {
    expect(single('http_req_duration: p(95)<1000', m).status).toBe('pass');
    expect(single('http_req_duration: p(95)<900', m).status).toBe('fail');
    expect(single('p95: 1s', m).status).toBe('pass');
  });
});

describe('rates and counters', () => {
  const overall = statsOf(ramp(200), { failed: 3, rps: 87.5, bytesReceived: 50_000, bytesSent: 2_000 });

  it('http_req_failed rate is failed ÷ requests', () => {
    const result = single('http_req_failed: rate<0.01', run(overall));
    expect(result.actual).toBe(0.015);
    expect(result.status).toBe('fail');
    expect(single('error_rate: 2%', run(overall)).status).toBe('pass');
  });

  it('http_reqs rate is the measured rps; count is the requests', () => {
    expect(single('http_reqs: rate>80', run(overall))).toMatchObject({ actual: 87.5, status: 'pass' });
    expect(single('throughput: 100', run(overall))).toMatchObject({ actual: 87.5, status: 'fail' });
    expect(single('http_reqs: count>=200', run(overall))).toMatchObject({ actual: 200, status: 'pass' });
  });

  it('data counters: bytes, and bytes per second of the run', () => {
    expect(single('data_received: count>=50kB', run(overall))).toMatchObject({
      actual: 50_000,
      status: 'pass',
    });
    expect(single('data_sent: rate<=200', run(overall))).toMatchObject({ actual: 200, status: 'pass' });
  });
});

describe('endpoint tags select the endpoint', () => {
  const fast = endpoint('GET /fast', statsOf(ramp(100), { rps: 40, failed: 0 }));
  const slow = endpoint(
    'POST /slow',
    statsOf(
      ramp(100).map((v) => v * 10),
      { rps: 10, failed: 5 },
    ),
  );
  const m = run(statsOf([...ramp(100), ...ramp(100).map((v) => v * 10)], { failed: 5, rps: 50 }), [
    fast,
    slow,
  ]);

  it('uses that endpoint’s histogram, failures and rps', () => {
    expectHdr(single('http_req_duration{endpoint:GET /fast}: p(95)<2000', m).actual, 95);
    expectHdr(single('http_req_duration{endpoint:POST /slow}: p(95)<2000', m).actual, 950);
    expectHdr(single('http_req_duration: p(95)<2000', m).actual, 900);
    expect(single('http_req_failed{endpoint:POST /slow}: rate<0.01', m).actual).toBe(0.05);
    expect(single('http_req_failed{endpoint:GET /fast}: rate<0.01', m).actual).toBe(0);
    expect(single('http_reqs{endpoint:GET /fast}: rate>=40', m)).toMatchObject({
      actual: 40,
      status: 'pass',
    });
  });

  it('decodes each endpoint’s histogram once', () => {
    evaluateThresholds(
      [
        t('http_req_duration{endpoint:GET /fast}: p(95)<1'),
        t('http_req_duration{endpoint:GET /fast}: p(99)<1'),
        t('http_req_duration{endpoint:POST /slow}: p(95)<1'),
        t('http_req_duration: p(95)<1'),
      ],
      m,
    );
    expect(hdr.decodeFromCompressedBase64).toHaveBeenCalledTimes(3);
  });
});

describe('marginal bands', () => {
  const withMean = (mean: number): RunMeasurements => {
    const stats = statsOf([10, 20, 30]);
    return run({ ...stats, latency: { ...stats.latency, mean } });
  };
  const withRps = (rps: number): RunMeasurements => run(statsOf([10, 20, 30], { rps }));

  it.each([
    [450, 'pass', undefined],
    [500, 'marginal', 'within the marginal band (500 ms to 700 ms)'],
    [600, 'marginal', 'within the marginal band (500 ms to 700 ms)'],
    [700, 'marginal', 'within the marginal band (500 ms to 700 ms)'],
    [700.5, 'fail', 'beyond the marginal band (500 ms to 700 ms)'],
  ] as const)('avg<500 marginal 700 with %d ms → %s', (mean, status, note) => {
    const result = single('http_req_duration: avg<500 marginal 700', withMean(mean));
    expect(result.status).toBe(status);
    expect(result.note).toBe(note);
    expect(result.actual).toBe(mean);
  });

  it('<= passes at the limit itself', () => {
    expect(single('http_req_duration: avg<=500 marginal 700', withMean(500)).status).toBe('pass');
  });

  it.each([
    [120, 'pass', undefined],
    [100, 'marginal', 'within the marginal band (80 req/s to 100 req/s)'],
    [90, 'marginal', 'within the marginal band (80 req/s to 100 req/s)'],
    [80, 'marginal', 'within the marginal band (80 req/s to 100 req/s)'],
    [79.9, 'fail', 'beyond the marginal band (80 req/s to 100 req/s)'],
  ] as const)('rate>100 marginal 80 with %d req/s → %s (the band lies below)', (rps, status, note) => {
    const result = single('http_reqs: rate>100 marginal 80', withRps(rps));
    expect(result.status).toBe(status);
    expect(result.note).toBe(note);
  });

  it('>= passes at the limit; short forms carry their band', () => {
    expect(single('throughput: 100 marginal 80', withRps(100)).status).toBe('pass');
    expect(single('throughput: 100 marginal 80', withRps(85)).status).toBe('marginal');
    expect(single('error_rate: 1 marginal 2', run(statsOf(ramp(100), { failed: 2 }))).status).toBe(
      'marginal',
    );
    expect(single('error_rate: 1 marginal 2', run(statsOf(ramp(100), { failed: 3 }))).status).toBe('fail');
  });

  it('without a band, a breach is a plain fail with no note', () => {
    const result = single('http_req_duration: avg<500', withMean(600));
    expect(result).toEqual({ threshold: t('http_req_duration: avg<500'), actual: 600, status: 'fail' });
  });
});

describe('comparisons tolerate float noise where equality matters', () => {
  it('nearlyEqual is relative', () => {
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(1e9, 1e9 + 0.5)).toBe(true);
    expect(nearlyEqual(0.3, 0.30001)).toBe(false);
  });

  it.each([
    ['<', 0.3, false],
    ['<=', 0.3, true],
    ['>', 0.3, false],
    ['>=', 0.3, true],
    ['==', 0.3, true],
    ['!=', 0.3, false],
    ['<', 0.31, true],
    ['>', 0.29, true],
    ['==', 0.31, false],
    ['!=', 0.31, true],
  ] as const)('0.1 + 0.2 %s %d → %s', (operator, limit, holds) => {
    expect(compare(0.1 + 0.2, operator, limit)).toBe(holds);
  });

  it('an error rate of exactly the limit meets rate<=, not rate<', () => {
    const m = run(statsOf(ramp(1000), { failed: 7 }));
    expect(single('http_req_failed: rate<=0.7%', m).status).toBe('pass');
    expect(single('http_req_failed: rate<0.7%', m).status).toBe('fail');
    expect(single('http_req_failed: rate==0.007', m).status).toBe('pass');
    expect(single('http_req_failed: rate!=0.007', m).status).toBe('fail');
  });

  it('judge applies a band only on the failing side', () => {
    expect(judge(5, { operator: '==', limit: 4, marginalLimit: 6 })).toBe('fail');
    expect(judge(4, { operator: '==', limit: 4 })).toBe('pass');
  });
});

describe('no data is a failure with a note, never a silent pass', () => {
  const empty = run(statsOf([], { requests: 0 }));

  it('zero requests', () => {
    for (const text of [
      'http_req_duration: p(95)<250',
      'http_req_failed: rate<0.01',
      'http_reqs: count<10',
    ]) {
      expect(single(text, empty)).toMatchObject({
        actual: null,
        status: 'fail',
        note: 'no requests completed for the run, so there is nothing to judge',
      });
    }
  });

  it('an endpoint that was not measured, or measured no requests', () => {
    const m = run(statsOf(ramp(10)), [
      endpoint('GET /a', statsOf(ramp(10))),
      endpoint('GET /b', statsOf([], { requests: 0 })),
    ]);
    expect(single('http_req_duration{endpoint:GET /zzz}: p(95)<250', m)).toMatchObject({
      actual: null,
      status: 'fail',
      note: 'no endpoint named "GET /zzz" was measured, so there is nothing to judge',
    });
    expect(single('http_req_failed{endpoint:GET /b}: rate<0.01', m).note).toBe(
      'no requests completed for endpoint "GET /b", so there is nothing to judge',
    );
  });

  it('requests without a latency sample', () => {
    const m = run(statsOf([], { requests: 5, failed: 5 }));
    expect(single('http_req_duration: p(95)<250', m)).toMatchObject({
      actual: null,
      status: 'fail',
      note: 'no request of the run got far enough to measure a latency',
    });
    expect(single('http_req_failed: rate<0.01', m).actual).toBe(1);
  });

  it('a metric the run does not record, an unsupported tag, an unreadable histogram', () => {
    const m = run(statsOf(ramp(10)));
    const handmade = (extra: Partial<Threshold>): Threshold => ({
      ...t('http_req_duration: p(95)<250'),
      ...extra,
    });
    expect(
      evaluateThresholds([handmade({ metric: 'grpc_reqs', aggregation: 'rate' })], m).results[0],
    ).toMatchObject({
      status: 'fail',
      note: 'the metric grpc_reqs is not recorded, so there is nothing to judge',
    });
    expect(evaluateThresholds([handmade({ tags: { method: 'GET' } })], m).results[0]?.note).toBe(
      'the requests {method:GET} were not recorded apart in these measurements, so there is nothing to judge',
    );
    const broken = run({ ...statsOf(ramp(10)), histogram: 'not a histogram' });
    expect(single('http_req_duration: p(95)<250', broken)).toMatchObject({
      status: 'fail',
      note: 'the latency histogram of the run could not be read',
    });
  });
});

describe('the verdict', () => {
  const m = run(statsOf(ramp(100), { rps: 50 }));
  const pass = 'http_reqs: rate>10';
  const marginal = 'http_reqs: rate>60 marginal 40';
  const fail = 'http_reqs: rate>100';

  it('is the worst status', () => {
    expect(evaluateThresholds([t(pass), t(pass)], m).verdict).toBe('pass');
    expect(evaluateThresholds([t(pass), t(marginal)], m).verdict).toBe('marginal');
    expect(evaluateThresholds([t(marginal), t(fail), t(pass)], m).verdict).toBe('fail');
    expect(verdictOf([{ status: 'fail' }, { status: 'marginal' }])).toBe('fail');
  });

  it('keeps the thresholds’ order', () => {
    const { results } = evaluateThresholds([t(fail), t(pass), t(marginal)], m);
    expect(results.map((r) => [r.threshold.source, r.status])).toEqual([
      [fail, 'fail'],
      [pass, 'pass'],
      [marginal, 'marginal'],
    ]);
  });

  it('is pass for no thresholds', () => {
    expect(evaluateThresholds([], m)).toEqual({ verdict: 'pass', results: [], reasons: [] });
  });
});
