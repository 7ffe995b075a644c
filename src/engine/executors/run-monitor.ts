/**
 * Watches a run once a second, for both executors: the load generator's own health
 * (event-loop lag, CPU, resident memory) and the caller's live checks (`abortOnFail`
 * thresholds, the breakpoint steps), which may stop the load.
 *
 * A generator that lags or runs out of CPU sends late and reads its clock late, so its
 * figures say more about itself than about the target: those runs are inconclusive
 * (see slo/self-check.ts). The figures here are what that decision is made from.
 */
import { monitorEventLoopDelay, performance, type ELDHistogram } from 'node:perf_hooks';

import type { LiveCheck, LiveRun } from '../../metrics/live-run.js';
import type { GeneratorHealth, IntervalPoint, RunMeasurements } from '../../metrics/measurements.js';

const SAMPLE_INTERVAL_MS = 1000;
/** The event-loop delay sampler's period, ms; its readings include it, so it is taken off. */
const LAG_RESOLUTION_MS = 10;

export class RunMonitor {
  private readonly lag: ELDHistogram = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  private timer: NodeJS.Timeout | undefined;
  private startMs = 0;
  private cpuStart: NodeJS.CpuUsage = { user: 0, system: 0 };
  private peakRss = 0;
  private readonly rssSamples: { atMs: number; rss: number }[] = [];
  private stopped = false;

  constructor(
    private readonly checks: readonly LiveCheck[],
    private readonly snapshot: () => RunMeasurements,
    private readonly stop: (reason: string) => void,
    private readonly seconds?: () => IntervalPoint[],
  ) {}

  start(): void {
    this.startMs = performance.now();
    this.cpuStart = process.cpuUsage();
    this.lag.enable();
    this.sampleMemory(0);
    this.timer = setInterval(() => this.everySecond(), SAMPLE_INTERVAL_MS);
  }

  private sampleMemory(atMs: number): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peakRss) this.peakRss = rss;
    // One small sample a second: bounded by the run's length in seconds, like the time series.
    this.rssSamples.push({ atMs, rss });
  }

  private everySecond(): void {
    if (this.stopped) return;
    const elapsedMs = performance.now() - this.startMs;
    this.sampleMemory(elapsedMs);
    if (this.checks.length === 0) return;
    let cached: RunMeasurements | undefined;
    const live: LiveRun = {
      elapsedMs,
      snapshot: () => (cached ??= this.snapshot()),
      ...(this.seconds !== undefined ? { seconds: this.seconds } : {}),
    };
    for (const check of this.checks) {
      const reason = check(live);
      if (reason !== undefined) {
        this.stopped = true;
        clearInterval(this.timer);
        this.stop(reason);
        return;
      }
    }
  }

  /** Stops watching and returns the generator's health over the run (the bottleneck list is left empty). */
  finish(): GeneratorHealth {
    this.stopped = true;
    clearInterval(this.timer);
    const elapsedMs = Math.max(1, performance.now() - this.startMs);
    const cpu = process.cpuUsage(this.cpuStart);
    this.sampleMemory(elapsedMs);
    this.lag.disable();
    const ms = (ns: number): number => Math.max(0, Math.round(ns / 1e4 - LAG_RESOLUTION_MS * 100) / 100);
    const rssAt = (fraction: number): number => {
      const at = elapsedMs * fraction;
      let best = this.rssSamples[0]!;
      for (const sample of this.rssSamples)
        if (Math.abs(sample.atMs - at) < Math.abs(best.atMs - at)) best = sample;
      return Math.round(best.rss / 1e5) / 10;
    };
    const lagCount = this.lag.count;
    return {
      eventLoopLagP99Ms: lagCount > 0 ? ms(this.lag.percentile(99)) : 0,
      eventLoopLagMaxMs: lagCount > 0 ? ms(this.lag.max) : 0,
      cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / elapsedMs) * 1000) / 10,
      peakRssMb: Math.round(this.peakRss / 1e5) / 10,
      rssFirstTenthMb: rssAt(0.1),
      rssLastTenthMb: rssAt(1),
      nodeFlags: [...process.execArgv],
      bottleneck: [],
    };
  }
}
