/**
 * `{scenario:NAME}` in a threshold: the threshold is judged against that scenario's own
 * measurements (`RunMeasurements.scenarios`), with its other tags (an endpoint, and the
 * tag selections of the scenario) selecting inside it. A run without `scenarios:` is the
 * one scenario `default`, as in k6.
 */
import type { RunMeasurements } from '../metrics/measurements.js';
import type { Threshold } from './types.js';

/** The scenario name of a run without `scenarios:` (k6's). */
export const DEFAULT_SCENARIO_NAME = 'default';

export type ScenarioScope = { threshold: Threshold; run: RunMeasurements } | { note: string };

/** The measurements and the remaining tags a threshold is judged on. */
export function scenarioScope(threshold: Threshold, run: RunMeasurements): ScenarioScope {
  const name = threshold.tags.scenario;
  if (name === undefined) return { threshold, run };
  const { scenario: _named, ...tags } = threshold.tags;
  const rest = { ...threshold, tags };
  if (run.scenarios === undefined) {
    return name === DEFAULT_SCENARIO_NAME
      ? { threshold: rest, run }
      : {
          note: `no scenario named "${name}" was measured (the run is the one scenario "default"), so there is nothing to judge`,
        };
  }
  const found = run.scenarios.find((scenario) => scenario.name === name);
  return found
    ? { threshold: rest, run: found.measurements }
    : { note: `no scenario named "${name}" was measured, so there is nothing to judge` };
}
