/**
 * The run as a live check sees it while the load runs: the engine's run monitor calls
 * the checks once a second, and slo/abort-rules.ts builds one. Here, below both, so
 * neither imports the other.
 */
import type { IntervalPoint, RunMeasurements } from './measurements.js';

/** What a live check sees each second. */
export interface LiveRun {
  /** Milliseconds since the load started. */
  elapsedMs: number;
  /** Everything measured so far (encodes histograms: call it at most once a second). */
  snapshot(): RunMeasurements;
  /**
   * The whole run's closed seconds (`intervals.overall` of a snapshot) without encoding
   * anything else, for a check that needs no more; absent where only snapshots are kept.
   */
  seconds?(): IntervalPoint[];
}

/**
 * Called once a second while the load runs. Return a reason to stop the load (it ends
 * as a cancellation does: requests in flight are cut and not counted), or undefined.
 */
export type LiveCheck = (live: LiveRun) => string | undefined;
