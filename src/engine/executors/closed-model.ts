/**
 * The closed model: a number of virtual users (VUs), each sending requests from the
 * weighted mix back to back over its own keep-alive connection. A controller checks
 * the stage shape every {@link CONTROL_INTERVAL_MS} and starts or stops VUs to match;
 * a VU asked to stop finishes its current request first.
 *
 * End of the load:
 * - At the end of the stages every VU stops after its current request. Requests in
 *   flight are awaited, each bounded by the request timeout, and counted as usual.
 * - When the signal aborts, requests in flight are aborted at once and not counted
 *   (they were cut by us, not answered or failed by the target), and `stoppedEarly`
 *   says why.
 * A request is recorded exactly once, when it ends, so nothing is counted twice.
 *
 * With a live baseline every VU has a twin on the baseline, started and stopped with
 * it, making the same choices at its own pace (see twin-targets.ts).
 */
import { performance } from 'node:perf_hooks';

import type { Settings } from '../../config/settings.js';
import type { RunMeasurements } from '../../metrics/measurements.js';
import { isInvalidArgument } from '../http/classify-outcome.js';
import { Connection, type ExchangeResult } from '../http/http-client.js';
import { globalPosition, positionsOwned, WHOLE_LOAD, type LoadShare } from '../load-share.js';
import { EndpointPicker } from '../traffic/endpoint-picker.js';
import { needsSessions, TrafficPlan, type VuSession } from '../traffic/vu-session.js';
import { IterationBudget } from './iteration-budget.js';
import { LoadRun, type LoadOutcome, type RunLoadOptions } from './load-run.js';
import { totalDurationMs, vusAt } from './stages.js';
import { TwinDraws, TwinSeeds, type Lane } from './twin-targets.js';

/** How often the controller compares active VUs with the stage shape. */
export const CONTROL_INTERVAL_MS = 100;

/**
 * Runs the closed-model load described by `settings` and returns what it measured.
 * Target failures are measurements, never rejections; the promise rejects only when the
 * load cannot run as configured: a request that cannot be built (e.g. an invalid header
 * value), an `onProgress` that throws, or an internal error of the HTTP client.
 */
export async function runClosedModel(
  settings: Settings,
  options: RunLoadOptions = {},
): Promise<RunMeasurements> {
  return (await runClosedModelWithBaseline(settings, options)).measurements;
}

/** The same, with the live baseline's measurements when the settings have one. */
export function runClosedModelWithBaseline(
  settings: Settings,
  options: RunLoadOptions = {},
): Promise<LoadOutcome> {
  return new ClosedModelRun(settings, options).run();
}

/** `done`: its iterations ran out (per-vu-iterations, shared-iterations); it is not started again. */
type VuState = 'idle' | 'running' | 'stopping' | 'done';

/** What the VUs of one lane share: its target and recorder, its traffic plan, how many of them are active. */
class ClosedLane {
  active = 0;
  /** Shared by the lane's VU sessions when the settings ask for realistic traffic; else null. */
  readonly traffic: TrafficPlan | null;

  constructor(
    readonly lane: Lane,
    random: RunLoadOptions['random'],
  ) {
    this.traffic = needsSessions(lane.settings) ? new TrafficPlan(lane.settings, lane.target, random) : null;
  }

  activated(): void {
    this.active++;
    this.lane.recorder.setVus(this.active);
  }

  deactivated(): void {
    this.active--;
    this.lane.recorder.setVus(this.active);
  }
}

class VirtualUser {
  state: VuState = 'idle';
  /** The next request is already scheduled (setImmediate, or a timer for think time). */
  private scheduled = false;
  /** Pending think time or setup back-off (with realistic traffic). */
  private delayTimer: NodeJS.Timeout | null = null;
  readonly connection: Connection;
  /** Setup, templates, captures, checks and isolation; null for plain traffic. */
  readonly session: VuSession | null;
  /** The same user on the live baseline, started and stopped with this one; null without one. */
  twin: VirtualUser | null = null;
  /** Start the twin first: odd pairs do, so neither target's requests go out first throughout. */
  twinFirst = false;
  /** The endpoint of gated request k (twins: the same for both). */
  private readonly pickIndex: (request: number) => number;
  /** Gated requests picked so far (plain traffic; a session counts its own). */
  private picked = 0;
  /** With a session: when the current iteration's first gated request was sent (a re-login inside it counts); -1 between iterations. */
  private iterationStartMs = -1;
  /** Iterations this VU took from the run's budget. */
  private iterations = 0;
  private readonly loopNext = (): void => this.next();

