/** The page's sections besides the charts: verdict banner, key figures, SLO and endpoint tables, run notes, settings. */
import type { LatencySummary, RequestStats } from '../../metrics/measurements.js';
import type { ThresholdStatus } from '../../slo/types.js';
import {
  describeStages,
  stageUnit,
  displayUrl,
  errorPercent,
  formatCondition,
  formatMs,
  formatNumber,
  formatPercent,
  formatRps,
  formatThresholdValue,
  VERDICT_LABELS,
} from '../format.js';
import {
  arrivalFacts,
  breakpointStepCells,
  generatorFigures,
  latencyCells,
  loadModelNotes,
} from '../load-model-section.js';
import { countOf, partOf } from '../plural.js';
import { thresholdNote } from '../threshold-note.js';
import type { ReportContext } from '../report-context.js';
import { breakableThreshold } from './breakable-threshold.js';
import { escapeHtml } from './escape-html.js';
import {
  bottleneckCauses,
  capacityText,
  partialPlanNote,
  STEADY_PART_NOTE,
  verdictReasons,
} from '../verdict-notes.js';
import { insecureTlsWarning, transportLine } from '../transport-text.js';
import { describeSource } from '../source-text.js';
import { loadLine } from '../scenarios-text.js';

export const STATUS_LABELS: Record<ThresholdStatus, string> = {
  pass: 'PASS',
  marginal: 'MARGINAL',
  fail: 'FAIL',
  inconclusive: 'INCONCLUSIVE',
};

export function banner(ctx: ReportContext): string {
  const { verdict, results } = ctx.evaluation;
  const count = (s: ThresholdStatus): number => results.filter((r) => r.status === s).length;
  const parts = [`${partOf(count('pass'), results.length, 'SLO')} met`];
  if (count('marginal')) parts.push(`${count('marginal')} marginal`);
  if (count('fail')) parts.push(`${count('fail')} failed`);
  if (count('inconclusive')) parts.push(`${count('inconclusive')} inconclusive`);
  const rollback = ctx.rollback
    ? '<span class="pill pill-fail">Rollback signalled</span>'
    : '<span class="pill">No rollback</span>';
  const partial = partialPlanNote(ctx.measurements);
  const stopped = ctx.measurements.stoppedEarly
    ? `<p class="stopped">Load stopped early: ${escapeHtml(ctx.measurements.stoppedEarly)}${partial ? ` (${escapeHtml(partial)})` : ''}</p>`
    : '';
  const reasons = verdictReasons(ctx.evaluation);
  const insecure = insecureTlsWarning(ctx.measurements.transport);
  const insecureNote = insecure ? `<p class="stopped">${escapeHtml(insecure)}</p>` : '';
  const why =
    verdict === 'error'
      ? reasons.map((reason) => `<p class="stopped">Not judged: ${escapeHtml(reason)}.</p>`).join('')
      : reasons.length > 0
        ? `<ul class="reasons">${reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`
        : '';
  return `<header class="banner verdict-${escapeHtml(verdict)}">
<div class="verdict-word">${VERDICT_LABELS[verdict]}</div>
<div class="verdict-detail"><div class="verdict-line">${escapeHtml(parts.join(' · '))} ${rollback}</div>
<div class="target">${escapeHtml(displayUrl(ctx.settings.targetUrl))}${ctx.settings.environment ? ` · environment <b>${escapeHtml(ctx.settings.environment)}</b>` : ''}</div>${stopped}${why}${insecureNote}</div>
</header>`;
}

export function keyFigures(ctx: ReportContext): string {
  const o = ctx.measurements.overall;
  const cards: Array<[string, string]> = [
    ['Requests', formatNumber(o.requests)],
    ['Throughput', formatRps(o.rps)],
    ['Errors', `${formatPercent(errorPercent(o))} (${formatNumber(o.failed)})`],
    ['p50', formatMs(o.latency.p50)],
    ['p95', formatMs(o.latency.p95)],
    ['p99', formatMs(o.latency.p99)],
    ['Duration', `${formatNumber(ctx.measurements.durationMs / 1000, 1)} s`],
    ['Max VUs', formatNumber(ctx.measurements.maxVusReached)],
    // Time to first byte beside the whole duration: a slow server or a slow body (report.md's Request timing).
    ...(o.timings ? ([['TTFB p95', formatMs(o.timings.phases.waiting.p95)]] as Array<[string, string]>) : []),
  ];
  return `<section class="cards">${cards
    .map(
      ([label, value]) =>
        `<div class="card"><div class="card-label">${escapeHtml(label)}</div><div class="card-value">${escapeHtml(value)}</div></div>`,
    )
    .join('')}</section>`;
}

