/**
 * Hand-built ReportContext fixtures: a 30-second run against a two-endpoint canary,
 * with latencies drawn from a seeded log-normal distribution and recorded into real
 * HDR histograms (microseconds, 3 significant digits), so the encoded histograms,
 * percentiles and time series agree with each other the way a real run's do.
 */
import { defaultPublishSettings } from '../../src/config/publish-settings.js';
import { build, encodeIntoCompressedBase64, type Histogram } from 'hdr-histogram-js';

import type { Settings } from '../../src/config/settings.js';
import {
  errorCounts,
  type EndpointMeasurement,
  type IntervalPoint,
  type ErrorClass,
  type LatencySummary,
  type RequestStats,
  type RunMeasurements,
  type TimeSeriesPoint,
} from '../../src/metrics/measurements.js';
import type { ReportContext } from '../../src/report/report-context.js';
import type { Evaluation, Threshold, ThresholdResult, ThresholdStatus } from '../../src/slo/types.js';
import type { BaselineData } from '../../src/metrics/baseline-data.js';
import { evaluateThresholds } from '../../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../../src/slo/threshold-parser.js';

/** Header values in the fixture's settings; no report may contain them. */
export const FIXTURE_SECRETS = [
  'Bearer s3cr3t-token-value-XYZ',
  's3cr3t-token-value-XYZ',
  'sk_live_cart_9f8e7d6c',
];

export interface FixtureOptions {
  /** The overall verdict; thresholds are given statuses that agree with it. Default `fail`. */
  verdict?: 'pass' | 'marginal' | 'fail';
  /** Seconds of load. Default 30. */
  seconds?: number;
  /** Extra thresholds results appended as they are (for escaping tests). */
  extraResults?: ThresholdResult[];
  runUrl?: string;
  environment?: string;
}

/** A PRNG with a fixed seed, so fixtures are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newHistogram(): Histogram {
  return build({
    useWebAssembly: false,
    bitBucketSize: 32,
    numberOfSignificantValueDigits: 3,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
  });
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

function summarize(h: Histogram): LatencySummary {
  const ms = (us: number): number => round(us / 1000);
  return {
    count: h.totalCount,
    min: ms(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
    mean: ms(h.mean),
    stdev: ms(h.stdDeviation),
    p50: ms(h.getValueAtPercentile(50)),
    p90: ms(h.getValueAtPercentile(90)),
    p95: ms(h.getValueAtPercentile(95)),
    p99: ms(h.getValueAtPercentile(99)),
    p999: ms(h.getValueAtPercentile(99.9)),
    max: ms(h.maxValue),
  };
}

const noErrors = (): Record<ErrorClass, number> => errorCounts();

interface Tally {
  histogram: Histogram;
  requests: number;
  failed: number;
  bytesSent: number;
  bytesReceived: number;
  statusCounts: Record<string, number>;
  errors: Record<ErrorClass, number>;
}

const newTally = (): Tally => ({
  histogram: newHistogram(),
  requests: 0,
  failed: 0,
  bytesSent: 0,
  bytesReceived: 0,
  statusCounts: {},
  errors: noErrors(),
});

function stats(t: Tally, seconds: number): RequestStats {
  return {
    requests: t.requests,
    succeeded: t.requests - t.failed,
    failed: t.failed,
    rps: Math.round((t.requests / seconds) * 10) / 10,
    bytesSent: t.bytesSent,
    bytesReceived: t.bytesReceived,
    statusCounts: t.statusCounts,
    errors: t.errors,
    latency: summarize(t.histogram),
    histogram: encodeIntoCompressedBase64(t.histogram),
  };
}

export function fixtureSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    targetUrl: 'https://canary.shop.example.com',
    environment: 'staging',
    configPath: '.github/loadgate.yml',
    stages: [
      { durationMs: 10_000, target: 20 },
      { durationMs: 20_000, target: 20 },
    ],
    maxVus: 20,
    endpoints: [
      {
        name: 'GET /api/products',
        method: 'GET',
        path: '/api/products?limit=20',
        weight: 3,
        headers: {},
        expectStatus: [],
      },
      {
        name: 'POST /api/cart',
        method: 'POST',
        path: '/api/cart',
        weight: 1,
        headers: { 'X-Api-Key': 'sk_live_cart_9f8e7d6c', 'Content-Type': 'application/json' },
        body: '{"sku":"A-100","qty":1}',
        expectStatus: [200, 201],
      },
    ],
    thresholds: [],
    headers: { Authorization: 'Bearer s3cr3t-token-value-XYZ', 'X-Client': 'loadgate' },
    timeoutMs: 10_000,
    failOnBreach: true,
    autoRollback: true,
    reportDir: 'loadgate-report',
    publish: defaultPublishSettings(),
    ...overrides,
  };
}

/** How a simulated run differs from the default one: a baseline, or a canary with one endpoint slowed. */
export interface MeasurementShape {
  seed?: number;
  /** Latency factor per endpoint name. */
  slower?: Record<string, number>;
  /** No slow patch between 17 s and 21 s. */
  calm?: boolean;
}

