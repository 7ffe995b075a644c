/**
 * The open model: requests arrive at the rate the stages give (requests per second),
 * whether or not the target keeps up, as production traffic does (k6's
 * constant-arrival-rate and ramping-arrival-rate executors, wrk2's constant throughput).
 *
 * - Each request has an intended send time from the {@link ArrivalSchedule}. A timer
 *   (1 ms granularity) sends every request that is due on a free slot.
 * - A slot is a {@link Connection} (the same prepared-request/exchange path as the
 *   closed model), one request in flight each; at most `maxVus` of them, opened only
 *   as the target needs them (see pool-growth.ts).
 * - When all `maxVus` slots are busy, due requests wait in a backlog, in order, and go
 *   out as slots free up, late. A request that has waited as long as the request
 *   timeout is **dropped** (it could not have been answered in time), as is any still
 *   waiting when the schedule ends: counted in `dropped`, never silently skipped.
 * - Latency is recorded twice: from the intended send time (corrected for coordinated
 *   omission; it goes into the main histograms, so every threshold uses it) and from
 *   the actual send (uncorrected, kept apart). When the target stalls, the requests
 *   that queued behind it carry the stall in the corrected figure only.
 *
 * End of the load and cancellation work as in the closed model: at the end of the
 * schedule requests in flight are awaited; on abort they are cut and not counted.
 */
import { performance } from 'node:perf_hooks';

import type { Settings } from '../../config/settings.js';
import { LatencyHistogram } from '../../metrics/latency-histogram.js';
import type { ArrivalMeasurements, RunMeasurements } from '../../metrics/measurements.js';
import { isInvalidArgument } from '../http/classify-outcome.js';
import { Connection, type ExchangeResult } from '../http/http-client.js';
import { EndpointPicker } from '../traffic/endpoint-picker.js';
import { ArrivalSchedule } from './arrival-schedule.js';
import { LoadRun, type RunLoadOptions } from './load-run.js';
import { PoolGrowth } from './pool-growth.js';

/** The scheduler's timer period when requests are due often, ms (Node's timer granularity). */
const TICK_MS = 1;

/** A default cap on requests in flight that lets every request take a second at the peak rate. */
export function defaultMaxVus(peakRate: number): number {
  return Math.min(5000, Math.max(100, Math.ceil(peakRate)));
}

/**
 * Receives each completed request and each dropped one, with its intended send time in
 * ms since the load started; the breakpoint executor sorts them into its steps.
 */
export interface RequestSink {
  record(
    endpointIndex: number,
    latencyUs: number,
    outcome: ExchangeResult['outcome'],
    endMs: number,
    intendedAtMs: number,
  ): void;
  drop?(intendedAtMs: number): void;
}

export interface OpenModelOptions extends RunLoadOptions {
  /** An extra recorder fed every request (corrected latency). */
  sink?: RequestSink;
}

/** Runs the open-model load `settings` describe (`settings.stages` in requests per second). */
export function runOpenModel(settings: Settings, options: OpenModelOptions = {}): Promise<RunMeasurements> {
  return new OpenModelRun(settings, options).run();
}

class Slot {
  readonly connection: Connection;
  /** Intended send time of the request in flight (performance.now() clock). */
  intendedMs = 0;
  sentAtMs = 0;

  constructor(private readonly run: OpenModelRun) {
    this.connection = new Connection(run.target, {
      onResult: (result) => run.onResult(this, result),
      onInternalError: (error) => run.fail(error),
    });
  }
}

export class OpenModelRun extends LoadRun {
  readonly schedule: ArrivalSchedule;
  private readonly picker: EndpointPicker;
  private readonly maxVus: number;
  private readonly uncorrected = new LatencyHistogram();
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private inFlight = 0;
  private peakInFlight = 0;
  private windowEndMs = 0;

  /** Next request index to release (send or queue); everything before it is sent or dropped. */
  private nextToSend = 0;
  /** Requests due so far (index of the first one not yet due). */
  private due = 0;
  private sent = 0;
  private dropped = 0;

  /** When another connection may be opened. */
  private readonly pool = new PoolGrowth(TICK_MS);
  private tickTimer: NodeJS.Timeout | undefined;
  private drainScheduled = false;
  private readonly sink: RequestSink | undefined;
  private readonly tickBound = (): void => this.tick();
  private readonly drainBound = (): void => {
    this.drainScheduled = false;
    this.release(performance.now());
  };

  constructor(settings: Settings, options: OpenModelOptions) {
    if (settings.endpoints.length === 0) throw new Error('runOpenModel: no endpoints');
    if (settings.stages.length === 0) throw new Error('runOpenModel: no stages');
    const schedule = new ArrivalSchedule(settings.stages);
    super(settings, options, schedule.durationMs);
    this.schedule = schedule;
    this.picker = new EndpointPicker(
      settings.endpoints.map((endpoint) => endpoint.weight),
      options.random,
    );
    this.maxVus = Math.max(1, settings.maxVus);
    this.sink = options.sink;
  }

  /** Milliseconds since the load started. */
  elapsedMs(now = performance.now()): number {
    return now - this.startMs;
  }

  protected startLoad(): void {
    this.tick();
  }

