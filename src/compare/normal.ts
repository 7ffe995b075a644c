/**
 * The standard normal CDF and quantile, from @stdlib rather than hand-rolled:
 * p-values in the far tail need an erfc that is accurate to the last digits,
 * which the library's implementations are tested for.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** P(Z ≤ z) for a standard normal Z. */
export function pnorm(z: number): number {
  return normalCdf(z, 0, 1);
}

/** P(Z > z), computed as Φ(−z) so that small upper tails keep their precision. */
export function pnormUpper(z: number): number {
  return normalCdf(-z, 0, 1);
}

/** The z with P(Z ≤ z) = p. */
export function qnorm(p: number): number {
  return normalQuantile(p, 0, 1);
}
