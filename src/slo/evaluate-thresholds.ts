/**
 * Thresholds judged against a run's measurements, and the verdict. A pure function
 * of results.json's data, so a verdict can be recomputed from an artifact.
 *
 * A threshold with nothing to judge (no requests, an endpoint that was not measured,
 * a metric the run does not record) fails with a note: a gate never passes on missing
 * data. A server metric whose series could not be read is inconclusive instead (the
 * canary was not shown to be bad; server-metric-measure.ts). A relative threshold
 * (`p(95) < baseline * 1.10`) is judged against the baseline's measurements in
 * relative-thresholds.ts.
 */
import type { RunMeasurements } from '../metrics/measurements.js';
import { HistogramCache, measureThreshold } from './measure-threshold.js';
import { bandNote, judge, judgeLowerBound } from './point-judge.js';
import { thresholdValueUnit } from './metric-catalog.js';
import { baselineUse, evaluateRelativeThreshold, type BaselineJudging } from './relative-thresholds.js';
import type { Evaluation, Threshold, ThresholdResult, Verdict } from './types.js';
import { formatQuantity } from './units.js';

export { bandNote, compare, judge, judgeLowerBound, nearlyEqual } from './point-judge.js';
export type { BaselineJudging } from './relative-thresholds.js';

/**
 * Worst status decides: any fail → fail, else any inconclusive → inconclusive (a
 * comparison that could not tell is never a silent pass), else any marginal →
 * marginal, else pass (also with no thresholds). A definite fail outranks an
 * inconclusive comparison: the other thresholds' data are sound.
 */
export function verdictOf(results: readonly Pick<ThresholdResult, 'status'>[]): Exclude<Verdict, 'error'> {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.some((r) => r.status === 'inconclusive')) return 'inconclusive';
  if (results.some((r) => r.status === 'marginal')) return 'marginal';
  return 'pass';
}

/**
 * Judges each threshold against the measurements; the verdict is the worst status.
 * `judging` gives the baseline for relative thresholds (none: they have no data).
 */
export function evaluateThresholds(
  thresholds: readonly Threshold[],
  m: RunMeasurements,
  judging: BaselineJudging = {},
): Evaluation {
  const histograms = new HistogramCache();
  const results = thresholds.map((threshold): ThresholdResult => {
    if (threshold.relative) return evaluateRelativeThreshold(threshold, m, judging, histograms);
    const measured = measureThreshold(threshold, m, histograms);
    if ('note' in measured) {
      const status = measured.undecided ? 'inconclusive' : 'fail';
      return { threshold, actual: null, status, note: measured.note };
    }
    const status = measured.atLeast
      ? judgeLowerBound(measured.value, threshold)
      : judge(measured.value, threshold);
    const note =
      status === 'inconclusive'
        ? `only a lower bound is known (at least ${formatQuantity(thresholdValueUnit(threshold), measured.value)}), which cannot decide ${threshold.operator}${formatQuantity(thresholdValueUnit(threshold), threshold.limit)}`
        : bandNote(threshold, status);
    return { threshold, actual: measured.value, status, ...(note ? { note } : {}) };
  });
  const evaluation: Evaluation = { verdict: verdictOf(results), results, reasons: [] };
  if (thresholds.some((threshold) => threshold.relative)) evaluation.baseline = baselineUse(judging);
  return evaluation;
}
