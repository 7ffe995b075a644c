/**
 * Sends the decided verdict where people and systems act on it: the workflow
 * artifact, a sticky PR comment, a check run, Slack and a Prometheus Pushgateway. Each runs in
 * its own try/catch with a time limit (runIntegration): a failure is one warning,
 * and nothing here can change the verdict, the outputs' figures or the files on disk.
 */
import { readFileSync } from 'node:fs';

import type { RawInputs } from './config/inputs.js';
import { resolvePublishSettings } from './config/publish-settings.js';
import type { SettingsIssue } from './config/settings-error.js';

import {
  artifactUrl as linkToArtifact,
  deriveJobKey,
  publishArtifact,
} from './integrations/artifact-upload.js';
import { buildCheckRun } from './integrations/check-run-content.js';
import { publishCheckRun } from './integrations/check-run.js';
import { buildPrComment, prCommentMarker, publishPrComment } from './integrations/pr-comment.js';
import { publishPushgateway, pushgatewayGrouping } from './integrations/pushgateway.js';
import { runIntegration, type WarnFn } from './integrations/run-integration.js';
import { buildSlackMessage, publishSlack, shouldNotifySlack } from './integrations/slack.js';
import { buildSlackErrorMessage } from './integrations/slack-error-message.js';
import type { GateOutcome } from './gate.js';
import { displayUrl } from './report/format.js';
import { renderPrometheusMetrics } from './report/prometheus-metrics.js';
import { TOOL_VERSION } from './version.js';

/** Time limits: the artifact client retries a 500 five times from 3 s and cannot be cancelled. */
const ARTIFACT_TIMEOUT_MS = 120_000;
const NOTIFY_TIMEOUT_MS = 20_000;

export interface PublishResult {
  artifactId?: number;
  artifactUrl?: string;
  /** The name the artifact was uploaded under (`<artifact-name>-<job key>`). */
  artifactName?: string;
}

/** What the runner tells a step about where it runs (environment variables). */
interface RunnerContext {
  job?: string;
  serverUrl?: string;
  repository?: string;
  runId?: string;
  eventName?: string;
  pullRequestNumber?: number;
  /** The commit a check run belongs to: the pull request's head (GITHUB_SHA is its merge commit), else GITHUB_SHA. */
  headSha?: string;
  /** The artifact service is only reachable with the runtime token the runner gives actions. */
  canUploadArtifacts: boolean;
}

function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown } };
    const number = event.pull_request?.number;
    return typeof number === 'number' ? number : undefined;
  } catch {
    return undefined;
  }
}

function pullRequestHeadSha(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { head?: { sha?: unknown } };
    };
    const sha = event.pull_request?.head?.sha;
    return typeof sha === 'string' && sha ? sha : undefined;
  } catch {
    return undefined;
  }
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const pr = pullRequestNumber(env.GITHUB_EVENT_PATH);
  const headSha = pullRequestHeadSha(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA;
  return {
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
    ...(pr !== undefined ? { pullRequestNumber: pr } : {}),
    ...(headSha ? { headSha } : {}),
    canUploadArtifacts: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
  };
}

