/**
 * k6's `abortOnFail`: thresholds marked with it are judged every second on the data so
 * far (the whole run up to now, as k6 does). One that fails at
 * {@link SUSTAINED_EVALUATIONS} evaluations in a row, after its `delayAbortEval`, stops
 * the load; the verdict is then fail, and the report says when and why it stopped.
 * A threshold with nothing to judge yet (no requests so far) is not a breach.
 */
import type { LiveCheck } from '../metrics/live-run.js';
import type { AbortRecord, RunMeasurements } from '../metrics/measurements.js';
import { evaluateThresholds } from './evaluate-thresholds.js';
import type { Evaluation, Threshold } from './types.js';

/** Failing evaluations in a row (one a second) that make a breach sustained. */
export const SUSTAINED_EVALUATIONS = 2;

export class AbortRules {
  /** Set when a threshold stopped the load. */
  record: AbortRecord | undefined;
  private readonly rules: Threshold[];
  private readonly streaks: number[];

  constructor(thresholds: readonly Threshold[]) {
    this.rules = thresholds.filter((threshold) => threshold.abortOnFail);
    this.streaks = this.rules.map(() => 0);
  }

  /** The live check for the engine, or undefined when no threshold has abortOnFail. */
  check(): LiveCheck | undefined {
    if (this.rules.length === 0) return undefined;
    return (live) => {
      const due = this.rules.filter((rule) => live.elapsedMs >= (rule.delayAbortEvalMs ?? 0));
      if (due.length === 0) return undefined;
      const results = evaluateThresholds(due, live.snapshot()).results;
      for (const result of results) {
        const index = this.rules.indexOf(result.threshold);
        const breached = result.status === 'fail' && result.actual !== null;
        this.streaks[index] = breached ? this.streaks[index]! + 1 : 0;
        if (this.streaks[index]! >= SUSTAINED_EVALUATIONS) {
          this.record = {
            threshold: result.threshold.source,
            atMs: Math.round(live.elapsedMs),
            actual: result.actual,
          };
          return `${result.threshold.source} failed during the run (abortOnFail) at ${Math.round(live.elapsedMs / 1000)}s`;
        }
      }
      return undefined;
    };
  }
}

/**
 * A run stopped by an abortOnFail threshold fails, whatever the final figures say: that
 * threshold's result is marked failed with a note saying when the load was stopped.
 */
export function applyAbort(evaluation: Evaluation, measurements: RunMeasurements): Evaluation {
  const record = measurements.abortedBy;
  if (record === undefined) return evaluation;
  const note = `stopped the load at ${Math.round(record.atMs / 100) / 10}s (abortOnFail): sustained breach`;
  const results = evaluation.results.map((result) =>
    result.threshold.source === record.threshold
      ? { ...result, status: 'fail' as const, note: result.note ? `${note}; ${result.note}` : note }
      : result,
  );
  return { ...evaluation, verdict: 'fail', results };
}
