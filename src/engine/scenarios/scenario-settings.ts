/**
 * One scenario's run as the executors know runs: the run's settings with the
 * scenario's load, journey and name in place of the top level's.
 */
import type { ScenarioSettings, Settings } from '../../config/settings.js';

export function scenarioRunSettings(settings: Settings, scenario: ScenarioSettings): Settings {
  const { scenarios: _all, scenario: _preset, model: _model, traffic: _traffic, ...base } = settings;
  return {
    ...base,
    stages: scenario.stages,
    maxVus: scenario.maxVus,
    ...(scenario.model ? { model: scenario.model } : {}),
    endpoints: scenario.endpoints,
    ...(scenario.traffic ? { traffic: scenario.traffic } : {}),
    scenarioName: scenario.name,
    ...(Object.keys(scenario.tags).length > 0 ? { scenarioTags: scenario.tags } : {}),
    ...(scenario.iterations ? { iterations: scenario.iterations } : {}),
    ...(scenario.preAllocatedVus !== undefined ? { preAllocatedVus: scenario.preAllocatedVus } : {}),
  };
}

/** The run's planned length: the latest scenario end (start-time + its plan). */
export function scenariosPlannedMs(scenarios: readonly ScenarioSettings[]): number {
  return Math.max(0, ...scenarios.map((scenario) => scenario.startTimeMs + scenario.plannedMs));
}
