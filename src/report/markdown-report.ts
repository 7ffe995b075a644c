/**
 * report.md and the job summary, in the order a reader asks: did it pass, what stands
 * out, what ran, what was measured, which SLOs held, where the errors came from.
 * A pure function of the report context.
 *
 * Header values never appear (only header names): they may hold credentials. User
 * text (endpoint names, paths, thresholds) is escaped so it cannot break a table or
 * inject markup. Long tables are cut so the report stays far inside GitHub's 1 MiB
 * job summary limit; results.json always has everything.
 */
import type { RequestStats } from '../metrics/measurements.js';
import type { ThresholdResult } from '../slo/types.js';
import { formatDuration } from '../syntax/durations.js';
import { OTHER_CAUSES } from '../metrics/error-cause-counter.js';
import {
  ERROR_CLASS_LABELS,
  errorCauseCounts,
  errorClassCounts,
  failingStatuses,
} from './error-breakdown.js';
import { deriveFindings } from './findings.js';
import {
  describeStages,
  stageUnit,
  displayUrl,
  errorPercent,
  formatCondition,
  formatElapsed,
  formatMs,
  formatNumber,
  formatPercent,
  formatThresholdValue,
  plannedDurationMs,
  STATUS_ICONS,
  VERDICT_ICONS,
  VERDICT_LABELS,
  formatSpan,
} from './format.js';
import { baselineSection } from './baseline-section.js';
import { loadModelSection } from './load-model-section.js';
import { scenariosSection } from './scenarios-section.js';
import { loadLine } from './scenarios-text.js';
import { shardsSection } from './shards-section.js';
import { serverMetricsSection } from './server-metrics-section.js';
import { codeSpan, markdownText } from './markdown-text.js';
import { countOf, partOf } from './plural.js';
import { partialPlanNote, verdictReasons } from './verdict-notes.js';
import { describeSource } from './source-text.js';
import type { ReportContext } from './report-context.js';
import { timingSection } from './timing-section.js';
import { trafficSection } from './traffic-report.js';
import { insecureTlsWarning, transportLine } from './transport-text.js';

/** Rows a table shows at most; the rest is counted in a line below it. */
export const MAX_TABLE_ROWS = 250;
interface TableOptions {
  /** What the rows are, for the line that counts the rows cut: `endpoints`. */
  rowsAre?: string;
  /** A row always shown last, after any cut (a total). */
  last?: string[];
}

function table(
  header: string[],
  align: Array<'l' | 'r'>,
  rows: string[][],
  options: TableOptions = {},
): string[] {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const lines = [
    row(header),
    row(align.map((a) => (a === 'r' ? '---:' : '---'))),
    ...rows.slice(0, MAX_TABLE_ROWS).map(row),
    ...(options.last ? [row(options.last)] : []),
  ];
  if (rows.length > MAX_TABLE_ROWS) {
    const more = `${formatNumber(rows.length - MAX_TABLE_ROWS)} more ${options.rowsAre ?? 'rows'}`;
    lines.push('', `…and ${more}, in results.json.`);
  }
  return lines;
}

