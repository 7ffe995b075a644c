/**
 * The tag selections of several parts of one load as one run's: for each tag set,
 * the parts' stats added exactly (merge-stats.ts) and their seconds lined up by wall
 * clock. A selection some part did not record is left out: its sum would miss that
 * part's requests, and a threshold on it then has no data rather than a wrong value.
 */
import { mergeIntervalPoints, mergeRequestStats } from './merge-stats.js';
import type { RunMeasurements, TagSelection } from './measurements.js';
import { selectionKey } from './tag-set.js';

export function mergeSelections(
  parts: readonly RunMeasurements[],
  shifts: readonly number[],
  durationMs: number,
): TagSelection[] | undefined {
  if (parts.every((part) => part.selections === undefined)) return undefined;
  const byKey = parts.map(
    (part) => new Map((part.selections ?? []).map((selection) => [selectionKey(selection.tags), selection])),
  );
  const merged: TagSelection[] = [];
  for (const [key, first] of byKey[0]!) {
    const all = byKey.map((selections) => selections.get(key));
    if (all.some((selection) => selection === undefined)) continue;
    const known = all as TagSelection[];
    const points = known.every((selection) => selection.points.length > 0)
      ? mergeIntervalPoints(
          known.map((selection) => selection.points),
          shifts,
        )
      : [];
    merged.push({
      tags: { ...first.tags },
      stats: mergeRequestStats(
        known.map((selection) => selection.stats),
        durationMs,
      ),
      points,
    });
  }
  return merged;
}
