/**
 * The per-second roll-up of the run and of each endpoint: one histogram and two
 * counts per second per scope, so that any statistic of a second (its p95, its mean,
 * its request rate) can be computed again later, from this run or from an earlier
 * run's results.json, and the baseline judge compares both the same way.
 *
 * Nothing is done per request. The endpoints' accumulators already hold whole-run
 * histograms and counts; as each second closes, its share is their growth since the
 * previous close (a copy, a subtraction and an encoding per endpoint, once a second).
 * An endpoint that saw no request in the second costs a comparison of two counts.
 *
 * Memory: one small entry per second per scope (a compressed histogram of one second
 * is a few hundred bytes), plus two histograms per endpoint for the last close.
 */
import { LatencyHistogram } from './latency-histogram.js';
import type { IntervalPoint, IntervalSeries } from './measurements.js';

/** What the roll-up reads of an endpoint's accumulator: its totals so far. */
export interface EndpointTotals {
  readonly requests: number;
  readonly failed: number;
  readonly histogram: LatencyHistogram;
}

/** The part of the totals already handed out in earlier seconds. */
class Taken {
  requests = 0;
  failed = 0;
  readonly histogram = new LatencyHistogram();
}

export class IntervalRollUp {
  private readonly overall: IntervalPoint[] = [];
  private readonly perEndpoint: IntervalPoint[][];
  private readonly taken: Taken[];
  private readonly scratch = new LatencyHistogram();

  constructor(private readonly names: readonly string[]) {
    this.perEndpoint = names.map(() => []);
    this.taken = names.map(() => new Taken());
  }

  /**
   * Closes second `t` (ms long). `histogram`, `requests` and `failed` are the whole
   * run's for that second; the endpoints' shares are read from their totals.
   */
  close(
    t: number,
    ms: number,
    overall: { histogram: LatencyHistogram; requests: number; failed: number },
    totals: readonly EndpointTotals[],
  ): void {
    this.overall.push(point(t, ms, overall.requests, overall.failed, overall.histogram));
    totals.forEach((total, index) => {
      const taken = this.taken[index]!;
      this.perEndpoint[index]!.push(this.share(t, ms, total, taken));
    });
  }

  /**
   * Folds the run's last, short second into the second before it (the time series
   * does the same), so no point covers too little time to judge. `overall` gives the
   * short second's counts, and the histogram of both seconds together.
   */
  foldLast(
    ms: number,
    overall: { histogram: LatencyHistogram; requests: number; failed: number },
    totals: readonly EndpointTotals[],
  ): void {
    const last = this.overall[this.overall.length - 1];
    if (last === undefined) return;
    this.overall[this.overall.length - 1] = point(
      last.t,
      last.ms + ms,
      last.requests + overall.requests,
      last.failed + overall.failed,
      overall.histogram,
    );
    totals.forEach((total, index) => {
      const points = this.perEndpoint[index]!;
      const previous = points[points.length - 1]!;
      const share = this.share(previous.t, ms, total, this.taken[index]!);
      points[points.length - 1] = merge(previous, share);
    });
  }

  /** Closes second `t` of the scopes only (the tag selections', whose run is rolled up by the recorder). */
  closeShares(t: number, ms: number, totals: readonly EndpointTotals[]): void {
    totals.forEach((total, index) => {
      this.perEndpoint[index]!.push(this.share(t, ms, total, this.taken[index]!));
    });
  }

  /** {@link foldLast} of the scopes only. */
  foldLastShares(ms: number, totals: readonly EndpointTotals[]): void {
    totals.forEach((total, index) => {
      const points = this.perEndpoint[index]!;
      const previous = points[points.length - 1];
      if (previous === undefined) return;
      points[points.length - 1] = merge(previous, this.share(previous.t, ms, total, this.taken[index]!));
    });
  }

  /** The closed seconds so far. The points are never changed once handed out. */
  /** The whole run's closed seconds (no copy of the endpoints' series). */
  overallSeconds(): IntervalPoint[] {
    return [...this.overall];
  }

  series(): IntervalSeries {
    return {
      overall: [...this.overall],
      endpoints: this.names.map((name, index) => ({ name, points: [...this.perEndpoint[index]!] })),
    };
  }

  /** What `total` grew by since the last close; the taken part moves up to it. */
  private share(t: number, ms: number, total: EndpointTotals, taken: Taken): IntervalPoint {
    const requests = total.requests - taken.requests;
    const failed = total.failed - taken.failed;
    if (requests === 0 && total.histogram.count === taken.histogram.count) return point(t, ms, 0, 0);
    const second = this.scratch;
    second.copyFrom(total.histogram);
    second.subtract(taken.histogram);
    taken.histogram.copyFrom(total.histogram);
    taken.requests = total.requests;
    taken.failed = total.failed;
    return point(t, ms, requests, failed, second);
  }
}

function point(
  t: number,
  ms: number,
  requests: number,
  failed: number,
  histogram?: LatencyHistogram,
): IntervalPoint {
  const encoded = histogram && histogram.count > 0 ? histogram.encode() : '';
  return { t, ms: Math.round(ms), requests, failed, histogram: encoded };
}

/** Two consecutive points of one scope as one (done once, at the end of the run). */
function merge(a: IntervalPoint, b: IntervalPoint): IntervalPoint {
  let histogram = a.histogram || b.histogram;
  if (a.histogram !== '' && b.histogram !== '') {
    const sum = LatencyHistogram.decode(a.histogram);
    sum.add(LatencyHistogram.decode(b.histogram));
    histogram = sum.encode();
  }
  return {
    t: a.t,
    ms: a.ms + b.ms,
    requests: a.requests + b.requests,
    failed: a.failed + b.failed,
    histogram,
  };
}
