/**
 * What a run's recorders need to keep the tag selections its thresholds name: the
 * selections (slo/threshold-selections.ts) and the origin a `url` tag is matched on.
 */
import type { Settings } from '../config/settings.js';
import type { MetricsRecorderOptions } from '../metrics/metrics-recorder.js';
import { thresholdSelections } from '../slo/threshold-selections.js';

export function selectionOptions(
  settings: Pick<Settings, 'thresholds' | 'targetUrl'>,
  scenario?: string,
): Pick<MetricsRecorderOptions, 'selections' | 'origin'> {
  const selections = thresholdSelections(settings.thresholds, scenario);
  if (selections.length === 0) return {};
  return { selections, origin: new URL(settings.targetUrl).origin };
}
