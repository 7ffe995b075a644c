/**
 * The terminal summary the CLI prints at the end, in the manner of k6's end-of-test
 * summary: thresholds with ✓ / ~ / ✗, then aligned metric lines (`name.....: values`),
 * then findings and the verdict. Plain text, no colour codes, so it reads the same
 * piped into a file.
 */
import { endpointCount, loadLine, scenarioTextLines } from './scenarios-text.js';
import type { RequestStats } from '../metrics/measurements.js';
import { PHASE_METRICS, TIMING_PHASES } from '../metrics/timing-measurements.js';
import type { ThresholdStatus } from '../slo/types.js';
import { formatDuration } from '../syntax/durations.js';
import { errorCauseCounts } from './error-breakdown.js';
import { deriveFindings } from './findings.js';
import {
  displayUrl,
  errorPercent,
  formatBytes,
  formatCondition,
  formatElapsed,
  formatMs,
  formatNumber,
  formatPercent,
  formatThresholdValue,
  VERDICT_LABELS,
} from './format.js';
import { baselineMeasurements, missingText, originText, regressionLines } from './baseline-text.js';
import { loadModelNotes } from './load-model-section.js';
import { allOf, countOf, partOf } from './plural.js';
import { capacityText, verdictReasons } from './verdict-notes.js';
import type { ReportContext } from './report-context.js';
import { trafficTextLines } from './traffic-report.js';
import { insecureTlsWarning, transportLine } from './transport-text.js';
import { describeSource } from './source-text.js';

/** ✓ pass, ~ marginal, ✗ fail, ? inconclusive. */
export const STATUS_MARKS: Readonly<Record<ThresholdStatus, string>> = {
  pass: '✓',
  marginal: '~',
  fail: '✗',
  inconclusive: '?',
};
/** Endpoint lines shown at most; a line counts the rest. */
export const MAX_ENDPOINT_LINES = 30;
/** Cause lines shown at most (all of them are in results.json). */
export const MAX_CAUSE_LINES = 5;
const MAX_LABEL = 48;
/** Thresholds up to this long share one aligned column; a longer one gets a line of its own. */
export const MAX_THRESHOLD_COLUMN = 60;

const compactMs = (ms: number): string => formatMs(ms).replace(' ', '');

function clip(text: string, max = MAX_LABEL): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** `label.......: value`, with the dots reaching `width`. */
function dotted(indent: string, label: string, width: number, value: string): string {
  return `${indent}${label}${'.'.repeat(Math.max(2, width - [...label].length))}: ${value}`;
}

function latencyValues(stats: Pick<RequestStats, 'latency'>): string {
  const l = stats.latency;
  if (l.count === 0) return 'no data';
  return [
    `avg=${compactMs(l.mean)}`,
    `min=${compactMs(l.min)}`,
    `med=${compactMs(l.p50)}`,
    `max=${compactMs(l.max)}`,
    `p(90)=${compactMs(l.p90)}`,
    `p(95)=${compactMs(l.p95)}`,
    `p(99)=${compactMs(l.p99)}`,
  ].join(' ');
}

function thresholdLines(ctx: ReportContext): string[] {
  const { results } = ctx.evaluation;
  if (results.length === 0)
    return ['  THRESHOLDS', '', '    none set: nothing was checked, so the verdict is PASS by default'];
  // A threshold is never cut: one longer than the column stands on its own line, and its
  // dots and value follow on the next, so the short ones stay aligned.
  const sources = results.map((r) => r.threshold.source.replace(/\s+/g, ' '));
  const fitting = sources.map((s) => [...s].length).filter((n) => n <= MAX_THRESHOLD_COLUMN);
  const width = Math.max(0, ...fitting) + 3;
  const lines = results.flatMap((r, i) => {
    const source = sources[i] ?? '';
    const actual = formatThresholdValue(r.threshold, r.actual);
    const detail = r.status === 'pass' ? '' : `  (${r.note ?? `target ${formatCondition(r.threshold)}`})`;
    const length = [...source].length;
    if (length > MAX_THRESHOLD_COLUMN) {
      return [
        `    ${STATUS_MARKS[r.status]} ${source}`,
        `      ${'.'.repeat(Math.max(2, width - 3))} ${actual}${detail}`,
      ];
    }
    return [`    ${STATUS_MARKS[r.status]} ${source} ${'.'.repeat(width - length - 1)} ${actual}${detail}`];
  });
  return ['  THRESHOLDS', '', ...lines];
}

