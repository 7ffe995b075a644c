/**
 * A latency distribution in milliseconds, as results.json gives it (its own module so
 * the snapshot types that use it, measurements.ts and timing-measurements.ts, import
 * it without importing each other).
 */
export interface LatencySummary {
  /** Number of latency samples (requests that got a response, or failed after sending). */
  count: number;
  min: number;
  mean: number;
  stdev: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}
