/**
 * k6's execution samples (`iterations`, `iteration_duration`, `vus`, `vus_max`,
 * `dropped_iterations`) into the run's `execution` figures. Each file is one k6
 * instance; instances ran side by side, so their last `vus` and `vus_max` samples add up.
 */
import { LatencyHistogram } from '../../metrics/latency-histogram.js';
import type { ExecutionMeasurements } from '../../metrics/measurements.js';

export class K6ExecutionSamples {
  private iterations = 0;
  private sawIterations = false;
  private readonly durations = new LatencyHistogram();
  private dropped = 0;
  /** Per file: the time and value of its latest `vus` sample, and its highest `vus_max`. */
  private readonly lastVus = new Map<number, { time: number; value: number }>();
  private readonly vusMax = new Map<number, number>();

  addIteration(value: number): void {
    this.sawIterations = true;
    this.iterations += value;
  }

  addIterationDuration(ms: number): void {
    this.sawIterations = true;
    this.durations.recordMicros(ms * 1000);
  }

  addDropped(value: number): void {
    this.dropped += value;
  }

  addVus(file: number, time: number, value: number): void {
    const last = this.lastVus.get(file);
    if (last === undefined || time >= last.time) this.lastVus.set(file, { time, value });
  }

  addVusMax(file: number, value: number): void {
    this.vusMax.set(file, Math.max(this.vusMax.get(file) ?? 0, value));
  }

  /** Undefined when the files held none of these samples (nothing to judge them on). */
  build(): ExecutionMeasurements | undefined {
    if (!this.sawIterations && this.lastVus.size === 0 && this.vusMax.size === 0) return undefined;
    let vus = 0;
    for (const { value } of this.lastVus.values()) vus += value;
    let vusMax = 0;
    for (const value of this.vusMax.values()) vusMax += value;
    return {
      iterations: this.iterations,
      iterationDuration: this.durations.summary(),
      iterationHistogram: this.durations.encode(),
      vus,
      vusMax,
      droppedIterations: this.dropped,
    };
  }
}
