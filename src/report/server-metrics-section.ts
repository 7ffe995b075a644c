/**
 * report.md's "Target resources" section: each server metric's min, avg and max over
 * the load window (beside the live baseline's, when there is one), the thresholds on
 * it with their status, why a series is missing, and the queries as sent. Nothing
 * when the run read no server metrics. A pure function of the report context.
 */
import type { ServerMetricSeries, ServerMetricsMeasurements } from '../metrics/server-metrics.js';
import { SERVER_METRIC_PREFIX } from '../slo/server-metric-measure.js';
import type { ThresholdResult } from '../slo/types.js';
import { STATUS_ICONS } from './format.js';
import { codeSpan, markdownText } from './markdown-text.js';
import type { ReportContext } from './report-context.js';
import { formatServerValue, summarizeSeries } from './server-metric-values.js';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function thresholdCell(series: ServerMetricSeries, results: readonly ThresholdResult[]): string {
  const on = results.filter((result) => result.threshold.metric === SERVER_METRIC_PREFIX + series.name);
  if (on.length === 0) return '–';
  return on
    .map((result) => {
      const actual = result.actual === null ? '' : ` (${formatServerValue(series.unit, result.actual)})`;
      return `${STATUS_ICONS[result.status]} ${codeSpan(result.threshold.source)}${actual}`;
    })
    .join('<br>');
}

function seriesRow(
  series: ServerMetricSeries,
  side: string | undefined,
  results: readonly ThresholdResult[],
): string {
  const summary = summarizeSeries(series);
  const name = `${codeSpan(SERVER_METRIC_PREFIX + series.name)}${side ? ` (${side})` : ''}`;
  const show = (value: number | null): string => formatServerValue(series.unit, value);
  return row([
    name,
    show(summary.min),
    show(summary.avg),
    show(summary.max),
    String(summary.samples),
    side === 'baseline' ? '–' : thresholdCell(series, results),
  ]);
}

function sourceLine(server: ServerMetricsMeasurements, side: string): string {
  return `- ${side}: ${markdownText(server.source)}, ${codeSpan('{{target}}')} = ${codeSpan(server.target)}, one sample every ${server.stepSeconds} s`;
}

export function serverMetricsSection(ctx: ReportContext): string[] {
  const canary = ctx.measurements.serverMetrics;
  if (canary === undefined) return [];
  const baseline =
    ctx.baseline && 'measurements' in ctx.baseline ? ctx.baseline.measurements.serverMetrics : undefined;
  const results = ctx.evaluation.results;
  const lines = [
    '### Target resources',
    '',
    sourceLine(canary, baseline ? 'Canary' : 'Source'),
    ...(baseline ? [sourceLine(baseline, 'Baseline')] : []),
    '',
    row(['Metric', 'Min', 'Avg', 'Max', 'Samples', 'Threshold']),
    row(['---', '---:', '---:', '---:', '---:', '---']),
  ];
  for (const series of canary.metrics) {
    lines.push(seriesRow(series, baseline ? 'canary' : undefined, results));
    const other = baseline?.metrics.find((entry) => entry.name === series.name);
    if (other) lines.push(seriesRow(other, 'baseline', results));
  }
  const missing = [
    ...canary.metrics.map((series) => ({ series, side: baseline ? 'canary' : '' })),
    ...(baseline?.metrics ?? []).map((series) => ({ series, side: 'baseline' })),
  ].filter(({ series }) => series.missing !== undefined);
  if (missing.length > 0) {
    lines.push('', '**No data:**', '');
    for (const { series, side } of missing) {
      const label = `${SERVER_METRIC_PREFIX}${series.name}${side ? ` (${side})` : ''}`;
      lines.push(`- ${codeSpan(label)}: ${markdownText(series.missing ?? '')}`);
    }
  }
  lines.push('', '<details><summary>Queries as sent</summary>', '');
  for (const series of [...canary.metrics, ...(baseline?.metrics ?? [])]) {
    lines.push(`- ${codeSpan(SERVER_METRIC_PREFIX + series.name)}: ${codeSpan(series.query)}`);
  }
  lines.push('', '</details>', '');
  return lines;
}
