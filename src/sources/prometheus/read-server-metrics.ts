/**
 * The server metrics of one side (the canary, or a live baseline) over the load
 * window, read after the load ends: one range query per metric, all at once. Each
 * query gives its series or the reason it has none; nothing here throws, so a
 * metrics store that is down leaves the thresholds on it undecided and the report is
 * still written.
 */
import type { ServerMetricsSettings } from '../../config/server-metrics-settings.js';
import type { ServerMetricSeries, ServerMetricsMeasurements } from '../../metrics/server-metrics.js';
import { fillQuery, type Side } from './fill-query.js';
import { queryRange, singleSeries, type PrometheusQueryOptions } from './prometheus-client.js';

/** The load window, ms since the epoch. */
export interface LoadWindow {
  startMs: number;
  endMs: number;
}

export function queryOptions(settings: ServerMetricsSettings): PrometheusQueryOptions {
  return {
    url: settings.url,
    headers: settings.headers,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
  };
}

/** The label value `{{target}}` stood for, as the report names the side. */
export function sideLabel(settings: ServerMetricsSettings, side: Side): string {
  return settings.labels[side] ?? side;
}

export async function readServerMetrics(
  settings: ServerMetricsSettings,
  side: Side,
  window: LoadWindow,
): Promise<ServerMetricsMeasurements> {
  const options = queryOptions(settings);
  const stepSeconds = settings.stepMs / 1000;
  const windowMs = Math.max(0, window.endMs - window.startMs);
  const start = window.startMs / 1000;
  const metrics = await Promise.all(
    settings.metrics.map(async (metric): Promise<ServerMetricSeries> => {
      const query = fillQuery(metric, settings.labels, side, windowMs);
      const answer = await queryRange(options, query, { start, end: window.endMs / 1000, stepSeconds });
      const series = singleSeries(answer, start);
      return 'missing' in series
        ? { name: metric.name, unit: metric.unit, query, samples: [], missing: series.missing }
        : { name: metric.name, unit: metric.unit, query, samples: series.samples };
    }),
  );
  // The URL holds no credentials: settings refuse them.
  return { source: settings.url, stepSeconds, target: sideLabel(settings, side), metrics };
}

/** The load window of a run's measurements. */
export function windowOf(measurements: { startedAt: string; finishedAt: string }): LoadWindow {
  return { startMs: Date.parse(measurements.startedAt), endMs: Date.parse(measurements.finishedAt) };
}
