/**
 * The soak scenario's drift check: the first tenth of the run against the last. Latency
 * is the median of the per-second p95 values of each tenth (robust to a single slow
 * second); memory is the generator's resident set size (the target's memory is not
 * visible from here: watch it with the target's own monitoring).
 */
import type { DriftMeasurements, RunMeasurements } from './measurements.js';

/** A latency ratio (last tenth / first tenth) above this is reported as drift. */
export const DRIFT_RATIO_LIMIT = 1.5;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function measureDrift(m: RunMeasurements): DriftMeasurements | undefined {
  const points = m.timeSeries.filter((point) => point.requests > 0);
  if (points.length < 2) return undefined;
  const tenth = Math.max(1, Math.floor(points.length / 10));
  const first = median(points.slice(0, tenth).map((p) => p.p95));
  const last = median(points.slice(-tenth).map((p) => p.p95));
  return {
    firstTenthP95: first,
    lastTenthP95: last,
    latencyRatio: first > 0 ? Math.round((last / first) * 100) / 100 : 1,
    rssFirstTenthMb: m.generator?.rssFirstTenthMb ?? 0,
    rssLastTenthMb: m.generator?.rssLastTenthMb ?? 0,
  };
}
