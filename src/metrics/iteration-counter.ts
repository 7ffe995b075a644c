/**
 * Iterations as k6 counts them (`iterations`, `iteration_duration`), and the figures
 * the executor gives at the end (`vus_max`, `dropped_iterations`): a counter and a
 * fixed-size HDR histogram, nothing kept per iteration.
 */
import { LatencyHistogram } from './latency-histogram.js';
import type { ExecutionMeasurements } from './timing-measurements.js';

export class IterationCounter {
  private count = 0;
  private readonly histogram = new LatencyHistogram();
  private vusMax: number | undefined;
  private dropped = 0;

  record(durationUs: number): void {
    this.count++;
    this.histogram.recordMicros(durationUs);
  }

  setFigures(figures: { vusMax?: number; droppedIterations?: number }): void {
    if (figures.vusMax !== undefined) this.vusMax = figures.vusMax;
    if (figures.droppedIterations !== undefined) this.dropped = figures.droppedIterations;
  }

  /** `vus`: the last sampled VU count; `maxVus`: the most VUs active at once (vus_max unless the executor gave one). */
  measurements(run: { vus: number; maxVus: number }): ExecutionMeasurements {
    return {
      iterations: this.count,
      iterationDuration: this.histogram.summary(),
      iterationHistogram: this.histogram.encode(),
      vus: run.vus,
      vusMax: Math.max(this.vusMax ?? 0, run.maxVus),
      droppedIterations: this.dropped,
    };
  }
}
