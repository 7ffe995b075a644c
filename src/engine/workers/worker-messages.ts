/**
 * What the main thread and a load worker say to each other (structured-cloned plain
 * data). The main thread starts a worker with {@link WorkerStart} as its `workerData`;
 * the worker reports every second and once at the end; the main thread may ask it to
 * stop (an abortOnFail breach, a signal, another worker that died).
 */
import type { Settings } from '../../config/settings.js';
import type { IntervalPoint, RunMeasurements, WorkerHealth } from '../../metrics/measurements.js';
import type { ProgressSample } from '../../metrics/metrics-recorder.js';
import type { LoadOutcome } from '../executors/load-run.js';
import type { LoadShare } from '../load-share.js';

/** Set in `workerData`: a bundle started with it is a load worker, not the action or the CLI. */
export const LOAD_WORKER_MARKER = 'loadgate-load-worker';

export interface WorkerStart {
  marker: typeof LOAD_WORKER_MARKER;
  /** 0-based; messages name it 1-based. */
  index: number;
  of: number;
  settings: Settings;
  share: LoadShare;
  /** Send a progress sample every second. */
  progress: boolean;
  /** Send the whole live snapshot every second (for the live checks, abortOnFail). */
  snapshots: boolean;
}

export function isWorkerStart(data: unknown): data is WorkerStart {
  return typeof data === 'object' && data !== null && (data as WorkerStart).marker === LOAD_WORKER_MARKER;
}

/** `start` once every worker is ready, so all shares run on one clock (the run's second 1 is the same second in each). */
export type ToWorker = { type: 'start' } | { type: 'stop'; reason: string };

export type FromWorker =
  /** Loaded and waiting for `start`. */
  | { type: 'ready' }
  /** The worker's own progress over the last second. */
  | { type: 'progress'; sample: ProgressSample }
  /**
   * Every second: the canary's seconds closed since the last message (exact material
   * for the merged progress line), and the whole snapshot when the main thread asked.
   */
  | { type: 'live'; elapsedMs: number; seconds: IntervalPoint[]; snapshot?: RunMeasurements }
  /** The share ran (or was stopped): its measurements, with its thread's own health. */
  | { type: 'done'; outcome: LoadOutcome; health: WorkerHealth }
  /** The load could not run as configured (the same error the main thread would have raised). */
  | { type: 'failed'; message: string };
