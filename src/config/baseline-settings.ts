/**
 * Where the canary's baseline comes from and how it is judged. One source per run:
 * a live baseline loaded at the same time (`baseline-url`), an earlier run's
 * results.json (`baseline-results`), or the report artifact of the last successful run
 * (`baseline-artifact`).
 */

/** The baseline source of a run. */
export type BaselineSourceSettings =
  /** A second deployment (the old build) that gets the same traffic at the same time. */
  | { kind: 'live'; url: string }
  /** An earlier run's results.json: `path` absolute and inside the workspace, `displayPath` as given. */
  | { kind: 'results'; path: string; displayPath: string }
  /** The report artifact of the last successful run of `workflow` (default: this one) on `branch` (default: the default branch). */
  | { kind: 'artifact'; workflow?: string; branch?: string; artifactName?: string };

export interface BaselineSettings {
  source: BaselineSourceSettings;
  /** When the baseline cannot be had: `fail` (relative thresholds have no data, so they fail) or `pass` (they pass, and the report says so). */
  missing: 'pass' | 'fail';
  /** Confidence level of the statistical judge's intervals, in (0.5, 0.999]; default 0.95. */
  confidence: number;
}
