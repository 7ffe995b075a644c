/**
 * The value of a threshold's statistic over a run's measurements (the whole run, or
 * the endpoint its tag selects), or a note saying why there is nothing to judge.
 *
 * Percentiles come from the recorded HDR histograms (each decoded at most once per
 * evaluation, see `HistogramCache`), so any p(N) is exact to the histogram's 3
 * significant digits.
 */
import { decodeFromCompressedBase64, type Histogram } from 'hdr-histogram-js';

import { intervalPoints } from '../metrics/interval-statistics.js';
import type { IntervalPoint, RequestStats, RunMeasurements, TagSelection } from '../metrics/measurements.js';
import { canonicalTags, isEndpointScope, selectionKey } from '../metrics/tag-set.js';
import { findMetric, type MetricScope } from './metric-catalog.js';
import { scenarioScope } from './scenario-scope.js';
import { measureFromSummary } from './summary-figures.js';
import type { Threshold } from './types.js';

/** Decoded histograms of one evaluation, by their encoded text. */
export class HistogramCache {
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

/** A value, or a lower bound on it (`atLeast`: a breakpoint capacity that never broke), or why there is none. */
/** `undecided`: the metric's source could not be read (a server metric): inconclusive, not failed. */
export type Measured = { value: number; atLeast?: boolean } | { note: string; undecided?: boolean };

export function scopeOf(
  threshold: Threshold,
  m: RunMeasurements,
): { stats: RequestStats; label: string } | { note: string } {
  const tags = canonicalTags(threshold.tags);
  if (tags === undefined) {
    return { note: `the tags endpoint and name name different endpoints, so nothing is selected` };
  }
  if (!isEndpointScope(tags)) return selectionScope(tags, m);
  const endpoint = tags.name;
  if (endpoint === undefined) return { stats: m.overall, label: 'the run' };
  const stats = m.endpoints.find((e) => e.name === endpoint);
  return stats
    ? { stats, label: `endpoint "${endpoint}"` }
    : { note: `no endpoint named "${endpoint}" was measured, so there is nothing to judge` };
}

/** The per-second points of the threshold's scope (the run, an endpoint or a selection); undefined when none were kept. */
export function scopePoints(threshold: Threshold, m: RunMeasurements): IntervalPoint[] | undefined {
  const tags = canonicalTags(threshold.tags);
  if (tags === undefined) return undefined;
  if (isEndpointScope(tags)) return intervalPoints(m, tags.name);
  const points = findSelection(m, tags)?.points;
  return points === undefined || points.length === 0 ? undefined : points;
}

/** The `{a:b,…}` text of a tag set, for notes. */
export function tagsLabel(tags: Readonly<Record<string, string>>): string {
  return `{${Object.entries(tags)
    .map(([key, value]) => `${key}:${value}`)
    .join(',')}}`;
}

/** A tag selection recorded apart (metrics/tag-selections.ts). */
function selectionScope(
  tags: Readonly<Record<string, string>>,
  m: RunMeasurements,
): { stats: RequestStats; label: string } | { note: string } {
  const selection = findSelection(m, tags);
  if (selection === undefined) {
    return {
      note: `the requests ${tagsLabel(tags)} were not recorded apart in these measurements, so there is nothing to judge`,
    };
  }
  return { stats: selection.stats, label: `the requests ${tagsLabel(tags)}` };
}

/** The run's selection of exactly these tags, if it kept one. */
export function findSelection(
  m: RunMeasurements,
  tags: Readonly<Record<string, string>>,
): TagSelection | undefined {
  const key = selectionKey(tags);
  return m.selections?.find((selection) => selectionKey(selection.tags) === key);
}

export function measureThreshold(
  threshold: Threshold,
  m: RunMeasurements,
  histograms: HistogramCache,
): Measured {
  if (threshold.tags.scenario !== undefined) {
    const scoped = scenarioScope(threshold, m);
    return 'note' in scoped ? scoped : measureThreshold(scoped.threshold, scoped.run, histograms);
  }
  const metric = findMetric(threshold.metric);
  if (!metric)
    return { note: `the metric ${threshold.metric} is not recorded, so there is nothing to judge` };
  if (!metric.aggregations.includes(threshold.aggregation)) {
    return { note: `${threshold.metric} has no aggregation "${threshold.aggregation}"` };
  }
  if (metric.measureRun) {
    const value = metric.measureRun(m, threshold.tags, threshold.aggregation, threshold.percentile);
    return typeof value === 'number' ? { value } : value;
  }
  const scope = scopeOf(threshold, m);
  if ('note' in scope) return scope;
  const { stats, label } = scope;
  const fromSummary = measureFromSummary(threshold, metric, stats, label);
  if (fromSummary !== undefined) return fromSummary;
  if (stats.requests === 0)
    return { note: `no requests completed for ${label}, so there is nothing to judge` };
  if (metric.summaryStatistics !== undefined && stats.timings === undefined) {
    return {
      note: `no request of ${label} was timed phase by phase, so ${metric.name} has nothing to judge`,
    };
  }

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
    histogramPercentileMs(encoded, percentile) {
      const histogram = histograms.get(encoded);
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