export async function publishResults(
  outcome: GateOutcome,
  runner: RunnerContext,
  log: { info: (message: string) => void; warn: WarnFn },
): Promise<PublishResult> {
  const { publish } = outcome.settings;
  const ctx = outcome.report;
  const jobKey = deriveJobKey(runner.job, outcome.settings);
  const result: PublishResult = {};

  if (publish.uploadArtifact && runner.canUploadArtifacts) {
    const uploaded = await runIntegration(
      'Artifact upload',
      ARTIFACT_TIMEOUT_MS,
      () =>
        publishArtifact({
          name: publish.artifactName,
          jobKey,
          files: outcome.bundleFiles,
          rootDir: outcome.reportDir,
          ...(publish.artifactRetentionDays !== undefined
            ? { retentionDays: publish.artifactRetentionDays }
            : {}),
          ...(runner.serverUrl ? { serverUrl: runner.serverUrl } : {}),
          ...(runner.repository ? { repository: runner.repository } : {}),
          ...(runner.runId ? { runId: runner.runId } : {}),
        }),
      log.warn,
    );
    if (uploaded) {
      result.artifactId = uploaded.id;
      result.artifactName = uploaded.name;
      const url = uploaded.url ?? linkToArtifact(uploaded.id, runner);
      if (url) result.artifactUrl = url;
      log.info(`Artifact ${uploaded.name} uploaded (id ${uploaded.id})`);
    }
  } else if (publish.uploadArtifact) {
    log.info('Artifact upload skipped: the artifact service is only reachable from a GitHub Actions job.');
  }

  const artifactLink = result.artifactUrl ? { artifactUrl: result.artifactUrl } : {};
  const tasks: Promise<unknown>[] = [];

  if (
    publish.commentOnPr &&
    publish.githubToken &&
    runner.repository &&
    runner.pullRequestNumber !== undefined
  ) {
    const token = publish.githubToken;
    const repository = runner.repository;
    const marker = prCommentMarker(jobKey);
    tasks.push(
      runIntegration(
        'PR comment',
        NOTIFY_TIMEOUT_MS,
        (signal) =>
          publishPrComment({
            token,
            repository,
            eventName: runner.eventName,
            pullRequestNumber: runner.pullRequestNumber,
            body: buildPrComment(ctx, { ...artifactLink, marker }),
            marker,
            signal,
          }),
        log.warn,
        { secrets: [token] },
      ).then((comment) => {
        if (comment?.action === 'skipped') log.info(`PR comment skipped: ${comment.reason}.`);
        else if (comment) log.info(`PR comment ${comment.action}: ${comment.url}`);
      }),
    );
  }

  if (publish.checkRun && publish.githubToken && runner.repository && runner.headSha) {
    const token = publish.githubToken;
    const repository = runner.repository;
    const headSha = runner.headSha;
    const content = buildCheckRun(ctx, outcome.markdown, { job: runner.job, detailsUrl: ctx.runUrl });
    tasks.push(
      runIntegration(
        'Check run',
        NOTIFY_TIMEOUT_MS,
        async (signal) => {
          const done = await publishCheckRun({
            token,
            repository,
            headSha,
            content,
            startedAt: outcome.measurements.startedAt,
            completedAt: outcome.measurements.finishedAt,
            signal,
          });
          log.info(
            `Check run "${content.name}" ${done.action} (${done.annotations} annotations): ${done.url}`,
          );
        },
        log.warn,
        { secrets: [token] },
      ),
    );
  }

  const webhookUrl = publish.slackWebhookUrl;
  if (webhookUrl && shouldNotifySlack(outcome.evaluation.verdict, publish.slackNotifyOn)) {
    tasks.push(
      runIntegration(
        'Slack notification',
        NOTIFY_TIMEOUT_MS,
        async (signal) => {
          await publishSlack({
            webhookUrl,
            message: buildSlackMessage(ctx, artifactLink),
            signal,
            ...(ctx.settings.transport?.proxy ? { proxy: ctx.settings.transport.proxy } : {}),
          });
          return true;
        },
        log.warn,
        { secrets: [webhookUrl] },
      ).then((sent) => {
        if (sent) log.info(`Slack notification sent (${outcome.evaluation.verdict}).`);
      }),
    );
  }

  const pushgatewayUrl = publish.pushgatewayUrl;
  if (pushgatewayUrl) {
    tasks.push(
      runIntegration(
        'Pushgateway push',
        NOTIFY_TIMEOUT_MS,
        (signal) =>
          publishPushgateway({
            url: pushgatewayUrl,
            groupingLabels: pushgatewayGrouping(ctx, runner),
            metrics: renderPrometheusMetrics(ctx, {}, runner.runId ? { runId: runner.runId } : {}),
            signal,
            ...(ctx.settings.transport?.proxy ? { proxy: ctx.settings.transport.proxy } : {}),
          }),
        log.warn,
      ).then((pushed) => {
        if (pushed) log.info(`Pushgateway push: ${pushed.url} (HTTP ${pushed.statusCode}).`);
      }),
    );
  }

  await Promise.all(tasks);
  return result;
}

/** Inputs as the settings read them: trimmed, '' for not given. */
function givenInput(inputs: RawInputs): (name: keyof RawInputs) => string | undefined {
  return (name) => inputs[name]?.trim() || undefined;
}

/**
 * The `error` verdict in Slack: the settings were refused, so nothing ran. Only Slack
 * hears of it (the other integrations report figures, and there are none), and only
 * when its own inputs are usable and `slack-notify-on` covers failures.
 */
export async function publishSettingsError(
  inputs: RawInputs,
  issues: readonly SettingsIssue[],
  runUrl: string | undefined,
  log: { info: (message: string) => void; warn: WarnFn },
): Promise<void> {
  const given = givenInput(inputs);
  // Problems in these inputs were reported with the others: an unusable webhook means no message.
  const publish = resolvePublishSettings(given, []);
  const webhookUrl = publish.slackWebhookUrl;
  if (!webhookUrl || !shouldNotifySlack('error', publish.slackNotifyOn)) return;
  const targetInput = given('target-url');
  const target = targetInput && URL.canParse(targetInput) ? displayUrl(targetInput) : undefined;
  const environment = given('environment');
  const message = buildSlackErrorMessage({
    issues,
    ...(target ? { target } : {}),
    ...(environment ? { environment } : {}),
    ...(runUrl ? { runUrl } : {}),
    toolVersion: TOOL_VERSION,
    generatedAt: new Date().toISOString(),
  });
  const sent = await runIntegration(
    'Slack notification',
    NOTIFY_TIMEOUT_MS,
    async (signal) => {
      // No settings on this path: the proxy comes from the environment.
      await publishSlack({ webhookUrl, message, signal, proxy: process.env });
      return true;
    },
    log.warn,
    { secrets: [webhookUrl] },
  );
  if (sent) log.info('Slack notification sent (error).');
}
