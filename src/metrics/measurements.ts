/**
 * What a run measured, as plain JSON (results.json carries it under `measurements`).
 * Latencies are in milliseconds; percentiles come from HDR histograms recorded in
 * microseconds with 3 significant digits.
 */

import type { TrafficMeasurements } from './traffic-recorder.js';

/** Why a request did not succeed. Kept apart so reports can tell a slow canary from a broken one. */
export const ERROR_CLASSES = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'dns',
  'http_4xx',
  'http_5xx',
  'unexpected_status',
  'other',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

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

export interface RequestStats {
  /** Requests completed, successful or not. */
  requests: number;
  succeeded: number;
  failed: number;
  /** Completed requests per second over the measured duration. */
  rps: number;
  bytesSent: number;
  bytesReceived: number;
  /** Count per HTTP status code, e.g. { "200": 950, "503": 12 }. */
  statusCounts: Record<string, number>;
  /** Count per error class; classes with zero are present too. */
  errors: Record<ErrorClass, number>;
  latency: LatencySummary;
  /** The latency histogram, HDR compressed base64 (microseconds), so other tools can merge runs. */
  histogram: string;
}

export interface EndpointMeasurement extends RequestStats {
  name: string;
  method: string;
  path: string;
}

/** One second of the run (bounded memory: one point per second, no per-request data). */
export interface TimeSeriesPoint {
  /** Seconds since the start of the load, the end of the bucket (1, 2, 3, …). */
  t: number;
  vus: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface RunMeasurements {
  startedAt: string;
  finishedAt: string;
  /** Wall time the load ran, in milliseconds. */
  durationMs: number;
  /** Highest number of VUs that were active at once. */
  maxVusReached: number;
  overall: RequestStats;
  endpoints: EndpointMeasurement[];
  timeSeries: TimeSeriesPoint[];
  /** Why the load stopped early, if it did (e.g. "cancelled (SIGTERM)"). */
  stoppedEarly?: string;
  /** Setup (login) requests, checks and tenant isolation, when the config uses them (apart from the gated stats above). */
  traffic?: TrafficMeasurements;
}
