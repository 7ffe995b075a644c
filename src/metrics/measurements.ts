/**
 * What a run measured, as plain JSON (results.json carries it under `measurements`).
 * Latencies are in milliseconds; percentiles come from HDR histograms recorded in
 * microseconds with 3 significant digits.
 */
import type { TransportMeasurements } from './transport-measurements.js';
import type { ServerMetricsMeasurements } from './server-metrics.js';
import type { LatencySummary } from './latency-summary.js';
import type { ExecutionMeasurements, RequestTimings } from './timing-measurements.js';

export type { TransportMeasurements } from './transport-measurements.js';
export type { ServerMetricsMeasurements } from './server-metrics.js';
export type { ExecutionMeasurements, RequestTimings, TimingPhase } from './timing-measurements.js';

/**
 * Why a request did not succeed. Kept apart so reports can tell a slow canary from a broken one.
 * `tls`: the TLS handshake or the certificate check failed; `other`: no class above
 * (an invalid HTTP response, headers too large …; see `errorCauses`).
 */
export const ERROR_CLASSES = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'dns',
  'tls',
  'http_4xx',
  'http_5xx',
  'unexpected_status',
  'other',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** How many failures had one cause (see metrics/error-causes.ts). */
export interface ErrorCauseCount {
  /** A stable code: `DEPTH_ZERO_SELF_SIGNED_CERT`, `ENOTFOUND`, `UND_ERR_HEADERS_OVERFLOW` …, or `other causes`. */
  cause: string;
  /** In words, e.g. "the TLS certificate is self-signed". */
  description: string;
  errorClass: ErrorClass;
  count: number;
}

export type { LatencySummary } from './latency-summary.js';

export interface RequestStats {
  /** Requests completed, successful or not. */
  requests: number;
  succeeded: number;
  failed: number;
  /** Completed requests per second over the measured duration. */
  rps: number;
  bytesSent: number;
  bytesReceived: number;
  /** Count per HTTP status code, e.g. { "200": 950, "503": 12 }. */
  statusCounts: Record<string, number>;
  /** Count per error class; classes with zero are present too. */
  errors: Record<ErrorClass, number>;
  latency: LatencySummary;
  /** The latency histogram, HDR compressed base64 (microseconds), so other tools can merge runs. */
  histogram: string;
  /**
   * Set when the figures come from an end-of-test summary (k6's), not from samples: the
   * histogram is then empty, and a latency statistic the summary does not list is NaN
   * here and has no data.
   */
  summary?: SummaryFigures;
  /** The request timing breakdown (k6's http_req_blocked … http_req_receiving); absent in results written before it was kept. */
  timings?: RequestTimings;
}

/** What an end-of-test summary gave of one scope (the run, or one endpoint). */
export interface SummaryFigures {
  /** The latency statistics, by k6's names (`avg`, `min`, `med`, `max`, `p(90)`, `p(95)` …), ms. */
  latency: Record<string, number>;
  /** False when the summary gave no request count: `requests`, `succeeded` and `failed` are then 0, not measured. */
  counted: boolean;
}

export interface EndpointMeasurement extends RequestStats {
  name: string;
  method: string;
  path: string;
}

