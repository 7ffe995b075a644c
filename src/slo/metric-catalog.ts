/**
 * The metrics a threshold can name, after k6's built-in HTTP metrics. Each entry says
 * what kind of metric it is (which decides the aggregations it takes), its unit, the
 * tags that select part of it, and how to read it from a run's measurements.
 *
 * A new metric (e.g. `dropped_requests`, `checks`, `isolation_violations`) is one more
 * entry here: the parser, the evaluation and the reports all work from this table.
 */
import type { RequestStats, RunMeasurements } from '../metrics/measurements.js';
import { REQUEST_TAGS } from './request-tags.js';
import { TIMING_METRIC_ENTRIES } from './metric-catalog-timing.js';
import { measureServerMetric, serverMetricKey } from './server-metric-measure.js';
import { measureChecks, measureIsolationViolations } from './traffic-metrics.js';
import type { Aggregation, Threshold } from './types.js';

/**
 * k6's metric types: a trend is a distribution of values (latencies), a rate is the
 * share of true values (failed requests), a counter is a running total (requests, bytes),
 * a gauge is one value the run found (the breakpoint capacity), a series is the samples
 * a metrics store gave over the load window (server metrics).
 */
export type MetricKind = 'trend' | 'rate' | 'counter' | 'gauge' | 'series';

/** Unit of one recorded value: milliseconds, a 0..1 ratio, a plain count, bytes, or requests per second. */
export type MetricUnit = 'ms' | 'ratio' | 'count' | 'bytes' | 'per_second';

/**
 * Unit of a threshold's limit and actual value: the metric's unit, or "per second"
 * for the `rate` of a counter.
 */
export type ValueUnit = 'ms' | 'ratio' | 'count' | 'per_second' | 'bytes' | 'bytes_per_second';

/** The aggregations each kind of metric takes, as in k6. */
export const KIND_AGGREGATIONS: Readonly<Record<MetricKind, readonly Aggregation[]>> = {
  trend: ['avg', 'med', 'min', 'max', 'p'],
  rate: ['rate'],
  counter: ['count', 'rate'],
  gauge: ['value'],
  series: ['avg', 'med', 'min', 'max', 'p', 'last'],
};

/** What a metric is read from: the whole run or the part one tag selects. */
export interface MetricScope {
  run: RunMeasurements;
  /** The whole run's stats, or one endpoint's. */
  stats: RequestStats;
  /** Latency at a percentile [0, 100] in ms from the scope's histogram; null when it holds no samples. */
  percentileMs(percentile: number): number | null;
  /** The same from another histogram of the scope (a timing phase's), given encoded. */
  histogramPercentileMs(encoded: string, percentile: number): number | null;
}

export interface MetricDefinition {
  name: string;
  kind: MetricKind;
  unit: MetricUnit;
  /** One line, for documentation and messages. */
  description: string;
  /** Aggregations the metric takes (those of its kind). */
  aggregations: readonly Aggregation[];
  /** Tag keys that may select part of the metric, e.g. `endpoint`. */
  tags: readonly string[];
  /** Custom tags (an endpoint's `tags:`) select part of it too; selections are recorded for it (slo/request-tags.ts). */
  customTags?: boolean;
  /** A threshold on this metric, shown in error messages as the form expected. */
  example: string;
  /**
   * The value of `aggregation` over `scope`, in the threshold's unit (see `valueUnit`),
   * or null when the scope holds nothing to judge.
   */
  measure(scope: MetricScope, aggregation: Aggregation, percentile?: number): number | null;
  /**
   * For a metric not read from request stats (checks, isolation): the value of
   * `aggregation` over the part of the run `tags` select, a lower bound on it
   * (`atLeast`), or a note saying why there is nothing to judge. When present it is
   * used instead of `measure`.
   */
  measureRun?(
    run: RunMeasurements,
    tags: Readonly<Record<string, string>>,
    aggregation: Aggregation,
    percentile?: number,
  ): number | { value: number; atLeast: boolean } | { note: string; undecided?: boolean };
  /** The scenario the metric exists in, when only one (thresholds on it are refused elsewhere). */
  scenario?: 'breakpoint';
  /** A trend not read from the latency: its statistics by k6's names when the scope comes from an end-of-test summary. */
  summaryStatistics?(stats: RequestStats): Record<string, number> | undefined;
}

