/**
 * Verdicts, from best to worst. `inconclusive`: the figures cannot judge the target (the
 * load generator was the bottleneck, the plan did not run to its end, a threshold
 * could not be decided); `Evaluation.reasons` says why. `error`: the gate could not run (bad input).
 */
export const VERDICTS = ['pass', 'marginal', 'fail', 'inconclusive', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** `inconclusive`: the data cannot decide the threshold either way (e.g. a lower bound against an upper limit). */
export type ThresholdStatus = 'pass' | 'marginal' | 'fail' | 'inconclusive';

/** A threshold as the user wrote it, with where it came from (for error messages). */
export interface ThresholdSource {
  /** The text, e.g. `http_req_duration: p(95)<250` or `p95: 250ms`. */
  text: string;
  /** Where it came from, e.g. `input 'thresholds' line 2` or `.github/loadgate.yml:14:5 (thresholds[1])`. */
  origin: string;
}

/** `value`: a gauge's one value (e.g. `capacity_rps`). */
export type Aggregation = 'avg' | 'med' | 'min' | 'max' | 'p' | 'rate' | 'count' | 'value';
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
  /** For `p(N)`: N in (0, 100]. */
  percentile?: number;
  operator: Operator;
  /** Bound in the metric's unit: ms for durations, a fraction (0..1) for rates of failure, 1/s for request rates. */
  limit: number;
  /** Optional marginal band: between `limit` and `marginalLimit` the status is marginal instead of fail. */
  marginalLimit?: number;
  /** k6's `abortOnFail`: evaluated every second during the run; a sustained breach stops the load. */
  abortOnFail?: boolean;
  /** k6's `delayAbortEval`: no abort before this much of the run has passed, ms. */
  delayAbortEvalMs?: number;
}

export interface ThresholdResult {
  threshold: Threshold;
  /** The measured value in the threshold's unit, or null when there was no data. */
  actual: number | null;
  status: ThresholdStatus;
  /** Human-readable reason for non-pass results, e.g. "no requests matched endpoint GET /x". */
  note?: string;
}

export interface Evaluation {
  verdict: Exclude<Verdict, 'error'>;
  results: ThresholdResult[];
  /**
   * Why the verdict is not what the thresholds alone say (see verdict.ts), e.g. the plan
   * ran only in part; empty when it is.
   */
  reasons: string[];
}
