/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test of two independent samples, as
 * R's `wilcox.test(x, y, correct = TRUE)`.
 *
 * Used on per-interval values (e.g. each second's p95) because those are
 * neither normal nor of equal variance between a canary and its baseline, and
 * a rank test only asks whether one tends to exceed the other. R's choices are
 * kept so figures can be checked against it: the exact distribution when both
 * samples have fewer than 50 values and no value repeats; otherwise the normal
 * approximation with the tie-corrected variance and a continuity correction.
 */
import { pnorm, pnormUpper } from './normal.js';
import { rankWithTies } from './rank.js';
import { rankSumCdf } from './rank-sum-distribution.js';

/** Which difference the test looks for: x shifted either way, below y, or above y. */
export type Alternative = 'two-sided' | 'less' | 'greater';

export interface RankSumOptions {
  alternative?: Alternative;
  /** Continuity correction of the normal approximation (R's `correct`, default true). */
  correct?: boolean;
  /** Force (true) or forbid (false) the exact distribution; default: n < 50 and m < 50. */
  exact?: boolean;
}

export interface MannWhitneyResult {
  /** U of x: Σ ranks of x − n(n+1)/2, R's W; the count of pairs with x > y, ties counting ½. */
  readonly u: number;
  readonly pValue: number;
  readonly method: 'exact' | 'normal';
  /** The standardised statistic of the normal approximation (undefined when exact). */
  readonly z?: number;
  readonly ties: boolean;
  readonly n: number;
  readonly m: number;
}

/** R's default: exact when both samples are under 50 values. */
export const EXACT_LIMIT = 50;

export function assertSample(name: string, values: readonly number[]): void {
  if (values.length === 0) throw new RangeError(`${name} is empty`);
  if (!values.every(Number.isFinite))
    throw new RangeError(`${name} holds a value that is not a finite number`);
}

/** Whether the exact distribution applies, as R decides it. */
export function usesExact(n: number, m: number, ties: boolean, exact?: boolean): boolean {
  return (exact ?? (n < EXACT_LIMIT && m < EXACT_LIMIT)) && !ties;
}

export function mannWhitney(
  x: readonly number[],
  y: readonly number[],
  options: RankSumOptions = {},
): MannWhitneyResult {
  assertSample('x', x);
  assertSample('y', y);
  const alternative = options.alternative ?? 'two-sided';
  const n = x.length;
  const m = y.length;
  const { ranks, tieTerm } = rankWithTies([...x, ...y]);
  let rankSumX = 0;
  for (let i = 0; i < n; i++) rankSumX += ranks[i] as number;
  const u = rankSumX - (n * (n + 1)) / 2;
  const ties = tieTerm > 0;
  if (usesExact(n, m, ties, options.exact)) {
    return { u, pValue: exactPValue(u, n, m, alternative), method: 'exact', ties, n, m };
  }
  const centred = u - (n * m) / 2;
  const sigma = rankSumSigma(n, m, tieTerm);
  const correction = options.correct === false ? 0 : continuityCorrection(centred, alternative);
  const z = (centred - correction) / sigma;
  return { u, pValue: normalPValue(z, alternative), method: 'normal', z, ties, n, m };
}

/** Standard deviation of U under the null, reduced for ties. */
export function rankSumSigma(n: number, m: number, tieTerm: number): number {
  return Math.sqrt(((n * m) / 12) * (n + m + 1 - tieTerm / ((n + m) * (n + m - 1))));
}

/** Half a step toward the null, in the direction the alternative looks (R's CORRECTION). */
export function continuityCorrection(centred: number, alternative: Alternative): number {
  if (alternative === 'greater') return 0.5;
  if (alternative === 'less') return -0.5;
  return Math.sign(centred) * 0.5;
}

function exactPValue(u: number, n: number, m: number, alternative: Alternative): number {
  if (alternative === 'greater') return rankSumCdf(u - 1, n, m, false);
  if (alternative === 'less') return rankSumCdf(u, n, m);
  const p = u > (n * m) / 2 ? rankSumCdf(u - 1, n, m, false) : rankSumCdf(u, n, m);
  return Math.min(2 * p, 1);
}

function normalPValue(z: number, alternative: Alternative): number {
  if (alternative === 'less') return pnorm(z);
  if (alternative === 'greater') return pnormUpper(z);
  return 2 * Math.min(pnorm(z), pnormUpper(z));
}