export function sloTable(ctx: ReportContext): string {
  if (ctx.evaluation.results.length === 0)
    return '<section><h2>SLOs</h2><p class="muted">No thresholds were set.</p></section>';
  const rows = ctx.evaluation.results.map(
    (r) => `<tr class="row-${r.status}">
<td data-label="Status"><span class="badge badge-${r.status}">${STATUS_LABELS[r.status]}</span></td>
<td data-label="Threshold"><code class="threshold">${breakableThreshold(r.threshold.source)}</code><div class="origin">${escapeHtml(r.threshold.origin)}</div></td>
<td data-label="Actual" class="num">${escapeHtml(formatThresholdValue(r.threshold, r.actual))}</td>
<td data-label="Limit" class="limit">${escapeHtml(formatCondition(r.threshold))}</td>
<td data-label="Note" class="note">${escapeHtml(thresholdNote(r))}</td>
</tr>`,
  );
  return `<section><h2>SLOs</h2>
<div class="table-wrap"><table class="slo-table"><thead><tr><th>Status</th><th>Threshold</th><th class="num">Actual</th><th>Limit</th><th>Note</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>`;
}

export function endpointTable(ctx: ReportContext): string {
  const rows = [
    ...ctx.measurements.endpoints.map((e) => ({
      label: e.name,
      detail: `${e.method} ${e.path}`,
      stats: e as RequestStats,
    })),
    { label: 'All endpoints', detail: '', stats: ctx.measurements.overall },
  ];
  const cells = rows.map(({ label, detail, stats }) => {
    const errorClass = stats.failed > 0 ? ' class="num has-errors"' : ' class="num"';
    return `<tr><td><b>${escapeHtml(label)}</b>${detail && detail !== label ? `<div class="origin">${escapeHtml(detail)}</div>` : ''}</td>
<td class="num">${formatNumber(stats.requests)}</td><td class="num">${escapeHtml(formatRps(stats.rps))}</td>
<td${errorClass}>${escapeHtml(formatPercent(errorPercent(stats)))}</td>
<td class="num">${escapeHtml(formatMs(stats.latency.p50))}</td><td class="num">${escapeHtml(formatMs(stats.latency.p95))}</td>
<td class="num">${escapeHtml(formatMs(stats.latency.p99))}</td><td class="num">${escapeHtml(formatMs(stats.latency.max))}</td>
<td>${escapeHtml(statusSummary(stats))}</td></tr>`;
  });
  return `<section><h2>Endpoints</h2>
<div class="table-wrap"><table class="wide"><thead><tr><th>Endpoint</th><th class="num">Requests</th><th class="num">Throughput</th><th class="num">Errors</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th><th>Status codes / errors</th></tr></thead>
<tbody>${cells.join('\n')}</tbody></table></div></section>`;
}

function latencyRow(label: string, latency: LatencySummary): string {
  return `<tr><td>${escapeHtml(label)}</td>${latencyCells(latency)
    .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
    .join('')}</tr>`;
}

/**
 * How the load was generated and whether its figures can be trusted, as in report.md's
 * "How the run went": notes, the open model's rates and both latencies, the breakpoint
 * steps, the soak drift and the generator's self-check.
 */
