/**
 * Statistics of each second, read back from the per-second series
 * (interval-series.ts): the series of per-second p95s, means or request rates that
 * the baseline judge compares. Each histogram is decoded once, read and dropped, so a
 * long run costs time, not memory.
 */
import { LatencyHistogram } from './latency-histogram.js';
import type { IntervalPoint, RunMeasurements } from './measurements.js';

/** The latency statistics a second can give, as threshold aggregations name them. */
export type IntervalLatencyStatistic =
  { kind: 'percentile'; percentile: number } | { kind: 'avg' | 'min' | 'max' };

/** The per-second points of the whole run, or of one endpoint; undefined when the run kept none. */
export function intervalPoints(m: RunMeasurements, endpoint?: string): IntervalPoint[] | undefined {
  const series = m.intervals;
  if (series === undefined) return undefined;
  if (endpoint === undefined) return series.overall;
  return series.endpoints.find((entry) => entry.name === endpoint)?.points;
}

/**
 * The statistic of each second that measured a latency, ms. Seconds without one are
 * left out (they say nothing about latency); an unreadable histogram is left out too.
 */
export function intervalLatencies(
  points: readonly IntervalPoint[],
  statistic: IntervalLatencyStatistic,
): number[] {
  const values: number[] = [];
  for (const point of points) {
    if (point.histogram === '') continue;
    let histogram: LatencyHistogram;
    try {
      histogram = LatencyHistogram.decode(point.histogram);
    } catch {
      continue;
    }
    if (histogram.count === 0) continue;
    values.push(readStatistic(histogram, statistic));
  }
  return values;
}

function readStatistic(histogram: LatencyHistogram, statistic: IntervalLatencyStatistic): number {
  switch (statistic.kind) {
    case 'percentile':
      return histogram.percentileMs(statistic.percentile);
    case 'avg':
      return histogram.summary().mean;
    case 'min':
      return histogram.summary().min;
    case 'max':
      return histogram.percentileMs(100);
  }
}

/** Requests per second of each second, idle seconds included (a second with no request is a rate of 0). */
export function intervalRequestRates(points: readonly IntervalPoint[]): number[] {
  return points.filter((point) => point.ms > 0).map((point) => (point.requests * 1000) / point.ms);
}