function trendOfLatency(scope: MetricScope, aggregation: Aggregation, percentile?: number): number | null {
  const latency = scope.stats.latency;
  if (latency.count === 0) return null;
  switch (aggregation) {
    case 'avg':
      return latency.mean;
    case 'min':
      return latency.min;
    case 'max':
      return latency.max;
    case 'med':
      return scope.percentileMs(50);
    case 'p':
      return percentile === undefined ? null : scope.percentileMs(percentile);
    default:
      return null;
  }
}

/** Seconds the load ran; 0 when unknown. */
function runSeconds(run: RunMeasurements): number {
  return run.durationMs > 0 ? run.durationMs / 1000 : 0;
}

function counter(read: (stats: RequestStats) => number, perSecond?: (scope: MetricScope) => number | null) {
  return (scope: MetricScope, aggregation: Aggregation): number | null => {
    if (aggregation === 'count') return read(scope.stats);
    if (aggregation !== 'rate') return null;
    if (perSecond) return perSecond(scope);
    const seconds = runSeconds(scope.run);
    return seconds > 0 ? read(scope.stats) / seconds : null;
  };
}

const ENDPOINT_TAGS = ['endpoint'] as const;

/** A metric read from request stats, which any tag selection of requests has (slo/request-tags.ts). */
const REQUEST_METRIC = { tags: REQUEST_TAGS, customTags: true } as const;

/** The breakpoint capacity; "at least" when no step broke (the staircase ended below the knee). */
function measureCapacity(run: RunMeasurements): { value: number; atLeast: boolean } | { note: string } {
  const breakpoint = run.breakpoint;
  if (breakpoint === undefined) return { note: 'capacity_rps is measured by the breakpoint scenario only' };
  if (breakpoint.steps.length === 0)
    return { note: 'no breakpoint step ran to its end, so there is no capacity' };
  return { value: breakpoint.capacityRps, atLeast: breakpoint.capacityBound === 'at-least' };
}

function define(entry: Omit<MetricDefinition, 'aggregations'>): MetricDefinition {
  // Every metric a scenario's own measurements hold takes {scenario:NAME} (slo/scenario-scope.ts);
  // the target's server metrics and a preset's own figure are the run's only.
  const scoped = entry.kind !== 'series' && entry.scenario === undefined;
  const tags = scoped && !entry.tags.includes('scenario') ? [...entry.tags, 'scenario'] : entry.tags;
  return { ...entry, tags, aggregations: KIND_AGGREGATIONS[entry.kind] };
}