/** A URL for a markdown link target: percent-encoded, parentheses included. */
function linkTarget(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function sloCount(results: readonly ThresholdResult[]): string {
  const total = results.length;
  if (total === 0) return 'no thresholds were set';
  const failed = results.filter((r) => r.status === 'fail').length;
  const marginal = results.filter((r) => r.status === 'marginal').length;
  const inconclusive = results.filter((r) => r.status === 'inconclusive').length;
  if (failed > 0) return `${partOf(failed, total, 'SLO')} failed`;
  if (inconclusive > 0) return `${partOf(inconclusive, total, 'SLO')} inconclusive against the baseline`;
  if (marginal > 0) return `${partOf(marginal, total, 'SLO')} marginal`;
  return total === 1 ? 'the SLO was met' : `all ${total} SLOs met`;
}

function headline(ctx: ReportContext): string[] {
  const { evaluation, measurements, settings } = ctx;
  const { overall } = measurements;
  const where = settings.environment ? ` on ${markdownText(settings.environment)}` : '';
  const p95 = overall.latency.count > 0 ? formatMs(overall.latency.p95) : 'no data';
  const lines = [
    `# ${VERDICT_ICONS[evaluation.verdict]} ${VERDICT_LABELS[evaluation.verdict]}: performance gate${where}`,
    '',
    `**${formatNumber(overall.requests)}** requests in ${formatElapsed(measurements.durationMs)} ` +
      `(**${formatNumber(overall.rps, 1)}** req/s) · p95 **${p95}** · ` +
      `errors **${formatPercent(errorPercent(overall))}** · ${sloCount(evaluation.results)}`,
  ];
  const reasons = verdictReasons(evaluation);
  if (evaluation.verdict === 'error' && reasons.length > 0) {
    lines.push(
      '',
      '> [!WARNING]',
      ...reasons.map((reason) => `> **Not judged**: ${markdownText(reason)}.`),
      '> The verdict is ERROR and no rollback is signalled: the figures below describe the gate, not the canary.',
    );
  } else if (reasons.length > 0) {
    lines.push(
      '',
      `**Why ${VERDICT_LABELS[evaluation.verdict]}:**`,
      '',
      ...reasons.map((reason) => `- ${markdownText(reason)}`),
    );
  }
  const insecure = insecureTlsWarning(measurements.transport);
  if (insecure) lines.push('', '> [!WARNING]', `> ${markdownText(insecure)}`);
  if (ctx.rollback) {
    lines.push(
      '',
      '> [!CAUTION]',
      '> **Rollback signalled**: the verdict is FAIL and auto-rollback is on, so the `rollback` output is `true`.',
    );
  }
  const findings = deriveFindings(ctx);
  if (findings.length > 0)
    lines.push('', '### Key findings', '', ...findings.map((f) => `- ${markdownText(f)}`));
  return lines;
}

/** `; ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)`, or why it stopped when the plan still counts as run. */
function stoppedNote(measurements: ReportContext['measurements']): string {
  const partial = partialPlanNote(measurements);
  if (partial) return `; ${markdownText(partial)}`;
  return measurements.stoppedEarly ? `; stopped early: ${markdownText(measurements.stoppedEarly)}` : '';
}

function scenarioSection(ctx: ReportContext): string[] {
  const { settings, measurements } = ctx;
  const rows: string[][] = [['Target', markdownText(displayUrl(settings.targetUrl))]];
  if (settings.environment) rows.push(['Environment', markdownText(settings.environment)]);
  if (settings.configPath) rows.push(['Config', codeSpan(settings.configPath)]);
  rows.push(
    [
      measurements.source ? 'Results of' : 'Load',
      measurements.source
        ? markdownText(describeSource(measurements.source))
        : settings.scenarios
          ? `${markdownText(loadLine(ctx))} (${formatSpan(plannedDurationMs(settings.stages))} planned; see Scenarios)`
          : `${describeStages(settings.stages, stageUnit(settings))} (${settings.model === 'open' ? 'open model: arrival rate' : 'closed model'}${settings.scenario ? `, ${settings.scenario} scenario` : ''}, ${formatSpan(plannedDurationMs(settings.stages))} planned)`,
    ],
    [
      'Ran',
      `${markdownText(measurements.startedAt)} for ${formatElapsed(measurements.durationMs)}, ` +
        `up to ${countOf(measurements.maxVusReached, 'VU')}` +
        stoppedNote(measurements),
    ],
    ['Timeout', `${formatDuration(settings.timeoutMs)} per request`],
  );
  const connection = transportLine(measurements.transport);
  if (connection) rows.push(['Connection', markdownText(connection)]);
  const headerNames = Object.keys(settings.headers);
  if (headerNames.length > 0) {
    rows.push(['Headers', `${headerNames.map((name) => codeSpan(name)).join(', ')} (values not shown)`]);
  }
  if (ctx.runUrl) rows.push(['Workflow run', `[${markdownText(ctx.runUrl)}](${linkTarget(ctx.runUrl)})`]);

  const totalWeight = settings.endpoints.reduce((sum, e) => sum + e.weight, 0);
  const mix = settings.endpoints.map((e) => {
    const success = e.expectStatus.length > 0 ? e.expectStatus.join(', ') : '200–399';
    const extras = [
      ...(e.body !== undefined ? ['with a body'] : []),
      ...(Object.keys(e.headers).length > 0
        ? [
            `headers ${Object.keys(e.headers)
              .map((name) => codeSpan(name))
              .join(', ')}`,
          ]
        : []),
    ];
    return [
      markdownText(e.name),
      `${codeSpan(`${e.method} ${e.path}`)}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`,
      formatNumber(e.weight, 3),
      totalWeight > 0 ? formatPercent((e.weight / totalWeight) * 100) : '–',
      success,
    ];
  });
  return [
    '',
    '## Environment and scenario',
    '',
    ...table(['', ''], ['l', 'l'], rows),
    '',
    '### Endpoint mix',
    '',
    ...table(['Endpoint', 'Request', 'Weight', 'Share', 'Success status'], ['l', 'l', 'r', 'r', 'l'], mix, {
      rowsAre: 'endpoints',
    }),
  ];
}

function statsRow(name: string, stats: RequestStats): string[] {
  const { latency } = stats;
  const ms = (value: number): string => (latency.count > 0 ? formatMs(value) : '–');
  return [
    name,
    formatNumber(stats.requests),
    formatNumber(stats.rps, 1),
    ms(latency.p50),
    ms(latency.p90),
    ms(latency.p95),
    ms(latency.p99),
    ms(latency.max),
    stats.requests > 0 ? formatPercent(errorPercent(stats)) : '–',
  ];
}

function resultsSection(ctx: ReportContext): string[] {
  const { overall, endpoints } = ctx.measurements;
  const rows = endpoints.map((e) => statsRow(markdownText(e.name), e));
  const header = ['Endpoint', 'Requests', 'req/s', 'p50', 'p90', 'p95', 'p99', 'max', 'Errors'];
  const align: Array<'l' | 'r'> = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  return [
    '',
    '## Results',
    '',
    ...table(header, align, rows, { rowsAre: 'endpoints', last: statsRow('**Total**', overall) }),
  ];
}

function sloSection(ctx: ReportContext): string[] {
  const { results } = ctx.evaluation;
  if (results.length === 0) {
    return [
      '',
      '## SLOs',
      '',
      'No thresholds were set, so nothing was checked and the verdict is PASS by default. ' +
        'Add `thresholds` (e.g. `http_req_duration: p(95)<250`) to gate on latency, errors and throughput.',
    ];
  }
  const withNotes = results.some((r) => r.note);
  const rows = results.map((r) => {
    const row = [
      codeSpan(r.threshold.source),
      markdownText(formatCondition(r.threshold)),
      formatThresholdValue(r.threshold, r.actual),
      `${STATUS_ICONS[r.status]} ${r.status}`,
    ];
    if (withNotes) row.push(r.note ? markdownText(r.note) : '');
    return row;
  });
  const header = ['Threshold', 'Target', 'Actual', 'Status', ...(withNotes ? ['Note'] : [])];
  const align: Array<'l' | 'r'> = ['l', 'l', 'r', 'l', ...(withNotes ? (['l'] as const) : [])];
  return ['', '## SLOs', '', ...table(header, align, rows, { rowsAre: 'thresholds' })];
}

function errorSection(ctx: ReportContext): string[] {
  const { overall } = ctx.measurements;
  if (overall.failed === 0) return overall.requests > 0 ? ['', '## Errors', '', 'No request failed.'] : [];
  const byClass = errorClassCounts(overall).map(({ errorClass, count }) => [
    ERROR_CLASS_LABELS[errorClass],
    formatNumber(count),
    formatPercent((count / overall.requests) * 100),
  ]);
  const lines = [
    '',
    '## Errors',
    '',
    `${partOf(overall.failed, overall.requests, 'request')} failed ` +
      `(${formatPercent(errorPercent(overall))}).`,
    '',
    ...table(['Error class', 'Requests', 'Share of requests'], ['l', 'r', 'r'], byClass),
  ];
  const causes = errorCauseCounts(ctx.measurements).map((c) => [
    c.cause === OTHER_CAUSES ? markdownText(c.cause) : codeSpan(c.cause),
    markdownText(c.description),
    ERROR_CLASS_LABELS[c.errorClass],
    formatNumber(c.count),
  ]);
  if (causes.length > 0) {
    lines.push(
      '',
      ...table(
        ['Cause (no response)', 'What happened', 'Error class', 'Requests'],
        ['l', 'l', 'l', 'r'],
        causes,
        {
          rowsAre: 'causes',
        },
      ),
    );
  }
  const statuses = failingStatuses(ctx);
  if (statuses.length > 0) {
    const rows = statuses.map((s) => {
      const shown = s.endpoints.slice(0, 3).map((e) => `${markdownText(e.name)} (${formatNumber(e.count)})`);
      if (s.endpoints.length > 3) shown.push(`${s.endpoints.length - 3} more`);
      return [markdownText(s.status), formatNumber(s.count), shown.join(', ') || '–'];
    });
    lines.push(
      '',
      ...table(['Failing status', 'Responses', 'Endpoints'], ['l', 'r', 'l'], rows, {
        rowsAre: 'status codes',
      }),
    );
  }
  return lines;
}

function footer(ctx: ReportContext): string[] {
  const run = ctx.runUrl ? ` · [workflow run](${linkTarget(ctx.runUrl)})` : '';
  return [
    '',
    '---',
    '',
    `<sub>loadgate ${markdownText(ctx.toolVersion)} · generated ${markdownText(ctx.generatedAt)}${run} · ` +
      `all figures in results.json</sub>`,
    '',
  ];
}

/** The markdown report: verdict and findings, scenario, results, SLOs, errors, footer. */
export function renderMarkdownReport(ctx: ReportContext): string {
  return [
    ...headline(ctx),
    ...scenarioSection(ctx),
    ...resultsSection(ctx),
    ...timingSection(ctx),
    ...scenariosSection(ctx),
    ...loadModelSection(ctx),
    ...shardsSection(ctx),
    ...trafficSection(ctx),
    ...sloSection(ctx),
    ...serverMetricsSection(ctx),
    ...baselineSection(ctx),
    ...errorSection(ctx),
    ...footer(ctx),
  ].join('\n');
}
