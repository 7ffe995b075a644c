/**
 * A latency histogram: values are recorded in microseconds into an HDR histogram
 * (pure JavaScript, 3 significant digits, 1 µs to 1 hour) and read back in
 * milliseconds. Memory is fixed (about 95 KB) whatever the number of samples.
 */
import {
  build,
  decodeFromCompressedBase64,
  encodeIntoCompressedBase64,
  type Histogram,
} from 'hdr-histogram-js';

import type { LatencySummary } from './measurements.js';

/** Largest value the histogram tracks: one hour, in microseconds. Larger values are clamped. */
export const HIGHEST_TRACKABLE_US = 3_600_000_000;

const SIGNIFICANT_DIGITS = 3;

function newHdrHistogram(): Histogram {
  return build({
    useWebAssembly: false,
    bitBucketSize: 32,
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_TRACKABLE_US,
    numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
  });
}

/** Microseconds to milliseconds, kept to microsecond precision. */
function usToMs(us: number): number {
  return Math.round(us) / 1000;
}

export const EMPTY_LATENCY_SUMMARY: Readonly<LatencySummary> = Object.freeze({
  count: 0,
  min: 0,
  mean: 0,
  stdev: 0,
  p50: 0,
  p90: 0,
  p95: 0,
  p99: 0,
  p999: 0,
  max: 0,
});

export class LatencyHistogram {
  private readonly hdr: Histogram;

  constructor(hdr?: Histogram) {
    this.hdr = hdr ?? newHdrHistogram();
  }

  /** Reads a histogram written by {@link encode} (or any HDR compressed base64 histogram in µs). */
  static decode(base64: string): LatencyHistogram {
    return new LatencyHistogram(decodeFromCompressedBase64(base64, 32, false));
  }

  /** Records one latency in microseconds; negative values count as 0, values above one hour as one hour. */
  recordMicros(us: number): void {
    this.hdr.recordValue(us <= 0 ? 0 : us < HIGHEST_TRACKABLE_US ? Math.round(us) : HIGHEST_TRACKABLE_US);
  }

  /** Records `count` samples of one value (µs) at once. */
  recordMicrosTimes(us: number, count: number): void {
    if (count > 0)
      this.hdr.recordValueWithCount(
        us <= 0 ? 0 : us < HIGHEST_TRACKABLE_US ? Math.round(us) : HIGHEST_TRACKABLE_US,
        count,
      );
  }

  get count(): number {
    return this.hdr.totalCount;
  }

  /** The value at `percentile` (0–100], in milliseconds; 0 when empty. */
  percentileMs(percentile: number): number {
    return this.count === 0 ? 0 : usToMs(this.hdr.getValueAtPercentile(percentile));
  }

  summary(): LatencySummary {
    const count = this.count;
    if (count === 0) return { ...EMPTY_LATENCY_SUMMARY };
    const hdr = this.hdr;
    return {
      count,
      min: usToMs(hdr.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : hdr.minNonZeroValue),
      mean: usToMs(hdr.mean),
      stdev: usToMs(hdr.stdDeviation),
      p50: usToMs(hdr.getValueAtPercentile(50)),
      p90: usToMs(hdr.getValueAtPercentile(90)),
      p95: usToMs(hdr.getValueAtPercentile(95)),
      p99: usToMs(hdr.getValueAtPercentile(99)),
      p999: usToMs(hdr.getValueAtPercentile(99.9)),
      // Like the percentiles, the highest value equivalent to the largest sample (so p999 ≤ max, and a decoded copy agrees).
      max: usToMs(hdr.getValueAtPercentile(100)),
    };
  }

  /** HDR compressed base64 of the recorded microsecond values. */
  encode(): string {
    return encodeIntoCompressedBase64(this.hdr);
  }

  /** Adds every sample of `other` to this histogram. */
  add(other: LatencyHistogram): void {
    if (other.count > 0) this.hdr.add(other.hdr);
  }

  /** Removes every sample of `other` from this histogram (`other` must be a subset of it). */
  subtract(other: LatencyHistogram): void {
    if (other.count > 0) this.hdr.subtract(other.hdr);
  }

  /** Makes this histogram hold exactly the samples of `other`. */
  copyFrom(other: LatencyHistogram): void {
    this.hdr.reset();
    this.add(other);
  }

  reset(): void {
    this.hdr.reset();
  }
}