/** The known metrics, by name. */
export const METRIC_CATALOG: ReadonlyMap<string, MetricDefinition> = new Map(
  [
    define({
      name: 'http_req_duration',
      kind: 'trend',
      unit: 'ms',
      description: 'time from sending a request to the end of its response',
      ...REQUEST_METRIC,
      example: 'http_req_duration: p(95)<250',
      measure: trendOfLatency,
    }),
    define({
      name: 'http_req_failed',
      kind: 'rate',
      unit: 'ratio',
      description: 'share of requests that failed (error or unexpected status)',
      ...REQUEST_METRIC,
      example: 'http_req_failed: rate<0.01',
      measure: ({ stats }, aggregation) =>
        aggregation === 'rate' && stats.requests > 0 ? stats.failed / stats.requests : null,
    }),
    define({
      name: 'http_reqs',
      kind: 'counter',
      unit: 'count',
      description: 'completed requests (count) and requests per second (rate)',
      ...REQUEST_METRIC,
      example: 'http_reqs: rate>100',
      measure: counter(
        (stats) => stats.requests,
        ({ stats }) => stats.rps,
      ),
    }),
    define({
      name: 'data_received',
      kind: 'counter',
      unit: 'bytes',
      description: 'bytes received (count) and bytes per second (rate)',
      ...REQUEST_METRIC,
      example: 'data_received: count>1MB',
      measure: counter((stats) => stats.bytesReceived),
    }),
    define({
      name: 'data_sent',
      kind: 'counter',
      unit: 'bytes',
      description: 'bytes sent (count) and bytes per second (rate)',
      ...REQUEST_METRIC,
      example: 'data_sent: count>1MB',
      measure: counter((stats) => stats.bytesSent),
    }),
    define({
      name: 'dropped_requests',
      kind: 'counter',
      unit: 'count',
      description:
        'open model: scheduled requests never sent, because max-vus requests were in flight (0 in the closed model)',
      tags: [],
      example: 'dropped_requests: count==0',
      measure: (scope, aggregation) => {
        const dropped = scope.run.arrival?.dropped ?? 0;
        if (aggregation === 'count') return dropped;
        return aggregation === 'rate' && scope.run.durationMs > 0
          ? dropped / (scope.run.durationMs / 1000)
          : null;
      },
    }),
    define({
      name: 'checks',
      kind: 'rate',
      unit: 'ratio',
      description: 'share of checks that passed (per check with {check:NAME})',
      tags: ['check', 'endpoint'],
      example: 'checks: rate>0.99',
      measure: () => null,
      measureRun: measureChecks,
    }),
    define({
      name: 'isolation_violations',
      kind: 'counter',
      unit: 'count',
      description: "responses that showed another tenant than the requester's",
      tags: ENDPOINT_TAGS,
      example: 'isolation_violations: count==0',
      measure: () => null,
      measureRun: measureIsolationViolations,
    }),
    define({
      name: 'capacity_rps',
      kind: 'gauge',
      unit: 'per_second',
      description:
        'breakpoint scenario: the highest step rate that held every SLO (a lower bound when no step broke)',
      tags: [],
      example: 'capacity_rps: value>=500',
      scenario: 'breakpoint',
      measure: () => null,
      measureRun: measureCapacity,
    }),
    // The request timing breakdown and the execution metrics (metric-catalog-timing.ts).
    ...TIMING_METRIC_ENTRIES.map(define),
  ].map((metric) => [metric.name, metric]),
);

/**
 * `server_<key>`: a series from the metrics store (see server-metric-measure.ts). Its
 * values are in the unit `server-metrics:` gives the key, so limits are bare numbers.
 */
function serverMetric(name: string): MetricDefinition | undefined {
  const key = serverMetricKey(name);
  if (key === undefined) return undefined;
  return define({
    name,
    kind: 'series',
    unit: 'count',
    description: `server metric ${key} (server-metrics: in the config file), one sample per step`,
    tags: [],
    example: `${name}: max<0.7`,
    measure: () => null,
    measureRun: (run, _tags, aggregation, percentile) =>
      measureServerMetric(run, key, aggregation, percentile),
  });
}

export function findMetric(name: string): MetricDefinition | undefined {
  return METRIC_CATALOG.get(name) ?? serverMetric(name);
}

export const METRIC_NAMES: readonly string[] = [...METRIC_CATALOG.keys()];

/** The unit of a threshold's limit and actual value. */
export function valueUnit(
  metric: Pick<MetricDefinition, 'kind' | 'unit'>,
  aggregation: Aggregation,
): ValueUnit {
  if (metric.kind === 'counter' && aggregation === 'rate') {
    return metric.unit === 'bytes' ? 'bytes_per_second' : 'per_second';
  }
  return metric.unit;
}

/**
 * The unit of a threshold's values. A metric missing from the catalogue is read like
 * k6 reads it: `rate` a ratio, `count` a count, anything else milliseconds.
 */
export function thresholdValueUnit(threshold: Pick<Threshold, 'metric' | 'aggregation'>): ValueUnit {
  const metric = findMetric(threshold.metric);
  if (metric) return valueUnit(metric, threshold.aggregation);
  if (threshold.aggregation === 'rate') return 'ratio';
  if (threshold.aggregation === 'count') return 'count';
  return 'ms';
}

/** `p(95)`, `avg`, … as written in a threshold. */
export function aggregationLabel(threshold: Pick<Threshold, 'aggregation' | 'percentile'>): string {
  return threshold.aggregation === 'p' ? `p(${threshold.percentile ?? '?'})` : threshold.aggregation;
}
