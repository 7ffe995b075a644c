/**
 * What the engine hands the recorder (metrics-recorder.ts): the endpoints of the mix,
 * how each request ended, the recorder's options, and the progress sample it gives back.
 */
import type { ErrorClass } from './measurements.js';
import type { TagSet } from './tag-set.js';
import type { RequestPhases } from './timing-measurements.js';

/** What the recorder needs to know about an endpoint of the mix. */
export interface RecorderEndpoint {
  name: string;
  method: string;
  path: string;
  /** The endpoint's own tags (`tags: {tier: read}`), for tag selections. */
  tags?: TagSet;
}

/** How one request ended, and its timing breakdown (see RequestPhases). The sender may reuse one object for all its requests. */
export interface RequestOutcome extends RequestPhases {
  /** HTTP status of a completed response; 0 when no complete response was received. */
  status: number;
  /** True when the request counts as succeeded (status expected, no transport error). */
  ok: boolean;
  /** Why the request failed; null when `ok`. */
  errorClass: ErrorClass | null;
  /**
   * The failure's cause (a stable code, see error-causes.ts). Read only when the request
   * failed with no response (`status` 0), so senders set it on failures only.
   */
  errorCause?: string | null;
  /**
   * True when the request reached the wire (a connection was open and the request
   * was being written). Only such requests give a latency sample: a refused
   * connection or a failed DNS lookup says nothing about the target's latency.
   */
  sent: boolean;
  bytesSent: number;
  bytesReceived: number;
  /** The path and query as sent (the `url` tag); read only when a selection names a URL. */
  path?: string;
  /** The request's scenario, when the engine sets it per request; else the recorder's (`scenario` option). */
  scenario?: string;
  /** Tags the request carries beyond its endpoint's (a scenario's `tags:`); read only by selections on them. */
  tags?: TagSet | null;
}

/** A cheap view of the run so far, for a periodic log line. */
export interface ProgressSample {
  /** Milliseconds since the load started. */
  elapsedMs: number;
  /** Planned length of the load (sum of the stages), in milliseconds; 0 when unknown. */
  plannedMs: number;
  /** VUs active now. */
  vus: number;
  /** Requests completed since the start. */
  requests: number;
  /** Failed requests since the start. */
  errors: number;
  /** Length of the interval the figures below cover (since the previous sample), ms. */
  intervalMs: number;
  /** Requests completed per second over the interval. */
  rps: number;
  /** 95th percentile latency over the interval, ms; null when no latency sample fell in it. */
  p95Ms: number | null;
  /** Failed requests in percent of the requests completed in the interval (0 when none). */
  errorPercent: number;
  /** The live baseline's figures over the same interval, when the run has one. */
  baseline?: ProgressSample;
}

export interface MetricsRecorderOptions {
  /** Monotonic clock in milliseconds. Default: `performance.now`. */
  now?: () => number;
  /** Wall clock in epoch milliseconds, for `startedAt`/`finishedAt`. Default: `Date.now`. */
  wallClock?: () => number;
  /** Planned length of the load, reported in progress samples. */
  plannedMs?: number;
  /** The tag sets thresholds select (slo/threshold-selections.ts), each recorded apart; none by default. */
  selections?: readonly TagSet[];
  /** `scheme://host:port` of the requests, so a `url` tag can be matched against the path as sent. */
  origin?: string;
  /** The scenario whose requests this recorder counts (their `scenario` tag); default `default`, as in k6. */
  scenario?: string;
  /** The scenario's own `tags` (k6 scenario tags), added to every request recorded here. */
  scenarioTags?: Readonly<Record<string, string>>;
}
