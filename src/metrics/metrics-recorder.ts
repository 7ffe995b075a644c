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
import { EndpointAccumulator } from './endpoint-accumulator.js';
import { ErrorCauseCounter } from './error-cause-counter.js';
import { IntervalRollUp } from './interval-series.js';
import { IterationCounter } from './iteration-counter.js';
import { LatencyHistogram } from './latency-histogram.js';
import type {
  MetricsRecorderOptions,
  ProgressSample,
  RecorderEndpoint,
  RequestOutcome,
} from './recorder-types.js';
import { TagSelections } from './tag-selections.js';
import {
  type EndpointMeasurement,
  type IntervalPoint,
  type RunMeasurements,
  type TimeSeriesPoint,
} from './measurements.js';

export type {
  MetricsRecorderOptions,
  ProgressSample,
  RecorderEndpoint,
  RequestOutcome,
} from './recorder-types.js';

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
  }

  /** The closed seconds of the whole run, as a snapshot's `intervals.overall`, encoding nothing else. */
  closedSeconds(): IntervalPoint[] {
    return this.rollUp.overallSeconds();
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

    acc.add(latencyUs, outcome);
    this.totalRequests++;
    this.bucketRequests++;
    if (!outcome.ok) {
      this.totalErrors++;
      this.bucketErrors++;
      if (outcome.status === 0 && outcome.errorCause) {
        this.causes.add(outcome.errorCause, outcome.errorClass ?? 'other');
      }
    }
    if (outcome.sent) this.bucketHistogram.recordMicros(latencyUs);
    if (this.selections !== null) this.selections.record(endpointIndex, latencyUs, outcome);
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
