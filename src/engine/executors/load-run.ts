/**
 * The lifecycle every executor shares: start the recorder and the generator's own
 * monitor, report progress, stop on abort, on a failure or on an abortOnFail breach,
 * and finish exactly once with the measurements. An executor supplies only how it
 * starts its load, how it cuts the load short, and when nothing is left in flight.
 *
 * With a live baseline the run has two lanes (see twin-targets.ts), each with its own
 * target and recorder; the monitor, the progress timer and the end are shared, and the
 * generator's health is reported with both.
 */
import { performance } from 'node:perf_hooks';

import type { Settings } from '../../config/settings.js';
import type { LiveCheck } from '../../metrics/live-run.js';
import type { IntervalPoint, PlanProgress, RunMeasurements } from '../../metrics/measurements.js';
import type { MetricsRecorder, ProgressSample } from '../../metrics/metrics-recorder.js';
import type { PreparedTarget } from '../http/prepared-target.js';
import { describeTransport } from '../http/transport.js';
import type { LoadShare } from '../load-share.js';
import type { RandomSource } from '../traffic/endpoint-picker.js';
import { RunMonitor } from './run-monitor.js';
import { buildLanes, type Lane } from './twin-targets.js';

export type Phase = 'running' | 'draining' | 'cancelling' | 'finished';

/**
 * A stop this close to the plan's end still counts as the whole plan: the scheduler's
 * timers fire a few ms either side of it.
 */
export const PLAN_SLACK_MS = 50;

/**
 * How much of a plan of `plannedMs` ran in `ranMs`. Every early stop the engine knows
 * (a signal, a live check such as abortOnFail or a breakpoint step, a failure) goes
 * through `LoadRun.cancel` with its reason, so `stoppedBy` names it.
 */
export function planProgress(plannedMs: number, ranMs: number, stoppedBy: string | undefined): PlanProgress {
  const completed = stoppedBy === undefined || ranMs >= plannedMs - PLAN_SLACK_MS;
  const fraction = plannedMs > 0 ? Math.min(1, Math.round((ranMs / plannedMs) * 1000) / 1000) : 1;
  return { plannedMs, ranMs, fraction, completed, ...(completed ? {} : { stoppedBy }) };
}

export interface RunLoadOptions {
  /** Aborting stops the load promptly; the measurements so far are returned with `stoppedEarly`. */
  signal?: AbortSignal;
  /** Called every `progressIntervalMs` with figures for a log line. */
  onProgress?: (sample: ProgressSample) => void;
  /** Default 5000. */
  progressIntervalMs?: number;
  /** Wall clock in epoch milliseconds, for `startedAt`/`finishedAt`. Default `Date.now`. Latencies always use `performance.now()`. */
  now?: () => number;
  /** Uniform random numbers in [0, 1) for the endpoint mix. Default `Math.random`. */
  random?: RandomSource;
  /** Checks run once a second on the data so far; one that returns a reason stops the load (see run-monitor.ts). */
  liveChecks?: readonly LiveCheck[];
  /**
   * The part of the load this run drives (a worker thread's, a matrix shard's, or both
   * composed): its VUs or arrivals by global position (see load-share.ts). Default: the whole load.
   */
  share?: LoadShare;
  /**
   * How long requests still in flight at the end of the plan may take before they are
   * cut (k6's gracefulStop; not counted, as on a cancel). Default: no limit but each
   * request's timeout.
   */
  gracefulStopMs?: number;
  /** Called once the load starts, with the run's live figures (the scenarios runner merges several runs' figures). */
  attach?: (run: AttachedRun) => void;
}

/** A running load's live figures, for whoever runs several at once (engine/scenarios/). */
export interface AttachedRun {
  snapshot(): RunMeasurements;
  progress(): ProgressSample;
  /** The canary's closed seconds, encoding nothing else (see LiveRun.seconds). */
  seconds(): IntervalPoint[];
}

/** What a run measured: the canary's figures, and the live baseline's when the settings have one. */
export interface LoadOutcome {
  measurements: RunMeasurements;
  /** Measured at the same time as the canary, with the same traffic; the generator's health is shared. */
  baseline?: RunMeasurements;
}

/** The text of an abort reason: a string as given, an Error's message, else `aborted`. */
export function abortReasonText(reason: unknown): string {
  if (typeof reason === 'string' && reason.length > 0) return reason;
  if (reason instanceof Error && reason.name !== 'AbortError' && reason.message) return reason.message;
  return 'aborted';
}

export abstract class LoadRun {
  /** The canary's lane first, then the live baseline's, if any. */
  readonly lanes: readonly Lane[];
  /** The canary's target and recorder. */
  readonly target: PreparedTarget;
  readonly recorder: MetricsRecorder;
  protected readonly monitor: RunMonitor;
  protected phase: Phase = 'running';
  protected startMs = 0;
  private stoppedEarly: string | undefined;
  private readonly planLengthMs: number;
  private failure: Error | undefined;
  private progressTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private readonly onAbort = (): void => this.cancel(abortReasonText(this.options.signal?.reason));
  private resolve!: (outcome: LoadOutcome) => void;
  private reject!: (error: Error) => void;

  protected constructor(
    protected readonly settings: Settings,
    protected readonly options: RunLoadOptions,
    plannedMs: number,
  ) {
    this.planLengthMs = plannedMs;
    this.lanes = buildLanes(settings, { plannedMs, ...(options.now ? { wallClock: options.now } : {}) });
    this.target = this.lanes[0]!.target;
    this.recorder = this.lanes[0]!.recorder;
    this.monitor = new RunMonitor(
      options.liveChecks ?? [],
      () => this.liveSnapshot(),
      (reason) => this.cancel(reason),
      () => this.recorder.closedSeconds(),
    );
  }

