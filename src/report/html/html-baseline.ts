/**
 * report.html's baseline section: where the baseline came from, the regressions,
 * canary beside baseline per endpoint, and the two runs' per-second p95 overlaid on
 * one time axis. Nothing without a baseline or a relative threshold.
 */
import {
  baselineMeasurements,
  changeText,
  missingText,
  originText,
  regressionLines,
  sideBySideRows,
  type SideBySide,
} from '../baseline-text.js';
import { formatMs, formatNumber, formatPercent } from '../format.js';
import type { ReportContext } from '../report-context.js';
import { escapeHtml } from './escape-html.js';
import { renderChart } from './html-charts.js';

/** Canary and baseline colours, kept apart from the page's other series. */
export const CANARY_COLOR = '#f79009';
export const BASELINE_COLOR = '#1570ef';

function cell(s: SideBySide, show: (v: number) => string): string {
  const side = (v: number | null): string => (v === null ? '–' : show(v));
  const change = s.change === null ? '' : ` <span class="muted">(${changeText(s.change)})</span>`;
  return `<td class="num">${escapeHtml(side(s.canary))} / ${escapeHtml(side(s.baseline))}${change}</td>`;
}

export function baselineHtmlSection(ctx: ReportContext): string {
  const { baseline, evaluation, measurements } = ctx;
  if (!baseline && !evaluation.baseline) return '';
  const base = baselineMeasurements(baseline);
  if (!base) {
    const missing = missingText(evaluation, baseline) ?? 'No baseline could be had.';
    return `<section><h2>Compared with the baseline</h2><p class="muted">${escapeHtml(missing)}</p></section>`;
  }
  const origin = baseline!.origin;
  const link = origin.runUrl
    ? ` (<a href="${escapeHtml(origin.runUrl)}">run ${escapeHtml(String(origin.runId ?? ''))}</a>)`
    : '';
  const regressions = regressionLines(evaluation);
  const rows = sideBySideRows(measurements, base).map(
    (s) =>
      `<tr><td>${escapeHtml(s.name)}</td>${cell(s.p50, formatMs)}${cell(s.p95, formatMs)}${cell(s.p99, formatMs)}` +
      `${cell(s.errorPercent, formatPercent)}${cell(s.rps, (v) => formatNumber(v, 1))}</tr>`,
  );
  const chart = renderChart({
    title: 'p95 per second: canary and baseline',
    unit: 'ms',
    kind: 'lines',
    series: [
      { name: 'canary p95', color: CANARY_COLOR, points: measurements.timeSeries.map((p) => [p.t, p.p95]) },
      {
        name: 'baseline p95',
        color: BASELINE_COLOR,
        dashed: true,
        points: base.timeSeries.map((p) => [p.t, p.p95]),
      },
    ],
  });
  return [
    '<section class="baseline"><h2>Compared with the baseline</h2>',
    `<p>Baseline ${escapeHtml(originText(baseline!))}${link}.</p>`,
    regressions.length > 0
      ? `<p><strong>Regressions:</strong></p><ul>${regressions.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
      : '',
    '<div class="table-wrap"><table class="wide"><thead><tr><th>Endpoint</th><th>p50</th><th>p95</th><th>p99</th><th>Errors</th><th>req/s</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table></div>`,
    '<p class="muted">Canary / baseline (change).</p>',
    `<figure><figcaption>p95 per second, canary and baseline (ms)</figcaption>${chart}</figure>`,
    '</section>',
  ].join('\n');
}