/** Simulate the run and measure it. */
export function fixtureMeasurements(seconds = 30, shape: MeasurementShape = {}): RunMeasurements {
  const random = mulberry32(shape.seed ?? 20240611);
  const gauss = (): number => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const endpoints = [
    {
      name: 'GET /api/products',
      method: 'GET',
      path: '/api/products?limit=20',
      median: 48,
      sigma: 0.35,
      tally: newTally(),
    },
    { name: 'POST /api/cart', method: 'POST', path: '/api/cart', median: 85, sigma: 0.4, tally: newTally() },
  ];
  const overall = newTally();
  const timeSeries: TimeSeriesPoint[] = [];
  const overallPoints: IntervalPoint[] = [];
  const endpointPoints: IntervalPoint[][] = endpoints.map(() => []);
  const start = Date.parse('2024-06-11T09:30:00.000Z');

  for (let t = 1; t <= seconds; t++) {
    const vus = Math.min(20, Math.ceil((20 * t) / 10));
    // A slow patch between 17 s and 21 s: latency up and some 503s.
    const trouble = !shape.calm && t >= 17 && t <= 21 ? 1 : 0;
    const second = newHistogram();
    const perEndpoint = endpoints.map(() => ({ histogram: newHistogram(), requests: 0, failed: 0 }));
    const requests = Math.round(vus * (10.5 - 3 * trouble) + random() * 6);
    let errors = 0;
    for (let i = 0; i < requests; i++) {
      const endpoint = random() < 0.75 ? endpoints[0]! : endpoints[1]!;
      const load = (1 + vus / 80 + trouble * 1.5) * (shape.slower?.[endpoint.name] ?? 1);
      const latencyMs = endpoint.median * load * Math.exp(endpoint.sigma * gauss());
      const us = Math.max(200, Math.round(latencyMs * 1000));
      const failedNow = random() < 0.004 + trouble * 0.05;
      const timedOut = failedNow && random() < 0.1;
      for (const tally of [endpoint.tally, overall]) {
        tally.requests++;
        tally.histogram.recordValue(us);
        tally.bytesSent += endpoint.method === 'POST' ? 214 : 132;
        if (timedOut) {
          tally.failed++;
          tally.errors.timeout++;
        } else {
          const status = failedNow ? '503' : endpoint.method === 'POST' ? '201' : '200';
          tally.statusCounts[status] = (tally.statusCounts[status] ?? 0) + 1;
          tally.bytesReceived += failedNow ? 96 : endpoint.method === 'POST' ? 310 : 4_812;
          if (failedNow) {
            tally.failed++;
            tally.errors.http_5xx++;
          }
        }
      }
      second.recordValue(us);
      const slot = perEndpoint[endpoints.indexOf(endpoint)]!;
      slot.histogram.recordValue(us);
      slot.requests++;
      if (failedNow) {
        errors++;
        slot.failed++;
      }
    }
    const point = (h: Histogram, n: number, failed: number): IntervalPoint => ({
      t,
      ms: 1000,
      requests: n,
      failed,
      histogram: n > 0 ? encodeIntoCompressedBase64(h) : '',
    });
    overallPoints.push(point(second, requests, errors));
    perEndpoint.forEach((slot, i) =>
      endpointPoints[i]!.push(point(slot.histogram, slot.requests, slot.failed)),
    );
    timeSeries.push({
      t,
      vus,
      requests,
      errors,
      p50: round(second.getValueAtPercentile(50) / 1000),
      p95: round(second.getValueAtPercentile(95) / 1000),
      p99: round(second.getValueAtPercentile(99) / 1000),
    });
  }

  const endpointMeasurements: EndpointMeasurement[] = endpoints.map((e) => ({
    name: e.name,
    method: e.method,
    path: e.path,
    ...stats(e.tally, seconds),
  }));
  return {
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(start + seconds * 1000 + 12).toISOString(),
    durationMs: seconds * 1000 + 12,
    maxVusReached: 20,
    overall: stats(overall, seconds),
    endpoints: endpointMeasurements,
    timeSeries,
    intervals: {
      overall: overallPoints,
      endpoints: endpoints.map((e, i) => ({ name: e.name, points: endpointPoints[i]! })),
    },
  };
}

function threshold(
  source: string,
  metric: string,
  aggregation: Threshold['aggregation'],
  operator: Threshold['operator'],
  limit: number,
  extra: Partial<Threshold> = {},
): Threshold {
  return {
    source,
    origin: `.github/loadgate.yml (thresholds)`,
    metric,
    tags: {},
    aggregation,
    operator,
    limit,
    ...extra,
  };
}

