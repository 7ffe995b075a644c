/**
 * The one place requests are recorded. The engine reports every completed request
 * with {@link MetricsRecorder.record}; the recorder keeps, per endpoint, counters and
 * an HDR latency histogram, plus one point per second for the time series, and turns
 * them into {@link RunMeasurements} at the end.
 *
 * Memory is bounded whatever the length of the run: fixed-size histograms and
 * counters, and one small point per elapsed second (the time series, and the
 * per-second histograms of interval-series.ts). Nothing is kept per request.
 *
 * Time: `now()` is a monotonic clock in milliseconds (performance.now by default);
 * second `k` of the time series covers [start + (k-1)·1000, start + k·1000).
 */
import { EndpointAccumulator, ERROR_INDEX, STATUS_SLOTS } from './endpoint-accumulator.js';
import { ErrorCauseCounter } from './error-cause-counter.js';
import { IntervalRollUp } from './interval-series.js';
import { IterationCounter } from './iteration-counter.js';
import type { RequestPhases } from './timing-measurements.js';
import { LatencyHistogram } from './latency-histogram.js';
import { TagSelections } from './tag-selections.js';
import type { TagSet } from './tag-set.js';
import {
  type EndpointMeasurement,
  type ErrorClass,
  type RunMeasurements,
  type TimeSeriesPoint,
} from './measurements.js';

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

/** A trailing partial second shorter than this is folded into the previous point. */
const MIN_TRAILING_BUCKET_MS = 500;

export class MetricsRecorder {
  private readonly endpointInfo: readonly RecorderEndpoint[];
  private readonly perEndpoint: EndpointAccumulator[];
  private readonly causes = new ErrorCauseCounter();
  private readonly selections: TagSelections | null;
  private readonly now: () => number;
  private readonly wallClock: () => number;
  private readonly plannedMs: number;
  /** The `scenario` tag value of every request recorded here. */
  readonly scenario: string;
  /** Tags of every request recorded here (the scenario's `tags`); empty without. */
  readonly scenarioTags: Readonly<Record<string, string>>;

  private startMs = 0;
  private startedAtEpoch = 0;
  private finishMs: number | null = null;
  private finishedAtEpoch = 0;
  private stoppedEarly: string | undefined;

  // Whole-run totals kept apart for the progress view.
  private totalRequests = 0;
  private totalErrors = 0;

  // VUs.
  private vus = 0;
  private maxVus = 0;
  /** VUs active when the last whole second closed (k6 samples `vus` once a second). */
  private lastSecondVus = 0;
  private readonly iterations = new IterationCounter();

  // Time series: the open second and the last closed one (kept to fold a short trailing bucket into it).
  private readonly points: TimeSeriesPoint[] = [];
  private bucketIndex = 0;
  private bucketEndMs = Number.POSITIVE_INFINITY;
  private bucketRequests = 0;
  private bucketErrors = 0;
  private bucketVus = 0;
  private bucketHistogram = new LatencyHistogram();
  private previousBucketHistogram = new LatencyHistogram();
  private readonly rollUp: IntervalRollUp;

  // Progress window: closed seconds since the last sample, minus what of the open second was already reported.
  private readonly windowHistogram = new LatencyHistogram();
  private readonly reportedOfBucket = new LatencyHistogram();
  private readonly scratch = new LatencyHistogram();
  private lastProgressMs = 0;
  private lastProgressRequests = 0;
  private lastProgressErrors = 0;

  constructor(endpoints: readonly RecorderEndpoint[], options: MetricsRecorderOptions = {}) {
    if (endpoints.length === 0) throw new Error('MetricsRecorder needs at least one endpoint');
    this.endpointInfo = endpoints.map(({ name, method, path }) => ({ name, method, path }));
    this.perEndpoint = endpoints.map(() => new EndpointAccumulator());
    this.rollUp = new IntervalRollUp(this.endpointInfo.map((endpoint) => endpoint.name));
    const selections = options.selections ?? [];
    this.selections =
      selections.length === 0
        ? null
        : new TagSelections(selections, withScenarioTags(endpoints, options.scenarioTags), {
            ...(options.origin !== undefined ? { origin: options.origin } : {}),
            ...(options.scenario !== undefined ? { scenario: options.scenario } : {}),
          });
    this.now = options.now ?? (() => performance.now());
    this.wallClock = options.wallClock ?? Date.now;
    this.plannedMs = options.plannedMs ?? 0;
    this.scenario = options.scenario ?? 'default';
    this.scenarioTags = options.scenarioTags ?? {};
  }

  /** Marks the start of the load (t = 0). Call once, before the first request. */
  start(): void {
    this.startMs = this.now();
    this.startedAtEpoch = this.wallClock();
    this.bucketEndMs = this.startMs + 1000;
    this.lastProgressMs = this.startMs;
  }

