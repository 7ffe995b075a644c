/**
 * Short findings drawn from the measurements, for the top of the report: one sentence
 * each, with its figures, and only what the data shows. Patterns need enough data to
 * mean anything (see the minimums below); below them nothing is said.
 */
import { OTHER_CAUSES } from '../metrics/error-cause-counter.js';
import type { ErrorCauseCount, ErrorClass } from '../metrics/measurements.js';
import { formatDuration } from '../syntax/durations.js';
import { causeText, errorCauseCounts, errorClassCounts, failingStatuses } from './error-breakdown.js';
import {
  errorPercent,
  formatElapsed,
  formatMs,
  formatNumber,
  formatPercent,
  formatRps,
  plannedDurationMs,
} from './format.js';
import { countOf } from './plural.js';
import type { ReportContext } from './report-context.js';
import { trafficFindings } from './traffic-report.js';

/** Fewer failed requests than this are too few to say where errors concentrate. */
export const MIN_ERRORS_FOR_PATTERNS = 5;
/** Below this many latency samples p99 is close to the maximum, so a tail says little. */
export const MIN_SAMPLES_FOR_TAIL = 100;
/** p99 above this many times p95 is called a long tail. */
export const LONG_TAIL_RATIO = 3;
/** Share of all errors above which they are said to come from one endpoint. */
export const ERROR_CONCENTRATION = 0.5;
/** … and whose error rate is at least this many times that of the other endpoints. */
export const ERROR_RATE_CONTRAST = 2;
/** An endpoint whose p95 is this many times the typical p95 of the others is called much slower … */
export const SLOW_ENDPOINT_RATIO = 3;
/** … when it is also this many ms slower (tiny latencies differ by large ratios for no reason). */
export const SLOW_ENDPOINT_MIN_GAP_MS = 5;
/** Latency samples an endpoint needs to be compared with the others. */
export const MIN_SAMPLES_PER_ENDPOINT = 20;
/** Throughput below this share of what a threshold asks is called well below. */
export const LOW_THROUGHPUT_SHARE = 0.8;

/** Share of the failed requests above which they are said to have one cause. */
export const SHARED_CAUSE_SHARE = 0.8;

const CONNECTION_CLASSES: ReadonlySet<ErrorClass> = new Set([
  'connection_refused',
  'connection_reset',
  'dns',
  'tls',
]);
/** Classes whose own finding says no more than their cause does: with a cause sentence it is left out. */
const SAID_BY_CAUSE: ReadonlySet<ErrorClass> = new Set(['dns', 'tls', 'other']);

/**
 * An endpoint whose answers mostly failed (a 404 on every request answers fast) has a
 * latency that says nothing about serving: it is left out of latency comparisons.
 */
export const MOSTLY_FAILED_SHARE = 0.5;

