/**
 * The live figures of several scenarios running at once, as one run: the merged
 * snapshot the abortOnFail checks judge (with each scenario's own under `scenarios`,
 * so `{scenario:NAME}` thresholds see theirs), and one progress line summing them.
 */
import type { IntervalPoint, RunMeasurements } from '../../metrics/measurements.js';
import { mergeMeasurements } from '../../metrics/merge-measurements.js';
import { mergeIntervalPoints } from '../../metrics/merge-stats.js';
import type { ProgressSample } from '../../metrics/metrics-recorder.js';
import type { AttachedRun } from '../executors/load-run.js';

export class LiveScenarios {
  private readonly runs = new Map<string, { executor: string; startTimeMs: number; run: AttachedRun }>();
  /** The run's seconds merged so far, and the first one not merged yet. */
  private readonly merged: IntervalPoint[] = [];
  private nextSecond = 1;

  get started(): boolean {
    return this.runs.size > 0;
  }

  attach(name: string, executor: string, startTimeMs: number, run: AttachedRun): void {
    this.runs.set(name, { executor, startTimeMs, run });
  }

  /** Undefined before any scenario started. */
  snapshot(): RunMeasurements | undefined {
    const parts = [...this.runs.entries()].map(([name, entry]) => ({
      name,
      executor: entry.executor,
      startTimeMs: entry.startTimeMs,
      measurements: entry.run.snapshot(),
    }));
    if (parts.length === 0) return undefined;
    return { ...mergeMeasurements(parts.map((part) => part.measurements)), scenarios: parts };
  }

  /**
   * The run's closed seconds, each scenario's lined up by its start: a second is merged
   * once the most advanced scenario has closed the one after it (concurrent scenarios
   * close a second within one tick of each other), each once, without a snapshot.
   */
  seconds(): IntervalPoint[] {
    const parts = [...this.runs.values()].map((entry) => ({
      points: entry.run.seconds(),
      shift: Math.round(entry.startTimeMs / 1000),
    }));
    const latest = Math.max(0, ...parts.map(({ points, shift }) => (points.at(-1)?.t ?? 0) + shift));
    const upTo = latest - 1;
    if (upTo >= this.nextSecond) {
      const due = (t: number, shift: number): boolean => t + shift >= this.nextSecond && t + shift <= upTo;
      const fresh = mergeIntervalPoints(
        parts.map(({ points, shift }) => points.filter((point) => due(point.t, shift))),
        parts.map(({ shift }) => shift),
      );
      this.merged.push(...fresh);
      this.nextSecond = upTo + 1;
    }
    return [...this.merged];
  }

  progress(elapsedMs: number, plannedMs: number): ProgressSample {
    const samples = [...this.runs.values()].map((entry) => entry.run.progress());
    const sum = (key: 'vus' | 'requests' | 'errors' | 'rps'): number =>
      samples.reduce((total, sample) => total + sample[key], 0);
    const p95s = samples.flatMap((sample) => (sample.p95Ms === null ? [] : [sample.p95Ms]));
    const intervalRequests = samples.reduce((total, s) => total + (s.rps * s.intervalMs) / 1000, 0);
    const intervalErrors = samples.reduce(
      (total, s) => total + ((s.errorPercent / 100) * s.rps * s.intervalMs) / 1000,
      0,
    );
    return {
      elapsedMs,
      plannedMs,
      vus: sum('vus'),
      requests: sum('requests'),
      errors: sum('errors'),
      intervalMs: Math.max(0, ...samples.map((sample) => sample.intervalMs)),
      rps: Math.round(sum('rps') * 10) / 10,
      // The highest scenario's p95 of the interval: no histogram of the sum is at hand here.
      p95Ms: p95s.length > 0 ? Math.max(...p95s) : null,
      errorPercent: intervalRequests > 0 ? Math.round((intervalErrors / intervalRequests) * 1000) / 10 : 0,
    };
  }
}
