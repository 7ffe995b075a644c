/**
 * The workers' figures while the load runs, merged in the main thread: what the
 * progress line and the live checks (abortOnFail) see.
 *
 * - The progress line sums the workers' counts; its p95 is the percentile of the sum of
 *   the workers' per-second histograms over the seconds every worker has closed since
 *   the last line (exact by second). The live baseline's p95 on that line is the
 *   highest worker's (its seconds are not sent): an upper bound.
 * - A live check sees mergeMeasurements of the workers' latest snapshots: histograms
 *   added, counters summed, as at the end.
 */
import type { IntervalPoint, RunMeasurements } from '../../metrics/measurements.js';
import { mergeMeasurements } from '../../metrics/merge-measurements.js';
import { addHistograms } from '../../metrics/merge-stats.js';
import type { ProgressSample } from '../../metrics/metrics-recorder.js';

export class LiveMerge {
  private readonly samples: (ProgressSample | undefined)[];
  private readonly snapshots: (RunMeasurements | undefined)[];
  /** Per second (t): the points of the workers that closed it. */
  private readonly seconds = new Map<number, IntervalPoint[]>();
  /** The last second each worker has closed. */
  private readonly closedUpTo: number[];
  private printedUpTo = 0;
  private lastRequests = 0;
  private lastErrors = 0;
  private lastElapsedMs = 0;

  constructor(
    private readonly count: number,
    private readonly plannedMs: number,
    /** With a live baseline every line carries its figures, zeros before any worker has sent them. */
    private readonly withBaseline = false,
  ) {
    this.samples = new Array<ProgressSample | undefined>(count).fill(undefined);
    this.snapshots = new Array<RunMeasurements | undefined>(count).fill(undefined);
    this.closedUpTo = new Array<number>(count).fill(0);
  }

  progressOf(worker: number, sample: ProgressSample): void {
    this.samples[worker] = sample;
  }

  liveOf(worker: number, seconds: readonly IntervalPoint[], snapshot: RunMeasurements | undefined): void {
    for (const point of seconds) {
      const list = this.seconds.get(point.t);
      if (list) list.push(point);
      else this.seconds.set(point.t, [point]);
      this.closedUpTo[worker] = Math.max(this.closedUpTo[worker]!, point.t);
    }
    if (snapshot) this.snapshots[worker] = snapshot;
  }

  /** Everything measured so far, as one run (for the live checks). */
  snapshot(): RunMeasurements | undefined {
    const known = this.snapshots.filter((part): part is RunMeasurements => part !== undefined);
    return known.length === 0 ? undefined : mergeMeasurements(known);
  }

  /** The progress line since the previous one. */
  progress(elapsedMs: number): ProgressSample {
    const samples = this.samples.filter((sample): sample is ProgressSample => sample !== undefined);
    const requests = sum(samples, (sample) => sample.requests);
    const errors = sum(samples, (sample) => sample.errors);
    const intervalMs = Math.max(0, elapsedMs - this.lastElapsedMs);
    const newRequests = requests - this.lastRequests;
    const newErrors = errors - this.lastErrors;

    // Only seconds every worker has closed: a second some worker has not sent yet waits for the next line.
    const upTo = Math.min(...this.closedUpTo);
    const histograms: string[] = [];
    for (let t = this.printedUpTo + 1; t <= upTo; t++) {
      for (const point of this.seconds.get(t) ?? []) histograms.push(point.histogram);
      this.seconds.delete(t);
    }
    if (upTo > this.printedUpTo) this.printedUpTo = upTo;
    const interval = addHistograms(histograms);

    this.lastElapsedMs = elapsedMs;
    this.lastRequests = requests;
    this.lastErrors = errors;
    const baselines = samples.flatMap((sample) => (sample.baseline ? [sample.baseline] : []));
    const merged: ProgressSample = {
      elapsedMs: Math.round(elapsedMs),
      plannedMs: this.plannedMs,
      vus: sum(samples, (sample) => sample.vus),
      requests,
      errors,
      intervalMs: Math.round(intervalMs),
      rps: intervalMs > 0 ? Math.round((newRequests * 1000 * 10) / intervalMs) / 10 : 0,
      p95Ms: interval.count > 0 ? interval.percentileMs(95) : null,
      errorPercent: newRequests > 0 ? Math.round((newErrors * 100 * 100) / newRequests) / 100 : 0,
    };
    return this.withBaseline ? { ...merged, baseline: sumBaselines(baselines, merged) } : merged;
  }
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

/** The baseline's line: counts summed over the workers' last samples, the highest p95. */
function sumBaselines(samples: readonly ProgressSample[], canary: ProgressSample): ProgressSample {
  const p95s = samples.flatMap((sample) => (sample.p95Ms === null ? [] : [sample.p95Ms]));
  const requests = sum(samples, (sample) => sample.requests);
  const errors = sum(samples, (sample) => sample.errors);
  return {
    ...canary,
    vus: sum(samples, (sample) => sample.vus),
    requests,
    errors,
    rps: Math.round(sum(samples, (sample) => sample.rps) * 10) / 10,
    p95Ms: p95s.length > 0 ? Math.max(...p95s) : null,
    errorPercent: Math.max(0, ...samples.map((sample) => sample.errorPercent)),
  };
}
