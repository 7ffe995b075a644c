/**
 * Slack notification through an incoming webhook (@slack/webhook), as a Block Kit
 * message. The webhook URL is a credential: it never appears in a message, a log line
 * or an error this module throws. Every message goes through `fitSlackMessage`, so no
 * input (a long URL, a hundred thresholds) can push it past Slack's limits.
 */
import { regressionLines } from '../report/baseline-text.js';
import type { IncomingWebhookSendArguments } from '@slack/webhook';

import {
  displayUrl,
  formatCondition,
  formatMs,
  formatPercent,
  formatRps,
  errorPercent,
} from '../report/format.js';
import type { SlackNotifyOn } from '../config/publish-settings.js';
import type { ReportContext } from '../report/report-context.js';
import type { Threshold, ThresholdResult, ThresholdStatus, Verdict } from '../slo/types.js';
import { proxiedFetch, type ProxySource } from './proxied-http.js';
import { describeError, scrubSecrets } from './run-integration.js';
import { verdictReasons } from '../report/verdict-notes.js';
import {
  escapeAndShorten,
  escapeSlack,
  fitSlackMessage,
  shortenMiddle,
  SLACK_LIMITS,
  truncateSlackText,
} from './slack-limits.js';

export type { SlackNotifyOn } from '../config/publish-settings.js';

/** Verdicts the notifier knows: the gate's, plus `inconclusive` (nothing could be judged). */
export type NotifyVerdict = Verdict | 'inconclusive';

const BAD_VERDICTS: ReadonlySet<string> = new Set(['fail', 'error', 'inconclusive']);

/**
 * Whether to notify: `failure` covers fail, error and inconclusive; `marginal` covers
 * marginal and everything `failure` covers; `always` and `never` say what they mean.
 */
export function shouldNotifySlack(verdict: NotifyVerdict, notifyOn: SlackNotifyOn): boolean {
  switch (notifyOn) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'failure':
      return BAD_VERDICTS.has(verdict);
    case 'marginal':
      return verdict === 'marginal' || BAD_VERDICTS.has(verdict);
  }
}

type Blocks = NonNullable<IncomingWebhookSendArguments['blocks']>;

export { escapeSlack } from './slack-limits.js';

const STATUS_EMOJI: Record<ThresholdStatus, string> = {
  pass: ':white_check_mark:',
  marginal: ':warning:',
  fail: ':x:',
  inconclusive: ':grey_question:',
};
const VERDICT_EMOJI: Record<Verdict, string> = {
  pass: ':white_check_mark:',
  marginal: ':warning:',
  fail: ':rotating_light:',
  inconclusive: ':grey_question:',
  error: ':x:',
};

/** The first untagged threshold on a metric, e.g. p(95) of http_req_duration over the whole run. */
function findResult(
  results: ThresholdResult[],
  match: (t: Threshold) => boolean,
): ThresholdResult | undefined {
  return results.find((r) => Object.keys(r.threshold.tags).length === 0 && match(r.threshold));
}

function withThreshold(value: string, result: ThresholdResult | undefined): string {
  if (!result) return `${value}\n_no SLO_`;
  return `${value} ${STATUS_EMOJI[result.status]}\nSLO ${escapeSlack(formatCondition(result.threshold))}`;
}

const MAX_LISTED = 10;
/** Room for ten list items in one section (3,000 characters). */
const MAX_ITEM_LENGTH = 250;
/** Longer URLs are shown shortened and not linked: a link must keep its whole URL. */
const MAX_LINKED_URL = 1000;

