/**
 * A sticky pull-request comment: one per job, found again on the next run by a hidden
 * HTML-comment marker and updated in place instead of piling up new comments.
 */

import {
  displayUrl,
  errorPercent,
  formatCondition,
  formatMs,
  formatNumber,
  formatPercent,
  formatRps,
  formatThresholdValue,
  VERDICT_LABELS,
} from '../report/format.js';
import type { ReportContext } from '../report/report-context.js';
import type { ThresholdStatus, Verdict } from '../slo/types.js';
import { partialPlanNote, verdictReasons } from '../report/verdict-notes.js';
import { baselineMeasurements, missingText, originText, regressionLines } from '../report/baseline-text.js';

/** GitHub rejects issue comments longer than this. */
export const PR_COMMENT_LIMIT = 65_536;

/** Events whose payload is a pull request the comment can go on. */
export const PR_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** The hidden marker for a job: `<!-- loadgate:<job key> -->` (the key made safe inside an HTML comment). */
export function prCommentMarker(jobKey: string): string {
  const key = jobKey
    .replace(/[^A-Za-z0-9 ._:/@()=,+-]/g, '_')
    .replace(/-{2,}/g, '-')
    .trim();
  return `<!-- loadgate:${key || 'default'} -->`;
}

const VERDICT_ICON: Record<Verdict, string> = {
  pass: '✅',
  marginal: '⚠️',
  fail: '❌',
  inconclusive: '❔',
  error: '❌',
};
const STATUS_ICON: Record<ThresholdStatus, string> = {
  pass: '✅',
  marginal: '⚠️',
  fail: '❌',
  inconclusive: '❔',
};

/** Text for a markdown table cell: no HTML, no markdown emphasis or links, no cell breaks. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

/** A code span for any text: a fence longer than any backtick run inside, pipes escaped for tables. */
function codeCell(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}

export interface PrCommentContent {
  /** Link to the uploaded report artifact. */
  artifactUrl?: string;
  /** The marker from `prCommentMarker`. */
  marker: string;
}

/** Cut a comment to GitHub's limit at a line break, keeping the marker and saying it was cut. */
export function fitPrComment(body: string, limit = PR_COMMENT_LIMIT): string {
  if (body.length <= limit) return body;
  const note = `\n\n> ✂️ This comment was cut to fit GitHub's ${formatNumber(limit)}-character limit; the whole report is in the artifact.\n`;
  let cut = body.slice(0, limit - note.length);
  // Never end between the two halves of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > 0) cut = cut.slice(0, lastBreak);
  return cut + note;
}

/** The regressions against the baseline first, then where the baseline came from (or that it was missing). */
function baselineLead(ctx: ReportContext): string[] {
  if (!ctx.baseline && !ctx.evaluation.baseline) return [];
  const missing = missingText(ctx.evaluation, ctx.baseline);
  if (!baselineMeasurements(ctx.baseline))
    return [`**Baseline:** ${cell(missing ?? 'none could be had')}`, ''];
  const regressions = regressionLines(ctx.evaluation);
  const origin = `Compared with the baseline ${cell(originText(ctx.baseline!))}.`;
  if (regressions.length === 0) return [origin, ''];
  return [
    `**Regressions against the baseline:**`,
    '',
    ...regressions.map((r) => `- 🔺 ${cell(r)}`),
    '',
    origin,
    '',
  ];
}

