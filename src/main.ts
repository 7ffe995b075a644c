/**
 * The action's orchestration: read settings, run the gate, publish, set outputs.
 * The single try/catch lives here; every phase below it either returns or throws.
 */
import * as core from '@actions/core';

import { readActionInputs } from './config/action-inputs.js';
import { readSettings } from './config/index.js';
import { sensitiveHeaderValues, trafficSecretValues } from './config/secrets.js';
import { SettingsError } from './config/settings-error.js';
import type { Settings } from './config/settings.js';
import { runGate, type GateOutcome } from './gate.js';
import { errorOutputs, gateOutputs, type GateOutputs } from './gate-outputs.js';
import { publishJobSummary } from './integrations/job-summary.js';
import { describeError } from './integrations/run-integration.js';
import { workflowRunUrl } from './integrations/run-url.js';
import { describeRun, formatProgressLine } from './progress-line.js';
import { publishResults, publishSettingsError, runnerContext, type PublishResult } from './publish.js';

export async function run(): Promise<void> {
  // Cancelling the workflow sends SIGINT/SIGTERM: stop the load, keep the partial report.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(`cancelled (${signal})`);
  // `on`, not `once`: a signal can come twice, sent to the process group and passed on by the launcher (relaunch.ts).
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const inputs = readActionInputs();
  try {
    const settings = readSettings(inputs, {
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    });
    for (const secret of secretsOf(settings)) core.setSecret(secret);

    const outcome = await runLoadPhase(settings, cancel.signal);
    // The verdict is decided: outputs first, so nothing that follows can lose them.
    setOutputs(gateOutputs(outcome));
    const published = await publish(outcome);
    setOutputs({
      'artifact-id': published.artifactId === undefined ? '' : String(published.artifactId),
      'artifact-url': published.artifactUrl ?? '',
      'artifact-name': published.artifactName ?? '',
    });
    concludeStep(outcome);
  } catch (error) {
    setOutputs(errorOutputs());
    if (error instanceof SettingsError) {
      // A user mistake: one annotation per issue, no stack trace.
      for (const issue of error.issues) core.error(`${issue.where}: ${issue.message}`);
      process.exitCode = core.ExitCode.Failure;
      // `slack-notify-on: failure` covers this verdict too; no load has run.
      for (const secret of [inputs['slack-webhook-url'], inputs['github-token']]) {
        if (secret.trim()) core.setSecret(secret.trim());
      }
      await publishSettingsError(inputs, error.issues, workflowRunUrl(), {
        info: core.info,
        warn: core.warning,
      });
    } else {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof Error && error.stack) core.debug(error.stack);
      core.setFailed(`loadgate could not complete: ${message}`);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function runLoadPhase(settings: Settings, signal: AbortSignal): Promise<GateOutcome> {
  core.startGroup(`Load: ${describeRun(settings)}`);
  try {
    const runUrl = workflowRunUrl();
    return await runGate(settings, {
      signal,
      onProgress: (sample) => core.info(formatProgressLine(sample)),
      ...(runUrl ? { runUrl } : {}),
    });
  } finally {
    core.endGroup();
  }
}

function secretsOf(settings: Settings): string[] {
  const { slackWebhookUrl, githubToken } = settings.publish;
  // Captured values (tokens) are not known up front: they are never logged or written instead.
  return [
    ...sensitiveHeaderValues(settings),
    ...trafficSecretValues(settings.traffic),
    slackWebhookUrl,
    githubToken,
  ].filter((s): s is string => Boolean(s));
}

/** Integrations never change the verdict: each failure is one warning. */
async function publish(outcome: GateOutcome): Promise<PublishResult> {
  core.startGroup('Publish');
  try {
    core.info(`Report: ${outcome.reportPath}`);
    core.info(`Results: ${outcome.resultsPath}`);
    try {
      await publishJobSummary(outcome.markdown);
      core.info('Job summary written.');
    } catch (error) {
      core.warning(`Job summary not written: ${describeError(error)}`);
    }
    try {
      return await publishResults(outcome, runnerContext(), { info: core.info, warn: core.warning });
    } catch (error) {
      // Each integration already isolates its own failures; this guards the code around them.
      core.warning(`Publishing stopped: ${describeError(error)}`);
      return {};
    }
  } finally {
    core.endGroup();
  }
}

function setOutputs(outputs: GateOutputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

function concludeStep(outcome: GateOutcome): void {
  const { verdict, results } = outcome.evaluation;
  const failed = results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
  const marginal = results.filter((r) => r.status === 'marginal').map((r) => r.threshold.source);
  const stopped = outcome.measurements.stoppedEarly
    ? ` Load stopped early: ${outcome.measurements.stoppedEarly}.`
    : '';
  if (verdict === 'inconclusive') {
    const why =
      outcome.measurements.generator?.bottleneck.join('; ') ?? 'the load generator was the bottleneck';
    const message = `Performance gate inconclusive: the load generator, not the target, was the bottleneck (${why}). The figures cannot judge the target; no rollback is signalled.${stopped}`;
    if (outcome.settings.failOnBreach) core.setFailed(message);
    else core.warning(`${message} The step passes because fail-on-breach is false.`);
  } else if (verdict === 'fail') {
    const message = `Performance gate failed: ${failed.length} of ${results.length} SLOs breached (${failed.join('; ')}).${stopped}${outcome.rollback ? ' Rollback signalled.' : ''}`;
    if (outcome.settings.failOnBreach) core.setFailed(message);
    else core.warning(`${message} The step passes because fail-on-breach is false.`);
  } else if (verdict === 'marginal') {
    core.warning(`Performance gate marginal: ${marginal.join('; ')} within the marginal band.${stopped}`);
  } else if (results.length === 0) {
    core.notice(`Performance gate passed: no thresholds were set.${stopped}`);
  } else {
    core.notice(`Performance gate passed: ${results.length} SLOs met.${stopped}`);
  }
}
