/**
 * report.html's scenarios section (with `scenarios:`): the scenarios side by side, as
 * the seeds' report puts its baseline test beside its target-capacity test, then each
 * scenario's thresholds. Nothing for a run of one scenario.
 */
import type { ReportContext } from '../report-context.js';
import { scenarioColumns, scenarioRows } from '../scenario-figures.js';
import { escapeHtml } from './escape-html.js';
import { STATUS_LABELS } from './html-sections.js';

export function scenariosHtmlSection(ctx: ReportContext): string {
  const columns = scenarioColumns(ctx);
  if (columns.length === 0) return '';
  const head = columns.map((column) => `<th class="num">${escapeHtml(column.name)}</th>`).join('');
  const rows = scenarioRows(columns).map(
    (row) =>
      `<tr><td>${escapeHtml(row.label)}</td>${row.cells.map((cell) => `<td class="num">${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  const thresholds = columns.flatMap((column) =>
    column.thresholds.map(
      (result) =>
        `<li><span class="badge badge-${result.status}">${STATUS_LABELS[result.status]}</span> <b>${escapeHtml(column.name)}</b>: <code>${escapeHtml(result.threshold.source)}</code></li>`,
    ),
  );
  return `<section id="scenarios"><h2>Scenarios</h2>
<div class="table-wrap"><table class="wide scenarios"><thead><tr><th></th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>${thresholds.length > 0 ? `\n<ul class="scenario-thresholds">${thresholds.join('')}</ul>` : ''}</section>`;
}
