/**
 * The open model: requests arrive at the rate the stages give (requests per second),
 * whether or not the target keeps up, as production traffic does (k6's
 * constant-arrival-rate and ramping-arrival-rate executors, wrk2's constant throughput).
 *
 * - Each request has an intended send time from the {@link ArrivalSchedule}. A timer
 *   (1 ms granularity) sends every request that is due on a free slot.
 * - A slot is a {@link Connection} (the same prepared-request/exchange path as the
 *   closed model), one request in flight each; at most `maxVus` of them. Those the peak
 *   rate needs on a fast target are opened before the schedule starts (as wrk2 and k6's
 *   `preAllocatedVUs` do), more only as the target needs them (see pool-growth.ts).
 * - When all `maxVus` slots are busy, due requests wait in a backlog, in order, and go
 *   out as slots free up, late. A request that has waited as long as the request
 *   timeout is **dropped** (it could not have been answered in time), as is any still
 *   waiting when the schedule ends: counted in `dropped`, never silently skipped.
 * - Latency is recorded from the intended send time (corrected for coordinated omission;
 *   every threshold uses it) and from the actual send (uncorrected, kept apart). The
 *   generator's own lateness (timer, GC, a busy loop) is taken off the corrected figure
 *   and reported apart (`arrival.generatorDelay`); a gap the generator may still have
 *   caused makes the run inconclusive (slo/generator-stall.ts).
 *
 * End and cancel as in the closed model. A live baseline gets each arrival too (open-lane.ts).
 * With realistic traffic each slot is a VU, each arrival an iteration of its journey (open-journey.ts).
 */
import { performance } from 'node:perf_hooks';

import type { Settings } from '../../config/settings.js';
import type { ArrivalMeasurements, RunMeasurements } from '../../metrics/measurements.js';
import { isInvalidArgument } from '../http/classify-outcome.js';
import type { ExchangeResult } from '../http/http-client.js';
import { globalPosition, positionsOwned, WHOLE_LOAD, type LoadShare } from '../load-share.js';
import { EndpointPicker } from '../traffic/endpoint-picker.js';
import type { TrafficPlan } from '../traffic/vu-session.js';
import { ArrivalSchedule } from './arrival-schedule.js';
import { LoadRun, type LoadOutcome } from './load-run.js';
import type { OpenModelOptions, RequestSink } from './request-sink.js';
import { journeyPlan, SlotJourney } from './open-journey.js';
import { OpenLane, Slot } from './open-lane.js';
import { TwinSeeds } from './twin-targets.js';

/** The scheduler's timer period when requests are due often, ms (Node's timer granularity). */
const TICK_MS = 1;
/**
 * Connections opened before the schedule starts: what the peak rate needs if a request holds
 * its connection this long, so a fast target takes a burst of due requests after a pause of
 * the generator without a backlog; a slower one grows the pool from there (pool-growth.ts).
 */
const PREOPEN_HOLD_MS = 10;
/** The longest the start waits for pre-opened connections, ms. */
const PREOPEN_WAIT_MS = 2000;

/** Runs the open-model load `settings` describe (`settings.stages` in requests per second). */
export async function runOpenModel(
  settings: Settings,
  options: OpenModelOptions = {},
): Promise<RunMeasurements> {
  return (await runOpenModelWithBaseline(settings, options)).measurements;
}

/** The same, with the live baseline's measurements when the settings have one. */
export function runOpenModelWithBaseline(
  settings: Settings,
  options: OpenModelOptions = {},
): Promise<LoadOutcome> {
  return new OpenModelRun(settings, options).run();
}

export class OpenModelRun extends LoadRun {
  readonly schedule: ArrivalSchedule;
  private readonly picker: EndpointPicker;
  /** With a live baseline: arrival n's endpoint, the same for both lanes; else null (the picker's own source). */
  private readonly seeds: TwinSeeds | null;
  private readonly maxVus: number;
  /** This run's part of the arrivals: local arrival m is the schedule's arrival globalPosition(share, m). */
  private readonly share: LoadShare;
  private readonly openLanes: OpenLane[];
  /** Each lane's sessions, with realistic traffic (open-journey.ts); null entries for plain requests. */
  private readonly plans: (TrafficPlan | null)[];
  private windowEndMs = 0;
  /** Requests due so far (index of the first one not yet due). */
  private due = 0;

