/**
 * The action's orchestration: read settings, run the gate, publish, set outputs.
 * The single try/catch lives here; every phase below it either returns or throws.
 */
import { regressionLines } from './report/baseline-text.js';
import * as core from '@actions/core';

import { describeBaseline, loadBaseline } from './baseline/load-baseline.js';
import { readActionInputs } from './config/action-inputs.js';
import { readSettings } from './config/index.js';
import { sensitiveHeaderValues, trafficSecretValues } from './config/secrets.js';
import { serverMetricsSecretValues } from './config/server-metrics-settings.js';
import { SettingsError } from './config/settings-error.js';
import type { Settings } from './config/settings.js';
import type { BaselineData } from './metrics/baseline-data.js';
import { runGate, type GateOutcome } from './gate.js';
import { k6MeasuredRun } from './sources/k6/k6-measured-run.js';
import { errorOutputs, gateOutputs, type GateOutputs } from './gate-outputs.js';
import { publishJobSummary } from './integrations/job-summary.js';
import { describeError } from './integrations/run-integration.js';
import { workflowRunUrl } from './integrations/run-url.js';
import { describeRun, formatProgressLine } from './progress-line.js';
import { partialPlanNote } from './report/verdict-notes.js';
import { publishResults, publishSettingsError, runnerContext, type PublishResult } from './publish.js';
import { settingsAnnotations } from './settings-annotations.js';
import { transportNotices } from './transport-notices.js';
import { transportSecrets } from './config/transport-settings.js';
import { concludeLeg, mergePhase, publishLeg } from './shard-phases.js';
import type { MeasuredRun } from './sources/measured-run.js';

export async function run(): Promise<void> {
  // Cancelling the workflow sends SIGINT/SIGTERM: stop the load, keep the partial report.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(`cancelled (${signal})`);
  // `on`, not `once`: a signal can come twice, sent to the process group and passed on by the launcher (relaunch.ts).
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const inputs = readActionInputs();
  try {
    const runnerTemp = process.env.RUNNER_TEMP;
    const settings = readSettings(inputs, {
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      // Workflows often put outputs under the runner's temp directory; nothing else outside the workspace.
      outputRoots: runnerTemp ? [runnerTemp] : [],
    });
    for (const secret of secretsOf(settings)) core.setSecret(secret);
    const notices = transportNotices(settings);
    for (const warning of notices.warnings) core.warning(warning);
    for (const line of notices.info) core.info(line);

    // A merge reads the legs' bundles (or k6's results) before anything else: without them there is nothing to judge.
    const measured =
      settings.mode !== 'merge'
        ? undefined
        : settings.k6Results
          ? await readK6Phase(settings)
          : await mergePhase(settings);
    // A leg decides nothing, so it compares with nothing; the merge job loads the baseline.
    const baseline = settings.shard ? undefined : await loadBaselinePhase(settings);
    const outcome = await runLoadPhase(settings, cancel.signal, baseline, measured);
    // The verdict is decided: outputs first, so nothing that follows can lose them.
    setOutputs(gateOutputs(outcome));
    if (outcome.shard) {
      const uploaded = await publishLeg(outcome);
      setOutputs({
        'artifact-id': uploaded.id === undefined ? '' : String(uploaded.id),
        'artifact-name': uploaded.name ?? '',
      });
      concludeLeg(outcome);
      return;
    }
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
      for (const { message, properties } of settingsAnnotations(error.issues))
        core.error(message, properties);
      // Not core.ExitCode: @github/local-action's stand-in for @actions/core has no such export.
      process.exitCode = 1;
      // `slack-notify-on: failure` covers this verdict too; no load has run.
      for (const secret of [inputs['slack-webhook-url'], inputs['github-token']]) {
        if (secret.trim()) core.setSecret(secret.trim());
      }
      for (const line of inputs['prometheus-headers'].split(/\r?\n/)) {
        const value = line.slice(line.indexOf(':') + 1).trim();
        if (value) core.setSecret(value);
        const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
        if (credential) core.setSecret(credential);
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

/** Before any request: a baseline that cannot be had is one warning, and the run goes on. */
async function loadBaselinePhase(settings: Settings): Promise<BaselineData | undefined> {
  const whenMissing = settings.baseline?.missing ?? 'fail';
  const kind = settings.baseline?.source.kind;
  if (kind !== 'results' && kind !== 'artifact') return undefined;
  core.startGroup(`Baseline: ${kind === 'results' ? 'an earlier results.json' : 'the last successful run'}`);
  try {
    const baseline = await loadBaseline(settings);
    if (baseline && 'missing' in baseline) core.warning(describeBaseline(baseline, whenMissing));
    else if (baseline) core.info(describeBaseline(baseline, whenMissing));
    return baseline;
  } finally {
    core.endGroup();
  }
}

/** k6's results instead of a load (`k6-results`); what was skipped is a warning, so it is never silent. */
async function readK6Phase(settings: Settings): Promise<MeasuredRun | undefined> {
  core.startGroup('k6 results');
  try {
    const k6 = await k6MeasuredRun(settings);
    for (const note of k6?.notes ?? []) (note.startsWith('skipped: ') ? core.warning : core.info)(note);
    return k6;
  } finally {
    core.endGroup();
  }
}

async function runLoadPhase(
  settings: Settings,
  signal: AbortSignal,
  baseline: BaselineData | undefined,
  measured: MeasuredRun | undefined,
): Promise<GateOutcome> {
  const merged = settings.k6Results ? 'Verdict: the k6 results' : 'Verdict: the merged shards';
  core.startGroup(measured ? merged : `Load: ${describeRun(settings)}`);
  try {
    const runUrl = workflowRunUrl();
    const runId = process.env.GITHUB_RUN_ID;
    return await runGate(settings, {
      signal,
      onProgress: (sample) => core.info(formatProgressLine(sample)),
      onWaiting: (ms) =>
        core.info(`Waiting ${Math.round(ms / 100) / 10} s for start-at ${settings.startAt?.text ?? ''}`),
      ...(runUrl ? { runUrl } : {}),
      ...(runId ? { runId } : {}),
      ...(baseline ? { baseline } : {}),
      ...(measured ? { measured } : {}),
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
    ...transportSecrets(settings.transport),
    ...serverMetricsSecretValues(settings.serverMetrics),
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
  const partial = partialPlanNote(outcome.measurements);
  const stopped = outcome.measurements.stoppedEarly
    ? ` Load stopped early: ${outcome.measurements.stoppedEarly}${partial ? ` (${partial})` : ''}.`
    : '';
  if (verdict === 'error') {
    // The target was not reached: a setup problem, so the step fails as for bad input, whatever fail-on-breach says.
    const why = outcome.evaluation.reasons.join('; ') || 'the run could not judge the target';
    core.setFailed(
      `Performance gate error: ${why}. The canary was not judged; no rollback is signalled.${stopped}`,
    );
  } else if (verdict === 'inconclusive') {
    const why = outcome.evaluation.reasons.join('; ');
    const message = `Performance gate inconclusive: ${why}. The figures cannot judge the target; no rollback is signalled.`;
    if (outcome.settings.failOnBreach) core.setFailed(message);
    else core.warning(`${message} The step passes because fail-on-breach is false.`);
  } else if (verdict === 'fail') {
    const regressions = regressionLines(outcome.evaluation);
    const against = regressions.length > 0 ? ` Against the baseline: ${regressions.join('; ')}.` : '';
    const message = `Performance gate failed: ${failed.length} of ${results.length} SLOs breached (${failed.join('; ')}).${against}${stopped}${outcome.rollback ? ' Rollback signalled.' : ''}`;
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