/** The comment's markdown: regressions, verdict, SLO table, headline numbers, links. */
export function buildPrComment(ctx: ReportContext, content: PrCommentContent): string {
  const { verdict, results } = ctx.evaluation;
  const o = ctx.measurements.overall;
  const count = (s: ThresholdStatus): number => results.filter((r) => r.status === s).length;
  const target = displayUrl(ctx.settings.targetUrl);
  const env = ctx.settings.environment ? ` (${cell(ctx.settings.environment)})` : '';
  const summary = [`${count('pass')} of ${results.length} SLOs met`];
  if (count('marginal')) summary.push(`${count('marginal')} marginal`);
  if (count('fail')) summary.push(`${count('fail')} failed`);

  const partial = partialPlanNote(ctx.measurements);
  const lines = [
    content.marker,
    `### ${VERDICT_ICON[verdict]} loadgate: ${VERDICT_LABELS[verdict]} for ${cell(target)}${env}`,
    '',
    ...baselineLead(ctx),
    `**${summary.join(', ')}.** ${ctx.rollback ? '**Rollback signalled.**' : 'No rollback.'}${ctx.measurements.stoppedEarly ? ` Load stopped early: ${cell(ctx.measurements.stoppedEarly)}.` : ''}${partial ? ` The load ${cell(partial)}.` : ''}`,
    '',
    ...(verdict === 'error'
      ? verdictReasons(ctx.evaluation).flatMap((reason) => [`**Not judged**: ${cell(reason)}.`, ''])
      : [
          ...verdictReasons(ctx.evaluation).map((reason) => `- ${VERDICT_LABELS[verdict]}: ${cell(reason)}`),
          ...(verdictReasons(ctx.evaluation).length > 0 ? [''] : []),
        ]),
    `p50 **${formatMs(o.latency.p50)}** · p95 **${formatMs(o.latency.p95)}** · p99 **${formatMs(o.latency.p99)}** · errors **${formatPercent(errorPercent(o))}** · throughput **${formatRps(o.rps)}** · ${formatNumber(o.requests)} requests`,
    '',
  ];
  if (results.length) {
    lines.push('| Status | Threshold | Actual | Limit | Note |', '| --- | --- | ---: | ---: | --- |');
    for (const r of results) {
      lines.push(
        `| ${STATUS_ICON[r.status]} ${r.status} | ${codeCell(r.threshold.source)} | ${cell(formatThresholdValue(r.threshold, r.actual))} | ${cell(formatCondition(r.threshold))} | ${r.note ? cell(r.note) : ''} |`,
      );
    }
    lines.push('');
  }
  const links = [
    ...(content.artifactUrl ? [`📦 [Full report (HTML, JUnit, metrics)](${content.artifactUrl})`] : []),
    ...(ctx.runUrl ? [`[Workflow run](${ctx.runUrl})`] : []),
  ];
  if (links.length) lines.push(links.join(' · '), '');
  lines.push(`<sub>loadgate ${cell(ctx.toolVersion)} · ${cell(ctx.generatedAt)}</sub>`, '');
  return fitPrComment(lines.join('\n'));
}

export interface PrCommentOptions {
  /** A token that may write issue comments (GITHUB_TOKEN with `pull-requests: write`). */
  token: string;
  /** `owner/name`. */
  repository: string;
  /** The event that started the workflow (github.context.eventName). */
  eventName: string | undefined;
  /** github.context.payload.pull_request.number. */
  pullRequestNumber: number | undefined;
  /** From `buildPrComment`; must contain `marker`. */
  body: string;
  marker: string;
  /** API base URL; by default @actions/github's (GITHUB_API_URL, else api.github.com). */
  apiUrl?: string;
  signal?: AbortSignal;
}

export type PrCommentResult =
  { action: 'created' | 'updated'; id: number; url: string } | { action: 'skipped'; reason: string };

export async function publishPrComment(options: PrCommentOptions): Promise<PrCommentResult> {
  try {
    return await upsertComment(options);
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    if (status === 403 && error instanceof Error) {
      throw new Error(`${error.message} (the token needs the pull-requests: write permission)`, {
        cause: error,
      });
    }
    throw error;
  }
}

async function upsertComment(options: PrCommentOptions): Promise<PrCommentResult> {
  if (!options.eventName || !PR_EVENTS.has(options.eventName)) {
    return { action: 'skipped', reason: `not a pull request event (${options.eventName ?? 'none'})` };
  }
  if (!options.pullRequestNumber)
    return { action: 'skipped', reason: 'the event has no pull request number' };
  const [owner, repo, ...rest] = options.repository.split('/');
  if (!owner || !repo || rest.length)
    throw new Error(`repository must be owner/name, got ${options.repository}`);
  if (!options.body.includes(options.marker)) throw new Error('the comment body does not contain its marker');

  // Loaded when used: the client library is large, and most runs never need it.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(
    options.token,
    options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {},
  );
  const request = options.signal ? { signal: options.signal } : {};
  const issue = { owner, repo, issue_number: options.pullRequestNumber };

  let existing: number | undefined;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...issue,
    per_page: 100,
    request,
  });
  for await (const page of pages) {
    existing = page.data.find((comment) => comment.body?.includes(options.marker))?.id;
    if (existing !== undefined) break;
  }

  if (existing !== undefined) {
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: existing,
      body: options.body,
      request,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ ...issue, body: options.body, request });
  return { action: 'created', id: data.id, url: data.html_url };
}
