/**
 * The canary-minus-baseline shift of one relative threshold, in the space it
 * is judged in, with its interval and p-value.
 *
 * - `baseline * k` on per-interval values: both series are log-transformed, so
 *   the Hodges-Lehmann shift is a log-ratio and the tolerance is log k. A ratio
 *   is what "10 % slower" means, and the log makes a multiplicative change an
 *   additive shift, which is what the rank-sum interval estimates. Values of 0
 *   (an idle second) are set to half the smallest positive value so the log is
 *   finite; the rank test is unchanged by that since the order is kept.
 * - `baseline + d` on per-interval values: the shift itself, tolerance d.
 * - proportions: the difference of rates with Newcombe's interval; a
 *   `baseline * k` bound becomes the difference (k − 1) · baseline rate,
 *   treating the baseline's rate as known (with a baseline of 0 errors nothing
 *   but 0 passes: write `baseline + d` for error rates).
 */
import { compareProportions } from './count-tests.js';
import { extremes } from './extremes.js';
import { hodgesLehmann } from './hodges-lehmann.js';
import { mannWhitney } from './mann-whitney.js';
import type { RelativeBound, RelativeJudgement, RelativeThreshold } from './types.js';

export interface MeasuredShift {
  /** `log`: figures are log-ratios; `linear`: differences. */
  readonly space: 'log' | 'linear';
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly tolerance: number;
  readonly marginal?: number;
  readonly pValue: number;
  /** Confidence the interval reached (an exact interval on few values may fall short of the request). */
  readonly confidence: number;
  readonly method: RelativeJudgement['method'];
}

function logValues(values: readonly number[], floor: number): number[] {
  return values.map((v) => Math.log(v > 0 ? v : floor));
}

function boundIn(space: 'log' | 'linear', bound: RelativeBound, baselineRate?: number): number {
  if (bound.form === 'difference') return bound.delta;
  if (space === 'log') return Math.log(bound.factor);
  return (bound.factor - 1) * (baselineRate ?? 0);
}

export function measureShift(threshold: RelativeThreshold, confidence: number): MeasuredShift {
  const { data, tolerance, marginal } = threshold;
  if (data.kind === 'proportion') {
    const c = compareProportions(data.canary, data.baseline, { confidence });
    return {
      space: 'linear',
      estimate: c.difference,
      lower: c.lower,
      upper: c.upper,
      tolerance: boundIn('linear', tolerance, c.baselineRate),
      ...(marginal ? { marginal: boundIn('linear', marginal, c.baselineRate) } : {}),
      pValue: c.pValue,
      confidence,
      method: 'two-proportion score',
    };
  }
  const space = tolerance.form === 'ratio' ? 'log' : 'linear';
  let x = data.canary;
  let y = data.baseline;
  if (space === 'log') {
    const smallest = extremes([...x, ...y].filter((v) => v > 0)).min;
    const floor = Number.isFinite(smallest) ? smallest / 2 : 1;
    x = logValues(x, floor);
    y = logValues(y, floor);
  }
  const test = mannWhitney(x, y);
  const shift = hodgesLehmann(x, y, { confidence });
  return {
    space,
    estimate: shift.estimate,
    lower: shift.lower,
    upper: shift.upper,
    tolerance: boundIn(space, tolerance),
    ...(marginal ? { marginal: boundIn(space, marginal) } : {}),
    pValue: test.pValue,
    confidence: shift.confidence,
    method: test.method === 'exact' ? 'rank-sum exact' : 'rank-sum normal',
  };
}