/** The causes of failures without a response, under http_req_failed: the largest few, the rest counted. */
function causeLines(ctx: ReportContext, width: number): string[] {
  const causes = errorCauseCounts(ctx.measurements);
  const shown = causes.slice(0, MAX_CAUSE_LINES);
  const lines = shown.map((c) =>
    dotted('      ', `{ cause:${c.cause} }`, width - 2, `${formatNumber(c.count)}  ${c.description}`),
  );
  if (causes.length > shown.length) {
    lines.push(
      `      …and ${countOf(causes.length - shown.length, 'more cause', 'more causes')} in results.json`,
    );
  }
  return lines;
}

function metricLines(ctx: ReportContext): string[] {
  const m = ctx.measurements;
  const { overall } = m;
  const seconds = m.durationMs / 1000;
  const perSecond = (value: number): string => (seconds > 0 ? `${formatBytes(value / seconds)}/s` : '–');
  const endpoints = m.endpoints.length > 1 ? m.endpoints.slice(0, MAX_ENDPOINT_LINES) : [];
  const endpointLabels = endpoints.map((e) => `{ endpoint:${clip(e.name)} }`);
  const width = Math.max(32, ...endpointLabels.map((label) => label.length + 4)) + 1;

  const lines = [
    '  RESULTS',
    '',
    dotted('    ', 'http_req_duration', width, latencyValues(overall)),
    ...endpoints.map((e, i) => dotted('      ', endpointLabels[i] ?? '', width - 2, latencyValues(e))),
  ];
  if (m.endpoints.length > 1 && m.endpoints.length > endpoints.length) {
    lines.push(
      `      …and ${countOf(m.endpoints.length - endpoints.length, 'more endpoint', 'more endpoints')} in report.md`,
    );
  }
  // The timing breakdown, as k6's summary lists it (whole run; per endpoint in report.md).
  const timings = overall.timings;
  if (timings !== undefined) {
    for (const phase of TIMING_PHASES) {
      lines.push(
        dotted('    ', PHASE_METRICS[phase], width, latencyValues({ latency: timings.phases[phase] })),
      );
    }
  }
  lines.push(
    dotted(
      '    ',
      'http_req_failed',
      width,
      `${formatPercent(errorPercent(overall))}  ${formatNumber(overall.failed)} of ${formatNumber(overall.requests)}`,
    ),
    ...causeLines(ctx, width),
    dotted(
      '    ',
      'http_reqs',
      width,
      `${formatNumber(overall.requests)}  ${formatNumber(overall.rps, 1)}/s`,
    ),
    dotted(
      '    ',
      'data_received',
      width,
      `${formatBytes(overall.bytesReceived)}  ${perSecond(overall.bytesReceived)}`,
    ),
    dotted('    ', 'data_sent', width, `${formatBytes(overall.bytesSent)}  ${perSecond(overall.bytesSent)}`),
    ...trafficTextLines(ctx, (label, value) => dotted('    ', label, width, value)),
    ...(m.execution
      ? [
          dotted(
            '    ',
            'iterations',
            width,
            `${formatNumber(m.execution.iterations)}  ${formatNumber(seconds > 0 ? m.execution.iterations / seconds : 0, 1)}/s`,
          ),
          dotted(
            '    ',
            'iteration_duration',
            width,
            latencyValues({ latency: m.execution.iterationDuration }),
          ),
          dotted('    ', 'vus', width, formatNumber(m.execution.vus)),
        ]
      : []),
    dotted('    ', 'vus_max', width, formatNumber(m.execution?.vusMax ?? m.maxVusReached)),
    ...(m.arrival
      ? [
          dotted(
            '    ',
            'http_req_duration (uncorrected)',
            width,
            latencyValues({ latency: m.arrival.uncorrectedLatency }),
          ),
          dotted(
            '    ',
            'arrival_rate',
            width,
            `${formatNumber(m.arrival.achievedRps, 1)}/s of ${formatNumber(m.arrival.targetRps, 1)}/s`,
          ),
          dotted('    ', 'dropped_requests', width, formatNumber(m.arrival.dropped)),
        ]
      : []),
    ...(m.breakpoint ? [dotted('    ', 'capacity', width, capacityText(m.breakpoint))] : []),
    dotted(
      '    ',
      'duration',
      width,
      `${formatElapsed(m.durationMs)}${m.stoppedEarly ? ` (stopped early: ${m.stoppedEarly})` : ''}`,
    ),
  );
  return lines;
}

