/**
 * The judge's input and output for one relative threshold, e.g.
 * `http_req_duration: p(95) < baseline * 1.10 marginal baseline * 1.20`.
 * The threshold grammar builds `RelativeThreshold`; the judge knows nothing
 * of metric names, only of the samples and the bound.
 */
import type { ProportionSample } from './count-tests.js';

export type { ProportionSample } from './count-tests.js';

/** The canary's value stands left of the operator, `baseline …` to its right. */
export type ComparisonOperator = '<' | '<=' | '>' | '>=';

/**
 * `baseline * factor` is judged on the ratio canary ÷ baseline,
 * `baseline + delta` on the difference canary − baseline (delta may be negative).
 */
export type RelativeBound =
  | { readonly form: 'ratio'; readonly factor: number }
  | { readonly form: 'difference'; readonly delta: number };

/**
 * - latency: per-interval values of a latency statistic (e.g. each second's p95, in ms).
 * - rate: per-interval rates (e.g. requests per second, see `intervalRates`).
 * - proportion: counts of events (e.g. failed requests) out of trials.
 */
export type ComparisonData =
  | {
      readonly kind: 'latency' | 'rate';
      readonly canary: readonly number[];
      readonly baseline: readonly number[];
      /** Length of one interval in seconds (default 1), to state a needed run length in seconds. */
      readonly intervalSeconds?: number;
    }
  | { readonly kind: 'proportion'; readonly canary: ProportionSample; readonly baseline: ProportionSample };

export interface RelativeThreshold {
  readonly data: ComparisonData;
  readonly operator: ComparisonOperator;
  readonly tolerance: RelativeBound;
  /** Looser bound of the same form: between it and the tolerance is marginal. */
  readonly marginal?: RelativeBound;
  /** Confidence of the interval; 1 − confidence is the significance level. Default 0.95. */
  readonly confidence?: number;
  /** Unit of a difference (e.g. "ms") for the explanation; proportions are shown in points. */
  readonly unit?: string;
}

export type RelativeStatus = 'pass' | 'marginal' | 'fail' | 'inconclusive';

export interface RunLengthHint {
  /** How many times the current run length would likely settle the threshold. */
  readonly lengthFactor: number;
  /** Additional intervals on each side (distribution kinds only). */
  readonly additionalIntervals?: number;
  /** The same in seconds (distribution kinds only). */
  readonly additionalSeconds?: number;
}

export interface RelativeJudgement {
  readonly status: RelativeStatus;
  /** `ratio`: estimate and interval are relative changes (0.18 = +18 %); `difference`: canary − baseline. */
  readonly form: 'ratio' | 'difference';
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** The tolerance and marginal bound in the same terms as the estimate. */
  readonly tolerance: number;
  readonly marginal?: number;
  /** Two-sided p-value of "no change"; `significant` when below 1 − confidence. */
  readonly pValue: number;
  readonly significant: boolean;
  /** Confidence of the interval: the one asked for, or less where an exact interval on few values cannot reach it. */
  readonly confidence: number;
  readonly method: 'rank-sum exact' | 'rank-sum normal' | 'two-proportion score' | 'none';
  /** Intervals (or requests, for proportions) on each side. */
  readonly canarySize: number;
  readonly baselineSize: number;
  /** Why the threshold is inconclusive. */
  readonly reason?: 'too-few-samples' | 'interval-straddles';
  /** For `interval-straddles`: the run length that would likely settle it; absent when none would. */
  readonly runLength?: RunLengthHint;
  /** One line for a person. */
  readonly explanation: string;
}
