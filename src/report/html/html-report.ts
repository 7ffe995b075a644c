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
import { baselineHtmlSection } from './html-baseline.js';
import { chartsSection } from './html-charts.js';
import { serverMetricsCharts } from './html-server-metrics.js';
import { errorSection } from './html-errors.js';
import { banner, endpointTable, keyFigures, runSection, settingsSection, sloTable } from './html-sections.js';

const STYLE = `
:root{--fg:#101828;--muted:#667085;--line:#eaecf0;--bg:#f9fafb;--pass:#067647;--pass-bg:#ecfdf3;--marginal:#b54708;--marginal-bg:#fffaeb;--fail:#b42318;--fail-bg:#fef3f2}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:18px;margin:0 0 16px;color:var(--muted);font-weight:600}
h2{font-size:16px;margin:28px 0 10px}
.banner{display:flex;gap:20px;align-items:center;padding:18px 22px;border-radius:10px;border:1px solid}
.verdict-pass{background:var(--pass-bg);border-color:#abefc6;color:var(--pass)}
.verdict-marginal{background:var(--marginal-bg);border-color:#fedf89;color:var(--marginal)}
.verdict-fail,.verdict-error{background:var(--fail-bg);border-color:#fecdca;color:var(--fail)}
.verdict-word{font-size:34px;font-weight:800;letter-spacing:.04em}
.verdict-line{font-size:16px;font-weight:600}
.target{color:var(--fg);margin-top:4px;word-break:break-all}
.stopped{margin:6px 0 0;color:var(--marginal)}
.pill{display:inline-block;margin-left:8px;padding:1px 10px;border-radius:999px;font-size:12px;font-weight:600;background:#f2f4f7;color:#344054;vertical-align:middle}
.pill-fail{background:var(--fail);color:#fff}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:10px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card-value{font-size:18px;font-weight:700;margin-top:2px;white-space:nowrap}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:8px}
th,td{padding:8px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f2f4f7;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#475467}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.has-errors{color:var(--fail);font-weight:600}
.origin{color:var(--muted);font-size:12px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.badge{display:inline-block;min-width:76px;text-align:center;padding:2px 8px;border-radius:6px;font-size:12px;font-weight:700}
.badge-pass{background:var(--pass-bg);color:var(--pass)}
.badge-marginal{background:var(--marginal-bg);color:var(--marginal)}
.badge-fail{background:var(--fail-bg);color:var(--fail)}
.badge-inconclusive{background:var(--bg);color:var(--muted)}
.reasons{margin:6px 0 0;padding-left:18px}
figure{margin:0 0 14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
figcaption{font-weight:600;margin-bottom:4px}
.chart{display:block;max-width:100%;height:auto}
.chart .grid{stroke:#eaecf0}
.chart .axis{stroke:#98a2b3}
.chart .tick{fill:#667085;font-size:11px}
.chart .axis-label{fill:#475467;font-size:11px}
.chart .legend{fill:#344054;font-size:12px}
.chart .guide{font-size:11px;font-weight:600}
.settings th{width:180px;color:#475467;font-weight:600;background:#fcfcfd}
.muted{color:var(--muted)}
footer{margin-top:28px;color:var(--muted);font-size:12px}
footer a{color:inherit}
`;

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
