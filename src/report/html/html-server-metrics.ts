/**
 * report.html's charts of the target's own metrics: one per server metric, under the
 * latency chart and on its time axis (seconds since the load started), the live
 * baseline's series dashed beside the canary's, an absolute threshold as a guide.
 * Nothing when the run read no server metrics.
 */
import type { ServerMetricSeries, ServerMetricUnit } from '../../metrics/server-metrics.js';
import { SERVER_METRIC_PREFIX } from '../../slo/server-metric-measure.js';
import type { ReportContext } from '../report-context.js';
import { renderChart } from './html-charts.js';
import { escapeHtml } from './escape-html.js';

/** How a unit's values are plotted: a factor to a readable axis unit. */
const AXES: Readonly<Record<ServerMetricUnit, { factor: number; unit: string }>> = {
  ratio: { factor: 100, unit: '%' },
  percent: { factor: 1, unit: '%' },
  bytes: { factor: 1e-6, unit: 'MB' },
  seconds: { factor: 1000, unit: 'ms' },
  count: { factor: 1, unit: '' },
  per_second: { factor: 1, unit: '/s' },
};

function points(series: ServerMetricSeries, factor: number, endSeconds: number): Array<[number, number]> {
  return series.samples
    .filter((sample) => sample.t >= 0 && sample.t <= endSeconds)
    .map((sample) => [sample.t, sample.value * factor]);
}

function chartOf(
  ctx: ReportContext,
  series: ServerMetricSeries,
  baseline: ServerMetricSeries | undefined,
): string {
  const name = SERVER_METRIC_PREFIX + series.name;
  if (series.missing !== undefined) {
    return `<figure><figcaption>${escapeHtml(name)}</figcaption><p class="muted">No data: ${escapeHtml(series.missing)}</p></figure>`;
  }
  const axis = AXES[series.unit];
  const endSeconds = Math.max(1, ctx.measurements.timeSeries.at(-1)?.t ?? ctx.measurements.durationMs / 1000);
  const guides = ctx.evaluation.results
    .map((result) => result.threshold)
    .filter((threshold) => threshold.metric === name && threshold.relative === undefined)
    .map((threshold) => ({
      value: threshold.limit * axis.factor,
      label: `${threshold.source.slice(name.length + 1).trim()}`,
      color: '#b42318',
    }));
  const chart = renderChart({
    title: name,
    unit: axis.unit,
    kind: 'lines',
    series: [
      { name: baseline ? 'canary' : name, color: '#0e9384', points: points(series, axis.factor, endSeconds) },
      ...(baseline && baseline.missing === undefined
        ? [
            {
              name: 'baseline',
              color: '#667085',
              dashed: true,
              points: points(baseline, axis.factor, endSeconds),
            },
          ]
        : []),
      // An unlabelled, invisible point at the run's end: the time axis is the latency chart's.
      { name: '', color: 'none', points: [[endSeconds, 0]] },
    ],
    guides,
  });
  const caption = `${name} (${axis.unit || series.unit}), one sample every step`;
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${chart}</figure>`;
}

export function serverMetricsCharts(ctx: ReportContext): string {
  const canary = ctx.measurements.serverMetrics;
  if (canary === undefined || canary.metrics.length === 0) return '';
  const baseline =
    ctx.baseline && 'measurements' in ctx.baseline ? ctx.baseline.measurements.serverMetrics : undefined;
  const charts = canary.metrics.map((series) =>
    chartOf(
      ctx,
      series,
      baseline?.metrics.find((entry) => entry.name === series.name),
    ),
  );
  return ['<section><h2>Target resources</h2>', ...charts, '</section>'].join('\n');
}
