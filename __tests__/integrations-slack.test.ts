import { afterEach, describe, expect, it } from 'vitest';

import { runIntegration } from '../src/integrations/run-integration.js';
import {
  buildSlackMessage,
  publishSlack,
  shouldNotifySlack,
  type NotifyVerdict,
  type SlackNotifyOn,
} from '../src/integrations/slack.js';
import { buildReportFixture, FIXTURE_SECRETS } from './helpers/report-fixture.js';
import { startSlackStandIn, type SlackStandIn, type SlackStandInMode } from './helpers/slack-standin.js';

const NAME = 'Slack notification';
const RUN_URL = 'https://github.com/acme/shop/actions/runs/777';
const ARTIFACT_URL = 'https://github.com/acme/shop/actions/runs/777/artifacts/1001';

let standIn: SlackStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

interface Block {
  type: string;
  text?: { type: string; text: string };
  fields?: Array<{ type: string; text: string }>;
  elements?: Array<{ type: string; text: string }>;
}

async function notify(mode: SlackStandInMode, timeoutMs = 3_000) {
  standIn = await startSlackStandIn(mode);
  const webhookUrl = standIn.url;
  const warnings: string[] = [];
  const started = Date.now();
  const ctx = buildReportFixture({ runUrl: RUN_URL });
  await runIntegration(
    NAME,
    timeoutMs,
    (signal) =>
      publishSlack({
        webhookUrl,
        message: buildSlackMessage(ctx, { artifactUrl: ARTIFACT_URL }),
        signal,
        timeoutMs: 10_000,
      }),
    (m) => warnings.push(m),
    { secrets: [webhookUrl] },
  );
  return { warnings, elapsed: Date.now() - started, webhookUrl };
}

describe('shouldNotifySlack', () => {
  const table: Array<[SlackNotifyOn, NotifyVerdict, boolean]> = [
    ['never', 'fail', false],
    ['never', 'pass', false],
    ['always', 'pass', true],
    ['always', 'marginal', true],
    ['failure', 'pass', false],
    ['failure', 'marginal', false],
    ['failure', 'fail', true],
    ['failure', 'error', true],
    ['failure', 'inconclusive', true],
    ['marginal', 'pass', false],
    ['marginal', 'marginal', true],
    ['marginal', 'fail', true],
    ['marginal', 'error', true],
    ['marginal', 'inconclusive', true],
  ];
  it.each(table)('notify-on %s, verdict %s → %s', (notifyOn, verdict, expected) => {
    expect(shouldNotifySlack(verdict, notifyOn)).toBe(expected);
  });
});

describe('buildSlackMessage', () => {
  it('escapes Slack control characters and keeps header values out', () => {
    const ctx = buildReportFixture({ environment: 'qa <&> main' });
    const text = JSON.stringify(buildSlackMessage(ctx));
    expect(text).toContain('qa &lt;&amp;&gt; main');
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });

  it('says no rollback when the gate passed', () => {
    const message = buildSlackMessage(buildReportFixture({ verdict: 'pass' }));
    const text = JSON.stringify(message);
    expect(message.text).toMatch(/^loadgate PASS for https:\/\/canary\.shop\.example\.com \(staging\)/);
    expect(text).toContain('*Rollback*: not signalled.');
    expect(text).not.toContain('Failed SLOs');
  });
});