  /**
   * Records one completed request.
   * @param endpointIndex index of the endpoint in the list given to the constructor
   * @param latencyUs time from just before sending to the end of the response (or the failure), µs
   * @param outcome how it ended
   * @param endMs when it ended on the `now()` clock; read from the clock when omitted
   */
  record(endpointIndex: number, latencyUs: number, outcome: RequestOutcome, endMs?: number): void {
    const at = endMs ?? this.now();
    if (at >= this.bucketEndMs) this.closeBucketsUntil(at);
    const acc = this.perEndpoint[endpointIndex];
    if (acc === undefined) throw new RangeError(`no endpoint ${endpointIndex}`);

    acc.requests++;
    this.totalRequests++;
    this.bucketRequests++;
    acc.bytesSent += outcome.bytesSent;
    acc.bytesReceived += outcome.bytesReceived;
    const status = outcome.status;
    if (status > 0 && status < STATUS_SLOTS) acc.statusCounts[status]!++;
    if (outcome.ok) {
      acc.succeeded++;
    } else {
      acc.failed++;
      this.totalErrors++;
      this.bucketErrors++;
      const errorClass = outcome.errorClass ?? 'other';
      acc.errorCounts[ERROR_INDEX[errorClass]]!++;
      if (status === 0 && outcome.errorCause) this.causes.add(outcome.errorCause, errorClass);
    }
    if (outcome.sent) {
      acc.histogram.recordMicros(latencyUs);
      this.bucketHistogram.recordMicros(latencyUs);
    }
    if (this.selections !== null) this.selections.record(endpointIndex, latencyUs, outcome);
    if (outcome.timed === true) acc.timing.record(outcome);
  }

  /** One iteration (a pass of a user's journey) ended, `durationUs` after its first request started. */
  recordIteration(durationUs: number): void {
    this.iterations.record(durationUs);
  }

  /**
   * How many VUs were allocated (k6's vus_max) and how many iterations were never
   * started (dropped_iterations), as the executor knows them at the end; unset, vus_max
   * is the most VUs active at once.
   */
  setExecution(figures: { vusMax?: number; droppedIterations?: number }): void {
    this.iterations.setFigures(figures);
  }

  /** The number of active VUs changed (at `nowMs`, read from the clock when omitted). */
  setVus(vus: number, nowMs: number = this.now()): void {
    if (nowMs >= this.bucketEndMs) this.closeBucketsUntil(nowMs);
    this.vus = vus;
    if (vus > this.maxVus) this.maxVus = vus;
    if (vus > this.bucketVus) this.bucketVus = vus;
  }

  /** Closes the seconds that have ended; call regularly (e.g. every 100 ms) so idle seconds are closed too. */
  tick(nowMs: number = this.now()): void {
    if (nowMs >= this.bucketEndMs) this.closeBucketsUntil(nowMs);
  }

  /** Figures since the previous call (or the start), for a log line. */
  progress(nowMs: number = this.now()): ProgressSample {
    this.tick(nowMs);
    const intervalMs = Math.max(0, nowMs - this.lastProgressMs);
    const requests = this.totalRequests - this.lastProgressRequests;
    const errors = this.totalErrors - this.lastProgressErrors;

    const interval = this.scratch;
    interval.copyFrom(this.windowHistogram);
    interval.add(this.bucketHistogram);
    interval.subtract(this.reportedOfBucket);
    const p95Ms = interval.count > 0 ? interval.percentileMs(95) : null;

    this.windowHistogram.reset();
    this.reportedOfBucket.copyFrom(this.bucketHistogram);
    this.lastProgressMs = nowMs;
    this.lastProgressRequests = this.totalRequests;
    this.lastProgressErrors = this.totalErrors;

    return {
      elapsedMs: Math.round(nowMs - this.startMs),
      plannedMs: this.plannedMs,
      vus: this.vus,
      requests: this.totalRequests,
      errors: this.totalErrors,
      intervalMs: Math.round(intervalMs),
      rps: intervalMs > 0 ? Math.round((requests * 1000 * 10) / intervalMs) / 10 : 0,
      p95Ms,
      errorPercent: requests > 0 ? Math.round((errors * 100 * 100) / requests) / 100 : 0,
    };
  }

  /** Marks the end of the load. `stoppedEarly` says why it ended before the planned end, if it did. */
  finish(stoppedEarly?: string): void {
    if (this.finishMs !== null) return;
    const at = this.now();
    this.closeBucketsUntil(at);
    this.finishMs = at;
    this.finishedAtEpoch = this.wallClock();
    if (stoppedEarly !== undefined) this.stoppedEarly = stoppedEarly;
    this.closeTrailingBucket(at);
  }

