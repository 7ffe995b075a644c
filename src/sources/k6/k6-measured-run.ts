/**
 * The hook the front ends call for `k6-results` (with `mode: merge`): the k6 files of
 * the settings read into a measured run for the gate (GateOptions.measured), and the
 * settings to judge it with: loadgate's thresholds, or the k6 files' own when none is
 * configured. A merge dispatch that detects files by content (`loadgate merge FILE…`)
 * calls readK6Results with the files detectK6File recognised.
 */
import type { Settings } from '../../config/settings.js';
import type { RunMeasurements } from '../../metrics/measurements.js';
import { readK6Results } from './read-k6-results.js';

export interface K6MeasuredRun {
  /** The settings with the thresholds to judge. */
  settings: Settings;
  measured: { measurements: RunMeasurements };
  /** For the log: what was read and merged, whose thresholds are judged, what was skipped. */
  notes: string[];
}

/** Undefined when the settings name no k6 results; throws SettingsError at the file and line of a problem. */
export async function k6MeasuredRun(settings: Settings): Promise<K6MeasuredRun | undefined> {
  if (settings.k6Results === undefined) return undefined;
  const read = await readK6Results(settings.k6Results.files, settings.thresholds);
  return {
    settings: { ...settings, thresholds: read.thresholds },
    measured: { measurements: read.measurements },
    notes: read.notes,
  };
}