  /** Starts the load (timers, first requests); called once, after the common start. */
  protected abstract startLoad(): void;
  /** Cuts the load short: stop starting requests and abort those in flight (they are not counted). */
  protected abstract cutLoad(): void;
  /** Whether requests are still in flight (the run finishes when none are). */
  protected abstract get busy(): boolean;
  /** Stops the executor's own timers. */
  protected abstract stopTimers(): void;
  /** Closes every connection. */
  protected abstract closeConnections(): Promise<unknown>;

  /** What the abortOnFail checks judge while the load runs. */
  protected liveSnapshot(): RunMeasurements {
    return this.recorder.snapshot();
  }

  /** Gives the recorders what only the executor knows of iterations and VUs (vus_max, dropped_iterations). */
  protected noteExecution(): void {}
  /** Why the plan was not completed although nothing stopped it (an iteration budget left at max-duration), or undefined. */
  protected planShortfall(): string | undefined {
    return undefined;
  }

  /** The plan's length for a run that lasted `ranMs`: the stages', unless the plan is a count that ran out sooner. */
  protected plannedLength(_ranMs: number): number {
    return this.planLengthMs;
  }

  /** Executor-specific figures added to the final measurements of lane `lane` (0: the canary). */
  protected extraMeasurements(_lane: number): Partial<RunMeasurements> {
    return {};
  }

  /** Closes the seconds that have ended in every lane's time series. */
  protected tickRecorders(now: number): void {
    for (const lane of this.lanes) lane.recorder.tick(now);
  }

  run(): Promise<LoadOutcome> {
    return new Promise<LoadOutcome>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      this.begin();
    });
  }

  /** Something that is not a measurement went wrong: stop the load and reject the run. */
  fail(error: Error): void {
    this.failure ??= error;
    this.cancel(`failed: ${error.message}`);
  }

  /**
   * Work before the clock starts (opening connections); undefined when there is none,
   * so a run without it starts in the same turn as `run()`.
   */
  protected prepare(): Promise<void> | undefined {
    return undefined;
  }

  private begin(): void {
    const ready = this.prepare();
    if (ready === undefined) this.beginLoad();
    else
      ready.then(
        () => this.beginLoad(),
        (error: unknown) => this.reject(error instanceof Error ? error : new Error(String(error))),
      );
  }

  private beginLoad(): void {
    const signal = this.options.signal;
    for (const lane of this.lanes) lane.recorder.start();
    this.startMs = performance.now();
    this.monitor.start();
    if (signal?.aborted) {
      this.cancel(abortReasonText(signal.reason));
      return;
    }
    signal?.addEventListener('abort', this.onAbort, { once: true });
    if (this.options.onProgress) {
      const interval = Math.max(1, this.options.progressIntervalMs ?? 5000);
      this.progressTimer = setInterval(() => this.emitProgress(), interval);
    }
    this.options.attach?.({
      snapshot: () => this.liveSnapshot(),
      progress: () => this.recorder.progress(),
      seconds: () => this.recorder.closedSeconds(),
    });
    this.startLoad();
  }

  private emitProgress(): void {
    if (this.phase === 'finished') return;
    try {
      const [canary, baseline] = this.lanes;
      const sample = canary!.recorder.progress();
      this.options.onProgress?.(baseline ? { ...sample, baseline: baseline.recorder.progress() } : sample);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The planned load is over: let what is in flight complete, then finish. */
  protected beginDrain(): void {
    this.phase = 'draining';
    this.stopTimers();
    const grace = this.options.gracefulStopMs;
    if (grace !== undefined) {
      this.graceTimer = setTimeout(() => {
        if (this.phase !== 'draining') return;
        this.cutLoad();
        this.finishWhenIdle();
      }, grace);
    }
  }

  /** Stop now: abort what is in flight (not counted), then finish. */
  protected cancel(reason: string): void {
    if (this.phase === 'cancelling' || this.phase === 'finished') return;
    this.phase = 'cancelling';
    this.stoppedEarly = reason;
    this.stopTimers();
    this.cutLoad();
    this.finishWhenIdle();
  }

  /** Finishes once draining or cancelling and nothing is in flight any more. */
  protected finishWhenIdle(): void {
    if (!this.busy && (this.phase === 'draining' || this.phase === 'cancelling')) void this.finish();
  }

  private async finish(): Promise<void> {
    if (this.phase === 'finished') return;
    this.phase = 'finished';
    clearInterval(this.progressTimer);
    clearTimeout(this.graceTimer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    const generator = this.monitor.finish();
    for (const lane of this.lanes) lane.recorder.finish(this.stoppedEarly);
    this.noteExecution();
    const measured = this.lanes.map((lane, index) => {
      const snapshot = lane.recorder.snapshot();
      const shortfall = this.stoppedEarly === undefined ? this.planShortfall() : undefined;
      const plannedMs = this.plannedLength(snapshot.durationMs);
      const plan =
        shortfall === undefined
          ? planProgress(plannedMs, snapshot.durationMs, this.stoppedEarly)
          : {
              ...planProgress(plannedMs, snapshot.durationMs, shortfall),
              completed: false,
              stoppedBy: shortfall,
            };
      const transport = describeTransport(lane.target.transport);
      return { ...snapshot, ...this.extraMeasurements(index), generator, plan, transport };
    });
    await this.closeConnections();
    if (this.failure) this.reject(this.failure);
    else this.resolve({ measurements: measured[0]!, ...(measured[1] ? { baseline: measured[1] } : {}) });
  }
}
