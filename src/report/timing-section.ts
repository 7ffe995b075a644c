/**
 * report.md's "Request timing" section: per endpoint, the p95 of each phase of k6's
 * timing breakdown (blocked, connecting, TLS, sending, waiting = time to first byte,
 * receiving), so a slow server (waiting), a slow or large body (receiving) and
 * connection setup (connecting, TLS) read apart at a glance; and one line on the
 * iterations and VUs. Nothing when the run timed no request and counted no iteration.
 * A pure function of the report context.
 */
import type { RequestStats, RunMeasurements } from '../metrics/measurements.js';
import { TIMING_PHASES, type TimingPhase } from '../metrics/timing-measurements.js';
import { formatMs, formatNumber } from './format.js';
import { markdownText } from './markdown-text.js';
import type { ReportContext } from './report-context.js';

/** Endpoints shown; the rest are in results.json. */
const MAX_ROWS = 20;

const HEADINGS: Readonly<Record<TimingPhase, string>> = {
  blocked: 'blocked',
  connecting: 'connecting',
  tlsHandshaking: 'TLS',
  sending: 'sending',
  waiting: 'waiting (TTFB)',
  receiving: 'receiving',
};

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

/** The p95 of each phase, and how many of the timed requests opened their connection. */
function timingRow(name: string, stats: RequestStats): string | undefined {
  const timings = stats.timings;
  if (timings === undefined) return undefined;
  return row([
    name,
    formatNumber(timings.count),
    formatNumber(timings.connectionsOpened),
    ...TIMING_PHASES.map((phase) => formatMs(timings.phases[phase].p95)),
  ]);
}

/** Iterations, their p95, and the VUs, in one line. */
export function executionLine(m: RunMeasurements): string | undefined {
  const execution = m.execution;
  if (execution === undefined) return undefined;
  const seconds = m.durationMs / 1000;
  const rate = seconds > 0 ? ` (${formatNumber(execution.iterations / seconds, 1)}/s)` : '';
  const p95 =
    execution.iterationDuration.count > 0
      ? `, iteration_duration p95 ${formatMs(execution.iterationDuration.p95)}`
      : '';
  const dropped =
    execution.droppedIterations > 0
      ? `, ${formatNumber(execution.droppedIterations)} dropped iterations`
      : '';
  return `${formatNumber(execution.iterations)} iterations${rate}${p95}; vus ${formatNumber(execution.vus)}, vus_max ${formatNumber(execution.vusMax)}${dropped}`;
}

export function timingSection(ctx: ReportContext): string[] {
  const m = ctx.measurements;
  const rows = m.endpoints
    .map((endpoint) => timingRow(markdownText(endpoint.name), endpoint))
    .filter((line): line is string => line !== undefined);
  const total = timingRow('**Total**', m.overall);
  const execution = executionLine(m);
  if (total === undefined && execution === undefined) return [];
  const lines = ['', '### Request timing', ''];
  if (total !== undefined) {
    lines.push(
      'p95 of each phase of a request (k6’s `http_req_blocked` … `http_req_receiving`); connection phases count on the requests that opened a connection only.',
      '',
      row(['Endpoint', 'Timed', 'New connections', ...TIMING_PHASES.map((phase) => HEADINGS[phase])]),
      row(['---', ...Array<string>(2 + TIMING_PHASES.length).fill('---:')]),
      ...rows.slice(0, MAX_ROWS),
      total,
    );
    if (rows.length > MAX_ROWS)
      lines.push('', `…and ${formatNumber(rows.length - MAX_ROWS)} more endpoints, in results.json.`);
  }
  if (execution !== undefined) lines.push(...(total !== undefined ? [''] : []), `Iterations: ${execution}.`);
  return lines;
}