/** A section listing thresholds by their source, the first ten, then how many more. */
export function sloListSection(title: string, results: ThresholdResult[]): Blocks[number] {
  const listed = results
    .slice(0, MAX_LISTED)
    .map((r) => `• \`${escapeAndShorten(r.threshold.source, MAX_ITEM_LENGTH)}\``);
  if (results.length > MAX_LISTED) listed.push(`…and ${results.length - MAX_LISTED} more`);
  return { type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${listed.join('\n')}` } };
}

/** The target as a link (or, when very long, as shortened text). */
export function slackTargetLink(target: string): string {
  const label = escapeAndShorten(target, 200);
  return target.length <= MAX_LINKED_URL ? `<${escapeSlack(target)}|${label}>` : label;
}

export interface SlackMessageOptions {
  /** Link to the workflow run (default: the report's run link). */
  runUrl?: string;
  /** Link to the uploaded report artifact. */
  artifactUrl?: string;
}

export function buildSlackMessage(
  ctx: ReportContext,
  options: SlackMessageOptions = {},
): IncomingWebhookSendArguments {
  const { verdict, results } = ctx.evaluation;
  const o = ctx.measurements.overall;
  const target = displayUrl(ctx.settings.targetUrl);
  const environment = ctx.settings.environment;
  const runUrl = options.runUrl ?? ctx.runUrl;
  const percentile = (p: number) => (t: Threshold) =>
    t.metric === 'http_req_duration' && t.aggregation === 'p' && t.percentile === p;
  const failed = results.filter((r) => r.status === 'fail');
  const marginal = results.filter((r) => r.status === 'marginal');

  const heading = `${verdict.toUpperCase()}: performance gate${environment ? ` (${environment})` : ''}`;
  const blocks: Blocks = [
    { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150), emoji: true } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${VERDICT_EMOJI[verdict]} *${verdict.toUpperCase()}* for ${slackTargetLink(target)}: ${results.length - failed.length - marginal.length} of ${results.length} SLOs met${marginal.length ? `, ${marginal.length} marginal` : ''}${failed.length ? `, ${failed.length} failed` : ''}.`,
      },
    },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Target*\n${escapeAndShorten(target, 500)}` },
        { type: 'mrkdwn', text: `*Environment*\n${escapeAndShorten(environment ?? '—', 200)}` },
        {
          type: 'mrkdwn',
          text: `*p95 latency*\n${withThreshold(formatMs(o.latency.p95), findResult(results, percentile(95)))}`,
        },
        {
          type: 'mrkdwn',
          text: `*p99 latency*\n${withThreshold(formatMs(o.latency.p99), findResult(results, percentile(99)))}`,
        },
        {
          type: 'mrkdwn',
          text: `*Error rate*\n${withThreshold(
            formatPercent(errorPercent(o)),
            findResult(results, (t) => t.metric === 'http_req_failed' && t.aggregation === 'rate'),
          )}`,
        },
        {
          type: 'mrkdwn',
          text: `*Throughput*\n${withThreshold(
            formatRps(o.rps),
            findResult(results, (t) => t.metric === 'http_reqs' && t.aggregation === 'rate'),
          )}`,
        },
      ],
    },
  ];

  const reasons = verdictReasons(ctx.evaluation);
  if (reasons.length) {
    const lead = verdict === 'error' ? '*Not judged*' : `*Why ${verdict.toUpperCase()}*`;
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncateSlackText(
          `${lead}\n${reasons.map((r) => `• ${escapeSlack(r)}`).join('\n')}`,
          SLACK_LIMITS.sectionText,
        ),
      },
    });
  }
  const regressions = regressionLines(ctx.evaluation);
  if (regressions.length) {
    // A section's text is at most 3,000 characters: cut at a whole line.
    let text = '*Regressions against the baseline*';
    for (const line of regressions.map((r) => `\n• ${escapeSlack(r)}`)) {
      if (text.length + line.length > SLACK_LIMITS.sectionText - 20) {
        text += '\n…and more';
        break;
      }
      text += line;
    }
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  if (failed.length) blocks.push(sloListSection('Failed SLOs', failed));
  if (marginal.length) blocks.push(sloListSection('Marginal SLOs (within the marginal band)', marginal));
  blocks.push({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: ctx.rollback
        ? ':rewind: *Rollback signalled*: the `rollback` output is `true`.'
        : `*Rollback*: not signalled${verdict === 'fail' ? ' (auto-rollback is off)' : ''}.`,
    },
  });
  blocks.push(
    slackFooter(
      [
        ...(runUrl ? [[runUrl, 'Workflow run']] : []),
        ...(options.artifactUrl ? [[options.artifactUrl, 'Report artifact']] : []),
      ] as Array<[string, string]>,
      [`loadgate ${ctx.toolVersion}`, ctx.generatedAt],
    ),
  );

  const fallback = `loadgate ${verdict.toUpperCase()} for ${shortenMiddle(target, 200)}${environment ? ` (${environment})` : ''}: p95 ${formatMs(o.latency.p95)}, errors ${formatPercent(errorPercent(o))}${failed.length ? `, ${failed.length} SLO(s) failed` : ''}${marginal.length ? `, marginal: ${marginal.map((r) => r.threshold.source).join('; ')}` : ''}${ctx.rollback ? ', rollback signalled' : ''}`;
  return fitSlackMessage({ text: fallback, blocks });
}

/** The last block: links (dropped when too long to link whole) and plain notes, `·`-separated. */
export function slackFooter(links: Array<[url: string, label: string]>, notes: string[]): Blocks[number] {
  const parts = [
    ...links
      .filter(([url]) => url.length <= MAX_LINKED_URL)
      .map(([url, label]) => `<${escapeSlack(url)}|${label}>`),
    ...notes.map(escapeSlack),
  ];
  return { type: 'context', elements: [{ type: 'mrkdwn', text: parts.join(' · ') }] };
}

export interface SlackPublishOptions {
  /** The incoming webhook URL (a secret). */
  webhookUrl: string;
  message: IncomingWebhookSendArguments;
  /** Per-attempt time limit. Default 10 s. */
  timeoutMs?: number;
  /** Retries after a 5xx or a network error. Default 1. */
  retries?: number;
  /** The proxy to go through (the run's settings or the environment); none: direct. */
  proxy?: ProxySource;
  signal?: AbortSignal;
}

/** Post the message. Errors thrown carry no trace of the webhook URL. */
export async function publishSlack(options: SlackPublishOptions): Promise<void> {
  const { webhookUrl, signal } = options;
  // Loaded when used: the client library is large, and most runs never need it.
  const { IncomingWebhook, IncomingWebhookHTTPError } = await import('@slack/webhook');
  const send = (await proxiedFetch(options.proxy)) ?? fetch;
  const webhook = new IncomingWebhook(webhookUrl, {
    timeout: options.timeoutMs ?? 10_000,
    retryConfig: { retries: options.retries ?? 1, minTimeout: 250, maxTimeout: 1_000, factor: 2 },
    fetch: (url, init) => {
      const signals = [init?.signal, signal].filter((s): s is AbortSignal => s !== undefined);
      return send(url, { ...init, ...(signals.length ? { signal: AbortSignal.any(signals) } : {}) });
    },
  });
  try {
    await webhook.send(options.message);
  } catch (error) {
    // Slack says why in the body of a refusal (`invalid_token`, `no_service`, `channel_is_archived`).
    const cause =
      error instanceof IncomingWebhookHTTPError
        ? `Slack answered HTTP ${error.statusCode}${error.body ? `: ${error.body.slice(0, 200)}` : ''}`
        : describeError(error);
    // The library's errors may quote the URL (e.g. "Failed to parse URL from …"): keep the
    // scrubbed text only, not the original error as `cause`.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(scrubSecrets(cause, [webhookUrl]));
  }
}
