/**
 * One target of an open-model run: its slots (connections), its backlog cursor, its
 * counts of sent and dropped requests and its uncorrected latency. A live baseline is a
 * second lane on the same arrival schedule (see twin-targets.ts), so a target that
 * falls behind queues and drops its own copies of the arrivals, never the other's.
 */
import { LatencyHistogram } from '../../metrics/latency-histogram.js';
import type { ArrivalMeasurements } from '../../metrics/measurements.js';
import { Connection, type ExchangeResult } from '../http/http-client.js';
import type { SlotJourney } from './open-journey.js';
import { PoolGrowth } from './pool-growth.js';
import type { Lane } from './twin-targets.js';

/** A connection with one request in flight at most, and that request's times. */
export class Slot {
  readonly connection: Connection;
  /** Intended send time of the request in flight (performance.now() clock). */
  intendedMs = 0;
  sentAtMs = 0;
  /** Since when the slot has been free (its last result, or 0 for one opened before the start). */
  freeSinceMs = 0;
  /** How late the generator sent the request in flight after it was due and this slot was free, ms. */
  generatorDelayMs = 0;
  /** The slot's VU session, with realistic traffic (open-journey.ts); null for plain requests. */
  journey: SlotJourney | null = null;

  constructor(
    readonly lane: OpenLane,
    onResult: (slot: Slot, result: ExchangeResult) => void,
    onInternalError: (error: Error) => void,
  ) {
    this.connection = new Connection(lane.lane.target, {
      onResult: (result) => onResult(this, result),
      onInternalError,
    });
  }
}

export class OpenLane {
  readonly slots: Slot[] = [];
  readonly idle: Slot[] = [];
  inFlight = 0;
  peakInFlight = 0;
  /** Next arrival to release (send or queue); every one before it is sent or dropped. */
  nextToSend = 0;
  sent = 0;
  dropped = 0;
  /** When another connection may be opened. */
  readonly pool: PoolGrowth;
  readonly uncorrected = new LatencyHistogram();
  /** The generator's own send delays (see open-model.ts), µs. */
  readonly generatorDelay = new LatencyHistogram();

  /** @param index 0 for the canary, 1 for the live baseline */
  constructor(
    readonly lane: Lane,
    readonly index: number,
    tickMs: number,
  ) {
    this.pool = new PoolGrowth(tickMs);
  }

  /** Tells the recorder k6's vus_max (the connections opened) and dropped_iterations (the dropped arrivals). */
  noteExecution(): void {
    this.lane.recorder.setExecution({ vusMax: this.slots.length, droppedIterations: this.dropped });
  }

  /** The lane's arrival figures over a window of `windowMs` in which `scheduled` arrivals were due. */
  figures(scheduled: number, windowMs: number, maxVus: number): ArrivalMeasurements {
    const perSecond = (count: number): number => Math.round((count * 1000 * 1000) / windowMs) / 1000;
    return {
      targetRps: perSecond(scheduled),
      achievedRps: perSecond(this.sent),
      scheduled,
      sent: this.sent,
      dropped: this.dropped,
      maxVus,
      peakInFlight: this.peakInFlight,
      connections: this.slots.length,
      uncorrectedLatency: this.uncorrected.summary(),
      uncorrectedHistogram: this.uncorrected.encode(),
      generatorDelay: this.generatorDelay.summary(),
    };
  }
}
