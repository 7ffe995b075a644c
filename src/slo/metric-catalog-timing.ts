/**
 * The catalogue entries of k6's request timing breakdown (http_req_blocked …
 * http_req_receiving: trends, selected by the same tags as http_req_duration) and of its execution
 * metrics (iterations, iteration_duration, vus, vus_max, dropped_iterations: the whole
 * run, as k6 tags them by scenario and group only). metric-catalog.ts adds them to
 * the table; the types here are the parts of its definitions these entries fill.
 */
import { LatencyHistogram } from '../metrics/latency-histogram.js';
import type { LatencySummary, RequestStats, RunMeasurements } from '../metrics/measurements.js';
import { PHASE_METRICS, TIMING_PHASES, type TimingPhase } from '../metrics/timing-measurements.js';
import { REQUEST_TAGS } from './request-tags.js';
import type { Aggregation } from './types.js';

/** What a phase trend is read from (metric-catalog.ts's MetricScope). */
interface TimingScope {
  stats: RequestStats;
  /** The value at a percentile of an encoded histogram, ms; null when it holds no samples. */
  histogramPercentileMs(encoded: string, percentile: number): number | null;
}

type RunValue = number | { note: string };

export interface TimingMetricEntry {
  name: string;
  kind: 'trend' | 'counter' | 'gauge';
  unit: 'ms' | 'count';
  description: string;
  tags: readonly string[];
  /** Custom tags select part of it too (slo/request-tags.ts). */
  customTags?: boolean;
  example: string;
  measure(scope: TimingScope, aggregation: Aggregation, percentile?: number): number | null;
  measureRun?(
    run: RunMeasurements,
    tags: Readonly<Record<string, string>>,
    aggregation: Aggregation,
    percentile?: number,
  ): RunValue;
  /** The scope's statistics by k6's names when they come from an end-of-test summary. */
  summaryStatistics?(stats: RequestStats): Record<string, number> | undefined;
}

const PHASE_WORDS: Readonly<Record<TimingPhase, string>> = {
  blocked: 'time waiting for a free connection before the request could start (k6: http_req_blocked)',
  connecting: 'time opening the TCP connection, DNS lookup included (0 when the request reused one)',
  tlsHandshaking: 'time of the TLS handshake (0 when the request reused its connection, and on plain HTTP)',
  sending: 'time writing the request',
  waiting: 'time to first byte: from the request written to the first byte of the response',
  receiving: 'time reading the response body, from its first byte to its last',
};

/** A trend's statistic from its summary and histogram. */
function trendValue(
  summary: LatencySummary,
  percentileOf: (percentile: number) => number | null,
  aggregation: Aggregation,
  percentile?: number,
): number | null {
  if (summary.count === 0) return null;
  switch (aggregation) {
    case 'avg':
      return summary.mean;
    case 'min':
      return summary.min;
    case 'max':
      return summary.max;
    case 'med':
      return percentileOf(50);
    case 'p':
      return percentile === undefined ? null : percentileOf(percentile);
    default:
      return null;
  }
}

function phaseEntry(phase: TimingPhase): TimingMetricEntry {
  const name = PHASE_METRICS[phase];
  return {
    name,
    kind: 'trend',
    unit: 'ms',
    description: PHASE_WORDS[phase],
    // Every scope's accumulator times its requests, so a phase takes every tag http_req_duration takes.
    tags: REQUEST_TAGS,
    customTags: true,
    example: `${name}: p(95)<${phase === 'waiting' ? 200 : 50}`,
    measure: (scope, aggregation, percentile) => {
      const timings = scope.stats.timings;
      if (timings === undefined) return null;
      const encoded = timings.histograms[phase];
      return trendValue(
        timings.phases[phase],
        (p) => scope.histogramPercentileMs(encoded, p),
        aggregation,
        percentile,
      );
    },
    summaryStatistics: (stats) => stats.timings?.summary?.[phase],
  };
}

const NOT_RECORDED = {
  note: 'the run has no iteration figures (results written before they were kept), so there is nothing to judge',
};

function iterationDuration(run: RunMeasurements, aggregation: Aggregation, percentile?: number): RunValue {
  const execution = run.execution;
  if (execution === undefined) return NOT_RECORDED;
  if (execution.summary !== undefined) {
    const key = aggregation === 'p' ? `p(${percentile})` : aggregation;
    const value = execution.summary[key] ?? (key === 'p(50)' ? execution.summary.med : undefined);
    return value !== undefined && Number.isFinite(value)
      ? value
      : { note: `the k6 summary gives no ${key} of iteration_duration, so there is nothing to judge` };
  }
  let histogram: LatencyHistogram | undefined;
  const value = trendValue(
    execution.iterationDuration,
    (p) => (histogram ??= LatencyHistogram.decode(execution.iterationHistogram)).percentileMs(p),
    aggregation,
    percentile,
  );
  return value ?? { note: 'no iteration completed, so there is nothing to judge' };
}

/** A count of the whole run and its rate per second of the run. */
function runCounter(read: (run: RunMeasurements) => number | undefined) {
  return (run: RunMeasurements, _tags: unknown, aggregation: Aggregation): RunValue => {
    const count = read(run);
    if (count === undefined) return NOT_RECORDED;
    if (aggregation === 'count') return count;
    return run.durationMs > 0 ? count / (run.durationMs / 1000) : { note: 'the run has no duration' };
  };
}

function runGauge(read: (run: RunMeasurements) => number | undefined) {
  return (run: RunMeasurements): RunValue => read(run) ?? NOT_RECORDED;
}

export const TIMING_METRIC_ENTRIES: readonly TimingMetricEntry[] = [
  ...TIMING_PHASES.map(phaseEntry),
  {
    name: 'iterations',
    kind: 'counter',
    unit: 'count',
    description:
      "passes of a user's journey completed (count) and per second (rate); one request each with a plain mix",
    tags: [],
    example: 'iterations: count>1000',
    measure: () => null,
    measureRun: runCounter((run) => run.execution?.iterations),
  },
  {
    name: 'iteration_duration',
    kind: 'trend',
    unit: 'ms',
    description: "time of one pass of a user's journey, from its first request's start to its last one's end",
    tags: [],
    example: 'iteration_duration: p(95)<500',
    measure: () => null,
    measureRun: (run, _tags, aggregation, percentile) => iterationDuration(run, aggregation, percentile),
  },
  {
    name: 'dropped_iterations',
    kind: 'counter',
    unit: 'count',
    description: 'open model: iterations never started (the dropped_requests count; 0 in the closed model)',
    tags: [],
    example: 'dropped_iterations: count==0',
    measure: () => null,
    measureRun: runCounter((run) => run.execution?.droppedIterations ?? run.arrival?.dropped),
  },
  {
    name: 'vus',
    kind: 'gauge',
    unit: 'count',
    description: "VUs active at the last whole second of the load (k6's last once-a-second sample)",
    tags: [],
    example: 'vus: value>=10',
    measure: () => null,
    measureRun: runGauge((run) => run.execution?.vus),
  },
  {
    name: 'vus_max',
    kind: 'gauge',
    unit: 'count',
    description: 'VUs allocated: the most active at once (closed model), the connections opened (open model)',
    tags: [],
    example: 'vus_max: value>=10',
    measure: () => null,
    measureRun: runGauge((run) => run.execution?.vusMax ?? run.maxVusReached),
  },
];
