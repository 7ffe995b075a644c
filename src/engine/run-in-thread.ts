/**
 * The load in this thread: the executor the settings name. The main thread runs it for
 * `workers: 1`; each worker thread runs it for its share (workers/worker-entry.ts).
 */
import type { Settings } from '../config/settings.js';
import { runBreakpoint } from './executors/breakpoint.js';
import { runClosedModelWithBaseline } from './executors/closed-model.js';
import type { LoadOutcome, RunLoadOptions } from './executors/load-run.js';
import { runOpenModelWithBaseline } from './executors/open-model.js';
import { liveBaselineUrl } from './executors/twin-targets.js';
import { runScenarios } from './scenarios/run-scenarios.js';
import { warmUpGenerator } from './warm-up/generator-warm-up.js';

export async function runLoadInThread(
  settings: Settings,
  options: RunLoadOptions = {},
): Promise<LoadOutcome> {
  await warmUpGenerator(settings);
  // `scenarios:`: each scenario runs here through this same function, with its own settings.
  if (settings.scenarios) return runScenarios(settings, settings.scenarios, options, runLoadInThread);
  if (settings.scenario === 'breakpoint') {
    // The settings refuse this (config/baseline-url.ts); a staircase stops at the canary's break, so the baseline would have no comparable step.
    if (liveBaselineUrl(settings) !== undefined) {
      throw new Error('the breakpoint scenario does not run with a live baseline');
    }
    return { measurements: await runBreakpoint(settings, options) };
  }
  if (settings.model === 'open') return runOpenModelWithBaseline(settings, options);
  return runClosedModelWithBaseline(settings, options);
}
