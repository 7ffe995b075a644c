/**
 * A k6 summary's aggregates as measurements. A summary holds no sample, so what it
 * cannot give stays marked as absent rather than guessed: the histogram is empty, the
 * latency statistics it does not list are NaN (and a threshold on one has no data, see
 * slo/summary-figures.ts), there is no per-second series, and the failures' classes
 * are unknown (counted as `other`). Endpoints are the submetrics k6 kept for
 * thresholds with a `name` or `url` tag (`http_req_duration{name:login}`).
 *
 * Which k6 metric gives what: `http_reqs` count → requests; `http_req_failed` passes
 * (its true values) → failed requests, passes + fails → requests when `http_reqs` is
 * missing; `http_req_duration` → the latency statistics; `data_sent`/`data_received`
 * count → bytes; `vus` max (or `vus_max` value) → maxVusReached; the groups' checks →
 * checks. The test's length is `state.testRunDurationMs`, or the machine-readable
 * summary's `config.duration`, or for `--summary-export` (which has neither) the
 * `http_reqs` count over its rate per second.
 */
import { EMPTY_LATENCY_SUMMARY } from '../../metrics/latency-histogram.js';
import {
  errorCounts,
  type EndpointMeasurement,
  type LatencySummary,
  type RequestStats,
  type RunMeasurements,
} from '../../metrics/measurements.js';
import type { SummaryData, SummaryMetric } from './k6-summary-forms.js';
import { summaryExecution, summaryTimings } from './k6-summary-timing.js';

interface Scope {
  duration?: SummaryMetric;
  reqs?: SummaryMetric;
  failed?: SummaryMetric;
}

/** The measurements, or what the summary lacks to give any (no HTTP metric at all). */
export function summaryMeasurements(
  data: SummaryData,
  finishedAtMs: number,
): { measurements: RunMeasurements } | { missing: string } {
  const byName = new Map(data.metrics.map((metric) => [metric.name, metric]));
  const overallScope: Scope = {
    ...optional('duration', byName.get('http_req_duration')),
    ...optional('reqs', byName.get('http_reqs')),
    ...optional('failed', byName.get('http_req_failed')),
  };
  if (overallScope.reqs === undefined && overallScope.failed === undefined) {
    return {
      missing:
        'it has neither http_reqs nor http_req_failed, so it holds no HTTP request to judge (was the test an HTTP test?)',
    };
  }
  const durationMs = data.durationMs ?? durationFromRate(overallScope.reqs) ?? 0;
  const overall = stats(overallScope, durationMs);
  overall.bytesSent = byName.get('data_sent')?.values.count ?? 0;
  overall.bytesReceived = byName.get('data_received')?.values.count ?? 0;

  const endpoints: EndpointMeasurement[] = [...endpointScopes(data.metrics)].map(([name, scope]) => ({
    name,
    method: '',
    path: pathOf(name),
    ...stats(scope, durationMs),
  }));
  const overallTimings = summaryTimings(byName, overall.requests);
  if (overallTimings) overall.timings = overallTimings;
  for (const endpoint of endpoints) {
    const timings = summaryTimings(byName, endpoint.requests, endpoint.name);
    if (timings) endpoint.timings = timings;
  }
  const execution = summaryExecution(byName);
  const vus = byName.get('vus')?.values.max ?? byName.get('vus_max')?.values.value ?? 0;
  const measurements: RunMeasurements = {
    startedAt: new Date(Math.floor(finishedAtMs - durationMs)).toISOString(),
    finishedAt: new Date(Math.floor(finishedAtMs)).toISOString(),
    durationMs: Math.round(durationMs),
    maxVusReached: vus,
    overall,
    endpoints,
    timeSeries: [],
    ...(execution ? { execution } : {}),
  };
  const checks = data.checks.length > 0 ? data.checks : overallChecks(byName.get('checks'));
  if (checks.length > 0) {
    measurements.traffic = {
      setup: null,
      reauthentications: 0,
      checks: checks.map((check) => ({ ...check, endpoint: '' })),
      isolation: null,
    };
  }
  return { measurements };
}

function optional<K extends keyof Scope>(key: K, metric: SummaryMetric | undefined): Partial<Scope> {
  return metric === undefined ? {} : { [key]: metric };
}

/** A summary-export gives no duration: the request count over its rate per second is the test's length. */
function durationFromRate(reqs: SummaryMetric | undefined): number | undefined {
  const count = reqs?.values.count;
  const rate = reqs?.values.rate;
  return count !== undefined && rate !== undefined && rate > 0 ? (count / rate) * 1000 : undefined;
}

function stats(scope: Scope, durationMs: number): RequestStats {
  const reqs = scope.reqs?.values.count;
  const passes = scope.failed?.values.passes;
  const fails = scope.failed?.values.fails;
  const requests = reqs ?? (passes !== undefined && fails !== undefined ? passes + fails : undefined);
  const failed =
    passes ??
    (scope.failed?.values.rate !== undefined && requests !== undefined
      ? Math.round(scope.failed.values.rate * requests)
      : undefined);
  // Without http_req_failed the failures are not known: the count is not given.
  const counted = requests !== undefined && failed !== undefined;
  const latency = scope.duration?.values ?? {};
  return {
    requests: counted ? requests : 0,
    succeeded: counted ? requests - failed : 0,
    failed: counted ? failed : 0,
    rps: counted && durationMs > 0 ? Math.round((requests * 1_000_000) / durationMs) / 1000 : 0,
    bytesSent: 0,
    bytesReceived: 0,
    statusCounts: {},
    errors: errorCounts(counted && failed > 0 ? { other: failed } : {}),
    latency: latencySummary(latency, counted ? requests : 0),
    histogram: '',
    summary: { latency: { ...latency }, counted },
  };
}

function latencySummary(values: Readonly<Record<string, number>>, count: number): LatencySummary {
  if (Object.keys(values).length === 0) return { ...EMPTY_LATENCY_SUMMARY };
  const read = (...keys: string[]): number => {
    for (const key of keys) if (values[key] !== undefined) return values[key];
    return Number.NaN;
  };
  return {
    count,
    min: read('min'),
    mean: read('avg'),
    stdev: Number.NaN,
    p50: read('med', 'p(50)'),
    p90: read('p(90)'),
    p95: read('p(95)'),
    p99: read('p(99)'),
    p999: read('p(99.9)'),
    max: read('max'),
  };
}

/** The submetrics by endpoint: `http_req_duration{name:x}` and `{url:x}` (one tag only) are endpoint x. */
function endpointScopes(metrics: readonly SummaryMetric[]): Map<string, Scope> {
  const scopes = new Map<string, Scope>();
  const keys: Record<string, keyof Scope> = {
    http_req_duration: 'duration',
    http_reqs: 'reqs',
    http_req_failed: 'failed',
  };
  for (const metric of metrics) {
    const match = /^(http_req_duration|http_reqs|http_req_failed)\{\s*(?:name|url)\s*:(.*)\}$/s.exec(
      metric.name,
    );
    if (!match || match[2]!.includes(',')) continue;
    const endpoint = match[2]!.trim().replace(/^(["'])(.*)\1$/s, '$2');
    const scope = scopes.get(endpoint) ?? {};
    scope[keys[match[1]!]!] = metric;
    scopes.set(endpoint, scope);
  }
  return scopes;
}

function overallChecks(checks: SummaryMetric | undefined): { name: string; passes: number; fails: number }[] {
  const passes = checks?.values.passes;
  const fails = checks?.values.fails;
  return passes === undefined || fails === undefined ? [] : [{ name: '(all checks)', passes, fails }];
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
