/**
 * One scope's request timing breakdown while the load runs: an HDR histogram per
 * phase, fed from the phase times the sender wrote on the (reused) outcome object, so
 * recording allocates nothing. Held by every `EndpointAccumulator`, so each scope
 * (the run, an endpoint, a tag selection, a scenario) has it.
 */
import { LatencyHistogram } from './latency-histogram.js';
import type { LatencySummary } from './latency-summary.js';
import {
  TIMING_PHASES,
  type RequestPhases,
  type RequestTimings,
  type TimingPhase,
} from './timing-measurements.js';

/**
 * A phase's summary. Unlike a latency, a phase is often exactly 0 (a reused connection
 * has no connect time), so its min is the lowest value recorded, zeros included.
 */
export function phaseSummary(histogram: LatencyHistogram): LatencySummary {
  const summary = histogram.summary();
  if (summary.count > 0) summary.min = Math.min(summary.min, histogram.percentileMs(0));
  return summary;
}

export class TimingAccumulator {
  count = 0;
  connectionsOpened = 0;
  /** One histogram per phase, in TIMING_PHASES order; made at the first record (a scope with no timed request costs nothing). */
  private histograms: LatencyHistogram[] | null = null;
  /**
   * Requests on a reused connection whose 0 connect and TLS times are not yet in their
   * histograms: counted here and added in one go when the histograms are read, so the
   * common case records four values, not six.
   */
  private pendingReused = 0;

  /** Records the phases of a request whose outcome carries them (`timed`). */
  record(outcome: RequestPhases): void {
    const h = this.histograms ?? this.allocate();
    this.count++;
    if (outcome.connectionOpened === true) {
      this.connectionsOpened++;
      h[1]!.recordMicros(outcome.connectingUs ?? 0);
      h[2]!.recordMicros(outcome.tlsHandshakingUs ?? 0);
    } else {
      this.pendingReused++;
    }
    h[0]!.recordMicros(outcome.blockedUs ?? 0);
    h[3]!.recordMicros(outcome.sendingUs ?? 0);
    h[4]!.recordMicros(outcome.waitingUs ?? 0);
    h[5]!.recordMicros(outcome.receivingUs ?? 0);
  }

  /**
   * One phase of one request, for sources that give the phases one by one (k6's samples):
   * a request counts as timed at its `waiting` phase, as opening a connection at a
   * `connecting` above 0.
   */
  recordPhase(phase: TimingPhase, us: number): void {
    const h = this.histograms ?? this.allocate();
    this.flush();
    h[TIMING_PHASES.indexOf(phase)]!.recordMicros(us);
    if (phase === 'waiting') this.count++;
    else if (phase === 'connecting' && us > 0) this.connectionsOpened++;
  }

  /** The phase's histogram; null when nothing was timed. */
  histogramOf(phase: TimingPhase): LatencyHistogram | null {
    this.flush();
    return this.histograms?.[TIMING_PHASES.indexOf(phase)] ?? null;
  }

  /** The results.json block; undefined when no request was timed (a source that gives no phases). */
  toTimings(): RequestTimings | undefined {
    this.flush();
    const h = this.histograms;
    if (this.count === 0 || h === null) return undefined;
    const phases = {} as RequestTimings['phases'];
    const histograms = {} as RequestTimings['histograms'];
    TIMING_PHASES.forEach((phase, i) => {
      phases[phase] = phaseSummary(h[i]!);
      histograms[phase] = h[i]!.encode();
    });
    return { count: this.count, connectionsOpened: this.connectionsOpened, phases, histograms };
  }

  addTo(total: TimingAccumulator): void {
    this.flush();
    const h = this.histograms;
    if (h === null) return;
    const into = total.histograms ?? total.allocate();
    total.count += this.count;
    total.connectionsOpened += this.connectionsOpened;
    for (let i = 0; i < h.length; i++) into[i]!.add(h[i]!);
  }

  /** Adds the pending reused requests' 0 connect and TLS times. */
  private flush(): void {
    const h = this.histograms;
    if (this.pendingReused === 0 || h === null) return;
    h[1]!.recordMicrosTimes(0, this.pendingReused);
    h[2]!.recordMicrosTimes(0, this.pendingReused);
    this.pendingReused = 0;
  }

  private allocate(): LatencyHistogram[] {
    this.histograms = TIMING_PHASES.map(() => new LatencyHistogram());
    return this.histograms;
  }
}
