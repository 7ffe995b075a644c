/**
 * How much longer a run would likely need for an inconclusive threshold to
 * settle, from the rule that an interval's half-width shrinks as 1/√n.
 *
 * Figures are oriented so that larger is worse (see `relative-judge.ts`). The
 * half-width that has to shrink is the one facing the bound the estimate must
 * clear: the upper one to pass, the lower one to fail or be marginal (there
 * either the interval must leave the bound or 0, whichever is nearer, since a
 * significant change beyond the bound also settles it). It assumes the
 * estimate stays where it is and that the baseline's series grows with the
 * canary's (a live baseline); against a stored baseline it is a lower bound.
 *
 * "Likely" means 80 % power: the usual sample-size rule. With z = z(1 − α/2),
 * the current standard error is h / z, and the new run needs the estimate to
 * clear the bound by (z + z(0.8)) standard errors, so the length factor is
 * ((h / need) · (z + z(0.8)) / z)². Run lengths that merely bring the expected
 * interval end onto the bound settle only about half the time.
 */
import { qnorm } from './normal.js';
import type { RunLengthHint } from './types.js';

/** Probability that a run of the suggested length settles the threshold, if the estimate holds. */
export const SETTLE_POWER = 0.8;

export interface OrientedFigures {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly tolerance: number;
  /** Equal to the tolerance when there is no marginal band. */
  readonly marginal: number;
}

/** The length factor, or undefined when no run length would settle it (estimate on a bound). */
export function lengthFactor(f: OrientedFigures, confidence: number): number | undefined {
  const { estimate: e, lower, upper, tolerance, marginal } = f;
  let have: number;
  let need: number;
  if (e < tolerance) {
    have = upper - e;
    need = tolerance - e;
  } else if (e > marginal) {
    have = e - lower;
    need = e - Math.min(marginal, 0);
  } else {
    have = e - lower;
    need = e - Math.min(tolerance, 0);
  }
  if (!(need > 0) || !(have > need) || !Number.isFinite(have)) return undefined;
  const z = -qnorm((1 - confidence) / 2);
  return ((have / need) * ((z + qnorm(SETTLE_POWER)) / z)) ** 2;
}

export function runLengthHint(
  f: OrientedFigures,
  confidence: number,
  intervals?: number,
  intervalSeconds = 1,
): RunLengthHint | undefined {
  const factor = lengthFactor(f, confidence);
  if (factor === undefined) return undefined;
  if (intervals === undefined) return { lengthFactor: factor };
  const additionalIntervals = Math.ceil(intervals * (factor - 1));
  return {
    lengthFactor: factor,
    additionalIntervals,
    additionalSeconds: additionalIntervals * intervalSeconds,
  };
}
