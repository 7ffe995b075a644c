/**
 * report.md's section per scenario (with `scenarios:`): the scenarios side by side
 * (executor, planned load, requests, p50/p95/p99, errors, req/s), then each one's
 * thresholds and its endpoints. Nothing for a run of one scenario.
 */
import { errorPercent, formatMs, formatNumber, formatPercent, formatRps, STATUS_ICONS } from './format.js';
import { codeSpan, markdownText } from './markdown-text.js';
import type { ReportContext } from './report-context.js';
import { scenarioColumns, scenarioRows } from './scenario-figures.js';

export function scenariosSection(ctx: ReportContext): string[] {
  const columns = scenarioColumns(ctx);
  if (columns.length === 0) return [];
  const lines = [
    '',
    '## Scenarios',
    '',
    `| | ${columns.map((column) => `**${markdownText(column.name)}**`).join(' | ')} |`,
    `| :-- | ${columns.map(() => '--:').join(' | ')} |`,
    ...scenarioRows(columns).map((row) => `| ${row.label} | ${row.cells.map(markdownText).join(' | ')} |`),
  ];
  for (const column of columns) {
    const m = column.measured.measurements;
    lines.push('', `### Scenario ${markdownText(column.name)}`, '');
    lines.push(
      `${markdownText(column.executor)}${column.planned ? `, ${markdownText(column.planned)}` : ''}, ${markdownText(column.start)}: ` +
        `${formatNumber(m.overall.requests)} requests, ${formatRps(m.overall.rps)} req/s, p95 ${formatMs(m.overall.latency.p95)}, errors ${formatPercent(errorPercent(m.overall))}.`,
    );
    if (column.thresholds.length > 0) {
      lines.push('');
      for (const result of column.thresholds) {
        lines.push(
          `- ${STATUS_ICONS[result.status]} ${codeSpan(result.threshold.source)}${result.note ? ` — ${markdownText(result.note)}` : ''}`,
        );
      }
    }
    if (m.endpoints.length > 1) {
      lines.push('', '| Endpoint | Requests | p95 | Errors |', '| :-- | --: | --: | --: |');
      for (const e of m.endpoints) {
        lines.push(
          `| ${markdownText(e.name)} | ${formatNumber(e.requests)} | ${formatMs(e.latency.p95)} | ${formatPercent(errorPercent(e))} |`,
        );
      }
    }
  }
  return lines;
}
