/**
 * `loadgate run`: the gate for a terminal or a script. What goes where:
 * - default: progress (the live display on a TTY) and logs on stderr; the summary and
 *   the report paths on stdout;
 * - --quiet: the verdict line on stdout, warnings and errors on stderr, nothing else;
 * - --json: the results document (results.json) on stdout and nothing else there;
 *   everything a person reads goes to stderr.
 * Exit codes are the step's: 0 pass or marginal; 1 fail or inconclusive (unless
 * --fail-on-breach false), error, bad input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describeBaseline, loadBaseline } from '../baseline/load-baseline.js';
import { readSettings } from '../config/index.js';
import type { RawInputs } from '../config/inputs.js';
import { SettingsError } from '../config/settings-error.js';
import type { Settings } from '../config/settings.js';
import { runGate, type GateOutcome } from '../gate.js';
import { describeRun } from '../progress-line.js';
import { transportNotices } from '../transport-notices.js';
import { k6MeasuredRun } from '../sources/k6/k6-measured-run.js';
import { publishResults, runnerContext } from '../publish.js';
import { renderTextSummary, verdictLine } from '../report/text-summary.js';
import { flagLabel } from './flag-label.js';
import { createProgressDisplay } from './progress-display.js';
import { paintVerdict } from './verdict-colors.js';
import { colorEnabled } from './terminal-colors.js';

export interface OutputMode {
  quiet: boolean;
  json: boolean;
}

const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(`${text}\n`);

/**
 * Runs the gate; resolves with the exit code. The workspace is the working directory:
 * the files read (config, data) must lie inside it (or `readRoots`: the demo's bundled
 * examples), and the report dir inside it or the OS temp directory.
 */
export async function runCommand(
  inputs: RawInputs,
  mode: OutputMode,
  readRoots: readonly string[] = [],
): Promise<number> {
  const stdout = write(process.stdout);
  const stderr = write(process.stderr);
  // What a person reads: stdout, unless stdout carries the JSON.
  const human = mode.json ? stderr : stdout;
  const info = mode.quiet ? () => {} : stderr;
  const log = { info, warn: (message: string) => stderr(`warning: ${message}`) };

  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(`cancelled (${signal})`);
  // `on`, not `once`: a signal can come twice, sent to the process group and passed on by the launcher (relaunch.ts).
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const settings = readSettings(inputs, { workspace: process.cwd(), readRoots, inputLabel: flagLabel });
    const notices = transportNotices(settings);
    for (const warning of notices.warnings) log.warn(warning);
    for (const line of notices.info) info(`loadgate: ${line}`);
    const baseline = await loadBaseline(settings);
    if (baseline && 'missing' in baseline) {
      log.warn(describeBaseline(baseline, settings.baseline?.missing ?? 'fail'));
    } else if (baseline) info(`loadgate: ${describeBaseline(baseline, 'fail')}`);
    // `--mode merge --k6-results …`: k6's results are judged instead of a load.
    const k6 = await k6MeasuredRun(settings);
    for (const note of k6?.notes ?? []) {
      if (note.startsWith('skipped: ')) log.warn(note);
      else info(`loadgate: ${note}`);
    }
    if (!k6) info(`loadgate: ${describeRun(settings)}`);

    const display = mode.quiet || k6 ? undefined : createProgressDisplay(process.stderr);
    let outcome: GateOutcome;
    try {
      outcome = await runGate(settings, {
        ...(k6 ? { measured: k6 } : {}),
        ...(baseline ? { baseline } : {}),
        signal: cancel.signal,
        ...(display
          ? { onProgress: (sample) => display.update(sample), progressIntervalMs: display.intervalMs }
          : {}),
      });
    } finally {
      display?.stop();
    }

    const paint = colorEnabled(mode.json ? process.stderr : process.stdout, process.env);
    if (mode.quiet) stdout(paintVerdict(verdictLine(outcome.report).split('\n')[0]!.trim(), paint));
    else human(paintVerdict(renderTextSummary(outcome.report), paint));
    if (mode.json) stdout((await readFile(outcome.resultsPath, 'utf8')).trimEnd());

    // A leg (--shard k/n) decides and publishes nothing: it fails only on its own abortOnFail stop.
    if (outcome.shard) return outcome.measurements.abortedBy ? 1 : 0;
    await publishResults(withoutIdleArtifact(outcome, inputs), runnerContext(), log);
    if (!mode.quiet) {
      human(`\nreport:  ${outcome.reportPath}`);
      const html = outcome.bundleFiles.find((file) => path.basename(file) === 'report.html');
      if (html) human(`html:    ${html}`);
      human(`results: ${outcome.resultsPath}`);
      if (outcome.rollback) human('rollback: true');
    }
    const verdict = outcome.evaluation.verdict;
    if (verdict === 'error') {
      // The target was not reached (reachability.ts): exit 1 as for bad input.
      for (const reason of outcome.evaluation.reasons ?? []) stderr(`error: ${reason}`);
      return 1;
    }
    return (verdict === 'fail' || verdict === 'inconclusive') && settings.failOnBreach ? 1 : 0;
  } catch (error) {
    if (error instanceof SettingsError) {
      for (const issue of error.issues) stderr(`error: ${issue.where}: ${issue.message}`);
      return 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Outside a GitHub job there is no artifact service: unless --upload-artifact was given,
 * the CLI does not try (and does not say on every run that it skipped it).
 */
function withoutIdleArtifact(outcome: GateOutcome, inputs: RawInputs): GateOutcome {
  const publish = outcome.settings.publish;
  if (
    !publish.uploadArtifact ||
    inputs['upload-artifact'].trim() !== '' ||
    runnerContext().canUploadArtifacts
  )
    return outcome;
  const settings: Settings = { ...outcome.settings, publish: { ...publish, uploadArtifact: false } };
  return { ...outcome, settings };
}