  /** Releases every request due by now, then sleeps until the next one is due. */
  private tick(): void {
    this.tickTimer = undefined;
    if (this.phase !== 'running') return;
    const now = performance.now();
    const elapsed = now - this.startMs;
    this.recorder.tick(now);
    this.pool.startTick(now, this.slots.length, this.schedule.rateAt(elapsed));
    if (elapsed >= this.schedule.durationMs) {
      this.drain(now);
      return;
    }
    this.release(now);
    if (this.phase !== 'running') return;
    const nextAt = this.schedule.timeOf(this.due);
    const wait = Math.min(this.schedule.durationMs, nextAt) - (performance.now() - this.startMs);
    // Wake up for the next request, and at least every 100 ms for the time series.
    const delay = Math.min(100, Math.max(TICK_MS, Math.floor(wait)));
    this.tickTimer = setTimeout(this.tickBound, delay);
  }

  /** Counts the requests due by `now`, drops those that waited too long, sends what free slots allow. */
  private release(now: number): void {
    if (this.phase !== 'running') return;
    const elapsed = now - this.startMs;
    const schedule = this.schedule;
    while (schedule.timeOf(this.due) <= elapsed) this.due++;
    // Backlogged requests that have waited as long as the timeout are dropped.
    const dropBefore = elapsed - this.settings.timeoutMs;
    while (this.nextToSend < this.due && schedule.timeOf(this.nextToSend) <= dropBefore) {
      this.sink?.drop?.(schedule.timeOf(this.nextToSend));
      this.nextToSend++;
      this.dropped++;
    }
    while (this.nextToSend < this.due) {
      const slot = this.freeSlot();
      if (slot === undefined) break;
      const intended = this.startMs + schedule.timeOf(this.nextToSend);
      this.nextToSend++;
      this.send(slot, intended, now);
      if (this.phase !== 'running') return;
    }
    this.pool.noteBacklog(now, this.nextToSend < this.due);
  }

  private freeSlot(): Slot | undefined {
    const idle = this.idle.pop();
    if (idle !== undefined) return idle;
    if (this.slots.length >= this.maxVus || !this.pool.take()) return undefined;
    const slot = new Slot(this);
    this.slots.push(slot);
    return slot;
  }

  private send(slot: Slot, intendedMs: number, now: number): void {
    slot.intendedMs = intendedMs;
    slot.sentAtMs = now;
    this.sent++;
    this.inFlight++;
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    this.recorder.setVus(this.inFlight, now);
    slot.connection.send(this.target.endpoints[this.picker.next()]!);
  }

  /** @internal A slot's request ended. */
  onResult(slot: Slot, result: ExchangeResult): void {
    this.inFlight--;
    this.recorder.setVus(this.inFlight, result.endMs);
    if (!result.cancelled) {
      if (result.synchronous && isInvalidArgument(result.error)) {
        this.fail(result.error);
      } else {
        const outcome = result.outcome;
        // From the intended send time: includes any wait for a free slot and the generator's own lateness.
        const correctedUs = (result.endMs - slot.intendedMs) * 1000;
        this.recorder.record(result.endpoint.index, correctedUs, outcome, result.endMs);
        if (outcome.sent) this.uncorrected.recordMicros(result.latencyUs);
        this.pool.noteHold(result.endMs - slot.sentAtMs);
        this.sink?.record(
          result.endpoint.index,
          correctedUs,
          outcome,
          result.endMs,
          slot.intendedMs - this.startMs,
        );
      }
    }
    this.idle.push(slot);
    if (this.phase === 'running') {
      if (this.nextToSend < this.due && !this.drainScheduled) {
        // A backlog is waiting: send it once this turn's responses are all timed (as in
        // the closed model), never from inside undici's callback.
        this.drainScheduled = true;
        setImmediate(this.drainBound);
      }
    } else {
      this.finishWhenIdle();
    }
  }

  protected override liveSnapshot(): RunMeasurements {
    return { ...this.recorder.snapshot(), arrival: this.arrivalFigures(performance.now()) };
  }

  private arrivalFigures(now: number): ArrivalMeasurements {
    const windowMs = Math.max(1, (this.windowEndMs || now) - this.startMs);
    const scheduled = this.due;
    const perSecond = (count: number): number => Math.round((count * 1000 * 1000) / windowMs) / 1000;
    return {
      targetRps: perSecond(scheduled),
      achievedRps: perSecond(this.sent),
      scheduled,
      sent: this.sent,
      dropped: this.dropped,
      maxVus: this.maxVus,
      peakInFlight: this.peakInFlight,
      connections: this.slots.length,
      uncorrectedLatency: this.uncorrected.summary(),
      uncorrectedHistogram: this.uncorrected.encode(),
    };
  }

  /** The schedule is over: whatever still waits is dropped; requests in flight are awaited. */
  private drain(now: number): void {
    if (this.phase !== 'running') return;
    this.release(now);
    this.closeWindow(now);
    this.beginDrain();
    this.finishWhenIdle();
  }

  private closeWindow(now: number): void {
    if (this.windowEndMs !== 0) return;
    this.windowEndMs = Math.min(now, this.startMs + this.schedule.durationMs);
    // Requests due but never sent are dropped: the run ended before a slot was free.
    if (this.sink?.drop)
      for (let i = this.nextToSend; i < this.due; i++) this.sink.drop(this.schedule.timeOf(i));
    this.dropped += this.due - this.nextToSend;
    this.nextToSend = this.due;
  }

  protected cutLoad(): void {
    this.closeWindow(performance.now());
    for (const slot of this.slots) slot.connection.cancel();
  }

  protected get busy(): boolean {
    return this.inFlight > 0;
  }

  protected stopTimers(): void {
    clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
  }

  protected closeConnections(): Promise<unknown> {
    return Promise.all(this.slots.map((slot) => slot.connection.close()));
  }

  protected override extraMeasurements(): Partial<RunMeasurements> {
    return { arrival: this.arrivalFigures(performance.now()) };
  }
}
