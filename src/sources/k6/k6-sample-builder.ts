/**
 * k6's samples (the Points of `k6 run --out json`) into the measurements the engine
 * produces. One builder takes the samples of any number of files, so the execution
 * segments of one test, run by several k6 instances, add up exactly: the same
 * histograms and counts as if one instance had written every sample.
 *
 * Per request k6 writes several samples with the same time and tags: `http_reqs` (1),
 * `http_req_duration` (ms), `http_req_failed` (1 when the response was not expected),
 * and the phases (`http_req_blocked` … `http_req_receiving`, into each endpoint's timing
 * breakdown; a request counts as timed at its `http_req_waiting`). An endpoint is k6's
 * `name` tag (k6 sets it to the URL unless the script names the request). `data_sent`
 * and `data_received` are written per iteration, without a request's tags, so bytes are
 * known for the whole run only.
 *
 * Time: the run starts at the first sample and ends at the last, whatever the time-zone
 * offset each was written with; second k covers [start + (k-1)·1000, start + k·1000), as
 * the engine's recorder counts them. The samples' times, endpoints and latencies are
 * kept in typed columns (a few bytes per request, far less than the file) until the end.
 * Epoch milliseconds in a double keep about a quarter of a microsecond, finer than any
 * latency the histograms tell apart.
 */
import { EndpointAccumulator, ERROR_INDEX, STATUS_SLOTS } from '../../metrics/endpoint-accumulator.js';
import { ErrorCauseCounter } from '../../metrics/error-cause-counter.js';
import { LatencyHistogram } from '../../metrics/latency-histogram.js';
import type {
  CheckMeasurement,
  EndpointMeasurement,
  IntervalPoint,
  RunMeasurements,
  TimeSeriesPoint,
} from '../../metrics/measurements.js';
import type { TagSet } from '../../metrics/tag-set.js';
import type { TimingPhase } from '../../metrics/timing-measurements.js';
import { GrowableColumn } from './growable.js';
import { K6ExecutionSamples } from './k6-execution-samples.js';
import { k6ErrorCause, k6ErrorClass } from './k6-error-class.js';
import { K6Selections } from './k6-selections.js';

export type K6Tags = Readonly<Record<string, string>>;

/** A trailing partial second shorter than this is folded into the one before (as the recorder does). */
const MIN_TRAILING_BUCKET_MS = 500;

interface EndpointInfo {
  name: string;
  method: string;
  path: string;
  acc: EndpointAccumulator;
}

/** Samples of one kind: when, which endpoint, and a value. */
class Events {
  readonly times = new GrowableColumn();
  readonly endpoints = new GrowableColumn();
  readonly values = new GrowableColumn();

  push(time: number, endpoint: number, value: number): void {
    this.times.push(time);
    this.endpoints.push(endpoint);
    this.values.push(value);
  }
}

export class K6SampleBuilder {
  private readonly endpoints: EndpointInfo[] = [];
  private readonly byName = new Map<string, number>();
  private readonly causes = new ErrorCauseCounter();
  private readonly checks = new Map<string, { passes: number; fails: number }>();
  private readonly requests = new Events();
  private readonly failures = new Events();
  private readonly durations = new Events();
  private readonly vus = new Events();
  /** iterations, iteration_duration, vus (last), vus_max, dropped_iterations. */
  readonly execution = new K6ExecutionSamples();
  /** Which file (k6 instance) the samples come from: instances run side by side, so their VUs add up. */
  private file = 0;
  private bytesSent = 0;
  private bytesReceived = 0;
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;
  /** Whether any `http_req_failed` sample was read (k6 before v0.31 wrote none). */
  private sawFailedMetric = false;
  /** Requests by status, kept to derive failures when no `http_req_failed` sample exists. */
  private readonly statusByEndpoint: { endpoint: number; status: number; errorCode?: number }[] = [];
  private readonly selections: K6Selections;

  /** @param selections the tag sets thresholds select (slo/threshold-selections.ts), kept apart */
  constructor(selections: readonly TagSet[] = []) {
    this.selections = new K6Selections(selections);
  }

  /** Any sample's time: the run spans the first to the last. */
  seen(time: number): void {
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
  }

  get sampleCount(): number {
    return this.requests.times.length + this.durations.times.length;
  }

  get requestCount(): number {
    return this.requests.times.length;
  }

  addRequest(time: number, value: number, tags: K6Tags): void {
    if (value === 0) return;
    const index = this.endpoint(tags);
    const acc = this.endpoints[index]!.acc;
    acc.requests += value;
    const status = statusOf(tags);
    if (status > 0 && status < STATUS_SLOTS) acc.statusCounts[status]! += value;
    this.requests.push(time, index, value);
    this.selections.addRequest(value, status, errorCodeOf(tags), tags);
    if (!this.sawFailedMetric) {
      const errorCode = errorCodeOf(tags);
      this.statusByEndpoint.push({ endpoint: index, status, ...(errorCode ? { errorCode } : {}) });
    }
  }

