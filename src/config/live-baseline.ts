/**
 * What a live baseline (`baseline-url`) does not go with. The engine sends it the same
 * traffic as the canary at the same time (engine/executors/twin-targets.ts); the
 * breakpoint scenario stops its staircase at the first step where the canary breaks, so
 * the baseline would have no step to compare with.
 */
import type { BaselineSettings } from './baseline-settings.js';
import type { ScenarioName } from './settings.js';

/** Why this live baseline cannot run with the scenario, or undefined. */
export function liveBaselineProblem(
  baseline: BaselineSettings | undefined,
  scenario: ScenarioName | undefined,
): string | undefined {
  if (baseline?.source.kind !== 'live' || scenario !== 'breakpoint') return undefined;
  return 'a live baseline does not run with the breakpoint scenario (the staircase stops where the canary breaks, so the baseline has no step to compare with); expected another scenario, or an earlier run as the baseline with baseline-results';
}

/** Why a live baseline cannot run with `scenarios:`, or undefined. */
export function liveBaselineProblemOfScenarios(baseline: BaselineSettings | undefined): string | undefined {
  if (baseline?.source.kind !== 'live') return undefined;
  return 'a live baseline does not run with scenarios: yet (each scenario would need its twin on the baseline); expected no scenarios:, or an earlier run as the baseline with baseline-results';
}
