/**
 * The measurements a canary is compared with, and where they came from. A live
 * baseline is measured by the engine during the run; a results file or an artifact is
 * read before the load. Either way the judge sees the same shape.
 */
import type { RunMeasurements } from './measurements.js';

export interface BaselineOrigin {
  kind: 'live' | 'results' | 'artifact';
  /** For messages and reports: the URL, the file, or e.g. `run 4711 of deploy.yml on main`. */
  label: string;
  /** The workflow run the baseline came from (artifact), its page, and when it ran. */
  runId?: number;
  runUrl?: string;
  createdAt?: string;
  /** How old the baseline was when this run started, ms. */
  ageMs?: number;
}

/** A baseline that was had, or why it could not be had (a warning; relative thresholds then have no data). */
export type BaselineData =
  { origin: BaselineOrigin; measurements: RunMeasurements } | { origin: BaselineOrigin; missing: string };
