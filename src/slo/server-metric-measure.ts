/**
 * Server metrics as thresholds see them: `server_<key>` names the series of the key in
 * `server-metrics:` (read from the metrics store by sources/prometheus/), and its
 * aggregations run over the series' samples: avg, min, max, med, p(N), last.
 *
 * A series that could not be had (the query failed, found nothing, found several
 * series) gives no value but a note saying why, marked `undecided`: a threshold on it
 * is inconclusive, never a pass and never a fail (the canary was not shown to be bad).
 */
import type { ComparisonData } from '../compare/types.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import type { ServerMetricSeries } from '../metrics/server-metrics.js';
import type { Aggregation, ThresholdResult } from './types.js';

export const SERVER_METRIC_PREFIX = 'server_';

/** What a key of `server-metrics:` may look like: the rest of a metric name. */
export const SERVER_METRIC_KEY = /^[a-z][a-z0-9_]*$/;

/** The `server-metrics:` key a metric name stands for, or undefined when it is not `server_<key>`. */
export function serverMetricKey(name: string): string | undefined {
  if (!name.startsWith(SERVER_METRIC_PREFIX)) return undefined;
  const key = name.slice(SERVER_METRIC_PREFIX.length);
  return SERVER_METRIC_KEY.test(key) ? key : undefined;
}

export function isServerMetric(name: string): boolean {
  return serverMetricKey(name) !== undefined;
}

/** No value, and why; `undecided` makes the threshold inconclusive instead of failed. */
export interface UndecidedNote {
  note: string;
  undecided: true;
}

function undecided(note: string): UndecidedNote {
  return { note, undecided: true };
}

/** The series of `key` in a run, or why there is none. */
export function serverSeries(run: RunMeasurements, key: string): ServerMetricSeries | UndecidedNote {
  const metrics = run.serverMetrics;
  if (metrics === undefined) {
    return undecided(
      `no server metrics were read for this run, so ${SERVER_METRIC_PREFIX}${key} has no data`,
    );
  }
  const series = metrics.metrics.find((entry) => entry.name === key);
  if (series === undefined) return undecided(`server metric ${key} was not queried in this run`);
  if (series.missing !== undefined) return undecided(`no data from ${metrics.source}: ${series.missing}`);
  if (series.samples.length === 0) return undecided(`no data from ${metrics.source}: no samples`);
  return series;
}

/** The nearest-rank percentile of sorted values (0 < p ≤ 100), as for any list of samples. */
function percentileOf(sorted: readonly number[], percentile: number): number {
  const rank = Math.ceil((percentile / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** An aggregation over a list of values in time order; null for one a series does not take. */
export function aggregateSamples(
  values: readonly number[],
  aggregation: Aggregation,
  percentile?: number,
): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  switch (aggregation) {
    case 'avg':
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    case 'min':
      return sorted[0]!;
    case 'max':
      return sorted[sorted.length - 1]!;
    case 'med':
      return percentileOf(sorted, 50);
    case 'p':
      return percentile === undefined ? null : percentileOf(sorted, percentile);
    case 'last':
      return values[values.length - 1]!;
    default:
      return null;
  }
}

/** The value of a threshold on `server_<key>` over a run, or why there is none. */
export function measureServerMetric(
  run: RunMeasurements,
  key: string,
  aggregation: Aggregation,
  percentile?: number,
): number | UndecidedNote {
  const series = serverSeries(run, key);
  if ('note' in series) return series;
  const value = aggregateSamples(
    series.samples.map((sample) => sample.value),
    aggregation,
    percentile,
  );
  return value === null || !Number.isFinite(value)
    ? undecided(`${SERVER_METRIC_PREFIX}${key} has no ${aggregation} value`)
    : value;
}

/**
 * The two samples the baseline judge compares for a relative threshold on a server
 * metric: each side's values, one per step. `last` is one value, judged on the point
 * alone (undefined), as is a side without a series.
 */
export function serverComparisonData(
  metric: string,
  aggregation: Aggregation,
  canary: RunMeasurements,
  baseline: RunMeasurements,
): ComparisonData | undefined {
  const key = serverMetricKey(metric);
  if (key === undefined || aggregation === 'last') return undefined;
  const [c, b] = [serverSeries(canary, key), serverSeries(baseline, key)];
  if ('note' in c || 'note' in b) return undefined;
  return {
    kind: 'rate',
    canary: c.samples.map((sample) => sample.value),
    baseline: b.samples.map((sample) => sample.value),
    intervalSeconds: canary.serverMetrics?.stepSeconds ?? 1,
  };
}

/**
 * A threshold on a server metric left undecided because a series could not be read:
 * the canary's, or (for a relative one) the baseline's.
 */
export function unreadSeries(result: ThresholdResult): boolean {
  if (!isServerMetric(result.threshold.metric) || result.status !== 'inconclusive') return false;
  return (
    result.actual === null || (result.threshold.relative !== undefined && result.comparison?.baseline == null)
  );
}
