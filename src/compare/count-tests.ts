/**
 * Comparisons of counts between a canary and its baseline.
 *
 * Error rates: the difference of two proportions, canary − baseline.
 * - Interval: Newcombe's hybrid score interval (Newcombe 1998, method 10),
 *   built from each side's Wilson score interval. Error rates sit near 0,
 *   where the Wald interval p ± z·√(p(1−p)/n) collapses to zero width on
 *   0 errors and undercovers on a handful; the score interval keeps close to
 *   its nominal coverage there and never leaves [−1, 1].
 * - p-value: the pooled two-proportion z test, the same as R's
 *   `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)` (its X² is z²).
 *
 * Throughput is not compared here as two Poisson counts: a closed-model run's
 * request count is set by its latency and a paced run's by its schedule, and
 * either way seconds are correlated and far from Poisson, so a Poisson interval
 * on the totals would be much too narrow. Throughput is compared as the series
 * of per-interval rates through the rank-sum judge (see `intervalRates`).
 */
import type { Alternative } from './mann-whitney.js';
import { pnorm, pnormUpper, qnorm } from './normal.js';

export interface ProportionSample {
  /** Requests that failed (or matched the event). */
  readonly events: number;
  /** Requests in all. */
  readonly trials: number;
}

export interface ProportionComparison {
  readonly canaryRate: number;
  readonly baselineRate: number;
  /** canaryRate − baselineRate. */
  readonly difference: number;
  /** Newcombe hybrid score interval of the difference. */
  readonly lower: number;
  readonly upper: number;
  readonly z: number;
  readonly pValue: number;
  readonly confidence: number;
}

export interface WilsonInterval {
  readonly lower: number;
  readonly upper: number;
}

function assertProportion(name: string, s: ProportionSample): void {
  const ok = Number.isInteger(s.events) && Number.isInteger(s.trials) && s.trials > 0;
  if (!ok || s.events < 0 || s.events > s.trials) {
    throw new RangeError(`${name} must have whole counts with 0 ≤ events ≤ trials and trials > 0`);
  }
}

/** Wilson score interval of one proportion (R's `prop.test(x, n, correct = FALSE)$conf.int`). */
export function wilsonInterval(events: number, trials: number, z: number): WilsonInterval {
  const p = events / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  return {
    lower: Math.max(0, (centre - spread) / denominator),
    upper: Math.min(1, (centre + spread) / denominator),
  };
}

export function compareProportions(
  canary: ProportionSample,
  baseline: ProportionSample,
  options: { confidence?: number; alternative?: Alternative } = {},
): ProportionComparison {
  assertProportion('canary', canary);
  assertProportion('baseline', baseline);
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie between 0 and 1, got ${confidence}`);
  const p1 = canary.events / canary.trials;
  const p2 = baseline.events / baseline.trials;
  const difference = p1 - p2;
  const zq = -qnorm((1 - confidence) / 2);
  const w1 = wilsonInterval(canary.events, canary.trials, zq);
  const w2 = wilsonInterval(baseline.events, baseline.trials, zq);
  const lower = difference - Math.hypot(p1 - w1.lower, w2.upper - p2);
  const upper = difference + Math.hypot(w1.upper - p1, p2 - w2.lower);
  const pooled = (canary.events + baseline.events) / (canary.trials + baseline.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.trials + 1 / baseline.trials));
  // No event on either side (or only events): nothing tells the two apart.
  const z = se > 0 ? difference / se : 0;
  const alternative = options.alternative ?? 'two-sided';
  const pValue =
    alternative === 'less'
      ? pnorm(z)
      : alternative === 'greater'
        ? pnormUpper(z)
        : Math.min(1, 2 * pnormUpper(Math.abs(z)));
  return { canaryRate: p1, baselineRate: p2, difference, lower, upper, z, pValue, confidence };
}

/**
 * Per-interval rates (count ÷ interval length in seconds), the throughput
 * series the rank-sum judge compares.
 */
export function intervalRates(counts: readonly number[], intervalSeconds = 1): number[] {
  if (!(intervalSeconds > 0))
    throw new RangeError(`intervalSeconds must be positive, got ${intervalSeconds}`);
  return counts.map((count) => count / intervalSeconds);
}
