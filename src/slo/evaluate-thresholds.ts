/**
 * Thresholds judged against a run's measurements, and the verdict. A pure function
 * of results.json's data, so a verdict can be recomputed from an artifact.
 *
 * Percentiles come from the recorded HDR histograms (each decoded at most once per
 * call), so any p(N) is exact to the histogram's 3 significant digits. A threshold
 * with nothing to judge (no requests, an endpoint that was not measured, a metric the
 * run does not record) fails with a note: a gate never passes on missing data.
 */
import { decodeFromCompressedBase64, type Histogram } from 'hdr-histogram-js';

import type { RequestStats, RunMeasurements } from '../metrics/measurements.js';
import { findMetric, thresholdValueUnit, type MetricScope } from './metric-catalog.js';
import type { Evaluation, Operator, Threshold, ThresholdResult, ThresholdStatus, Verdict } from './types.js';
import { formatQuantity } from './units.js';

/** Relative tolerance for equality: values this close count as equal (float noise, not measurement). */
const RELATIVE_TOLERANCE = 1e-9;

/** Whether two measured values are equal up to float noise. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether `actual operator limit` holds; the equal part of <=, >=, == and != uses `nearlyEqual`. */
export function compare(actual: number, operator: Operator, limit: number): boolean {
  const equal = nearlyEqual(actual, limit);
  switch (operator) {
    case '<':
      return actual < limit && !equal;
    case '<=':
      return actual < limit || equal;
    case '>':
      return actual > limit && !equal;
    case '>=':
      return actual > limit || equal;
    case '==':
      return equal;
    case '!=':
      return !equal;
  }
}

/**
 * Pass when the condition holds; otherwise marginal when the value lies within the
 * band (up to and including the marginal limit), else fail.
 */
export function judge(
  actual: number,
  threshold: Pick<Threshold, 'operator' | 'limit' | 'marginalLimit'>,
): ThresholdStatus {
  const { operator, limit, marginalLimit } = threshold;
  if (compare(actual, operator, limit)) return 'pass';
  if (marginalLimit === undefined) return 'fail';
  if (operator === '<' || operator === '<=')
    return compare(actual, '<=', marginalLimit) ? 'marginal' : 'fail';
  if (operator === '>' || operator === '>=')
    return compare(actual, '>=', marginalLimit) ? 'marginal' : 'fail';
  return 'fail';
}

/**
 * The value of a lower bound (`at least value`) against a threshold: the status when it
 * is the same for every value from the bound up, else inconclusive. Used for a
 * breakpoint capacity that never broke: `value>=500` passes at "at least 640", while
 * `value<1000` cannot be decided.
 */
export function judgeLowerBound(
  bound: number,
  threshold: Pick<Threshold, 'operator' | 'limit' | 'marginalLimit'>,
): ThresholdStatus {
  const { operator, limit } = threshold;
  // == and != switch as the value crosses the limit: decidable only when the limit lies below the bound.
  if ((operator === '==' || operator === '!=') && !(limit < bound)) return 'inconclusive';
  const atBound = judge(bound, threshold);
  // <, <=, >, >= are monotone: the far end of [bound, ∞) is judged like any value above every limit.
  const farEnd = judge(Number.MAX_VALUE, threshold);
  return atBound === farEnd ? atBound : 'inconclusive';
}

/**
 * Worst status decides: any fail → fail, else any undecidable threshold → inconclusive,
 * else any marginal → marginal, else pass (also with no thresholds).
 */
export function verdictOf(results: readonly Pick<ThresholdResult, 'status'>[]): Exclude<Verdict, 'error'> {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.some((r) => r.status === 'inconclusive')) return 'inconclusive';
  if (results.some((r) => r.status === 'marginal')) return 'marginal';
  return 'pass';
}

/** Decoded histograms of one evaluation, by their encoded text. */
class HistogramCache {
  private readonly decoded = new Map<string, Histogram | null>();

  get(encoded: string): Histogram | null {
    let histogram = this.decoded.get(encoded);
    if (histogram === undefined) {
      try {
        histogram = encoded === '' ? null : decodeFromCompressedBase64(encoded, 32, false);
      } catch {
        histogram = null;
      }
      this.decoded.set(encoded, histogram);
    }
    return histogram;
  }
}

