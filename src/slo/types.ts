import type { RelativeBound, RelativeJudgement } from '../compare/types.js';
import type { BaselineOrigin } from '../metrics/baseline-data.js';

export type { RelativeBound } from '../compare/types.js';

/**
 * Verdicts, from best to worst. `inconclusive`: the figures cannot judge the target (the
 * load generator was the bottleneck, the plan did not run to its end, a threshold or a
 * comparison with the baseline could not be decided); `Evaluation.reasons` says why.
 * `error`: the gate could not run (bad input), or ran but no request reached the target
 * (see reachability.ts).
 */
export const VERDICTS = ['pass', 'marginal', 'fail', 'inconclusive', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * `inconclusive`: the data cannot decide the threshold either way: a comparison with the
 * baseline that could not tell (relative-thresholds.ts), or a lower bound against an
 * upper limit (a breakpoint capacity that never broke).
 */
export type ThresholdStatus = 'pass' | 'marginal' | 'fail' | 'inconclusive';

/** The status a figure held against a limit can have. */
export type PointStatus = Exclude<ThresholdStatus, 'inconclusive'>;

/** A threshold as the user wrote it, with where it came from (for error messages). */
export interface ThresholdSource {
  /** The text, e.g. `http_req_duration: p(95)<250` or `p95: 250ms`. */
  text: string;
  /** Where it came from, e.g. `input 'thresholds' line 2` or `.github/loadgate.yml:14:5 (thresholds[1])`. */
  origin: string;
  /**
   * The options of k6's object form `{threshold, abortOnFail, delayAbortEval}`, as
   * written (delayAbortEval: ms, a duration string or null); read as k6 reads them.
   */
  k6Options?: { abortOnFail?: boolean; delayAbortEval?: unknown };
}

/** `value`: a gauge's one value (e.g. `capacity_rps`); `last`: a series' last sample (server metrics). */
export type Aggregation = 'avg' | 'med' | 'min' | 'max' | 'p' | 'rate' | 'count' | 'value' | 'last';
export type Operator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** A parsed threshold expression (see the grammar in threshold-parser.ts). */
export interface Threshold {
  /** The text as written by the user. */
  source: string;
  /** Where it came from, for messages. */
  origin: string;
  /** e.g. `http_req_duration`, `http_req_failed`, `http_reqs`. */
  metric: string;
  /** Tag filter, e.g. { endpoint: 'GET /api/trades' }; empty for the whole run. */
  tags: Record<string, string>;
  aggregation: Aggregation;
  /** For `p(N)`: N in [0, 100]; p(0) is the minimum, as in k6. */
  percentile?: number;
  operator: Operator;
  /**
   * Bound in the metric's unit: ms for durations, a fraction (0..1) for rates of failure, 1/s for request rates.
   * For a relative threshold, the number of its bound: the k of `baseline * k`, the d of `baseline + d`.
   */
  limit: number;
  /** Optional marginal band: between `limit` and `marginalLimit` the status is marginal instead of fail. */
  marginalLimit?: number;
  /** Set when the limit is relative to the baseline (`baseline * 1.10`, `baseline + 20ms`): judged against it. */
  relative?: RelativeLimit;
  /** k6's `abortOnFail`: evaluated every second during the run; a sustained breach stops the load. */
  abortOnFail?: boolean;
  /** k6's `delayAbortEval`: no abort before this much of the run has passed, ms. */
  delayAbortEvalMs?: number;
}

/** The right-hand side of a relative threshold; the marginal bound has the tolerance's form. */
export interface RelativeLimit {
  tolerance: RelativeBound;
  marginal?: RelativeBound;
}

export interface ThresholdResult {
  threshold: Threshold;
  /** The measured value in the threshold's unit, or null when there was no data. */
  actual: number | null;
  status: ThresholdStatus;
  /** Human-readable reason for non-pass results, e.g. "no requests matched endpoint GET /x". */
  note?: string;
  /** A relative threshold's comparison with the baseline (plain JSON). */
  comparison?: BaselineComparison;
}

/**
 * How a relative threshold compared with the baseline. Figures are in the threshold's
 * unit; a figure that could not be had is null.
 */
export interface BaselineComparison {
  /** The baseline's value of the statistic. */
  baseline: number | null;
  /** The bound the canary's value was held to (`baseline * k`, `baseline + d`), and its marginal bound. */
  limit: number | null;
  marginalLimit: number | null;
  /** canary ÷ baseline − 1 of the two values (0.18 = +18 %). */
  change: number | null;
  /** The canary's value against `limit` alone. */
  pointStatus: PointStatus | null;
  /** The statistical judgement over the per-second series or the counts; null when the statistic has none. */
  judge: JudgeRecord | null;
}

/** `RelativeJudgement` as plain JSON: numbers that could not be had are null. */
export interface JudgeRecord {
  status: RelativeJudgement['status'];
  /** `ratio`: estimate, interval and tolerance are relative changes (0.18 = +18 %); `difference`: canary − baseline. */
  form: RelativeJudgement['form'];
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  tolerance: number | null;
  marginal: number | null;
  pValue: number | null;
  significant: boolean;
  confidence: number;
  method: RelativeJudgement['method'];
  /** Seconds (latency, throughput) or requests (error rates) on each side. */
  canarySize: number;
  baselineSize: number;
  reason: RelativeJudgement['reason'] | null;
  /** For an interval that straddles the bound: how much longer a run would likely need. */
  lengthFactor: number | null;
  additionalSeconds: number | null;
  explanation: string;
}

/** What the relative thresholds were judged against: the baseline's origin, or why there was none. */
export interface BaselineUse {
  origin: BaselineOrigin | null;
  /** Why no baseline could be had; null when it was. */
  missing: string | null;
  /** `baseline-missing`: what a missing baseline does to the relative thresholds. */
  onMissing: 'pass' | 'fail';
  confidence: number;
}

export interface Evaluation {
  verdict: Verdict;
  results: ThresholdResult[];
  /** Set when a threshold is relative. */
  baseline?: BaselineUse;
  /**
   * Why the verdict is not what the thresholds alone say (see verdict.ts), e.g. the plan
   * ran only in part, or a comparison with the baseline could not tell; empty when it is.
   */
  reasons: string[];
}
