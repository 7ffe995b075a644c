/**
 * Exact sums of the figures several parts of one load measured (worker threads of one
 * runner, shards of a matrix, k6 instances): counters are added, HDR histograms are
 * added bucket by bucket, and every statistic is computed again from the sums, never
 * averaged. Used by merge-measurements.ts; each function merges one shape.
 */
import { ERROR_CLASSES, type IntervalPoint, type LatencySummary, type RequestStats } from './measurements.js';
import { EMPTY_LATENCY_SUMMARY, LatencyHistogram } from './latency-histogram.js';
import { round3 } from './endpoint-accumulator.js';
import { mergeTimings } from './merge-timing.js';

/** The sum of HDR histograms given as compressed base64 ('' is empty). */
export function addHistograms(encoded: readonly string[]): LatencyHistogram {
  const sum = new LatencyHistogram();
  for (const base64 of encoded) if (base64 !== '') sum.add(LatencyHistogram.decode(base64));
  return sum;
}

/** Adds `from`'s counts into `into`, key by key. */
export function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
}

/**
 * Request statistics of several parts as one: counts summed, the latency summary
 * read from the summed histogram, the rate over the merged run's `durationMs`.
 */
export function mergeRequestStats(parts: readonly RequestStats[], durationMs: number): RequestStats {
  const statusCounts: Record<string, number> = {};
  const errors = Object.fromEntries(ERROR_CLASSES.map((name) => [name, 0])) as RequestStats['errors'];
  let requests = 0;
  let succeeded = 0;
  let failed = 0;
  let bytesSent = 0;
  let bytesReceived = 0;
  for (const part of parts) {
    requests += part.requests;
    succeeded += part.succeeded;
    failed += part.failed;
    bytesSent += part.bytesSent;
    bytesReceived += part.bytesReceived;
    addCounts(statusCounts, part.statusCounts);
    for (const name of ERROR_CLASSES) errors[name] += part.errors[name] ?? 0;
  }
  const histogram = addHistograms(parts.map((part) => part.histogram));
  const timings = mergeTimings(parts.map((part) => part.timings));
  return {
    requests,
    succeeded,
    failed,
    rps: durationMs > 0 ? round3((requests * 1000) / durationMs) : 0,
    bytesSent,
    bytesReceived,
    statusCounts: sortedByStatus(statusCounts),
    errors,
    latency: histogram.summary(),
    histogram: histogram.encode(),
    ...(timings !== undefined ? { timings } : {}),
  };
}

/**
 * Per-second points of several parts, second by second: `shifts[i]` seconds are added
 * to part i's `t` so that each point lands on the wall-clock second it covered.
 */
export function mergeIntervalPoints(
  parts: readonly (readonly IntervalPoint[])[],
  shifts: readonly number[],
): IntervalPoint[] {
  const bySecond = new Map<number, { ms: number; requests: number; failed: number; histograms: string[] }>();
  parts.forEach((points, index) => {
    for (const point of points) {
      const t = point.t + (shifts[index] ?? 0);
      const entry = bySecond.get(t) ?? { ms: 0, requests: 0, failed: 0, histograms: [] };
      entry.ms = Math.max(entry.ms, point.ms);
      entry.requests += point.requests;
      entry.failed += point.failed;
      if (point.histogram !== '') entry.histograms.push(point.histogram);
      bySecond.set(t, entry);
    }
  });
  return [...bySecond.entries()]
    .sort(([a], [b]) => a - b)
    .map(([t, entry]) => {
      const histogram = addHistograms(entry.histograms);
      return {
        t,
        ms: entry.ms,
        requests: entry.requests,
        failed: entry.failed,
        histogram: histogram.count > 0 ? histogram.encode() : '',
      };
    });
}

function sortedByStatus(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => Number(a) - Number(b)));
}

/**
 * Latency summaries kept without their histogram (setup requests, the generator's send
 * delay) cannot be added exactly: the count-weighted mean and pooled deviation, the
 * lowest min, and for each percentile and the max the highest part's, an upper bound.
 */
export function mergeSummariesConservatively(parts: readonly LatencySummary[]): LatencySummary {
  const present = parts.filter((part) => part.count > 0);
  if (present.length === 0) return { ...EMPTY_LATENCY_SUMMARY };
  const count = present.reduce((sum, part) => sum + part.count, 0);
  const highest = (key: 'p50' | 'p90' | 'p95' | 'p99' | 'p999' | 'max'): number =>
    Math.max(...present.map((part) => part[key]));
  const mean = present.reduce((sum, part) => sum + part.mean * part.count, 0) / count;
  // The pooled standard deviation: within-part variance plus the spread of the part means.
  const variance =
    present.reduce((sum, part) => sum + part.count * (part.stdev ** 2 + (part.mean - mean) ** 2), 0) / count;
  return {
    count,
    min: Math.min(...present.map((part) => part.min)),
    mean: Math.round(mean * 1000) / 1000,
    stdev: Math.round(Math.sqrt(variance) * 1000) / 1000,
    p50: highest('p50'),
    p90: highest('p90'),
    p95: highest('p95'),
    p99: highest('p99'),
    p999: highest('p999'),
    max: highest('max'),
  };
}
