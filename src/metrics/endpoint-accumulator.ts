/**
 * One endpoint's counters and latency histogram, as the recorder keeps them while the
 * load runs: typed arrays indexed by status code and error class, so recording a
 * request allocates nothing.
 */
import { LatencyHistogram } from './latency-histogram.js';
import { ERROR_CLASSES, type ErrorClass, type RequestStats } from './measurements.js';
import { TimingAccumulator } from './timing-accumulator.js';
import type { RequestPhases } from './timing-measurements.js';

/** Error classes by index, so the hot path can count with a typed array. */
export const ERROR_INDEX: Readonly<Record<ErrorClass, number>> = Object.fromEntries(
  ERROR_CLASSES.map((name, index) => [name, index]),
) as Record<ErrorClass, number>;

/** HTTP status codes have three digits. */
export const STATUS_SLOTS = 1000;

/** What counting a request reads of its outcome (a RequestOutcome has it). */
export interface AccumulatedOutcome extends RequestPhases {
  status: number;
  ok: boolean;
  errorClass: ErrorClass | null;
  sent: boolean;
  bytesSent: number;
  bytesReceived: number;
}

/** Counters and histogram for one endpoint. */
export class EndpointAccumulator {
  requests = 0;
  succeeded = 0;
  failed = 0;
  bytesSent = 0;
  bytesReceived = 0;
  readonly statusCounts = new Float64Array(STATUS_SLOTS);
  readonly errorCounts = new Float64Array(ERROR_CLASSES.length);
  readonly histogram = new LatencyHistogram();
  /** The timing breakdown (http_req_blocked … http_req_receiving) of the requests that carried it. */
  readonly timing = new TimingAccumulator();

  /** Counts one request of the scope: its status, bytes, failure class, latency and phases. Allocates nothing. */
  add(latencyUs: number, outcome: AccumulatedOutcome): void {
    this.requests++;
    this.bytesSent += outcome.bytesSent;
    this.bytesReceived += outcome.bytesReceived;
    const status = outcome.status;
    if (status > 0 && status < STATUS_SLOTS) this.statusCounts[status]!++;
    if (outcome.ok) this.succeeded++;
    else {
      this.failed++;
      this.errorCounts[ERROR_INDEX[outcome.errorClass ?? 'other']]!++;
    }
    if (outcome.sent) this.histogram.recordMicros(latencyUs);
    if (outcome.timed === true) this.timing.record(outcome);
  }

  toStats(durationMs: number, histogram: LatencyHistogram = this.histogram): RequestStats {
    const statusCounts: Record<string, number> = {};
    for (let status = 0; status < STATUS_SLOTS; status++) {
      const count = this.statusCounts[status] ?? 0;
      if (count > 0) statusCounts[String(status)] = count;
    }
    const errors = {} as Record<ErrorClass, number>;
    ERROR_CLASSES.forEach((name, index) => (errors[name] = this.errorCounts[index] ?? 0));
    const timings = this.timing.toTimings();
    return {
      requests: this.requests,
      succeeded: this.succeeded,
      failed: this.failed,
      rps: durationMs > 0 ? round3((this.requests * 1000) / durationMs) : 0,
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      statusCounts,
      errors,
      latency: histogram.summary(),
      histogram: histogram.encode(),
      ...(timings !== undefined ? { timings } : {}),
    };
  }

  addTo(total: EndpointAccumulator): void {
    total.requests += this.requests;
    total.succeeded += this.succeeded;
    total.failed += this.failed;
    total.bytesSent += this.bytesSent;
    total.bytesReceived += this.bytesReceived;
    for (let i = 0; i < STATUS_SLOTS; i++) total.statusCounts[i]! += this.statusCounts[i]!;
    for (let i = 0; i < ERROR_CLASSES.length; i++) total.errorCounts[i]! += this.errorCounts[i]!;
    total.histogram.add(this.histogram);
    this.timing.addTo(total.timing);
  }
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