  private tickTimer: NodeJS.Timeout | undefined;
  private drainScheduled = false;
  private readonly sink: RequestSink | undefined;
  private readonly tickBound = (): void => this.tick();
  private readonly drainBound = (): void => {
    this.drainScheduled = false;
    this.release(performance.now());
  };
  private readonly onResultBound = (slot: Slot, result: ExchangeResult): void => this.onResult(slot, result);
  private readonly onErrorBound = (error: Error): void => this.fail(error);

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
    this.seeds = this.lanes.length > 1 ? new TwinSeeds(options.random) : null;
    this.share = options.share ?? WHOLE_LOAD;
    // The cap on requests in flight is split like the arrivals, so the parts' caps add up to it.
    this.maxVus = Math.max(1, positionsOwned(this.share, settings.maxVus));
    this.openLanes = this.lanes.map((lane, index) => new OpenLane(lane, index, TICK_MS));
    this.plans = this.lanes.map((lane) => journeyPlan(lane, options.random));
    this.sink = options.sink;
  }

  /** When this part's arrival `local` is due, ms since the start (every part computes the same global schedule). */
  private timeOf(local: number): number {
    return this.schedule.timeOf(globalPosition(this.share, local));
  }

  /** Opens the connections the peak rate needs on a fast target before the clock starts. */
  protected override prepare(): Promise<void> {
    const peak = Math.max(0, ...this.settings.stages.map((stage) => stage.target));
    const preAllocated = this.settings.preAllocatedVus;
    const wanted =
      preAllocated !== undefined
        ? positionsOwned(this.share, preAllocated)
        : Math.ceil((peak * PREOPEN_HOLD_MS) / 1000) + 2;
    const count = Math.min(this.maxVus, wanted);
    const opening: Promise<void>[] = [];
    for (const lane of this.openLanes) {
      for (let i = 0; i < count; i++) {
        const slot = this.newSlot(lane);
        lane.idle.push(slot);
        opening.push(slot.connection.preconnect());
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, PREOPEN_WAIT_MS)));
    return Promise.race([Promise.all(opening), limit]).then(() => clearTimeout(timer));
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
    this.tickRecorders(now);
    const rate = this.schedule.rateAt(elapsed) / this.share.count;
    for (const lane of this.openLanes) lane.pool.startTick(now, lane.slots.length, rate);
    if (elapsed >= this.schedule.durationMs) {
      this.drain(now);
      return;
    }
    this.release(now);
    if (this.phase !== 'running') return;
    const nextAt = this.timeOf(this.due);
    const wait = Math.min(this.schedule.durationMs, nextAt) - (performance.now() - this.startMs);
    // Wake up for the next request, and at least every 100 ms for the time series.
    const delay = Math.min(100, Math.max(TICK_MS, Math.floor(wait)));
    this.tickTimer = setTimeout(this.tickBound, delay);
  }

  /** Counts the requests due by `now`, drops those that waited too long, sends what free slots allow. */
  private release(now: number): void {
    if (this.phase !== 'running') return;
    const elapsed = now - this.startMs;
    while (this.timeOf(this.due) <= elapsed) this.due++;
    // Backlogged requests that have waited as long as the timeout are dropped.
    const dropBefore = elapsed - this.settings.timeoutMs;
    for (const lane of this.openLanes) {
      while (lane.nextToSend < this.due && this.timeOf(lane.nextToSend) <= dropBefore) {
        // The breakpoint's sink sees the canary's drops (a live baseline does not run breakpoint).
        if (lane.index === 0) this.sink?.drop?.(this.timeOf(lane.nextToSend));
        lane.nextToSend++;
        lane.dropped++;
      }
    }
    this.sendDue(now);
    if (this.phase !== 'running') return;
    for (const lane of this.openLanes) lane.pool.noteBacklog(now, lane.nextToSend < this.due);
  }

  /**
   * Sends the due arrivals in order on free slots, each to every lane: even arrivals to
   * the canary first, odd ones to the baseline first. A lane with no free slot keeps the
   * rest of its arrivals in its backlog; the other lane goes on.
   */
  private sendDue(now: number): void {
    const lanes = this.openLanes;
    let blocked = 0;
    for (;;) {
      let n = Number.POSITIVE_INFINITY;
      for (const lane of lanes) {
        if ((blocked & (1 << lane.index)) === 0 && lane.nextToSend < this.due)
          n = Math.min(n, lane.nextToSend);
      }
      if (n === Number.POSITIVE_INFINITY) return;
      const first = n % lanes.length;
      for (let k = 0; k < lanes.length; k++) {
        const lane = lanes[(first + k) % lanes.length]!;
        if ((blocked & (1 << lane.index)) !== 0 || lane.nextToSend !== n) continue;
        const slot = this.freeSlot(lane);
        if (slot === undefined) {
          blocked |= 1 << lane.index;
          continue;
        }
        this.send(lane, slot, now);
        if (this.phase !== 'running') return;
      }
    }
  }

  private freeSlot(lane: OpenLane): Slot | undefined {
    const idle = lane.idle.pop();
    if (idle !== undefined) return idle;
    if (lane.slots.length >= this.maxVus || !lane.pool.take()) return undefined;
    const slot = this.newSlot(lane);
    // Free from now: the wait before it was opened is not the generator's delay.
    slot.freeSinceMs = performance.now();
    return slot;
  }

  /** A new slot of the lane (a VU: with realistic traffic, its session takes the data row of its global index). */
  private newSlot(lane: OpenLane): Slot {
    const slot = new Slot(lane, this.onResultBound, this.onErrorBound);
    const plan = this.plans[lane.index];
    if (plan)
      slot.journey = new SlotJourney(plan.session(undefined, globalPosition(this.share, lane.slots.length)));
    lane.slots.push(slot);
    return slot;
  }

  /** Sends the lane's next arrival on `slot`. */
  private send(lane: OpenLane, slot: Slot, now: number): void {
    const n = lane.nextToSend++;
    slot.intendedMs = this.startMs + this.timeOf(n);
    slot.sentAtMs = now;
    // Due and on a free connection since `ready`: any time after that is the generator's own.
    const ready = Math.max(slot.intendedMs, slot.freeSinceMs);
    slot.generatorDelayMs = now > ready ? now - ready : 0;
    lane.sent++;
    lane.inFlight++;
    if (lane.inFlight > lane.peakInFlight) lane.peakInFlight = lane.inFlight;
    lane.lane.recorder.setVus(lane.inFlight, now);
    const endpoint =
      this.seeds === null
        ? this.picker.next()
        : this.picker.indexAt(this.seeds.arrival(globalPosition(this.share, n)));
    if (slot.journey !== null) slot.journey.begin(slot.connection, endpoint, now);
    else slot.connection.send(lane.lane.target.endpoints[endpoint]!);
  }

  /** A result of a slot with a session that is not the arrival's gated request: go on with the journey, or let the slot go. */
  private continueJourney(slot: Slot, journey: SlotJourney): void {
    // Once the schedule is over, a VU waiting to retry its login gives its arrival up.
    if (this.phase !== 'running' && journey.delayMs > 0) return this.abandon(slot);
    journey.schedule(() => {
      if (this.phase === 'cancelling' || this.phase === 'finished') this.abandon(slot);
      else journey.sendNext(slot.connection);
    });
  }

  /** An arrival cut before its gated request went out: counted as dropped, the slot freed. */
  private abandon(slot: Slot): void {
    const lane = slot.lane;
    lane.dropped++;
    lane.sent--;
    lane.inFlight--;
    lane.idle.push(slot);
    this.finishWhenIdle();
  }

  /** A slot's request ended. */
  private onResult(slot: Slot, result: ExchangeResult): void {
    const lane = slot.lane;
    const recorder = lane.lane.recorder;
    const journey = slot.journey;
    if (journey !== null && !(result.synchronous && isInvalidArgument(result.error))) {
      const step = journey.complete(result);
      if (step === 'continue') {
        this.continueJourney(slot, journey);
        return;
      }
    }
    lane.inFlight--;
    recorder.setVus(lane.inFlight, result.endMs);
    if (!result.cancelled) {
      if (result.synchronous && isInvalidArgument(result.error)) {
        this.fail(result.error);
      } else {
        const outcome = result.outcome;
        // From the intended send time, with any wait for a free slot (the target held
        // them all) but without the generator's own lateness in sending it.
        const setupMs = journey?.setupMs ?? 0;
        const correctedUs = (result.endMs - slot.intendedMs - slot.generatorDelayMs - setupMs) * 1000;
        recorder.record(result.endpoint.index, correctedUs, outcome, result.endMs);
        // An arrival is one iteration, from its actual send (k6 times arrival-rate iterations so), a first login apart.
        const iterationUs = (result.endMs - slot.sentAtMs - setupMs) * 1000;
        recorder.recordIteration(iterationUs);
        if (outcome.sent) lane.uncorrected.recordMicros(result.latencyUs);
        lane.generatorDelay.recordMicros(slot.generatorDelayMs * 1000);
        lane.pool.noteHold(result.endMs - slot.sentAtMs);
        const intendedAtMs = slot.intendedMs - this.startMs;
        if (lane.index === 0)
          this.sink?.record(
            result.endpoint.index,
            correctedUs,
            outcome,
            result.endMs,
            intendedAtMs,
            iterationUs,
          );
      }
    }
    slot.freeSinceMs = result.endMs;
    lane.idle.push(slot);
    if (this.phase === 'running') {
      if (lane.nextToSend < this.due && !this.drainScheduled) {
        // A backlog is waiting: send it once this turn's responses are all timed (as in
        // the closed model), never from inside undici's callback.
        this.drainScheduled = true;
        setImmediate(this.drainBound);
      }
    } else {
      this.finishWhenIdle();
    }
  }

  protected override noteExecution(): void {
    for (const lane of this.openLanes) lane.noteExecution();
  }

  protected override liveSnapshot(): RunMeasurements {
    this.noteExecution();
    return {
      ...this.recorder.snapshot(),
      arrival: this.arrivalFigures(this.openLanes[0]!, performance.now()),
    };
  }

  private arrivalFigures(lane: OpenLane, now: number): ArrivalMeasurements {
    const windowMs = Math.max(1, (this.windowEndMs || now) - this.startMs);
    return lane.figures(this.due, windowMs, this.maxVus);
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
    for (const lane of this.openLanes) {
      if (lane.index === 0 && this.sink?.drop)
        for (let i = lane.nextToSend; i < this.due; i++) this.sink.drop(this.timeOf(i));
      lane.dropped += this.due - lane.nextToSend;
      lane.nextToSend = this.due;
    }
  }

  protected cutLoad(): void {
    this.closeWindow(performance.now());
    for (const lane of this.openLanes) {
      for (const slot of lane.slots) {
        if (slot.journey?.cancelPause()) this.abandon(slot);
        else slot.connection.cancel();
      }
    }
  }

  protected get busy(): boolean {
    return this.openLanes.some((lane) => lane.inFlight > 0);
  }

  protected stopTimers(): void {
    clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
  }

  protected closeConnections(): Promise<unknown> {
    return Promise.all(this.openLanes.flatMap((lane) => lane.slots.map((slot) => slot.connection.close())));
  }

  protected override extraMeasurements(lane: number): Partial<RunMeasurements> {
    const plan = this.plans[lane];
    return {
      arrival: this.arrivalFigures(this.openLanes[lane]!, performance.now()),
      ...(plan ? { traffic: plan.recorder.snapshot() } : {}),
    };
  }
}
