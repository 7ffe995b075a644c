/**
 * publish.ts against local stand-ins and a real Pushgateway: one info line per
 * integration that worked, and the `error` verdict reaching Slack when the settings
 * were refused (no load, no webhook in any text).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs } from '../src/config/inputs.js';
import type { GateOutcome } from '../src/gate.js';
import { publishResults, publishSettingsError, runnerContext } from '../src/publish.js';
import { startPushgateway, type Pushgateway } from './helpers/pushgateway.js';
import { buildReportFixture } from './helpers/report-fixture.js';
import { startSlackStandIn, type SlackStandIn } from './helpers/slack-standin.js';

interface Block {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ text: string }>;
}

const ISSUES = [
  { where: "input 'duration'", message: 'got "30 seconds"; expected a duration such as 30s or 2m' },
  { where: '.github/loadgate.yml:4:5 (thresholds[0])', message: 'got "p95 < 250"; expected p(95)<250' },
];
const RUN_URL = 'https://github.com/acme/shop/actions/runs/4242';

function recorder() {
  const info: string[] = [];
  const warnings: string[] = [];
  return {
    info,
    warnings,
    log: { info: (m: string) => info.push(m), warn: (m: string) => warnings.push(m) },
  };
}

let slack: SlackStandIn | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

describe('publishSettingsError', () => {
  it('sends one short error message listing the problems, and logs that it did', async () => {
    slack = await startSlackStandIn('ok');
    const { info, warnings, log } = recorder();
    const inputs = rawInputs({
      'target-url': 'https://user:pw@canary.example.com/',
      environment: 'staging',
      'slack-webhook-url': slack.url,
    });
    await publishSettingsError(inputs, ISSUES, RUN_URL, log);
    expect(warnings).toEqual([]);
    expect(info).toEqual(['Slack notification sent (error).']);
    expect(slack.received).toHaveLength(1);
    const payload = slack.received[0] as { text: string; blocks: Block[] };
    expect(payload.text).toBe(
      'loadgate ERROR for https://canary.example.com/ (staging): 2 problems in the settings, no load sent',
    );
    expect(payload.blocks[0]?.text?.text).toBe('ERROR: performance gate (staging)');
    const texts = payload.blocks.map((b) => b.text?.text ?? b.elements?.[0]?.text ?? '');
    expect(texts[1]).toContain('No request was sent to the target');
    expect(texts[2]).toBe(
      `*Settings problems*\n• ${ISSUES[0]!.where}: ${ISSUES[0]!.message}\n• ${ISSUES[1]!.where}: ${ISSUES[1]!.message.replace(/</g, '&lt;')}`,
    );
    expect(texts[3]).toContain(`<${RUN_URL}|Workflow run>`);
    const body = JSON.stringify(payload);
    expect(body).not.toContain(new URL(slack.url).pathname.split('/').pop()!);
    expect(body).not.toContain('user:pw');
  });

  it('sends nothing when slack-notify-on leaves errors out, or the webhook is unusable', async () => {
    slack = await startSlackStandIn('ok');
    const { info, warnings, log } = recorder();
    for (const inputs of [
      rawInputs({ 'slack-webhook-url': slack.url, 'slack-notify-on': 'never' }),
      rawInputs({ 'slack-webhook-url': `ftp${slack.url.slice(4)}` }),
      rawInputs({}),
    ]) {
      await publishSettingsError(inputs, ISSUES, RUN_URL, log);
    }
    expect(slack.hits).toBe(0);
    expect([...info, ...warnings]).toEqual([]);
  });

  it('sends on an unusable slack-notify-on too: its default, failure, covers errors', async () => {
    slack = await startSlackStandIn('ok');
    const { log } = recorder();
    await publishSettingsError(
      rawInputs({ 'slack-webhook-url': slack.url, 'slack-notify-on': 'sometimes' }),
      [{ where: "input 'slack-notify-on'", message: 'got "sometimes"; expected one of failure, marginal' }],
      undefined,
      log,
    );
    expect(slack.received).toHaveLength(1);
  });

  it('turns a refusing webhook into one warning without its secret', async () => {
    slack = await startSlackStandIn('500');
    const { info, warnings, log } = recorder();
    await publishSettingsError(rawInputs({ 'slack-webhook-url': slack.url }), ISSUES, RUN_URL, log);
    expect(info).toEqual([]);
    expect(warnings).toEqual(['Slack notification failed: Slack answered HTTP 500: internal_error']);
  });
});

describe('publishResults', () => {
  let gateway: Pushgateway;
  beforeAll(async () => {
    gateway = await startPushgateway();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('logs one line for each integration that worked', async () => {
    slack = await startSlackStandIn('ok');
    const ctx = buildReportFixture();
    ctx.settings.publish = {
      ...ctx.settings.publish,
      uploadArtifact: false,
      commentOnPr: false,
      slackWebhookUrl: slack.url,
      pushgatewayUrl: gateway.url,
    };
    const outcome = {
      settings: ctx.settings,
      measurements: ctx.measurements,
      evaluation: ctx.evaluation,
      rollback: ctx.rollback,
      report: ctx,
    } as GateOutcome;
    const { info, warnings, log } = recorder();
    await publishResults(outcome, runnerContext({ GITHUB_REPOSITORY: 'acme/info', GITHUB_RUN_ID: '9' }), log);
    expect(warnings).toEqual([]);
    expect(info.sort()).toEqual(
      [
        'Slack notification sent (fail).',
        `Pushgateway push: ${gateway.url}/metrics/job/loadgate/repository@base64/${Buffer.from('acme/info').toString('base64url')}/environment/staging/target@base64/${Buffer.from('https://canary.shop.example.com').toString('base64url')} (HTTP 200).`,
      ].sort(),
    );
    expect(await gateway.metrics()).toMatch(/loadgate_run_info\{[^}]*repository="acme\/info",run_id="9"/);
  });
});