  addFailed(time: number, value: number, tags: K6Tags): void {
    if (!this.sawFailedMetric) {
      this.sawFailedMetric = true;
      this.statusByEndpoint.length = 0;
    }
    if (value === 0) return;
    const index = this.endpoint(tags);
    this.countFailure(index, statusOf(tags), errorCodeOf(tags));
    this.selections.addFailed(statusOf(tags), errorCodeOf(tags), tags);
    this.failures.push(time, index, 1);
  }

  addDuration(time: number, ms: number, tags: K6Tags): void {
    const index = this.endpoint(tags);
    const us = ms * 1000;
    this.endpoints[index]!.acc.histogram.recordMicros(us);
    this.durations.push(time, index, us);
    this.selections.addDuration(us, tags);
  }

  /** The samples that follow come from another k6 instance (its own `vus` gauge). */
  nextFile(): void {
    this.file++;
  }

  addVus(time: number, value: number): void {
    this.vus.push(time, this.file, value);
    this.execution.addVus(this.file, time, value);
  }

  addVusMax(value: number): void {
    this.execution.addVusMax(this.file, value);
  }

  /** One phase of one request (k6 writes each phase as its own sample, with the request's tags). */
  addPhase(phase: TimingPhase, ms: number, tags: K6Tags): void {
    this.endpoints[this.endpoint(tags)]!.acc.timing.recordPhase(phase, ms * 1000);
  }

  addBytes(direction: 'sent' | 'received', value: number): void {
    if (direction === 'sent') this.bytesSent += value;
    else this.bytesReceived += value;
  }

  addCheck(value: number, tags: K6Tags): void {
    const name = tags.check ?? '';
    let entry = this.checks.get(name);
    if (entry === undefined) this.checks.set(name, (entry = { passes: 0, fails: 0 }));
    if (value !== 0) entry.passes++;
    else entry.fails++;
  }

  /** The measurements of every sample read; undefined when no HTTP request was among them. */
  build(): RunMeasurements | undefined {
    if (this.requests.times.length === 0 || !Number.isFinite(this.first)) return undefined;
    if (!this.sawFailedMetric) this.deriveFailures();
    const start = this.first;
    const durationMs = Math.max(0, this.last - start);
    const total = new EndpointAccumulator();
    for (const { acc } of this.endpoints) {
      acc.succeeded = acc.requests - acc.failed;
      acc.addTo(total);
    }
    total.bytesSent = this.bytesSent;
    total.bytesReceived = this.bytesReceived;
    const endpoints: EndpointMeasurement[] = this.endpoints.map(({ name, method, path, acc }) => ({
      name,
      method,
      path,
      ...acc.toStats(durationMs),
    }));
    const { timeSeries, overall, perEndpoint } = this.seconds(start, durationMs);
    const measurements: RunMeasurements = {
      startedAt: new Date(Math.floor(start)).toISOString(),
      finishedAt: new Date(Math.floor(this.last)).toISOString(),
      durationMs: Math.round(durationMs),
      maxVusReached: Math.max(0, ...timeSeries.map((p) => p.vus)),
      overall: total.toStats(durationMs),
      endpoints,
      timeSeries,
      intervals: {
        overall,
        endpoints: this.endpoints.map((endpoint, index) => ({
          name: endpoint.name,
          points: perEndpoint[index]!,
        })),
      },
      errorCauses: this.causes.counts(),
    };
    const selections = this.selections.build(durationMs, this.sawFailedMetric);
    if (selections !== undefined) measurements.selections = selections;
    const execution = this.execution.build();
    if (execution !== undefined) measurements.execution = execution;
    const checks = this.checkMeasurements();
    if (checks.length > 0) {
      measurements.traffic = { setup: null, reauthentications: 0, checks, isolation: null };
    }
    return measurements;
  }

  private countFailure(index: number, status: number, errorCode: number | undefined): void {
    const acc = this.endpoints[index]!.acc;
    acc.failed++;
    const errorClass = k6ErrorClass(status, errorCode);
    acc.errorCounts[ERROR_INDEX[errorClass]]!++;
    if (status === 0) this.causes.add(k6ErrorCause(errorCode), errorClass);
  }

  /** Without `http_req_failed`: k6's default expected statuses, 200–399, succeed; the rest fail. */
  private deriveFailures(): void {
    this.statusByEndpoint.forEach(({ endpoint, status, errorCode }, i) => {
      if (status >= 200 && status < 400) return;
      this.countFailure(endpoint, status, errorCode);
      this.failures.push(this.requests.times.at(i), endpoint, 1);
    });
  }

  private endpoint(tags: K6Tags): number {
    const name = tags.name ?? tags.url ?? '(unnamed)';
    let index = this.byName.get(name);
    if (index === undefined) {
      index = this.endpoints.length;
      this.byName.set(name, index);
      this.endpoints.push({
        name,
        method: tags.method ?? '',
        path: pathOf(tags.url ?? name),
        acc: new EndpointAccumulator(),
      });
    }
    return index;
  }

