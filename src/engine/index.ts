/**
 * The load engine's single entry: `runLoad(settings, options)` drives the load the
 * settings describe at the target and resolves with what it measured.
 *
 * Executors, each in its own file under executors/: the closed model (VUs looping back
 * to back, closed-model.ts), the open model (requests at an arrival rate,
 * open-model.ts), and the breakpoint scenario (the open model, step by step, until an
 * SLO breaks, breakpoint.ts). All of them send through http/http-client.ts; per-user
 * traffic (sessions, captures, checks, isolation, the endpoint mix) is in traffic/.
 */
import type { Settings } from '../config/settings.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import { runBreakpoint } from './executors/breakpoint.js';
import { runClosedModel } from './executors/closed-model.js';
import type { RunLoadOptions } from './executors/load-run.js';
import { runOpenModel } from './executors/open-model.js';

export type { RunLoadOptions } from './executors/load-run.js';
export type { LiveCheck, LiveRun } from '../metrics/live-run.js';
export type { ProgressSample } from '../metrics/metrics-recorder.js';

/** Runs the load `settings` describe against `settings.targetUrl`. */
export function runLoad(settings: Settings, options: RunLoadOptions = {}): Promise<RunMeasurements> {
  if (settings.scenario === 'breakpoint') return runBreakpoint(settings, options);
  if (settings.model === 'open') return runOpenModel(settings, options);
  return runClosedModel(settings, options);
}
