/**
 * The Hodges-Lehmann shift between two samples and its confidence interval,
 * as R's `wilcox.test(x, y, conf.int = TRUE)`.
 *
 * The shift is the median of all pairwise differences xᵢ − yⱼ: robust to the
 * heavy tails of latency, and it is the shift the rank-sum test inverts, so
 * the interval and the test's p-value always agree. Two ways, as R:
 * - exact (both samples under 50 values, no ties): the interval's ends are
 *   order statistics of the n·m sorted differences, picked by the quantiles of
 *   the exact U distribution. At most 49 × 49 differences are formed.
 * - normal: the ends are the shifts d at which the standardised rank sum of
 *   (x − d) against y, with tie-corrected variance and continuity correction,
 *   equals ±z; found by Brent's method on that step function with R's
 *   tolerance (1e-4, absolute), and the estimate as the shift where it is 0.
 *   Each trial ranks n + m values, so the cost is O(k·(n+m)·log(n+m)) for
 *   k ≈ 40 trials: no n·m pairwise differences, whatever the sample sizes.
 */
import {
  assertSample,
  continuityCorrection,
  rankSumSigma,
  usesExact,
  type Alternative,
  type RankSumOptions,
} from './mann-whitney.js';
import { extremes } from './extremes.js';
import { qnorm } from './normal.js';
import { rankWithTies } from './rank.js';
import { rankSumCdf, rankSumQuantile } from './rank-sum-distribution.js';
import { findRoot } from './zeroin.js';

export interface ShiftOptions extends RankSumOptions {
  /** Two-sided (or one-sided) confidence of the interval; default 0.95. */
  confidence?: number;
}

export interface ShiftEstimate {
  /** Location shift of x relative to y (x − y). */
  readonly estimate: number;
  /** Interval ends; −∞ / +∞ on the open side of a one-sided interval. */
  readonly lower: number;
  readonly upper: number;
  /** Confidence actually reached: the exact interval cannot always hit the request (R's warning). */
  readonly confidence: number;
  readonly method: 'exact' | 'normal';
}

/** R's `tol.root`. */
const ROOT_TOLERANCE = 1e-4;

export function hodgesLehmann(
  x: readonly number[],
  y: readonly number[],
  options: ShiftOptions = {},
): ShiftEstimate {
  assertSample('x', x);
  assertSample('y', y);
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie between 0 and 1, got ${confidence}`);
  const alternative = options.alternative ?? 'two-sided';
  const { tieTerm } = rankWithTies([...x, ...y]);
  if (usesExact(x.length, y.length, tieTerm > 0, options.exact))
    return exactShift(x, y, confidence, alternative);
  return normalShift(x, y, confidence, alternative, options.correct !== false);
}

function exactShift(
  x: readonly number[],
  y: readonly number[],
  confidence: number,
  alternative: Alternative,
): ShiftEstimate {
  const n = x.length;
  const m = y.length;
  const diffs = new Float64Array(n * m);
  let k = 0;
  for (const xi of x) for (const yj of y) diffs[k++] = xi - yj;
  diffs.sort();
  const alpha = 1 - confidence;
  // R indexes from 1: diffs[q] there is diffs[q − 1] here.
  const at = (q: number): number => diffs[q - 1] as number;
  let qu = rankSumQuantile(alternative === 'two-sided' ? alpha / 2 : alpha, n, m);
  if (qu === 0) qu = 1;
  const ql = n * m - qu;
  const tail = rankSumCdf(Math.trunc(qu) - 1, n, m);
  const achievedAlpha = alternative === 'two-sided' ? 2 * tail : tail;
  const lower = alternative === 'less' ? -Infinity : at(qu);
  const upper = alternative === 'greater' ? Infinity : at(ql + 1);
  return {
    estimate: median(diffs),
    lower,
    upper,
    confidence: achievedAlpha - alpha > alpha / 2 ? 1 - achievedAlpha : confidence,
    method: 'exact',
  };
}

function median(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function normalShift(
  x: readonly number[],
  y: readonly number[],
  confidence: number,
  alternative: Alternative,
  correct: boolean,
): ShiftEstimate {
  const n = x.length;
  const m = y.length;
  const ex = extremes(x);
  const ey = extremes(y);
  const mumin = ex.min - ey.max;
  const mumax = ex.max - ey.min;
  if (mumin === mumax) {
    // Both samples constant: the shift is known exactly (R stops here with an error).
    return { estimate: mumin, lower: mumin, upper: mumin, confidence, method: 'normal' };
  }
  const pooled = new Float64Array(n + m);
  for (let j = 0; j < m; j++) pooled[n + j] = y[j] as number;
  /** Standardised rank sum of x − d against y. */
  const standardised = (d: number, withCorrection: boolean): number => {
    for (let i = 0; i < n; i++) pooled[i] = (x[i] as number) - d;
    const { ranks, tieTerm } = rankWithTies(pooled);
    let rankSumX = 0;
    for (let i = 0; i < n; i++) rankSumX += ranks[i] as number;
    const dz = rankSumX - (n * (n + 1)) / 2 - (n * m) / 2;
    const correction = withCorrection ? continuityCorrection(dz, alternative) : 0;
    return (dz - correction) / rankSumSigma(n, m, tieTerm);
  };
  const atMin = standardised(mumin, correct);
  const atMax = standardised(mumax, correct);
  const root = (zq: number): number => {
    const fLower = atMin - zq;
    if (fLower <= 0) return mumin;
    const fUpper = atMax - zq;
    if (fUpper >= 0) return mumax;
    return findRoot((d) => standardised(d, correct) - zq, mumin, mumax, fLower, fUpper, ROOT_TOLERANCE);
  };
  const alpha = 1 - confidence;
  // Upper quantiles as −Φ⁻¹(α), not Φ⁻¹(1 − α), which loses digits to rounding.
  let lower = -Infinity;
  let upper = Infinity;
  if (alternative === 'two-sided') {
    lower = root(-qnorm(alpha / 2));
    upper = root(qnorm(alpha / 2));
  } else if (alternative === 'greater') {
    lower = root(-qnorm(alpha));
  } else {
    upper = root(qnorm(alpha));
  }
  // The estimate, as R's, without the continuity correction.
  const f = (d: number): number => standardised(d, false);
  const estimate = findRoot(f, mumin, mumax, f(mumin), f(mumax), ROOT_TOLERANCE);
  return { estimate, lower, upper, confidence, method: 'normal' };
}
