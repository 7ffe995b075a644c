/**
 * `loadgate merge PATH… [options]`: the legs' shard bundles on disk (files, or
 * directories holding them: downloaded artifacts, report dirs) merged and judged once,
 * through the same verdict, report and publishing as a run. The options are a run's
 * (the merge checks the legs ran the plan they describe: --target-url, --thresholds,
 * --config, …). Exit codes as for `loadgate run`.
 */
import { parseArgs } from 'node:util';

import { describeBaseline, loadBaseline } from '../baseline/load-baseline.js';
import { readSettings } from '../config/index.js';
import { INPUT_NAMES, type RawInputs } from '../config/inputs.js';
import { SettingsError } from '../config/settings-error.js';
import { gateOutputs } from '../gate-outputs.js';
import { runGate } from '../gate.js';
import { publishResults, runnerContext } from '../publish.js';
import { renderTextSummary } from '../report/text-summary.js';
import { readMeasurementSource } from '../sources/read-measurement-source.js';

export const MERGE_USAGE = `Usage: loadgate merge PATH... [options]
  Merge the shard bundles (results.json of legs run with --shard k/n) in the files or
  directories given, and judge them once. The options are those of loadgate run, as the
  legs had them (the merge checks every leg ran that plan), without --shard.`;

export async function mergeCommand(argv: readonly string[]): Promise<number> {
  const options = Object.fromEntries(INPUT_NAMES.map((name) => [name, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options });
  const paths = positionals.slice(positionals[0] === 'merge' ? 1 : 0);
  if (paths.length === 0) {
    console.error(`error: merge: no shard bundles given\n\n${MERGE_USAGE}`);
    return 1;
  }
  const given = values as Record<string, unknown>;
  const inputs = Object.fromEntries(
    INPUT_NAMES.map((name) => [name, typeof given[name] === 'string' ? given[name] : '']),
  ) as RawInputs;
  try {
    const settings = readSettings({ ...inputs, mode: inputs.mode || 'merge' }, { workspace: process.cwd() });
    const measured = await readMeasurementSource(paths, settings, { workspace: process.cwd(), strict: true });
    for (const note of measured.notes) console.error(`loadgate: ${note}`);
    const baseline = await loadBaseline(settings);
    if (baseline)
      console.error(`loadgate: ${describeBaseline(baseline, settings.baseline?.missing ?? 'fail')}`);
    const outcome = await runGate(settings, { measured, ...(baseline ? { baseline } : {}) });
    console.log(renderTextSummary(outcome.report));
    await publishResults(outcome, runnerContext(), {
      info: (message) => console.error(message),
      warn: (message) => console.error(`warning: ${message}`),
    });
    const outputs = gateOutputs(outcome);
    console.log(`\nreport:  ${outputs['report-path']}\nresults: ${outputs['results-path']}`);
    if (outcome.rollback) console.log('rollback: true');
    const verdict = outcome.evaluation.verdict;
    if (verdict === 'error') {
      for (const reason of outcome.evaluation.reasons) console.error(`error: ${reason}`);
      return 1;
    }
    return (verdict === 'fail' || verdict === 'inconclusive') && settings.failOnBreach ? 1 : 0;
  } catch (error) {
    if (error instanceof SettingsError) {
      for (const issue of error.issues) console.error(`error: ${issue.where}: ${issue.message}`);
      return 1;
    }
    throw error;
  }
}
