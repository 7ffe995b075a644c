/**
 * Park-Miller minimal standard generator, in integer arithmetic that is exact
 * in doubles (16807 · s < 2⁴⁶), so the same series can be rebuilt in R to
 * compute reference values:
 *
 *   pm <- function(seed, n) { s <- seed; out <- numeric(n)
 *     for (i in 1:n) { s <- (16807 * s) %% 2147483647; out[i] <- s }; out }
 */
export const PM_MODULUS = 2147483647;

export function parkMiller(seed: number, n: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (16807 * s) % PM_MODULUS;
    out.push(s);
  }
  return out;
}

/** Uniform values in (0, 1) from the same generator. */
export function uniforms(seed: number, n: number): number[] {
  return parkMiller(seed, n).map((s) => s / PM_MODULUS);
}

/** Expect |actual − expected| ≤ rel · |expected| (exact equality for 0 and ±∞). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}
