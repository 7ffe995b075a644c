/**
 * Verdicts, from best to worst. `inconclusive`: the load generator, not the target, was
 * the bottleneck, so the figures cannot judge the target. `error`: the gate could not run
 * (bad input), or ran but no request reached the target (see reachability.ts).
 */
export const VERDICTS = ['pass', 'marginal', 'fail', 'inconclusive', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type ThresholdStatus = 'pass' | 'marginal' | 'fail';

/** A threshold as the user wrote it, with where it came from (for error messages). */
export interface ThresholdSource {
  /** The text, e.g. `http_req_duration: p(95)<250` or `p95: 250ms`. */
  text: string;
  /** Where it came from, e.g. `input 'thresholds' line 2` or `.github/loadgate.yml:14:5 (thresholds[1])`. */
  origin: string;
}

export type Aggregation = 'avg' | 'med' | 'min' | 'max' | 'p' | 'rate' | 'count';
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
  verdict: Verdict;
  results: ThresholdResult[];
  /** Why the verdict is not the thresholds' own (e.g. why a measured run is `error`); absent when it is. */
  reasons?: string[];
}
