/**
 * The legs of one plan as one run: their measurements merged exactly (metrics/
 * merge-measurements.ts: histograms added, counters summed, seconds lined up by wall
 * clock), so the thresholds are judged once on the whole load.
 */
import { mergeMeasurements } from '../../metrics/merge-measurements.js';
import type { MeasuredRun } from '../measured-run.js';
import type { ShardBundle } from './read-shard-bundle.js';

export function mergeShardBundles(
  set: readonly ShardBundle[],
  setAside: readonly ShardBundle[],
): MeasuredRun {
  const measurements = mergeMeasurements(set.map((bundle) => bundle.measurements));
  const n = set[0]?.record.n ?? 0;
  return {
    measurements,
    mergedFrom: set.map((bundle) => ({
      shard: `${bundle.record.k}/${bundle.record.n}`,
      source: bundle.source,
      requests: bundle.measurements.overall.requests,
    })),
    notes: [
      `Merged ${set.length} of ${n} shards: ${set.map((b) => `${b.record.k}/${n} ${b.measurements.overall.requests} requests`).join(', ')}; ${measurements.overall.requests} in all.`,
      ...(setAside.length > 0
        ? [
            `Set aside ${setAside.length} bundle(s) of other plans: ${setAside.map((b) => b.source).join(', ')}.`,
          ]
        : []),
    ],
  };
}
