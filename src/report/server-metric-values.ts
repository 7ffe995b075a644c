/**
 * A server metric's values in words (its unit from `server-metrics:`) and its
 * min/avg/max over the load window. Shared by report.md and report.html.
 */
import type { ServerMetricSeries, ServerMetricUnit } from '../metrics/server-metrics.js';
import { aggregateSamples } from '../slo/server-metric-measure.js';
import { formatBytes, formatMs, formatNumber } from './format.js';

/** A value in its unit: `53.2 %`, `512 MB`, `180 ms`, `42`, `12.5/s`. */
export function formatServerValue(unit: ServerMetricUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ratio':
      return `${formatNumber(value * 100, 1)} %`;
    case 'percent':
      return `${formatNumber(value, 1)} %`;
    case 'bytes':
      return formatBytes(value);
    case 'seconds':
      return formatMs(value * 1000);
    case 'per_second':
      return `${formatNumber(value, 2)}/s`;
    case 'count':
      return formatNumber(value, Math.abs(value) >= 100 ? 0 : 3);
  }
}

export interface SeriesSummary {
  min: number | null;
  avg: number | null;
  max: number | null;
  samples: number;
}

export function summarizeSeries(series: ServerMetricSeries): SeriesSummary {
  const values = series.samples.map((sample) => sample.value);
  return {
    min: aggregateSamples(values, 'min'),
    avg: aggregateSamples(values, 'avg'),
    max: aggregateSamples(values, 'max'),
    samples: values.length,
  };
}
