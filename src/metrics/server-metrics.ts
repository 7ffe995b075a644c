/**
 * The target's own health as its metrics store saw it during the load (see
 * sources/prometheus/): one series per configured server metric, the query as it was
 * sent, and, when there is no series, why. Plain JSON: results.json carries it under
 * `measurements.serverMetrics`, so a later run can compare with it as a baseline.
 */

/**
 * What a server metric's values are: a 0..1 `ratio`, `percent` (0..100), `bytes`,
 * `seconds`, a plain `count`, or a `per_second` rate. Limits are written in this unit.
 */
export const SERVER_METRIC_UNITS = ['ratio', 'percent', 'bytes', 'seconds', 'count', 'per_second'] as const;
export type ServerMetricUnit = (typeof SERVER_METRIC_UNITS)[number];

/** One sample of a series: seconds since the start of the load, and the value. */
export interface ServerMetricSample {
  t: number;
  value: number;
}

export interface ServerMetricSeries {
  /** The key in `server-metrics:` (thresholds name it `server_<name>`). */
  name: string;
  unit: ServerMetricUnit;
  /** The PromQL expression as sent, placeholders filled in. */
  query: string;
  /** The samples over the load window, in time order; empty when `missing` is set. */
  samples: ServerMetricSample[];
  /** Why there is no series: the metrics store's error text, "no series", …; absent when there is one. */
  missing?: string;
}

export interface ServerMetricsMeasurements {
  /** The metrics store's base URL, without credentials. */
  source: string;
  /** Seconds between two samples of the range query. */
  stepSeconds: number;
  /** The value `{{target}}` stood for in this run's queries. */
  target: string;
  metrics: ServerMetricSeries[];
}
