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
 */
import { performance } from 'node:perf_hooks';

import type { Settings } from '../../config/settings.js';
import type { RunMeasurements } from '../../metrics/measurements.js';
import { isInvalidArgument } from '../http/classify-outcome.js';
import { Connection, type ExchangeResult } from '../http/http-client.js';
import type { PreparedTarget } from '../http/prepared-target.js';
import { EndpointPicker } from '../traffic/endpoint-picker.js';
import { needsSessions, TrafficPlan, type VuSession } from '../traffic/vu-session.js';
import { LoadRun, type RunLoadOptions } from './load-run.js';
import { totalDurationMs, vusAt } from './stages.js';

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
  return new ClosedModelRun(settings, options).run();
}

type VuState = 'idle' | 'running' | 'stopping';

class VirtualUser {
  state: VuState = 'idle';
  /** The next request is already scheduled (setImmediate, or a timer for think time). */
  private scheduled = false;
  /** Pending think time or setup back-off (with realistic traffic). */
  private delayTimer: NodeJS.Timeout | null = null;
  readonly connection: Connection;
  /** Setup, templates, captures, checks and isolation; null for plain traffic. */
  private readonly session: VuSession | null;
  private readonly loopNext = (): void => this.next();

  constructor(private readonly run: ClosedModelRun) {
    this.session = run.traffic?.session() ?? null;
    this.connection = new Connection(run.target, {
      onResult: (result) => this.onResult(result),
      onInternalError: (error) => run.fail(error),
    });
  }

  start(): void {
    const wasIdle = this.state === 'idle';
    this.state = 'running';
    if (wasIdle) {
      this.run.vuActivated();
      this.next();
    }
  }

  /** Stop after the current request (at once when none is in flight). */
  requestStop(): void {
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
    if (this.session !== null) {
      const out = this.session.next(this.run.pickIndex);
      this.connection.send(out.endpoint, out.options);
    } else {
      this.connection.send(this.run.pickEndpoint());
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
      if (this.session === null) {
        this.run.recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
      } else {
        const done = this.session.complete(result);
        if (done.record) {
          this.run.recorder.record(result.endpoint.index, result.latencyUs, result.outcome, result.endMs);
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
    this.run.vuDeactivated();
  }
}

class ClosedModelRun extends LoadRun {
  /** Shared by the VU sessions when the settings ask for realistic traffic; else null. */
  readonly traffic: TrafficPlan | null;
  private readonly picker: EndpointPicker;
  private readonly plannedMs: number;
  private readonly vus: VirtualUser[] = [];
  private activeVus = 0;
  private controlTimer: NodeJS.Timeout | undefined;
  private endTimer: NodeJS.Timeout | undefined;

  constructor(settings: Settings, options: RunLoadOptions) {
    if (settings.endpoints.length === 0) throw new Error('runClosedModel: no endpoints');
    if (settings.stages.length === 0) throw new Error('runClosedModel: no stages');
    super(settings, options, totalDurationMs(settings.stages));
    this.plannedMs = totalDurationMs(settings.stages);
    this.picker = new EndpointPicker(
      settings.endpoints.map((endpoint) => endpoint.weight),
      options.random,
    );
    this.traffic = needsSessions(settings) ? new TrafficPlan(settings, this.target, options.random) : null;
  }

  pickEndpoint(): PreparedTarget['endpoints'][number] {
    return this.target.endpoints[this.picker.next()]!;
  }

  readonly pickIndex = (): number => this.picker.next();

  vuActivated(): void {
    this.activeVus++;
    this.recorder.setVus(this.activeVus);
  }

  vuDeactivated(): void {
    this.activeVus--;
    this.recorder.setVus(this.activeVus);
    this.finishWhenIdle();
  }

  protected startLoad(): void {
    this.controlTimer = setInterval(() => this.control(), CONTROL_INTERVAL_MS);
    this.endTimer = setTimeout(() => this.drain(), this.plannedMs);
    this.control();
  }

  /** Brings the number of running VUs to what the stages want now. */
  private control(): void {
    if (this.phase !== 'running') return;
    const now = performance.now();
    this.recorder.tick(now);
    const elapsedMs = now - this.startMs;
    if (elapsedMs >= this.plannedMs) return; // the end timer is due
    const wanted = vusAt(this.settings.stages, elapsedMs);

    let running = 0;
    for (const vu of this.vus) if (vu.state === 'running') running++;
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
        vu = new VirtualUser(this);
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
      vu.connection.cancel();
    }
  }

  protected get busy(): boolean {
    return this.activeVus > 0;
  }

  protected stopTimers(): void {
    clearInterval(this.controlTimer);
    clearTimeout(this.endTimer);
    this.controlTimer = undefined;
    this.endTimer = undefined;
  }

  protected closeConnections(): Promise<unknown> {
    return Promise.all(this.vus.map((vu) => vu.connection.close()));
  }

  protected override extraMeasurements(): Partial<RunMeasurements> {
    return this.traffic === null ? {} : { traffic: this.traffic.recorder.snapshot() };
  }
}