  /** The measurements so far; after {@link finish}, the final ones. */
  snapshot(): RunMeasurements {
    const endMs = this.finishMs ?? this.now();
    const durationMs = Math.max(0, endMs - this.startMs);
    const total = new EndpointAccumulator();
    for (const acc of this.perEndpoint) acc.addTo(total);

    const endpoints: EndpointMeasurement[] = this.perEndpoint.map((acc, index) => {
      const info = this.endpointInfo[index]!;
      return { name: info.name, method: info.method, path: info.path, ...acc.toStats(durationMs) };
    });

    const timeSeries = this.points.map((point) => ({ ...point }));
    if (this.finishMs === null && this.bucketRequests + this.bucketHistogram.count > 0) {
      // A live snapshot shows the open second as it is so far.
      timeSeries.push(this.bucketPoint(this.bucketIndex + 1, this.bucketHistogram));
    }

    return {
      startedAt: new Date(this.startedAtEpoch).toISOString(),
      finishedAt: new Date(this.finishMs === null ? this.wallClock() : this.finishedAtEpoch).toISOString(),
      durationMs: Math.round(durationMs),
      maxVusReached: this.maxVus,
      overall: total.toStats(durationMs),
      endpoints,
      timeSeries,
      // A live snapshot holds the closed seconds only.
      intervals: this.rollUp.series(),
      errorCauses: this.causes.counts(),
      ...(this.selections !== null ? { selections: this.selections.snapshot(durationMs) } : {}),
      execution: this.iterations.measurements({
        // No whole second closed: no sample k6 would have taken, the most VUs at once stands in.
        vus: this.bucketIndex > 0 ? this.lastSecondVus : this.maxVus,
        maxVus: this.maxVus,
      }),
      ...(this.stoppedEarly !== undefined ? { stoppedEarly: this.stoppedEarly } : {}),
    };
  }

  private bucketPoint(t: number, histogram: LatencyHistogram): TimeSeriesPoint {
    return {
      t,
      vus: this.bucketVus,
      requests: this.bucketRequests,
      errors: this.bucketErrors,
      p50: histogram.percentileMs(50),
      p95: histogram.percentileMs(95),
      p99: histogram.percentileMs(99),
    };
  }

  /** The open second's counts, with `histogram` as its latencies. */
  private openBucket(histogram: LatencyHistogram) {
    return { histogram, requests: this.bucketRequests, failed: this.bucketErrors };
  }

  /** Closes every second that ends at or before `at`, idle ones included. */
  private closeBucketsUntil(at: number): void {
    while (at >= this.bucketEndMs) {
      this.bucketIndex++;
      this.points.push(this.bucketPoint(this.bucketIndex, this.bucketHistogram));
      this.rollUp.close(this.bucketIndex, 1000, this.openBucket(this.bucketHistogram), this.perEndpoint);
      this.selections?.close(this.bucketIndex, 1000);

      this.windowHistogram.add(this.bucketHistogram);
      if (this.reportedOfBucket.count > 0) {
        this.windowHistogram.subtract(this.reportedOfBucket);
        this.reportedOfBucket.reset();
      }

      // The closed second's histogram is kept until the next one closes.
      const closed = this.bucketHistogram;
      this.bucketHistogram = this.previousBucketHistogram;
      this.bucketHistogram.reset();
      this.previousBucketHistogram = closed;

      this.bucketRequests = 0;
      this.bucketErrors = 0;
      this.lastSecondVus = this.vus;
      this.bucketVus = this.vus;
      this.bucketEndMs += 1000;
    }
  }

  /** The last, partial second: its own point, or folded into the previous one when short. */
  private closeTrailingBucket(at: number): void {
    const bucketStartMs = this.bucketEndMs - 1000;
    const lengthMs = at - bucketStartMs;
    const hasData = this.bucketRequests > 0 || this.bucketHistogram.count > 0;
    const previous = this.points[this.points.length - 1];
    if (previous && lengthMs < MIN_TRAILING_BUCKET_MS) {
      if (!hasData) return;
      const merged = this.previousBucketHistogram;
      merged.add(this.bucketHistogram);
      previous.requests += this.bucketRequests;
      previous.errors += this.bucketErrors;
      previous.vus = Math.max(previous.vus, this.bucketVus);
      previous.p50 = merged.percentileMs(50);
      previous.p95 = merged.percentileMs(95);
      previous.p99 = merged.percentileMs(99);
      this.rollUp.foldLast(lengthMs, this.openBucket(merged), this.perEndpoint);
      this.selections?.foldLast(lengthMs);
    } else if (lengthMs > 0 || hasData) {
      this.points.push(this.bucketPoint(this.bucketIndex + 1, this.bucketHistogram));
      this.rollUp.close(
        this.bucketIndex + 1,
        lengthMs,
        this.openBucket(this.bucketHistogram),
        this.perEndpoint,
      );
      this.selections?.close(this.bucketIndex + 1, lengthMs);
    }
    this.bucketRequests = 0;
    this.bucketErrors = 0;
    this.bucketHistogram.reset();
  }
}

/** The endpoints with their scenario's tags under their own (an endpoint's tag wins, as in k6), for tag selections. */
function withScenarioTags(
  endpoints: readonly RecorderEndpoint[],
  scenarioTags: Readonly<Record<string, string>> | undefined,
): readonly RecorderEndpoint[] {
  if (scenarioTags === undefined || Object.keys(scenarioTags).length === 0) return endpoints;
  return endpoints.map((endpoint) => ({ ...endpoint, tags: { ...scenarioTags, ...endpoint.tags } }));
}