export function runSection(ctx: ReportContext): string {
  const m = ctx.measurements;
  const parts: string[] = [];
  const notes = loadModelNotes(ctx);
  if (notes.length > 0)
    parts.push(`<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`);

  const a = m.arrival;
  if (a) {
    const rows = arrivalFacts(a).map(
      ([label, value]) =>
        `<tr><th>${escapeHtml(label)}</th><td${label === 'Dropped requests' && a.dropped > 0 ? ' class="has-errors"' : ''}>${escapeHtml(value)}</td></tr>`,
    );
    parts.push(`<h3>Arrival rate (open model)</h3>
<table class="settings"><tbody>
${rows.join('\n')}
</tbody></table>
<div class="table-wrap"><table><thead><tr><th>Latency</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th></tr></thead><tbody>
${latencyRow('from the intended send (corrected; thresholds use it)', m.overall.latency)}
${latencyRow('from the actual send (uncorrected)', a.uncorrectedLatency)}
</tbody></table></div>`);
  }

  const breakpoint = m.breakpoint;
  if (breakpoint && breakpoint.steps.length > 0) {
    const rows = breakpoint.steps.map(
      (step) =>
        `<tr class="row-${step.held ? 'pass' : 'fail'}">${breakpointStepCells(step)
          .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
          .join('')}` +
        `<td>${step.held ? 'held' : `${countOf(step.failed.length, 'SLO')} failed`}</td></tr>`,
    );
    parts.push(`<h3>Breakpoint steps</h3>
<p>Capacity (highest rate at which every SLO held): <b>${escapeHtml(capacityText(breakpoint))}</b>. ${escapeHtml(STEADY_PART_NOTE)}</p>
<div class="table-wrap"><table><thead><tr><th class="num">Rate</th><th class="num">Achieved</th><th class="num">Requests</th><th class="num">p95</th><th class="num">Errors</th><th class="num">Dropped</th><th class="num">Judged</th><th>Held</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`);
  }

  const drift = m.drift;
  if (drift) {
    parts.push(`<h3>Soak drift (first tenth against last tenth)</h3>
<table class="settings"><tbody>
<tr><th>p95 latency</th><td>${escapeHtml(formatMs(drift.firstTenthP95))} → ${escapeHtml(formatMs(drift.lastTenthP95))}</td></tr>
<tr><th>Generator memory (RSS)</th><td>${escapeHtml(formatNumber(drift.rssFirstTenthMb, 1))} MB → ${escapeHtml(formatNumber(drift.rssLastTenthMb, 1))} MB</td></tr>
</tbody></table>`);
  }

  const g = m.generator;
  if (g) {
    const causes = bottleneckCauses(g);
    const verdict =
      g.bottleneck.length === 0
        ? 'the generator kept up.'
        : `<b class="has-errors">the generator was the bottleneck</b> (verdict inconclusive)${causes.length > 0 ? `: ${escapeHtml(causes.join('; '))}` : '.'}`;
    parts.push(`<h3>Load generator self-check</h3>
<p>${escapeHtml(generatorFigures(g))} · ${verdict}</p>`);
  }
  return parts.length === 0 ? '' : `<section><h2>How the run went</h2>\n${parts.join('\n')}</section>`;
}

function statusSummary(stats: RequestStats): string {
  const codes = Object.entries(stats.statusCounts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${code}: ${formatNumber(n)}`);
  const errors = Object.entries(stats.errors)
    .filter(([cls, n]) => n > 0 && cls !== 'http_4xx' && cls !== 'http_5xx')
    .map(([cls, n]) => `${cls}: ${formatNumber(n)}`);
  return [...codes, ...errors].join(', ');
}

export function settingsSection(ctx: ReportContext): string {
  const s = ctx.settings;
  // Header values may be credentials: only their names are shown, anywhere in the page.
  const headerNames = [
    ...new Set([...Object.keys(s.headers), ...s.endpoints.flatMap((e) => Object.keys(e.headers))]),
  ];
  const rows: Array<[string, string]> = [
    ['Target', displayUrl(s.targetUrl)],
    ['Environment', s.environment ?? '—'],
    ['Config file', s.configPath ?? '—'],
    ctx.measurements.source
      ? ['Results of', describeSource(ctx.measurements.source)]
      : ['Load shape', s.scenarios ? loadLine(ctx) : describeStages(s.stages, stageUnit(s))],
    ['Request timeout', formatMs(s.timeoutMs)],
    ['Connection', transportLine(ctx.measurements.transport) ?? '—'],
    [
      'Request mix',
      s.scenarios
        ? 'per scenario (see Scenarios)'
        : s.endpoints.map((e) => `${e.name} ×${formatNumber(e.weight, 2)}`).join(', '),
    ],
    ['Headers sent', headerNames.length ? `${headerNames.join(', ')} (values not shown)` : '—'],
    ['Fail on breach', String(s.failOnBreach)],
    ['Auto rollback', String(s.autoRollback)],
  ];
  return `<section><h2>Run settings</h2><table class="settings"><tbody>${rows
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</tbody></table></section>`;
}
