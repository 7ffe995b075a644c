/** The page's error breakdown: by class, by cause for failures without a response, by failing status. */
import { OTHER_CAUSES } from '../../metrics/error-cause-counter.js';
import {
  ERROR_CLASS_LABELS,
  errorCauseCounts,
  errorClassCounts,
  failingStatuses,
} from '../error-breakdown.js';
import { errorPercent, formatNumber, formatPercent } from '../format.js';
import { partOf } from '../plural.js';
import type { ReportContext } from '../report-context.js';
import { escapeHtml } from './escape-html.js';

function table(header: string[], numeric: boolean[], rows: string[][]): string {
  const th = header.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table><thead><tr>${th}</tr></thead>\n<tbody>${body}</tbody></table></div>`;
}

export function errorSection(ctx: ReportContext): string {
  const { overall } = ctx.measurements;
  if (overall.failed === 0) {
    return overall.requests > 0
      ? '<section><h2>Errors</h2><p class="muted">No request failed.</p></section>'
      : '';
  }
  const share = (count: number): string => escapeHtml(formatPercent((count / overall.requests) * 100));
  const parts = [
    `<p>${escapeHtml(`${partOf(overall.failed, overall.requests, 'request')} failed (${formatPercent(errorPercent(overall))}).`)}</p>`,
    table(
      ['Error class', 'Requests', 'Share of requests'],
      [false, true, true],
      errorClassCounts(overall).map(({ errorClass, count }) => [
        escapeHtml(ERROR_CLASS_LABELS[errorClass]),
        escapeHtml(formatNumber(count)),
        share(count),
      ]),
    ),
  ];
  const causes = errorCauseCounts(ctx.measurements);
  if (causes.length > 0) {
    parts.push(
      '<h3>Causes of failures without a response</h3>',
      table(
        ['Cause', 'What happened', 'Error class', 'Requests'],
        [false, false, false, true],
        causes.map((c) => [
          c.cause === OTHER_CAUSES ? escapeHtml(c.cause) : `<code>${escapeHtml(c.cause)}</code>`,
          escapeHtml(c.description),
          escapeHtml(ERROR_CLASS_LABELS[c.errorClass]),
          escapeHtml(formatNumber(c.count)),
        ]),
      ),
    );
  }
  const statuses = failingStatuses(ctx);
  if (statuses.length > 0) {
    parts.push(
      '<h3>Failing statuses</h3>',
      table(
        ['Status', 'Responses', 'Endpoints'],
        [false, true, false],
        statuses.map((s) => [
          escapeHtml(s.status),
          escapeHtml(formatNumber(s.count)),
          escapeHtml(s.endpoints.map((e) => `${e.name} (${formatNumber(e.count)})`).join(', ') || '–'),
        ]),
      ),
    );
  }
  return `<section><h2>Errors</h2>\n${parts.join('\n')}</section>`;
}