function mostlyFailed(stats: { requests: number; failed: number }): boolean {
  return stats.requests > 0 && stats.failed / stats.requests > MOSTLY_FAILED_SHARE;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `503 × 40, 500 × 2` for the failing statuses in a range. */
function statusList(ctx: ReportContext, from: number, to: number): string {
  const statuses = failingStatuses(ctx).filter((s) => Number(s.status) >= from && Number(s.status) <= to);
  const shown = statuses.slice(0, 3).map((s) => `${s.status} × ${formatNumber(s.count)}`);
  if (statuses.length > 3) shown.push(`${statuses.length - 3} more`);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}

function oneClassFinding(ctx: ReportContext, errorClass: ErrorClass, n: number): string {
  const all = n === 1 ? 'The one error was' : `All ${formatNumber(n)} errors were`;
  switch (errorClass) {
    case 'timeout':
      return `${all} timeouts (after ${formatDuration(ctx.settings.timeoutMs)}): the timeout may be too low for this target, or the target is overloaded.`;
    case 'connection_refused':
      return `${all} refused connections: nothing accepted connections at the target, which may be down or listening on another port.`;
    case 'connection_reset':
      return `${all} connections reset mid-request: the target or a proxy in front of it dropped them, as happens when it restarts or runs out of workers.`;
    case 'dns':
      return `${all} DNS lookup failures: the target's host name did not resolve.`;
    case 'tls':
      return `${all} TLS failures: the handshake or the certificate check failed.`;
    case 'http_5xx':
      return `${all} 5xx responses${statusList(ctx, 500, 599)}: the target failed on its side under this load.`;
    case 'http_4xx':
      return `${all} 4xx responses${statusList(ctx, 400, 499)}: check the endpoints' paths, bodies and credentials.`;
    case 'unexpected_status':
      return `${all} responses with an unexpected status${statusList(ctx, 0, 999)}: check the endpoints' expect-status.`;
    case 'other':
      return `${all} of no known class: see results.json for the status counts.`;
  }
}

/** The cause most failed requests share: all of them, or SHARED_CAUSE_SHARE with enough failures. */
function sharedCause(ctx: ReportContext): ErrorCauseCount | undefined {
  const { overall } = ctx.measurements;
  const [top] = errorCauseCounts(ctx.measurements);
  if (!top || top.cause === OTHER_CAUSES || overall.failed === 0) return undefined;
  if (top.count === overall.failed) return top;
  return overall.failed >= MIN_ERRORS_FOR_PATTERNS && top.count >= SHARED_CAUSE_SHARE * overall.failed
    ? top
    : undefined;
}

function errorFindings(ctx: ReportContext): string[] {
  const { overall, endpoints } = ctx.measurements;
  const out: string[] = [];
  const classes = errorClassCounts(overall);
  const cause = sharedCause(ctx);
  const causeOfAll = cause !== undefined && cause.count === overall.failed;
  if (overall.failed === overall.requests && causeOfAll) {
    const all = overall.failed === 1 ? 'The one request' : `All ${formatNumber(overall.failed)} requests`;
    out.push(`${all} failed: ${causeText(cause)}.`);
  } else if (overall.failed === overall.requests) {
    const connection = classes.length > 0 && classes.every((c) => CONNECTION_CLASSES.has(c.errorClass));
    out.push(
      `Every request failed (${formatNumber(overall.failed)} of ${formatNumber(overall.requests)})` +
        (connection ? ', all at the connection: the target looks unreachable.' : '.'),
    );
  }
  if (cause && !(overall.failed === overall.requests && causeOfAll) && SAID_BY_CAUSE.has(cause.errorClass)) {
    out.push(
      causeOfAll
        ? `All ${countOf(overall.failed, 'failed request')} had one cause: ${causeText(cause)}.`
        : `${formatPercent((cause.count / overall.failed) * 100)} of the failed requests (${formatNumber(cause.count)} of ` +
            `${formatNumber(overall.failed)}) had one cause: ${causeText(cause)}.`,
    );
  }
  const [top] = classes;
  if (
    overall.failed >= MIN_ERRORS_FOR_PATTERNS &&
    classes.length === 1 &&
    top &&
    top.count === overall.failed &&
    !(causeOfAll && SAID_BY_CAUSE.has(top.errorClass))
  ) {
    out.push(oneClassFinding(ctx, top.errorClass, top.count));
  }
  if (overall.failed >= MIN_ERRORS_FOR_PATTERNS && endpoints.length > 1) {
    const worst = [...endpoints].sort((a, b) => b.failed - a.failed)[0];
    const restRequests = worst ? overall.requests - worst.requests : 0;
    const restRate = worst && restRequests > 0 ? (overall.failed - worst.failed) / restRequests : 0;
    // Most errors from the endpoint that gets most requests is no concentration: its rate must stand out too.
    if (
      worst &&
      worst.failed / overall.failed > ERROR_CONCENTRATION &&
      errorPercent(worst) / 100 >= ERROR_RATE_CONTRAST * restRate
    ) {
      const rest =
        restRequests > 0 ? ` against ${formatPercent(restRate * 100)} for the other endpoints` : '';
      out.push(
        `${formatPercent((worst.failed / overall.failed) * 100)} of the errors (${formatNumber(worst.failed)} of ` +
          `${formatNumber(overall.failed)}) came from ${worst.name}, whose error rate was ` +
          `${formatPercent(errorPercent(worst))}${rest}.`,
      );
    }
  }
  return out;
}

function throughputFindings(ctx: ReportContext): string[] {
  const { measurements, evaluation } = ctx;
  const out: string[] = [];
  for (const result of evaluation.results) {
    const t = result.threshold;
    if (t.metric !== 'http_reqs' || t.aggregation !== 'rate' || result.actual === null) continue;
    if (t.relative) continue;
    if ((t.operator !== '>' && t.operator !== '>=') || t.limit <= 0) continue;
    if (result.actual >= t.limit * LOW_THROUGHPUT_SHARE) continue;
    const scope = t.tags.endpoint === undefined ? '' : ` for ${t.tags.endpoint}`;
    let sentence =
      `Throughput${scope} was ${formatRps(result.actual)}, ${formatPercent((1 - result.actual / t.limit) * 100)} ` +
      `below the ${formatRps(t.limit)} that "${t.source}" asks`;
    // A closed model cannot go faster than VUs ÷ latency (Little's law).
    const { mean } = measurements.overall.latency;
    const vus = measurements.maxVusReached;
    if (ctx.settings.model !== 'open' && t.tags.endpoint === undefined && mean > 0 && vus > 0) {
      const ceiling = (vus * 1000) / mean;
      if (ceiling < t.limit) {
        sentence +=
          `; ${countOf(vus, 'VU')} at a mean latency of ${formatMs(mean)} can send at most about ` +
          `${formatRps(ceiling)}, so more VUs are needed to reach it`;
      }
    }
    out.push(`${sentence}.`);
  }
  return out;
}

function latencyFindings(ctx: ReportContext): string[] {
  const { overall, endpoints } = ctx.measurements;
  const out: string[] = [];
  const { p95, p99, count: samples } = overall.latency;
  if (samples >= MIN_SAMPLES_FOR_TAIL && p95 > 0 && p99 > LONG_TAIL_RATIO * p95) {
    out.push(
      `p99 (${formatMs(p99)}) is ${formatNumber(p99 / p95, 1)}× p95 (${formatMs(p95)}): a long tail, ` +
        `where about 1 request in 100 is far slower than the rest.`,
    );
  }
  const measured = endpoints.filter((e) => e.latency.count >= MIN_SAMPLES_PER_ENDPOINT && !mostlyFailed(e));
  if (measured.length >= 2) {
    const slowest = [...measured].sort((a, b) => b.latency.p95 - a.latency.p95)[0]!;
    const typical = median(measured.filter((e) => e !== slowest).map((e) => e.latency.p95));
    const slow = slowest.latency.p95;
    if (typical > 0 && slow >= SLOW_ENDPOINT_RATIO * typical && slow - typical >= SLOW_ENDPOINT_MIN_GAP_MS) {
      const others =
        measured.length === 2 ? 'the other endpoint' : `the median of the other ${measured.length - 1}`;
      out.push(
        `${slowest.name} is much slower than the other endpoints: p95 ${formatMs(slow)} against ${formatMs(typical)} ` +
          `for ${others} (${formatNumber(slow / typical, 1)}×).`,
      );
    }
  }
  return out;
}

/** Findings for the top of the report, most important first; empty when nothing stands out. */
export function deriveFindings(ctx: ReportContext): string[] {
  const { measurements, settings } = ctx;
  const findings: string[] = [];
  if (measurements.stoppedEarly) {
    findings.push(
      `The load stopped early (${measurements.stoppedEarly}) after ${formatElapsed(measurements.durationMs)} of ` +
        `the planned ${formatDuration(plannedDurationMs(settings.stages))}; the figures cover that part only.`,
    );
  }
  if (measurements.overall.requests === 0) {
    const judged = ctx.evaluation.results.length > 0 ? ', and every threshold fails for lack of data' : '';
    findings.push(
      `No requests completed in ${formatElapsed(measurements.durationMs)}, so nothing was measured: ` +
        `the target may be unreachable${judged}.`,
    );
    return [...findings, ...trafficFindings(ctx)];
  }
  return [
    ...findings,
    ...trafficFindings(ctx),
    ...errorFindings(ctx),
    ...throughputFindings(ctx),
    ...latencyFindings(ctx),
  ];
}