  /**
   * @param draws the pair's draws (with a live baseline), else null: the run's shared picker and source
   * @param partner the canary VU this one is the baseline twin of: its data record is taken
   * @param position the VU's global index across every part of the load (its data record follows it)
   */
  constructor(
    private readonly run: ClosedModelRun,
    private readonly lane: ClosedLane,
    draws: TwinDraws | null,
    partner: VirtualUser | null,
    position: number,
  ) {
    const traffic = lane.traffic;
    this.session =
      traffic === null
        ? null
        : partner !== null && draws !== null
          ? traffic.sessionWith(partner.session?.record, draws)
          : traffic.session(draws ?? undefined, position);
    this.pickIndex = draws === null ? run.pickIndex : (request) => run.picker.indexAt(draws.pick(request));
    this.connection = new Connection(lane.lane.target, {
      onResult: (result) => this.onResult(result),
      onInternalError: (error) => run.fail(error),
    });
  }

  start(): void {
    if (this.twinFirst) this.twin?.start();
    const wasIdle = this.state === 'idle';
    this.state = 'running';
    if (wasIdle) {
      this.lane.activated();
      this.next();
    }
    if (!this.twinFirst) this.twin?.start();
  }

  /** Stop after the current request (at once when none is in flight). */
  requestStop(): void {
    this.twin?.requestStop();
    if (this.state !== 'running') return;
    this.state = 'stopping';
    if (this.delayTimer !== null) {
      // Waiting (think time, setup back-off): nothing in flight, stop now.
      clearTimeout(this.delayTimer);
      this.delayTimer = null;
      this.scheduled = false;
    }
    if (!this.connection.busy && !this.scheduled) this.becomeIdle();
  }

  private next(): void {
    this.scheduled = false;
    this.delayTimer = null;
    if (this.state !== 'running') {
      this.becomeIdle();
      return;
    }
    const budget = this.run.budget;
    if (budget !== null && (this.session === null || this.session.nextIsNew)) {
      if (!budget.take(this.iterations)) {
        this.becomeIdle();
        this.state = 'done';
        this.run.vuExhausted();
        return;
      }
      this.iterations++;
    }
    if (this.session !== null) {
      const out = this.session.next(this.pickIndex);
      if (!out.setup && this.iterationStartMs < 0) this.iterationStartMs = performance.now();
      this.connection.send(out.endpoint, out.options);
    } else {
      this.connection.send(this.lane.lane.target.endpoints[this.pickIndex(this.picked++)]!);
    }
  }

  private onResult(result: ExchangeResult): void {
    let delayMs = 0;
    if (!result.cancelled) {
      if (result.synchronous && isInvalidArgument(result.error)) {
        // The request could not even be built (e.g. an invalid header value): a setup error, not a measurement.
        this.run.fail(result.error);
        this.becomeIdle();
        return;
      }
      const recorder = this.lane.lane.recorder;
      const budget = this.run.budget;
      if (this.session === null) {
        recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
        // Plain traffic: an iteration is one request, from its dispatch.
        recorder.recordIteration((result.endMs - result.startMs) * 1000);
        if (budget !== null) budget.completed++;
      } else {
        const done = this.session.complete(result);
        if (done.record) {
          recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
          const startMs = this.iterationStartMs >= 0 ? this.iterationStartMs : result.startMs;
          recorder.recordIteration((result.endMs - startMs) * 1000);
          this.iterationStartMs = -1;
          if (budget !== null) budget.completed++;
        }
        delayMs = done.delayMs;
      }
    }
    if (this.state !== 'running') {
      this.becomeIdle();
      return;
    }
    this.scheduled = true;
    if (delayMs > 0) {
      this.delayTimer = setTimeout(this.loopNext, delayMs);
    } else if (result.synchronous) {
      // Settled inside send(): continuing soon would spin without ever yielding to I/O and timers.
      setImmediate(this.loopNext);
    } else {
      // After this turn's I/O, as wrk does: responses that arrived together are all timed
      // before any of the next requests is written (a write costs more than a parse, and
      // each one would otherwise add to the latency of the responses still unread).
      // It also keeps undici from being re-entered from its own callback.
      setImmediate(this.loopNext);
    }
  }

  private becomeIdle(): void {
    if (this.state === 'idle') return;
    this.state = 'idle';
    this.lane.deactivated();
    this.run.vuDeactivated();
  }

  /** This VU and its twin. */
  *withTwin(): IterableIterator<VirtualUser> {
    yield this;
    if (this.twin !== null) yield this.twin;
  }
}

class ClosedModelRun extends LoadRun {
  readonly picker: EndpointPicker;
  private readonly closedLanes: ClosedLane[];
  /** Seeds of the VU pairs, with a live baseline; else null. */
  private readonly seeds: TwinSeeds | null;
  private readonly plannedMs: number;
  /** This run's part of the VUs: at a level of L it runs positionsOwned(share, L) of them. */
  private readonly share: LoadShare;
  /** The canary's VUs (each holds its baseline twin); local index i is global VU globalPosition(share, i). */
  private readonly vus: VirtualUser[] = [];
  private controlTimer: NodeJS.Timeout | undefined;
  private endTimer: NodeJS.Timeout | undefined;
  /** per-vu-iterations / shared-iterations: the iterations left; null: the stages alone end the load. */
  readonly budget: IterationBudget | null;

