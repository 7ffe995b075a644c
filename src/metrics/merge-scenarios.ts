/**
 * The `scenarios` of several parts of one load (worker threads, shards): each scenario
 * is merged across the parts that ran it, by name, in the order the first part lists
 * them. Its start is the earliest part's, relative to the merged run's start.
 */
import type { RunMeasurements, ScenarioMeasurements } from './measurements.js';

export function mergeScenarios(
  parts: readonly RunMeasurements[],
  runStartMs: number,
  merge: (parts: readonly RunMeasurements[]) => RunMeasurements,
): ScenarioMeasurements[] | undefined {
  if (parts.every((part) => part.scenarios === undefined)) return undefined;
  const byName = new Map<string, ScenarioMeasurements[]>();
  for (const part of parts) {
    for (const scenario of part.scenarios ?? []) {
      const list = byName.get(scenario.name) ?? [];
      list.push(scenario);
      byName.set(scenario.name, list);
    }
  }
  return [...byName.values()].map((list) => {
    const measurements = merge(list.map((scenario) => scenario.measurements));
    return {
      name: list[0]!.name,
      executor: list[0]!.executor,
      startTimeMs: Math.max(0, Date.parse(measurements.startedAt) - runStartMs),
      measurements,
    };
  });
}