describe('buildSlackMessage names the marginal SLOs', () => {
  const sections = (message: ReturnType<typeof buildSlackMessage>): string[] =>
    (message.blocks as Block[]).filter((b) => b.type === 'section' && b.text).map((b) => b.text!.text);

  it('lists them in a marginal message, in the notification text too', () => {
    const ctx = buildReportFixture({ verdict: 'marginal' });
    const marginal = ctx.evaluation.results.filter((r) => r.status === 'marginal');
    expect(marginal.length).toBeGreaterThan(0);
    const message = buildSlackMessage(ctx);
    const listed = sections(message).find((t) => t.startsWith('*Marginal SLOs'));
    expect(listed).toBe(
      `*Marginal SLOs (within the marginal band)*\n${marginal.map((r) => `• \`${r.threshold.source.replace(/</g, '&lt;')}\``).join('\n')}`,
    );
    for (const r of marginal) expect(message.text).toContain(r.threshold.source);
    expect(sections(message).some((t) => t.startsWith('*Failed SLOs'))).toBe(false);
  });

  it('lists failed and marginal apart in a failing message', () => {
    const message = buildSlackMessage(buildReportFixture());
    expect(sections(message)).toContain('*Failed SLOs*\n• `error_rate: 1%`');
    expect(sections(message)).toContain(
      '*Marginal SLOs (within the marginal band)*\n• `http_req_duration: p(99)&lt;300`',
    );
  });
});

describe('publishSlack against the webhook stand-in', () => {
  it('posts one Block Kit message with the verdict, numbers, thresholds, failures, rollback and links', async () => {
    const { warnings } = await notify('ok');
    expect(warnings).toEqual([]);
    expect(standIn!.received).toHaveLength(1);
    const payload = standIn!.received[0] as { text: string; blocks: Block[] };
    const ctx = buildReportFixture();
    const o = ctx.measurements.overall;

    expect(payload.text).toContain('loadgate FAIL for https://canary.shop.example.com (staging)');
    expect(payload.blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'FAIL: performance gate (staging)' },
    });

    const fields = payload.blocks.find((b) => b.fields)!.fields!.map((f) => f.text);
    expect(fields[0]).toBe('*Target*\nhttps://canary.shop.example.com');
    expect(fields[1]).toBe('*Environment*\nstaging');
    const p95 = Math.round(o.latency.p95);
    expect(fields[2]).toBe(`*p95 latency*\n${p95} ms :white_check_mark:\nSLO &lt; 250 ms`);
    expect(fields[3]).toMatch(
      /^\*p99 latency\*\n\d+ ms :warning:\nSLO &lt; 300 ms \(marginal up to 400 ms\)$/,
    );
    expect(fields[4]).toMatch(/^\*Error rate\*\n\d\.\d\d % :x:\nSLO &lt; 1 %$/);
    expect(fields[5]).toMatch(/^\*Throughput\*\n\d+(\.\d)? req\/s :white_check_mark:\nSLO &gt;= 100 req\/s$/);

    const sections = payload.blocks.filter((b) => b.type === 'section' && b.text).map((b) => b.text!.text);
    expect(sections).toContain('*Failed SLOs*\n• `error_rate: 1%`');
    expect(sections.some((t) => t.includes('*Rollback signalled*'))).toBe(true);
    const context = payload.blocks.find((b) => b.type === 'context')!.elements![0]!.text;
    expect(context).toContain(`<${RUN_URL}|Workflow run>`);
    expect(context).toContain(`<${ARTIFACT_URL}|Report artifact>`);
  });

  it('turns a 500 into one warning without the webhook URL', async () => {
    const { warnings, webhookUrl } = await notify('500');
    expect(warnings).toEqual(['Slack notification failed: Slack answered HTTP 500: internal_error']);
    expect(standIn!.hits).toBe(2); // one retry
    expect(warnings[0]).not.toContain(new URL(webhookUrl).pathname);
  });

  it('turns a refused connection into one warning without the webhook URL', async () => {
    const { warnings, webhookUrl } = await notify('refused');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Slack notification failed: A request error occurred: fetch failed.*ECONNREFUSED/,
    );
    expect(warnings[0]).not.toContain(new URL(webhookUrl).pathname.split('/').pop()!);
  });

  it('gives up on a hanging webhook at the time limit', async () => {
    const { warnings, elapsed } = await notify('hang', 1_000);
    expect(warnings).toEqual(['Slack notification failed: no answer within 1000 ms (timed out)']);
    expect(elapsed).toBeLessThan(2_500);
  });

  it('scrubs the URL from errors the library quotes it in', async () => {
    const secretUrl = 'not-a-url/services/T0/B0/superSecretHookValue';
    const warnings: string[] = [];
    await runIntegration(
      NAME,
      2_000,
      () => publishSlack({ webhookUrl: secretUrl, message: { text: 'x' }, retries: 0 }),
      (m) => warnings.push(m),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Slack notification failed: /);
    expect(warnings[0]).not.toContain('superSecretHookValue');
  });
});