/** One second of the run (bounded memory: one point per second, no per-request data). */
export interface TimeSeriesPoint {
  /** Seconds since the start of the load, the end of the bucket (1, 2, 3, …). */
  t: number;
  vus: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * One second of one scope (the whole run or one endpoint), kept whole enough to
 * compute any statistic of it again: the per-second p95, mean or request rate that
 * the baseline judge compares (see slo/relative-thresholds.ts).
 */
export interface IntervalPoint {
  /** Seconds since the start of the load, the end of the bucket (1, 2, 3, …), as in `timeSeries`. */
  t: number;
  /** Length of the bucket, ms: 1000, except the last (a short last second is folded into the one before). */
  ms: number;
  requests: number;
  failed: number;
  /** HDR compressed base64 of this second's latencies (µs); empty when none was measured. */
  histogram: string;
}

/** Per-second data of the run and of each endpoint (one entry per second per scope). */
export interface IntervalSeries {
  overall: IntervalPoint[];
  endpoints: { name: string; points: IntervalPoint[] }[];
}

export interface RunMeasurements {
  startedAt: string;
  finishedAt: string;
  /** Wall time the load ran, in milliseconds. */
  durationMs: number;
  /** Highest number of VUs that were active at once. */
  maxVusReached: number;
  overall: RequestStats;
  endpoints: EndpointMeasurement[];
  timeSeries: TimeSeriesPoint[];
  /** Per-second histograms and counts, overall and per endpoint; absent in measurements made before they were kept. */
  intervals?: IntervalSeries;
  /**
   * Failures without an HTTP response, by cause, most first (whole run). At most
   * MAX_ERROR_CAUSES distinct causes; the rest are summed per class under `other causes`.
   * Failures by status are in `statusCounts`. Absent in results written before causes were kept.
   */
  errorCauses?: ErrorCauseCount[];
  /** Why the load stopped early, if it did (e.g. "cancelled (SIGTERM)"). */
  stoppedEarly?: string;
  /** How much of the planned load ran (set by the engine). */
  plan?: PlanProgress;
  /** Open model only: target and achieved rates, dropped requests, latency from the actual send. */
  arrival?: ArrivalMeasurements;
  /** The load generator's own health (see engine/executors/run-monitor.ts). */
  generator?: GeneratorHealth;
  /** Set when an `abortOnFail` threshold stopped the load. */
  abortedBy?: AbortRecord;
  /** Breakpoint scenario only: the rate steps and the highest rate that held. */
  breakpoint?: BreakpointMeasurements;
  /** Soak scenario only: latency and memory of the first tenth of the run against the last. */
  drift?: DriftMeasurements;
  /** Setup (login) requests, checks and tenant isolation, when the config uses them (apart from the gated stats above). */
  traffic?: TrafficMeasurements;
  /** How the target was reached: protocol, proxy, TLS, resolve overrides (absent in results written before it was kept). */
  transport?: TransportMeasurements;
  /** The target's own metrics from its metrics store over the load window, when `server-metrics:` is set. */
  serverMetrics?: ServerMetricsMeasurements;
  /** Set when the measurements were read from another tool's results (k6's) rather than measured by the engine. */
  source?: MeasurementsSource;
  /** Iterations, iteration_duration, vus, vus_max, dropped_iterations (absent in results written before they were kept). */
  execution?: ExecutionMeasurements;
  /**
   * The tag selections the thresholds name (`{status:503}`, `{method:POST,scenario:write}`),
   * each recorded apart (metrics/tag-selections.ts); absent when none is named.
   */
  selections?: TagSelection[];
  /**
   * With `scenarios:` in the config (or k6 samples tagged with several scenarios): each
   * scenario's own measurements, in the config's order; every field above is their
   * exact merge (merge-measurements.ts). Absent: the run is the one scenario `default`.
   */
  scenarios?: ScenarioMeasurements[];
}

/** The requests one tag set selects (see docs/measurements.md). */
export interface TagSelection {
  /** The tag set, canonical: `endpoint` written as `name`, keys sorted (metrics/tag-set.ts). */
  tags: Record<string, string>;
  stats: RequestStats;
  /** Per-second points of the selection, as `intervals` has them per endpoint; empty when none were kept. */
  points: IntervalPoint[];
}

/** One scenario of a run and what it measured. */
export interface ScenarioMeasurements {
  name: string;
  /** Its k6 executor, e.g. `constant-vus`, `constant-arrival-rate`. */
  executor: string;
  /** When it started, ms after the run started (its start-time, as the clock had it). */
  startTimeMs: number;
  measurements: RunMeasurements;
}

/** Results read from files another tool wrote. */
export interface MeasurementsSource {
  /** `k6-ndjson`: samples of `k6 run --out json`; `k6-summary`: an end-of-test summary (aggregates only). */
  kind: 'k6-ndjson' | 'k6-summary';
  /** The files read, relative to the workspace. */
  files: string[];
  /** What was read but not used, in words (records of unknown types, metrics not judged). */
  skipped: string[];
}

/**
 * How much of the plan (the stages, the breakpoint steps, a preset's shape) ran. A run
 * that stopped before its end can fail on what it measured but cannot pass.
 */
export interface PlanProgress {
  /** The planned length of the load, ms. */
  plannedMs: number;
  /** How long the load ran, ms. */
  ranMs: number;
  /** ranMs / plannedMs, 0..1, to three decimals. */
  fraction: number;
  /**
   * True when the load ran its whole plan, or ended where the plan says it ends (the
   * breakpoint scenario at its first broken step).
   */
  completed: boolean;
  /** Why the load stopped before the plan's end (e.g. "cancelled (SIGTERM)"); absent when it did not. */
  stoppedBy?: string;
}

export interface ArrivalMeasurements {
  /** Requests the stages scheduled per second of the scheduling window. */
  targetRps: number;
  /** Requests sent per second of the scheduling window. */
  achievedRps: number;
  /** Requests whose intended send time fell within the run. */
  scheduled: number;
  sent: number;
  /** Requests never sent: no free slot under `max-vus` before their wait reached the request timeout, or the run ended. */
  dropped: number;
  /** The cap on requests in flight. */
  maxVus: number;
  /** Most requests in flight at once. */
  peakInFlight: number;
  /** Connections opened (each carries one request at a time; the pool grows only as the target needs). */
  connections: number;
  /**
   * Latency from the actual send (uncorrected). `overall.latency`, and every threshold,
   * use the latency from the intended send time (corrected for coordinated omission).
   */
  uncorrectedLatency: LatencySummary;
  /** HDR compressed base64 of the uncorrected latencies (µs). */
  uncorrectedHistogram: string;
  /**
   * How late the generator itself sent each request: from the moment it was due and a
   * connection was free to the send (timer granularity, a busy or paused event loop).
   * Taken off the corrected latency, which charges the target only for its own time.
   */
  generatorDelay?: LatencySummary;
}

export interface GeneratorHealth {
  /** Event-loop delay of the load generator, ms. */
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  /** CPU time of the generator process (user + system) in percent of one core over the run. */
  cpuPercent: number;
  /** Peak resident set size of the generator process, MB. */
  peakRssMb: number;
  /** RSS at the end of the first and last tenth of the run, MB (for drift checks). */
  rssFirstTenthMb: number;
  rssLastTenthMb: number;
  /** The Node/V8 flags the generator process ran with (`process.execArgv`; see relaunch.ts). */
  nodeFlags: string[];
  /** Why the generator, not the target, was the bottleneck; empty when it was not. */
  bottleneck: string[];
  /**
   * With worker threads: each one's own event-loop lag and CPU (of its thread). The
   * figures above are then the worst worker's, so the self-check judges the worst.
   */
  workers?: WorkerHealth[];
}

/** One worker thread's health (engine/workers/). */
export interface WorkerHealth {
  /** 1-based, as messages name it: worker 2 of 4. */
  worker: number;
  of: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  /** CPU time of the worker's own thread, percent of one core over its run. */
  cpuPercent: number;
}

export interface AbortRecord {
  /** The threshold as written. */
  threshold: string;
  /** When the load was stopped, ms since the start. */
  atMs: number;
  /** The value that breached it at the last evaluation. */
  actual: number | null;
}

export interface BreakpointStep {
  /** Target rate of the step, req/s. */
  rate: number;
  achievedRps: number;
  requests: number;
  p95: number;
  errorRate: number;
  dropped: number;
  /** Whether every threshold held on this step's data. */
  held: boolean;
  /** The thresholds that failed on this step. */
  failed: string[];
  /** The steady part of the step the figures above cover, ms since the start (the seconds after the rate changed are left out). */
  judgedFromMs: number;
  judgedToMs: number;
}

export interface BreakpointMeasurements {
  steps: BreakpointStep[];
  /** The highest target rate that held, req/s; 0 when the first step broke. */
  capacityRps: number;
  /**
   * `exact`: a step above it broke (or the first did, and the capacity is 0).
   * `at-least`: no judged step broke, so the capacity is at least `capacityRps`.
   */
  capacityBound: 'exact' | 'at-least';
  /** The measurements of the step the verdict is read from (the highest that held, else the first). */
  verdictStep?: RunMeasurements;
}

export interface DriftMeasurements {
  /** Median of the per-second p95 over the first and the last tenth of the run, ms. */
  firstTenthP95: number;
  lastTenthP95: number;
  /** lastTenthP95 / firstTenthP95 (1 = no drift). */
  latencyRatio: number;
  /** Generator RSS at the end of the first and last tenth, MB. */
  rssFirstTenthMb: number;
  rssLastTenthMb: number;
}

// ---------------------------------------------------------------------------
// Realistic traffic (recorded by traffic-recorder.ts)

export interface SetupMeasurements {
  /** Setup requests sent (logins, re-logins). */
  requests: number;
  succeeded: number;
  failed: number;
  statusCounts: Record<string, number>;
  /** Failed setup requests by reason: a status (`401`), an error class (`timeout`) or a missing capture. */
  failures: Record<string, number>;
  latency: LatencySummary;
  /** VUs that began the setup, that completed it at least once, and whose setup failed at least once. */
  users: { total: number; loggedIn: number; failed: number };
  /** Per setup request, in order. */
  steps: { name: string; requests: number; failed: number }[];
}

export interface CheckMeasurement {
  name: string;
  endpoint: string;
  passes: number;
  fails: number;
}

export interface IsolationViolation {
  endpoint: string;
  /** The requesting VU's tenant (its data record's isolation field). */
  requestingTenant: string;
  /** The tenant the response carried. */
  seenTenant: string;
  count: number;
}

export interface IsolationMeasurements {
  /** Responses whose tenant could be read and compared. */
  checked: number;
  /** Responses that did not show a tenant where configured (not judged). */
  unchecked: number;
  violations: number;
  /** Per endpoint, the gated responses judged and the violations among them. */
  byEndpoint: { endpoint: string; checked: number; violations: number }[];
  details: IsolationViolation[];
  /** Violations whose (endpoint, tenant, tenant seen) row did not fit in `details`. */
  detailsDropped: number;
}

export interface TrafficMeasurements {
  setup: SetupMeasurements | null;
  /** 401 responses on gated traffic that made the VU log in again (not counted as gated requests). */
  reauthentications: number;
  checks: CheckMeasurement[];
  isolation: IsolationMeasurements | null;
}

/** Counts per error class with every class present: the given ones, zero for the rest. */
export function errorCounts(given: Partial<Record<ErrorClass, number>> = {}): Record<ErrorClass, number> {
  return Object.fromEntries(
    ERROR_CLASSES.map((errorClass) => [errorClass, given[errorClass] ?? 0]),
  ) as Record<ErrorClass, number>;
}
