/**
 * The tag selections a run records: the tag sets its thresholds name on request
 * metrics beyond the whole run and one endpoint, each once (metrics/tag-set.ts gives
 * them one canonical form). Known before the load, so the recorder keeps exactly these
 * and nothing keyed by a tag's value (metrics/tag-selections.ts).
 *
 * With scenarios, each scenario's recorder gets the selections of the thresholds
 * that name it, without the scenario key, and those of the thresholds that name none
 * (the whole run is the exact merge of the scenarios, so each must keep them).
 */
import { canonicalTags, isEndpointScope, selectionKey, type TagSet } from '../metrics/tag-set.js';
import { findMetric } from './metric-catalog.js';
import { takesCustomTags } from './request-tags.js';
import { DEFAULT_SCENARIO_NAME } from './scenario-scope.js';
import type { Threshold } from './types.js';

/**
 * The selections the thresholds need for the recorder of `scenario`: thresholds on
 * another scenario are left out, and the scenario key is taken off, since a threshold
 * that names its scenario is judged on that scenario's measurements (scenario-scope.ts).
 * A run without `scenarios:` is the one scenario `default`, as in k6.
 */
export function thresholdSelections(
  thresholds: readonly Pick<Threshold, 'metric' | 'tags'>[],
  scenario: string = DEFAULT_SCENARIO_NAME,
): TagSet[] {
  const byKey = new Map<string, TagSet>();
  for (const threshold of thresholds) {
    const metric = findMetric(threshold.metric);
    if (metric === undefined || !takesCustomTags(metric) || metric.measureRun) continue;
    let tags: Record<string, string> = { ...threshold.tags };
    if (tags.scenario !== undefined) {
      if (tags.scenario !== scenario) continue;
      delete tags.scenario;
    }
    const canonical = canonicalTags(tags);
    if (canonical === undefined || isEndpointScope(canonical)) continue;
    tags = { ...canonical };
    byKey.set(selectionKey(tags), tags);
  }
  return [...byKey.values()];
}