  constructor(settings: Settings, options: RunLoadOptions) {
    if (settings.endpoints.length === 0) throw new Error('runClosedModel: no endpoints');
    if (settings.stages.length === 0) throw new Error('runClosedModel: no stages');
    super(settings, options, totalDurationMs(settings.stages));
    this.plannedMs = totalDurationMs(settings.stages);
    this.picker = new EndpointPicker(
      settings.endpoints.map((endpoint) => endpoint.weight),
      options.random,
    );
    this.closedLanes = this.lanes.map((lane) => new ClosedLane(lane, options.random));
    this.seeds = this.lanes.length > 1 ? new TwinSeeds(options.random) : null;
    this.share = options.share ?? WHOLE_LOAD;
    this.budget = settings.iterations
      ? new IterationBudget(settings.iterations, this.share, settings.maxVus)
      : null;
  }

  /** A VU ran out of iterations: when all have (or this part has none to run), the load is over. */
  vuExhausted(): void {
    if (this.vus.every((vu) => vu.state === 'done')) this.drain();
  }

  protected override planShortfall(): string | undefined {
    return this.budget?.shortfall(this.plannedMs);
  }

  protected override plannedLength(ranMs: number): number {
    // An iteration budget that ran out before max-duration is a whole plan.
    return this.budget !== null && this.budget.shortfall(this.plannedMs) === undefined
      ? Math.min(ranMs, this.plannedMs)
      : this.plannedMs;
  }

  readonly pickIndex = (): number => this.picker.next();

  vuDeactivated(): void {
    this.finishWhenIdle();
  }

  /** This run's VU `local` (global VU globalPosition(share, local)), with its twin on the baseline when there is one. */
  private newVu(local: number): VirtualUser {
    const [canary, baseline] = this.closedLanes;
    const index = globalPosition(this.share, local);
    const seed = this.seeds?.pair(index);
    const vu = new VirtualUser(this, canary!, seed === undefined ? null : new TwinDraws(seed), null, index);
    if (baseline !== undefined && seed !== undefined) {
      vu.twin = new VirtualUser(this, baseline, new TwinDraws(seed), vu, index);
      vu.twinFirst = index % 2 === 1;
    }
    return vu;
  }

  protected startLoad(): void {
    this.controlTimer = setInterval(() => this.control(), CONTROL_INTERVAL_MS);
    this.endTimer = setTimeout(() => this.drain(), this.plannedMs);
    this.control();
    if (this.budget !== null && this.budget.planned === 0) this.drain();
  }

  /** Brings the number of running VUs to what the stages want now. */
  private control(): void {
    if (this.phase !== 'running') return;
    const now = performance.now();
    this.tickRecorders(now);
    const elapsedMs = now - this.startMs;
    if (elapsedMs >= this.plannedMs) return; // the end timer is due
    const wanted = positionsOwned(this.share, vusAt(this.settings.stages, elapsedMs));

    let running = 0;
    // A VU whose iterations ran out keeps its place: no other VU is started for it.
    for (const vu of this.vus) if (vu.state === 'running' || vu.state === 'done') running++;
    // Too few: revive VUs that were stopping (their request is still in flight), then start idle ones.
    for (let i = 0; i < this.vus.length && running < wanted; i++) {
      const vu = this.vus[i]!;
      if (vu.state === 'stopping') {
        vu.start();
        running++;
      }
    }
    for (let i = 0; running < wanted; i++) {
      let vu = this.vus[i];
      if (vu === undefined) {
        vu = this.newVu(i);
        this.vus.push(vu);
      }
      if (vu.state === 'idle') {
        vu.start();
        running++;
      }
    }
    // Too many: the highest-numbered VUs stop after their current request.
    for (let i = this.vus.length - 1; i >= 0 && running > wanted; i--) {
      const vu = this.vus[i]!;
      if (vu.state === 'running') {
        vu.requestStop();
        running--;
      }
    }
  }

  /** The stages are over: let every VU finish its request, then finish. */
  private drain(): void {
    if (this.phase !== 'running') return;
    this.beginDrain();
    for (const vu of this.vus) vu.requestStop();
    this.finishWhenIdle();
  }

  protected cutLoad(): void {
    for (const vu of this.vus) {
      vu.requestStop();
      for (const one of vu.withTwin()) one.connection.cancel();
    }
  }

  protected get busy(): boolean {
    return this.closedLanes.some((lane) => lane.active > 0);
  }

  protected stopTimers(): void {
    clearInterval(this.controlTimer);
    clearTimeout(this.endTimer);
    this.controlTimer = undefined;
    this.endTimer = undefined;
  }

  protected closeConnections(): Promise<unknown> {
    return Promise.all(this.vus.flatMap((vu) => [...vu.withTwin()].map((one) => one.connection.close())));
  }

  protected override extraMeasurements(lane: number): Partial<RunMeasurements> {
    const traffic = this.closedLanes[lane]?.traffic ?? null;
    return traffic === null ? {} : { traffic: traffic.recorder.snapshot() };
  }
}
