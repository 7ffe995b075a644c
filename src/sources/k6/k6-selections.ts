/**
 * The tag selections of a k6 stream: k6 writes every system tag (and the script's own)
 * on each sample, so a sample falls in a selection when it carries each of the
 * selection's tags with its value (`name` is loadgate's `endpoint`). Counted as the
 * builder counts endpoints: requests and statuses from `http_reqs`, failures from
 * `http_req_failed` (or, from k6 before v0.31, statuses outside 200–399), latencies
 * from `http_req_duration`. Whole-run figures only: no per-second points, so a
 * relative threshold on a selection of k6 data is judged on its values alone.
 */
import { EndpointAccumulator, ERROR_INDEX, STATUS_SLOTS } from '../../metrics/endpoint-accumulator.js';
import type { TagSelection } from '../../metrics/measurements.js';
import { canonicalTags, type TagSet } from '../../metrics/tag-set.js';
import { k6ErrorClass } from './k6-error-class.js';

type K6Tags = Readonly<Record<string, string>>;

interface Kept {
  tags: TagSet;
  entries: readonly (readonly [string, string])[];
  acc: EndpointAccumulator;
  /** Failures read off the statuses, used when the stream has no `http_req_failed`. */
  derivedFailed: number;
  derivedErrors: Float64Array;
}

export class K6Selections {
  private readonly kept: Kept[];

  constructor(selections: readonly TagSet[]) {
    this.kept = selections.flatMap((selection) => {
      const tags = canonicalTags(selection);
      if (tags === undefined) return [];
      return [
        {
          tags,
          entries: Object.entries(tags),
          acc: new EndpointAccumulator(),
          derivedFailed: 0,
          derivedErrors: new Float64Array(Object.keys(ERROR_INDEX).length),
        },
      ];
    });
  }

  addRequest(value: number, status: number, errorCode: number | undefined, tags: K6Tags): void {
    for (const kept of this.matching(tags)) {
      kept.acc.requests += value;
      if (status > 0 && status < STATUS_SLOTS) kept.acc.statusCounts[status]! += value;
      if (status < 200 || status >= 400) {
        kept.derivedFailed += value;
        kept.derivedErrors[ERROR_INDEX[k6ErrorClass(status, errorCode)]]! += value;
      }
    }
  }

  addFailed(status: number, errorCode: number | undefined, tags: K6Tags): void {
    for (const kept of this.matching(tags)) {
      kept.acc.failed++;
      kept.acc.errorCounts[ERROR_INDEX[k6ErrorClass(status, errorCode)]]!++;
    }
  }

  addDuration(us: number, tags: K6Tags): void {
    for (const kept of this.matching(tags)) kept.acc.histogram.recordMicros(us);
  }

  /** The selections' figures; undefined when none was asked for. */
  build(durationMs: number, sawFailedMetric: boolean): TagSelection[] | undefined {
    if (this.kept.length === 0) return undefined;
    return this.kept.map(({ tags, acc, derivedFailed, derivedErrors }) => {
      if (!sawFailedMetric) {
        acc.failed = derivedFailed;
        acc.errorCounts.set(derivedErrors);
      }
      acc.succeeded = acc.requests - acc.failed;
      return { tags: { ...tags }, stats: acc.toStats(durationMs), points: [] };
    });
  }

  private *matching(tags: K6Tags): Generator<Kept> {
    for (const kept of this.kept) {
      let all = true;
      for (const [key, value] of kept.entries) {
        if (tags[key] !== value) {
          all = false;
          break;
        }
      }
      if (all) yield kept;
    }
  }
}