/** Thresholds judged against the measurements, with statuses set to agree with `verdict`. */
export function fixtureEvaluation(m: RunMeasurements, verdict: 'pass' | 'marginal' | 'fail'): Evaluation {
  const cart = m.endpoints.find((e) => e.name === 'POST /api/cart')!;
  const errorRate = m.overall.failed / m.overall.requests;
  const results: ThresholdResult[] = [
    {
      threshold: threshold('http_req_duration: p(95)<250', 'http_req_duration', 'p', '<', 250, {
        percentile: 95,
      }),
      actual: m.overall.latency.p95,
      status: 'pass',
    },
    verdict === 'pass'
      ? {
          threshold: threshold('http_req_duration: p(99)<400', 'http_req_duration', 'p', '<', 400, {
            percentile: 99,
          }),
          actual: m.overall.latency.p99,
          status: 'pass',
        }
      : {
          threshold: threshold('http_req_duration: p(99)<300', 'http_req_duration', 'p', '<', 300, {
            percentile: 99,
            marginalLimit: 400,
          }),
          actual: m.overall.latency.p99,
          status: 'marginal',
          note: 'within the marginal band (300–400 ms)',
        },
    {
      threshold:
        verdict === 'fail'
          ? threshold('error_rate: 1%', 'http_req_failed', 'rate', '<', 0.01)
          : threshold('error_rate: 2%', 'http_req_failed', 'rate', '<', 0.02),
      actual: errorRate,
      status: verdict === 'fail' ? 'fail' : 'pass',
    },
    {
      threshold: threshold('throughput: 100', 'http_reqs', 'rate', '>=', 100),
      actual: m.overall.rps,
      status: 'pass',
    },
    {
      threshold: threshold(
        'http_req_duration{endpoint:POST /api/cart}: p(95)<350',
        'http_req_duration',
        'p',
        '<',
        350,
        { percentile: 95, tags: { endpoint: 'POST /api/cart' } },
      ),
      actual: cart.latency.p95,
      status: 'pass',
    },
  ];
  return { verdict, results, reasons: [] };
}

export function buildReportFixture(options: FixtureOptions = {}): ReportContext {
  const verdict = options.verdict ?? 'fail';
  const measurements = fixtureMeasurements(options.seconds ?? 30);
  const evaluation = fixtureEvaluation(measurements, verdict);
  if (options.extraResults) evaluation.results.push(...options.extraResults);
  const settings = fixtureSettings({
    thresholds: evaluation.results.map((r) => r.threshold),
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
  });
  return {
    settings,
    measurements,
    evaluation,
    rollback: verdict === 'fail' && settings.autoRollback,
    generatedAt: '2024-06-11T09:30:31.250Z',
    toolVersion: '0.1.0',
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
  };
}

/** A result whose texts carry every character that needs escaping in HTML, XML and Prometheus labels. */
export function hostileResult(status: ThresholdStatus = 'fail'): ThresholdResult {
  return {
    threshold: threshold(
      'http_req_duration{endpoint:GET /search?q=<script>&x="1"\\n}: p(90)<100',
      'http_req_duration',
      'p',
      '<',
      100,
      { percentile: 90, tags: { endpoint: 'GET /search?q=<script>&x="1"\\n' } },
    ),
    actual: 131.5,
    status,
    note: 'slow & <b>bold</b>\nsecond line',
  };
}

/** Relative thresholds of the baseline fixture: the cart's p95 regresses, the products' do not. */
export const BASELINE_THRESHOLDS = [
  'http_req_duration{endpoint:POST /api/cart}: p(95) < baseline * 1.10',
  'http_req_duration{endpoint:GET /api/products}: p(95) < baseline * 1.10',
  'http_req_failed: rate < baseline + 1%',
];

export interface BaselineFixtureOptions {
  /** The canary's cart latency against the baseline's. Default 1.3. */
  cartFactor?: number;
  /** The baseline was missing, with `baseline-missing` as given. */
  missing?: 'pass' | 'fail';
  origin?: BaselineData['origin'];
}

/**
 * A calm 30-second canary beside a calm baseline (another seed), the canary's cart
 * endpoint slower by `cartFactor`, judged by the real relative-threshold evaluation.
 */
export function buildBaselineFixture(options: BaselineFixtureOptions = {}): ReportContext {
  const measurements = fixtureMeasurements(30, {
    calm: true,
    slower: { 'POST /api/cart': options.cartFactor ?? 1.3 },
  });
  const origin = options.origin ?? { kind: 'live' as const, label: 'https://stable.shop.example.com' };
  const baseline: BaselineData = options.missing
    ? { origin, missing: 'the baseline answered no request' }
    : { origin, measurements: fixtureMeasurements(30, { calm: true, seed: 77 }) };
  const thresholds = BASELINE_THRESHOLDS.map((text) =>
    parseThreshold({ text, origin: '.github/loadgate.yml (thresholds)' }),
  );
  const evaluation = evaluateThresholds(thresholds, measurements, {
    baseline,
    missing: options.missing ?? 'fail',
    confidence: 0.95,
  });
  const settings = fixtureSettings({ thresholds });
  return {
    settings,
    measurements,
    evaluation,
    rollback: evaluation.verdict === 'fail',
    generatedAt: '2024-06-11T09:30:31.250Z',
    toolVersion: '0.1.0',
    baseline,
  };
}