/** A value, or a lower bound on it (`atLeast`), or why there is none. */
type Measured = { value: number; atLeast?: boolean } | { note: string };

function scopeOf(
  threshold: Threshold,
  m: RunMeasurements,
): { stats: RequestStats; label: string } | { note: string } {
  const unsupported = Object.keys(threshold.tags).filter((key) => key !== 'endpoint');
  if (unsupported.length > 0) {
    return {
      note: `the tag ${unsupported.map((k) => `"${k}"`).join(', ')} is not recorded, so nothing can be judged`,
    };
  }
  const endpoint = threshold.tags.endpoint;
  if (endpoint === undefined) return { stats: m.overall, label: 'the run' };
  const stats = m.endpoints.find((e) => e.name === endpoint);
  return stats
    ? { stats, label: `endpoint "${endpoint}"` }
    : { note: `no endpoint named "${endpoint}" was measured, so there is nothing to judge` };
}

function measure(threshold: Threshold, m: RunMeasurements, histograms: HistogramCache): Measured {
  const metric = findMetric(threshold.metric);
  if (!metric)
    return { note: `the metric ${threshold.metric} is not recorded, so there is nothing to judge` };
  if (!metric.aggregations.includes(threshold.aggregation)) {
    return { note: `${threshold.metric} has no aggregation "${threshold.aggregation}"` };
  }
  if (metric.measureRun) {
    const value = metric.measureRun(m, threshold.tags, threshold.aggregation);
    return typeof value === 'number' ? { value } : value;
  }
  const scope = scopeOf(threshold, m);
  if ('note' in scope) return scope;
  const { stats, label } = scope;
  if (stats.requests === 0)
    return { note: `no requests completed for ${label}, so there is nothing to judge` };

  let unreadable = false;
  const metricScope: MetricScope = {
    run: m,
    stats,
    percentileMs(percentile) {
      const histogram = histograms.get(stats.histogram);
      if (histogram === null) {
        unreadable = true;
        return null;
      }
      if (histogram.totalCount === 0) return null;
      return Math.round(histogram.getValueAtPercentile(percentile)) / 1000;
    },
  };
  const value = metric.measure(metricScope, threshold.aggregation, threshold.percentile);
  if (value !== null && Number.isFinite(value)) return { value };
  if (unreadable) return { note: `the latency histogram of ${label} could not be read` };
  if (metric.kind === 'trend') return { note: `no request of ${label} got far enough to measure a latency` };
  return { note: `${threshold.metric} has no value for ${label}` };
}

function bandNote(threshold: Threshold, status: ThresholdStatus): string | undefined {
  if (threshold.marginalLimit === undefined || status === 'pass') return undefined;
  const unit = thresholdValueUnit(threshold);
  const limit = formatQuantity(unit, threshold.limit);
  const marginal = formatQuantity(unit, threshold.marginalLimit);
  const below = threshold.operator === '<' || threshold.operator === '<=';
  const band = below ? `${limit} to ${marginal}` : `${marginal} to ${limit}`;
  return status === 'marginal' ? `within the marginal band (${band})` : `beyond the marginal band (${band})`;
}

/** Judges each threshold against the measurements; the verdict is the worst status. */
export function evaluateThresholds(thresholds: readonly Threshold[], m: RunMeasurements): Evaluation {
  const histograms = new HistogramCache();
  const results = thresholds.map((threshold): ThresholdResult => {
    const measured = measure(threshold, m, histograms);
    if ('note' in measured) return { threshold, actual: null, status: 'fail', note: measured.note };
    const status = measured.atLeast
      ? judgeLowerBound(measured.value, threshold)
      : judge(measured.value, threshold);
    const note =
      status === 'inconclusive'
        ? `only a lower bound is known (at least ${formatQuantity(thresholdValueUnit(threshold), measured.value)}), which cannot decide ${threshold.operator}${formatQuantity(thresholdValueUnit(threshold), threshold.limit)}`
        : bandNote(threshold, status);
    return { threshold, actual: measured.value, status, ...(note ? { note } : {}) };
  });
  return { verdict: verdictOf(results), results, reasons: [] };
}
