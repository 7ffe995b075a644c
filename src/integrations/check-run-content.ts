/**
 * What the gate's own check run says: its name, conclusion, title, summary and the
 * annotations that point each failed SLO at the config-file line that set it. A pure
 * function of the report context, kept within the Checks API's limits.
 */
import type { Settings } from '../config/settings.js';
import { formatCondition, formatNumber, formatThresholdValue, VERDICT_LABELS } from '../report/format.js';
import type { ReportContext } from '../report/report-context.js';
import type { ThresholdResult, Verdict } from '../slo/types.js';
import { parseFileLocation, repositoryPath } from '../syntax/file-location.js';

/** The Checks API's limits: summary and text in characters, annotations per request. */
export const CHECK_RUN_LIMITS = {
  summary: 65_535,
  annotationsPerRequest: 50,
  /** Not documented; a title is one line in the checks list, so it is kept short. */
  title: 200,
  /** An annotation's message may be 64 KB; a few lines are what a reader needs. */
  annotationMessage: 2_000,
} as const;

export type CheckConclusion = 'success' | 'neutral' | 'failure' | 'action_required';

/**
 * `marginal` is neutral: it holds, with a warning. `inconclusive` is action_required:
 * the figures cannot judge the target, so it is neither a pass nor a breach, and a
 * person has to act (a bigger runner, less load) before the gate means anything.
 */
export const CHECK_CONCLUSIONS: Readonly<Record<Verdict, CheckConclusion>> = {
  pass: 'success',
  marginal: 'neutral',
  fail: 'failure',
  inconclusive: 'action_required',
  error: 'failure',
};

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunContent {
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations: CheckRunAnnotation[];
  detailsUrl?: string;
}

/**
 * `loadgate: gate (staging)`: the job key, and the environment (else the target's host)
 * so matrix legs get a check each. Never the job key alone: that is the name of the
 * job's own check run, which must not be found and updated in its place.
 */
export function checkRunName(
  job: string | undefined,
  settings: Pick<Settings, 'targetUrl' | 'environment'>,
): string {
  let host = settings.targetUrl;
  try {
    host = new URL(settings.targetUrl).host;
  } catch {
    // Keep the text as it is.
  }
  return `loadgate: ${job || 'gate'} (${settings.environment ?? host})`;
}

/** `p95`, `avg`, `error rate`: how a figure is named in a title. */
function figureName(result: ThresholdResult): string {
  const t = result.threshold;
  const stat = t.aggregation === 'p' ? `p${formatNumber(t.percentile ?? 0, 3)}` : t.aggregation;
  const base =
    t.metric === 'http_req_duration'
      ? stat
      : t.metric === 'http_req_failed' && t.aggregation === 'rate'
        ? 'error rate'
        : `${t.metric} ${stat}`;
  const endpoint = t.tags.endpoint;
  return endpoint ? `${base} of ${endpoint}` : base;
}

/** `p95 312 ms > 250 ms`: the measured figure beside the limit it crossed. */
export function headlineFigure(result: ThresholdResult): string {
  const { threshold, actual } = result;
  const name = figureName(result);
  if (actual === null) return `${name}: no data`;
  const limit = threshold.limit;
  const sign = actual > limit ? '>' : actual < limit ? '<' : '=';
  return `${name} ${formatThresholdValue(threshold, actual)} ${sign} ${formatThresholdValue(threshold, limit)}`;
}

/** One line: the verdict, the figure that decided it, the rollback signal. */
export function checkRunTitle(ctx: ReportContext): string {
  const { verdict, results } = ctx.evaluation;
  const parts: string[] = [VERDICT_LABELS[verdict]];
  const failed = results.filter((r) => r.status === 'fail');
  const marginal = results.filter((r) => r.status === 'marginal');
  if (verdict === 'inconclusive') {
    parts.push('the load generator was the bottleneck');
  } else if (failed.length > 0) {
    parts.push(headlineFigure(failed[0]!));
    if (failed.length > 1) parts.push(`${failed.length - 1} more SLO${failed.length > 2 ? 's' : ''} failed`);
  } else if (marginal.length > 0) {
    parts.push(`${headlineFigure(marginal[0]!)} (marginal)`);
  } else if (results.length > 0) {
    parts.push(results.length === 1 ? 'the SLO was met' : `all ${results.length} SLOs met`);
  } else {
    parts.push('no thresholds were set');
  }
  if (ctx.rollback) parts.push('rollback signalled');
  const title = parts.join(' · ');
  return title.length <= CHECK_RUN_LIMITS.title ? title : `${title.slice(0, CHECK_RUN_LIMITS.title - 1)}…`;
}

/** The report's top, cut at a line break to the API's limit, saying so when it was cut. */
export function fitCheckRunSummary(markdown: string, limit: number = CHECK_RUN_LIMITS.summary): string {
  if (markdown.length <= limit) return markdown;
  const note = `\n\n> ✂️ The report was cut to fit the check's ${formatNumber(limit)}-character limit; the whole report is in the artifact and the job summary.\n`;
  let cut = markdown.slice(0, limit - note.length);
  // Never end between the two halves of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > 0) cut = cut.slice(0, lastBreak);
  return cut + note;
}

/**
 * A failed SLO (a marginal one as a warning) at the line of the config file that set
 * it. SLOs given as inputs, or in a file outside the repository, have no line to point at.
 */
export function sloAnnotations(results: readonly ThresholdResult[]): CheckRunAnnotation[] {
  const annotations: CheckRunAnnotation[] = [];
  for (const result of results) {
    if (result.status === 'pass') continue;
    const at = parseFileLocation(result.threshold.origin);
    const path = at && repositoryPath(at.file);
    if (!at || !path) continue;
    const message = [
      `${result.threshold.source}`,
      `measured ${formatThresholdValue(result.threshold, result.actual)}, limit ${formatCondition(result.threshold)}`,
      ...(result.note ? [result.note] : []),
    ].join('\n');
    annotations.push({
      path,
      start_line: at.line,
      end_line: at.line,
      start_column: at.col,
      end_column: at.col,
      annotation_level: result.status === 'fail' ? 'failure' : 'warning',
      title: `SLO ${result.status === 'fail' ? 'failed' : 'marginal'}: ${headlineFigure(result)}`.slice(
        0,
        255,
      ),
      message:
        message.length <= CHECK_RUN_LIMITS.annotationMessage
          ? message
          : `${message.slice(0, CHECK_RUN_LIMITS.annotationMessage - 1)}…`,
    });
  }
  return annotations;
}

export function buildCheckRun(
  ctx: ReportContext,
  markdown: string,
  options: { job?: string | undefined; detailsUrl?: string | undefined },
): CheckRunContent {
  return {
    name: checkRunName(options.job, ctx.settings),
    conclusion: CHECK_CONCLUSIONS[ctx.evaluation.verdict],
    title: checkRunTitle(ctx),
    summary: fitCheckRunSummary(markdown),
    annotations: sloAnnotations(ctx.evaluation.results),
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  };
}
