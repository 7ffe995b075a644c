/**
 * The load engine's single entry: `runLoad(settings, options)` drives the load the
 * settings describe at the target and resolves with what it measured;
 * `runLoadWithBaseline` also returns the live baseline's measurements, when the
 * settings have a `baseline-url` (the same traffic at the same time, executors/twin-targets.ts).
 *
 * Executors, each in its own file under executors/: the closed model (VUs looping back
 * to back, closed-model.ts), the open model (requests at an arrival rate,
 * open-model.ts), and the breakpoint scenario (the open model, step by step, until an
 * SLO breaks, breakpoint.ts). All of them send through http/http-client.ts; per-user
 * traffic (sessions, captures, checks, isolation, the endpoint mix) is in traffic/.
 * With `workers` above 1 each worker thread runs its share of the load and the main
 * thread merges their figures (workers/).
 */
import type { Settings } from '../config/settings.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import type { LoadOutcome, RunLoadOptions } from './executors/load-run.js';
import { runLoadInThread } from './run-in-thread.js';
import { runInWorkers, workerCount } from './workers/worker-pool.js';

export type { LoadOutcome, RunLoadOptions } from './executors/load-run.js';
export { liveBaselineLabel, liveBaselineUrl } from './executors/twin-targets.js';
export type { LiveCheck, LiveRun } from '../metrics/live-run.js';
export type { ProgressSample } from '../metrics/metrics-recorder.js';

/** Runs the load `settings` describe against `settings.targetUrl` (and a live baseline, if any): the canary's figures. */
export async function runLoad(settings: Settings, options: RunLoadOptions = {}): Promise<RunMeasurements> {
  return (await runLoadWithBaseline(settings, options)).measurements;
}

/**
 * Runs the load; with a live baseline, measures both targets under the same traffic at
 * the same time. With `workers` above 1, in that many threads (workers/worker-pool.ts).
 */
export async function runLoadWithBaseline(
  settings: Settings,
  options: RunLoadOptions = {},
): Promise<LoadOutcome> {
  const workers = workerCount(settings, options.share);
  return workers > 1 ? runInWorkers(settings, options, workers) : runLoadInThread(settings, options);
}
