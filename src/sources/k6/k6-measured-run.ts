/**
 * k6's results as a measured run for the gate (GateOptions.measured): the files named
 * by `k6-results`, or those the merge dispatch recognised by content
 * (sources/read-measurement-source.ts, `loadgate merge FILE…`). The run carries the
 * thresholds to judge: loadgate's, or the k6 files' own when none is configured.
 */
import type { Settings } from '../../config/settings.js';
import type { MeasuredRun, SourceFile } from '../measured-run.js';
import { readK6Results } from './read-k6-results.js';

/** Throws SettingsError at the file and line of a problem. */
export async function readK6Source(files: readonly SourceFile[], settings: Settings): Promise<MeasuredRun> {
  const read = await readK6Results(files, settings.thresholds);
  return { measurements: read.measurements, thresholds: read.thresholds, notes: read.notes };
}

/** The run of the settings' `k6-results`; undefined when they name none. */
export async function k6MeasuredRun(settings: Settings): Promise<MeasuredRun | undefined> {
  return settings.k6Results === undefined ? undefined : readK6Source(settings.k6Results.files, settings);
}