  private checkMeasurements(): CheckMeasurement[] {
    return [...this.checks].map(([name, { passes, fails }]) => ({ name, endpoint: '', passes, fails }));
  }

  /** The per-second series: the time series, and the interval points overall and per endpoint. */
  private seconds(start: number, durationMs: number) {
    const count = Math.max(1, Math.ceil(durationMs / 1000));
    const lastMs = durationMs - (count - 1) * 1000;
    const fold = count > 1 && lastMs < MIN_TRAILING_BUCKET_MS;
    const buckets = fold ? count - 1 : count;
    const bucketOf = (time: number): number => Math.min(buckets - 1, Math.floor((time - start) / 1000));
    const lengthOf = (b: number): number =>
      b < buckets - 1 ? 1000 : fold ? 1000 + lastMs : Math.max(1, Math.round(lastMs));
    const scopes = this.endpoints.length;

    const requests = new Float64Array(buckets * (scopes + 1));
    const failed = new Float64Array(buckets * (scopes + 1));
    const add = (into: Float64Array, events: Events): void => {
      for (let i = 0; i < events.times.length; i++) {
        const b = bucketOf(events.times.at(i));
        const value = events.values.at(i);
        into[b * (scopes + 1)]! += value;
        into[b * (scopes + 1) + 1 + events.endpoints.at(i)]! += value;
      }
    };
    add(requests, this.requests);
    add(failed, this.failures);

    // Per instance, its highest `vus` of each second (-1: none that second, the last one holds).
    const files = this.file + 1;
    const vus = new Float64Array(buckets * files).fill(-1);
    for (let i = 0; i < this.vus.times.length; i++) {
      const at = bucketOf(this.vus.times.at(i)) * files + this.vus.endpoints.at(i);
      vus[at] = Math.max(vus[at]!, this.vus.values.at(i));
    }
    const carried = new Float64Array(files);

    const order = bucketOrder(this.durations, buckets, bucketOf);
    const overallHistogram = new LatencyHistogram();
    const endpointHistograms = this.endpoints.map(() => new LatencyHistogram());
    const timeSeries: TimeSeriesPoint[] = [];
    const overall: IntervalPoint[] = [];
    const perEndpoint: IntervalPoint[][] = this.endpoints.map(() => []);
    for (let b = 0; b < buckets; b++) {
      overallHistogram.reset();
      endpointHistograms.forEach((histogram) => histogram.reset());
      for (let k = order.starts[b]!; k < order.starts[b + 1]!; k++) {
        const i = order.indices[k]!;
        const us = this.durations.values.at(i);
        overallHistogram.recordMicros(us);
        endpointHistograms[this.durations.endpoints.at(i)]!.recordMicros(us);
      }
      let vusNow = 0;
      for (let f = 0; f < files; f++) {
        if (vus[b * files + f]! >= 0) carried[f] = vus[b * files + f]!;
        vusNow += carried[f]!;
      }
      const t = b + 1;
      const ms = lengthOf(b);
      const row = b * (scopes + 1);
      timeSeries.push({
        t,
        vus: vusNow,
        requests: requests[row]!,
        errors: failed[row]!,
        p50: overallHistogram.percentileMs(50),
        p95: overallHistogram.percentileMs(95),
        p99: overallHistogram.percentileMs(99),
      });
      overall.push(point(t, ms, requests[row]!, failed[row]!, overallHistogram));
      endpointHistograms.forEach((histogram, e) => {
        perEndpoint[e]!.push(point(t, ms, requests[row + 1 + e]!, failed[row + 1 + e]!, histogram));
      });
    }
    return { timeSeries, overall, perEndpoint };
  }
}

/** The latency samples' indices grouped by second (a counting sort): second b's are indices[starts[b] … starts[b+1]). */
function bucketOrder(events: Events, buckets: number, bucketOf: (time: number) => number) {
  const n = events.times.length;
  const bucket = new Int32Array(n);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    bucket[i] = bucketOf(events.times.at(i));
    starts[bucket[i]! + 1]!++;
  }
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  const next = starts.slice(0, buckets);
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) indices[next[bucket[i]!]!++] = i;
  return { starts, indices };
}

function point(
  t: number,
  ms: number,
  requests: number,
  failed: number,
  histogram: LatencyHistogram,
): IntervalPoint {
  return { t, ms, requests, failed, histogram: histogram.count > 0 ? histogram.encode() : '' };
}

function statusOf(tags: K6Tags): number {
  const status = Number(tags.status);
  return Number.isInteger(status) && status >= 0 ? status : 0;
}

function errorCodeOf(tags: K6Tags): number | undefined {
  const code = Number(tags.error_code);
  return tags.error_code !== undefined && Number.isInteger(code) ? code : undefined;
}

/** The path of a URL (k6 tags the full URL), or the text itself when it is not one. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
