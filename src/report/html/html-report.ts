/**
 * report.html: one self-contained page (inline CSS, inline SVG charts, no script and
 * no network), so it opens the same from a downloaded artifact as from a file share.
 *
 * The charts are drawn here as plain SVG rather than with a chart library: a run has
 * at most a few thousand one-second points and three simple chart shapes, which a
 * hundred lines of SVG cover, while an inlined library would add hundreds of KB of
 * script to every artifact and need JavaScript enabled to show anything.
 */
import { displayUrl, VERDICT_LABELS } from '../format.js';
import type { ReportContext } from '../report-context.js';
import { escapeHtml } from './escape-html.js';
import { STYLE } from './html-style.js';
import { baselineHtmlSection } from './html-baseline.js';
import { chartsSection } from './html-charts.js';
import { serverMetricsCharts } from './html-server-metrics.js';
import { errorSection } from './html-errors.js';
import { scenariosHtmlSection } from './html-scenarios.js';
import { banner, endpointTable, keyFigures, runSection, settingsSection, sloTable } from './html-sections.js';

/** The whole page. Every piece of run data is escaped; header values never appear. */
export function renderHtmlReport(ctx: ReportContext): string {
  const title = `loadgate ${VERDICT_LABELS[ctx.evaluation.verdict]}: ${displayUrl(ctx.settings.targetUrl)}`;
  const runLink = ctx.runUrl ? ` · <a href="${escapeHtml(ctx.runUrl)}">workflow run</a>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loadgate ${escapeHtml(ctx.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>loadgate performance gate</h1>
${banner(ctx)}
${keyFigures(ctx)}
${sloTable(ctx)}
${chartsSection(ctx)}
${serverMetricsCharts(ctx)}
${baselineHtmlSection(ctx)}
${scenariosHtmlSection(ctx)}
${endpointTable(ctx)}
${errorSection(ctx)}
${runSection(ctx)}
${settingsSection(ctx)}
<footer>Generated ${escapeHtml(ctx.generatedAt)} by loadgate ${escapeHtml(ctx.toolVersion)} · load ran ${escapeHtml(ctx.measurements.startedAt)} – ${escapeHtml(ctx.measurements.finishedAt)}${runLink}</footer>
</main>
</body>
</html>
`;
}
