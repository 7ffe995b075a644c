/**
 * The decision for one relative threshold (canary against its baseline), in
 * the manner of Kayenta's judge: on the distribution of per-interval values
 * or on counts, never on two point figures, which on a short run are noise.
 *
 * Figures are oriented so that larger is worse: for `<` / `<=` as they are,
 * for `>` / `>=` negated. With e the estimate, [L, U] its interval, T the
 * tolerance, M the marginal bound (M = T without a band), "significant" the
 * two-sided p-value below 1 − confidence, and "within" meaning < for `<` / `>`
 * and ≤ for `<=` / `>=`, the rules apply in this order:
 *
 * | # | condition                                        | status       |
 * |---|--------------------------------------------------|--------------|
 * | 1 | fewer than 3 intervals (or no request) a side    | inconclusive |
 * | 2 | U within T                                       | pass         |
 * | 3 | L beyond M (the whole interval past the bound)   | fail         |
 * | 4 | significant, e > 0, e beyond M                   | fail         |
 * | 5 | band, L beyond T                                 | marginal     |
 * | 6 | band, significant, e > 0, e beyond T             | marginal     |
 * | 7 | otherwise: the interval straddles the bound      | inconclusive |
 *
 * An inconclusive threshold carries how much longer a run would likely need
 * (`run-length.ts`), so the verdict can say so rather than pass silently.
 */
import { measureShift } from './measure-shift.js';
import { explainJudgement, type DecisionRule } from './judge-explanation.js';
import { runLengthHint } from './run-length.js';
import type { RelativeJudgement, RelativeStatus, RelativeThreshold } from './types.js';
import { relativeThresholdProblems } from './validate-threshold.js';

/** Fewer per-interval values than this on either side cannot be judged. */
export const MIN_INTERVALS = 3;

const STATUS: Record<DecisionRule, RelativeStatus> = {
  'too-few': 'inconclusive',
  within: 'pass',
  'interval-beyond': 'fail',
  'significant-beyond': 'fail',
  'interval-in-band': 'marginal',
  'significant-in-band': 'marginal',
  straddles: 'inconclusive',
};

function sizes(threshold: RelativeThreshold): [number, number] {
  const { data } = threshold;
  return data.kind === 'proportion'
    ? [data.canary.trials, data.baseline.trials]
    : [data.canary.length, data.baseline.length];
}

export function judgeRelativeThreshold(threshold: RelativeThreshold): RelativeJudgement {
  const problems = relativeThresholdProblems(threshold);
  if (problems.length > 0) throw new TypeError(problems.join('; '));
  const confidence = threshold.confidence ?? 0.95;
  const [canarySize, baselineSize] = sizes(threshold);
  const minimum = threshold.data.kind === 'proportion' ? 1 : MIN_INTERVALS;
  if (canarySize < minimum || baselineSize < minimum) {
    return tooFew(threshold, confidence, canarySize, baselineSize, minimum);
  }
  const shift = measureShift(threshold, confidence);
  const sign = threshold.operator.startsWith('<') ? 1 : -1;
  const within = (v: number, bound: number): boolean =>
    threshold.operator.length === 1 ? sign * v < sign * bound : sign * v <= sign * bound;
  const e = sign * shift.estimate;
  const worseEnd = sign > 0 ? shift.upper : shift.lower;
  const betterEnd = sign > 0 ? shift.lower : shift.upper;
  const tolerance = shift.tolerance;
  const marginal = shift.marginal ?? shift.tolerance;
  const hasBand = shift.marginal !== undefined;
  const significant = shift.pValue < 1 - confidence;
  const worse = significant && e > 0;
  let rule: DecisionRule;
  if (within(worseEnd, tolerance)) rule = 'within';
  else if (!within(betterEnd, marginal)) rule = 'interval-beyond';
  else if (worse && !within(shift.estimate, marginal)) rule = 'significant-beyond';
  else if (hasBand && !within(betterEnd, tolerance)) rule = 'interval-in-band';
  else if (hasBand && worse && !within(shift.estimate, tolerance)) rule = 'significant-in-band';
  else rule = 'straddles';

  const display = shift.space === 'log' ? (v: number): number => Math.expm1(v) : (v: number): number => v;
  const runLength =
    rule === 'straddles'
      ? runLengthHint(
          {
            estimate: e,
            lower: sign * betterEnd,
            upper: sign * worseEnd,
            tolerance: sign * tolerance,
            marginal: sign * marginal,
          },
          confidence,
          threshold.data.kind === 'proportion' ? undefined : canarySize,
          threshold.data.kind === 'proportion' ? 1 : (threshold.data.intervalSeconds ?? 1),
        )
      : undefined;
  const judgement: Omit<RelativeJudgement, 'explanation'> = {
    status: STATUS[rule],
    form: shift.space === 'log' ? 'ratio' : 'difference',
    estimate: display(shift.estimate),
    lower: display(shift.lower),
    upper: display(shift.upper),
    tolerance: display(tolerance),
    ...(hasBand ? { marginal: display(marginal) } : {}),
    pValue: shift.pValue,
    significant,
    confidence: shift.confidence,
    method: shift.method,
    canarySize,
    baselineSize,
    ...(rule === 'straddles' ? { reason: 'interval-straddles' as const } : {}),
    ...(runLength ? { runLength } : {}),
  };
  return { ...judgement, explanation: explainJudgement(judgement, rule, threshold) };
}

function tooFew(
  threshold: RelativeThreshold,
  confidence: number,
  canarySize: number,
  baselineSize: number,
  minimum: number,
): RelativeJudgement {
  const judgement: Omit<RelativeJudgement, 'explanation'> = {
    status: 'inconclusive',
    form:
      threshold.data.kind !== 'proportion' && threshold.tolerance.form === 'ratio' ? 'ratio' : 'difference',
    estimate: Number.NaN,
    lower: Number.NaN,
    upper: Number.NaN,
    tolerance: displayTolerance(threshold),
    pValue: Number.NaN,
    significant: false,
    confidence,
    method: 'none',
    canarySize,
    baselineSize,
    reason: 'too-few-samples',
  };
  return { ...judgement, explanation: explainJudgement(judgement, 'too-few', threshold, minimum) };
}

/** The tolerance in the judgement's terms, without data to measure. */
function displayTolerance(threshold: RelativeThreshold): number {
  const { tolerance, data } = threshold;
  if (tolerance.form === 'difference') return tolerance.delta;
  if (data.kind !== 'proportion') return tolerance.factor - 1;
  const { events, trials } = data.baseline;
  return trials > 0 ? (tolerance.factor - 1) * (events / trials) : Number.NaN;
}
