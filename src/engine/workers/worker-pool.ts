/**
 * The load in several worker threads: each runs its share (load-share.ts: VU i, or the
 * i-th arrival, belongs to worker i % n) on its own event loop with its own
 * connections and recorders; the main thread only merges.
 *
 * - Every second: the live checks (abortOnFail) run here on the merged snapshot, and
 *   the progress line is built from the workers' figures (live-merge.ts). A stop (a
 *   check, the signal) is sent to every worker with its reason.
 * - At the end: mergeMeasurements of the workers' measurements (histograms added,
 *   counters summed, seconds lined up), per lane (canary, live baseline); the
 *   generator's health is the worst worker's, each worker's listed beside it.
 * - A worker that dies (throws, is terminated, exits) before its share finished stops
 *   the others and the run rejects with an error naming it ("worker 2 of 4 …"): the
 *   verdict is `error`, never a pass on part of the load.
 */
import { performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';

import type { Settings } from '../../config/settings.js';
import type { LiveRun } from '../../metrics/live-run.js';
import type { RunMeasurements, WorkerHealth } from '../../metrics/measurements.js';
import { mergeMeasurements } from '../../metrics/merge-measurements.js';
import { liveBaselineUrl } from '../executors/twin-targets.js';
import { abortReasonText, type LoadOutcome, type RunLoadOptions } from '../executors/load-run.js';
import { totalDurationMs } from '../executors/stages.js';
import { composeShares, positionsOwned, WHOLE_LOAD, type LoadShare } from '../load-share.js';
import { LiveMerge } from './live-merge.js';
import { LOAD_WORKER_MARKER, type FromWorker, type ToWorker } from './worker-messages.js';
import { startLoadWorker } from './worker-script.js';

const LIVE_INTERVAL_MS = 1000;

/**
 * The threads a load runs in: the setting, but never more than the VUs (closed model)
 * or the cap on requests in flight (open model) of this share, so none idles.
 */
export function workerCount(settings: Settings, share: LoadShare = WHOLE_LOAD): number {
  const wanted = settings.workers ?? 1;
  if (wanted <= 1 || settings.scenario === 'breakpoint') return 1;
  // With scenarios, a part needs a VU of the largest scenario at least (the others may have none in it).
  const most = settings.scenarios ? Math.max(...settings.scenarios.map((s) => s.maxVus)) : settings.maxVus;
  return Math.max(1, Math.min(wanted, positionsOwned(share, most)));
}

/** Hooks for tests: the workers as they start. */
export interface PoolHooks {
  onStarted?: (workers: readonly Worker[]) => void;
}

export function runInWorkers(
  settings: Settings,
  options: RunLoadOptions,
  count: number,
  hooks: PoolHooks = {},
): Promise<LoadOutcome> {
  return new Promise(
    (resolve, reject) => new WorkerPoolRun(settings, options, count, hooks, resolve, reject),
  );
}

interface WorkerState {
  worker: Worker;
  outcome?: LoadOutcome;
  health?: WorkerHealth;
  /** Loaded, waiting for the others. */
  ready?: boolean;
  /** The load could not run as configured. */
  failed?: string;
  ended: boolean;
}

class WorkerPoolRun {
  private readonly states: WorkerState[];
  private readonly live: LiveMerge;
  private readonly startMs = performance.now();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopReason: string | undefined;
  /** The first worker that died. */
  private death: Error | undefined;
  private settled = false;
  private readonly onAbort = (): void => this.stop(abortReasonText(this.options.signal?.reason));

  constructor(
    settings: Settings,
    private readonly options: RunLoadOptions,
    private readonly count: number,
    hooks: PoolHooks,
    private readonly resolve: (outcome: LoadOutcome) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.live = new LiveMerge(
      count,
      totalDurationMs(settings.stages),
      liveBaselineUrl(settings) !== undefined,
    );
    const outer = options.share ?? WHOLE_LOAD;
    const checks = options.liveChecks ?? [];
    const workerSettings: Settings = { ...settings, workers: 1 };
    this.states = Array.from({ length: count }, (_, index) => {
      const worker = startLoadWorker({
        marker: LOAD_WORKER_MARKER,
        index,
        of: count,
        settings: workerSettings,
        share: composeShares(outer, { index, count }),
        progress: options.onProgress !== undefined,
        snapshots: checks.length > 0,
      });
      const state: WorkerState = { worker, ended: false };
      worker.on('message', (message: FromWorker) => this.onMessage(index, state, message));
      worker.on('error', (error) => this.onDeath(index, `failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (state.outcome === undefined && state.failed === undefined) {
          this.onDeath(index, `exited (code ${code}) before its share of the load finished`);
        }
        state.ended = true;
        this.settleWhenAllEnded();
      });
      return state;
    });
    hooks.onStarted?.(this.states.map((state) => state.worker));

    const signal = options.signal;
    if (signal?.aborted) this.stop(abortReasonText(signal.reason));
    else signal?.addEventListener('abort', this.onAbort, { once: true });
    if (checks.length > 0) this.timers.push(setInterval(() => this.runChecks(), LIVE_INTERVAL_MS));
    if (options.onProgress) {
      const interval = Math.max(1, options.progressIntervalMs ?? 5000);
      this.timers.push(setInterval(() => this.emitProgress(), interval));
    }
  }

  private onMessage(index: number, state: WorkerState, message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        state.ready = true;
        // Together: the shares' schedules and per-second series then run on one clock.
        if (this.states.every((one) => one.ready)) {
          for (const one of this.states) one.worker.postMessage({ type: 'start' } satisfies ToWorker);
        }
        break;
      case 'progress':
        this.live.progressOf(index, message.sample);
        break;
      case 'live':
        this.live.liveOf(index, message.seconds, message.snapshot);
        break;
      case 'done':
        state.outcome = message.outcome;
        state.health = message.health;
        break;
      case 'failed':
        state.failed = message.message;
        this.stop(`failed: ${message.message}`);
        break;
    }
  }

  private onDeath(index: number, what: string): void {
    this.death ??= new Error(`worker ${index + 1} of ${this.count} ${what}; the load did not run in full`);
    this.stop(this.death.message);
  }

  /** Asks every worker still running to stop, with the reason its measurements will carry. */
  private stop(reason: string): void {
    if (this.stopReason !== undefined) return;
    this.stopReason = reason;
    const message: ToWorker = { type: 'stop', reason };
    for (const state of this.states) if (!state.ended) state.worker.postMessage(message);
  }

  private runChecks(): void {
    if (this.stopReason !== undefined) return;
    let cached: RunMeasurements | undefined;
    const snapshot = (): RunMeasurements | undefined => (cached ??= this.live.snapshot());
    if (snapshot() === undefined) return;
    const live: LiveRun = { elapsedMs: performance.now() - this.startMs, snapshot: () => snapshot()! };
    for (const check of this.options.liveChecks ?? []) {
      const reason = check(live);
      if (reason !== undefined) {
        this.stop(reason);
        return;
      }
    }
  }

  private emitProgress(): void {
    try {
      this.options.onProgress?.(this.live.progress(performance.now() - this.startMs));
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Something in the main thread went wrong (an onProgress that throws): stop and reject with it. */
  private fail(error: Error): void {
    this.death ??= error;
    this.stop(`failed: ${error.message}`);
  }

  private settleWhenAllEnded(): void {
    if (this.settled || !this.states.every((state) => state.ended)) return;
    this.settled = true;
    for (const timer of this.timers) clearInterval(timer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    const failed = this.states.find((state) => state.failed !== undefined)?.failed;
    if (this.death) return this.reject(this.death);
    if (failed !== undefined) return this.reject(new Error(failed));
    try {
      this.resolve(this.merged());
    } catch (error) {
      this.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private merged(): LoadOutcome {
    const outcomes = this.states.map((state) => state.outcome!);
    const health = this.states.map((state) => state.health!);
    const lane = (parts: RunMeasurements[]): RunMeasurements => {
      const merged = mergeMeasurements(parts);
      return merged.generator ? { ...merged, generator: { ...merged.generator, workers: health } } : merged;
    };
    const baselines = outcomes.flatMap((outcome) => (outcome.baseline ? [outcome.baseline] : []));
    return {
      measurements: lane(outcomes.map((outcome) => outcome.measurements)),
      ...(baselines.length === outcomes.length && baselines.length > 0 ? { baseline: lane(baselines) } : {}),
    };
  }
}
