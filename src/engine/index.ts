/**
 * The load engine's single entry: `runLoad(settings, options)` drives the load the
 * settings describe at the target and resolves with what it measured.
 *
 * Today the only executor is the closed model (a number of VUs looping back to back,
 * see closed-model.ts); other executors (e.g. an open, arrival-rate model) live in
 * their own files beside it and are chosen here.
 */
import type { Settings } from '../config/settings.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import { runClosedModel, type RunLoadOptions } from './closed-model.js';

export type { RunLoadOptions } from './closed-model.js';
export type { ProgressSample } from '../metrics/metrics-recorder.js';

/** Runs the load `settings` describe against `settings.targetUrl`. */
export function runLoad(settings: Settings, options: RunLoadOptions = {}): Promise<RunMeasurements> {
  return runClosedModel(settings, options);
}
