/**
 * Full journeys in the open model (arrival-rate executors): each slot is a VU with its
 * own session (engine/traffic/vu-session.ts), and each arrival is one iteration of it.
 * A VU logs in on its first arrival (its setup requests, then the arrival's gated
 * request, on the same connection), keeps its captures, checks its responses and its
 * tenant, and logs in again after a 401, exactly as a closed-model VU does.
 *
 * Timing: an arrival's gated request is measured from its intended send time, as in the
 * plain open model, less the time its VU spent on setup for it (a login is not the
 * gated request's latency; it is measured apart, in the setup figures). Think time does
 * not apply: the arrival rate paces the iterations. A VU whose setup failed retries it
 * after the usual back-off while holding its slot; an arrival still in setup when the
 * load is cut is counted as dropped, never lost silently.
 */
import { performance } from 'node:perf_hooks';

import type { Connection, ExchangeResult } from '../http/http-client.js';
import type { RandomSource } from '../traffic/endpoint-picker.js';
import { needsSessions, TrafficPlan, type VuSession } from '../traffic/vu-session.js';
import type { Lane } from './twin-targets.js';

/** What the run does with a result of a slot that has a session. */
export type JourneyStep = 'record' | 'continue' | 'skip';

/** The sessions of one lane's slots; null for plain traffic. */
export function journeyPlan(lane: Lane, random: RandomSource | undefined): TrafficPlan | null {
  return needsSessions(lane.settings) ? new TrafficPlan(lane.settings, lane.target, random) : null;
}

/** Per-slot journey state. */
export class SlotJourney {
  /** The endpoint of the arrival in progress. */
  endpoint = 0;
  /** When the arrival in progress was sent (its first request, maybe a setup step), performance.now() ms. */
  arrivalSentMs = 0;
  /** Time the arrival spent on setup before its gated request, ms. */
  setupMs = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly session: VuSession) {}

  /** Sends the arrival's next request: a setup step or its gated request. */
  sendNext(connection: Connection): void {
    const out = this.session.next(() => this.endpoint);
    if (!out.setup) this.setupMs = Math.max(0, performance.now() - this.arrivalSentMs);
    connection.send(out.endpoint, out.options);
  }

  /** Starts arrival with endpoint `endpoint` on the slot. */
  begin(connection: Connection, endpoint: number, now: number): void {
    this.endpoint = endpoint;
    this.arrivalSentMs = now;
    this.setupMs = 0;
    this.sendNext(connection);
  }

  /** The pause the session asked for after its last non-gated result (a failed setup's back-off), ms. */
  delayMs = 0;

  /**
   * A result of this slot: `record` for the arrival's gated request (measure it),
   * `continue` when the journey goes on (a setup step done or failed, a re-login), `skip`
   * for a result that is no measurement.
   */
  complete(result: ExchangeResult): JourneyStep {
    if (result.cancelled) return 'skip';
    const done = this.session.complete(result);
    this.delayMs = done.delayMs;
    return done.record ? 'record' : 'continue';
  }

  /** The journey goes on after its pause (a failed setup's back-off), or in the next turn. */
  schedule(resume: () => void): void {
    if (this.delayMs > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        resume();
      }, this.delayMs);
    } else setImmediate(resume);
  }

  /** Stops a pending pause; true when one was pending (the arrival is then abandoned). */
  cancelPause(): boolean {
    if (this.timer === null) return false;
    clearTimeout(this.timer);
    this.timer = null;
    return true;
  }
}