export function verdictLine(ctx: ReportContext): string {
  const { verdict, results } = ctx.evaluation;
  const failed = results.filter((r) => r.status === 'fail').length;
  const marginal = results.filter((r) => r.status === 'marginal').length;
  const mark =
    verdict === 'pass' ? '✓' : verdict === 'marginal' ? '~' : verdict === 'inconclusive' ? '?' : '✗';
  const detail =
    results.length === 0
      ? 'no thresholds were set'
      : failed > 0
        ? `${partOf(failed, results.length, 'threshold')} failed`
        : marginal > 0
          ? `${partOf(marginal, results.length, 'threshold')} marginal`
          : `${allOf(results.length, 'threshold')} met`;
  const lead = verdict === 'error' ? '           not judged:' : '    because';
  const reasons = verdictReasons(ctx.evaluation).map((reason) => `\n${lead} ${reason}`);
  return `  verdict: ${mark} ${VERDICT_LABELS[verdict]} (${detail})${ctx.rollback ? ' · rollback signalled' : ''}${reasons.join('')}`;
}

/** Where the baseline came from, or that it was missing. */
function baselineTextLines(ctx: ReportContext): string[] {
  if (!ctx.baseline && !ctx.evaluation.baseline) return [];
  const missing = missingText(ctx.evaluation, ctx.baseline);
  const text = baselineMeasurements(ctx.baseline)
    ? `compared with the baseline ${originText(ctx.baseline!)}`
    : missing;
  return text ? [`  baseline: ${text}`, ''] : [];
}

/** The connection (protocol, proxy, TLS, resolve), and the warning when certificates were not checked. */
function transportSummaryLines(ctx: ReportContext): string[] {
  const line = transportLine(ctx.measurements.transport);
  const insecure = insecureTlsWarning(ctx.measurements.transport);
  return [...(line ? [`  connection: ${line}`] : []), ...(insecure ? [`  WARNING: ${insecure}`] : [])];
}

/** The end-of-run summary for a terminal. */
export function renderTextSummary(ctx: ReportContext): string {
  const { settings } = ctx;
  const environment = settings.environment ? ` (${settings.environment})` : '';
  const endpoints = countOf(endpointCount(settings), 'endpoint');
  const findings = [...loadModelNotes(ctx), ...deriveFindings(ctx)];
  const lines = [
    '',
    `  loadgate ${ctx.toolVersion} · ${displayUrl(settings.targetUrl)}${environment}`,
    ctx.measurements.source
      ? `  ${describeSource(ctx.measurements.source)}`
      : `  ${loadLine(ctx)} · ${endpoints} · timeout ${formatDuration(settings.timeoutMs)}`,
    ...(ctx.measurements.source ? [] : transportSummaryLines(ctx)),
    '',
    ...thresholdLines(ctx),
    '',
    ...metricLines(ctx),
    ...scenarioTextLines(ctx),
    ...(findings.length > 0 ? ['', '  FINDINGS', '', ...findings.map((f) => `    • ${f}`)] : []),
    '',
    ...baselineTextLines(ctx),
    verdictLine(ctx),
    ...regressionLines(ctx.evaluation).map((r) => `  regression: ${r}`),
    '',
  ];
  return lines.join('\n');
}
