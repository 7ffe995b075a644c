/**
 * When the open model may open another connection. Opening one costs the generator far
 * more than a request on an open one, so a generator that fell behind by itself (a cold
 * start, a GC pause) would otherwise answer its own backlog with hundreds of new
 * connections, fall further behind, and flood the target with handshakes. So the pool
 * grows by a quarter of its size (at least {@link MIN_POOL_GROWTH}) per scheduler tick,
 * and only:
 * - for a backlog the open connections did not clear within a tick;
 * - up to {@link POOL_HEADROOM} × what Little's law says the rate needs (rate × the mean
 *   time a request held its connection), so that stalls do not ratchet it up to `maxVus`;
 * - while the event loop had time to spare over the last {@link BUSY_WINDOW_MS}: a loop
 *   that is always busy means the backlog is the generator's own, and more connections
 *   would only add to its work (a generator that cannot keep up is what the self-check
 *   reports).
 * A slow target still gets the connections it needs within a few dozen ms (2 → 1,000 in
 * about 28 ticks); the wait meanwhile is part of the corrected latency.
 */
import { performance } from 'node:perf_hooks';

const POOL_GROWTH_PER_TICK = 0.25;
const MIN_POOL_GROWTH = 2;
/** The window over which the event loop's utilisation is measured, ms. */
const BUSY_WINDOW_MS = 20;
/** Above this utilisation the generator itself is the bottleneck. */
const BUSY_UTILIZATION = 0.9;
/** The pool is kept within this multiple of what Little's law says the rate needs. */
const POOL_HEADROOM = 2;
/** The window over which the time a request holds its connection is averaged, ms. */
const HOLD_WINDOW_MS = 250;

export class PoolGrowth {
  /** @param tickMs the scheduler's tick: a backlog older than this is one the open connections did not clear. */
  constructor(private readonly tickMs: number) {}

  /** New connections still allowed before the next tick. */
  private budget = 0;
  /** The event loop's utilisation sample taken at `busySampleMs`. */
  private busySample = performance.eventLoopUtilization();
  private busySampleMs = 0;
  private loopWasBusy = false;
  /** Time requests held their connection (send → result) in the current window, and the last window's mean. */
  private holdSumMs = 0;
  private holdCount = 0;
  private holdWindowStartMs = 0;
  private lastHoldMeanMs: number | undefined;
  /** Since when requests have been waiting for a free slot; undefined when none wait. */
  private backlogSinceMs: number | undefined;

  /** A request held its connection this long (send → result), ms. */
  noteHold(ms: number): void {
    this.holdSumMs += ms;
    this.holdCount++;
  }

  /** After a release: whether requests are left waiting for a free slot. */
  noteBacklog(now: number, waiting: boolean): void {
    if (waiting) this.backlogSinceMs ??= now;
    else this.backlogSinceMs = undefined;
  }

  /** At each tick: how many connections may be opened until the next one. */
  startTick(now: number, poolSize: number, rate: number): void {
    this.budget = this.allowance(now, poolSize, rate);
  }

  /** Takes one opening from this tick's allowance; false when none is left. */
  take(): boolean {
    if (this.budget <= 0) return false;
    this.budget--;
    return true;
  }

  private allowance(now: number, poolSize: number, rate: number): number {
    if (now - this.busySampleMs >= BUSY_WINDOW_MS) {
      const sample = performance.eventLoopUtilization();
      this.loopWasBusy =
        performance.eventLoopUtilization(sample, this.busySample).utilization > BUSY_UTILIZATION;
      this.busySample = sample;
      this.busySampleMs = now;
    }
    const floor = Math.max(0, MIN_POOL_GROWTH - poolSize);
    const backlogAge = this.backlogSinceMs === undefined ? 0 : now - this.backlogSinceMs;
    if (backlogAge < this.tickMs || poolSize >= this.needed(now, rate)) return floor;
    if (this.loopWasBusy) return floor;
    return Math.max(MIN_POOL_GROWTH, Math.ceil(poolSize * POOL_GROWTH_PER_TICK));
  }

  /**
   * Connections `rate` (req/s) needs by Little's law (rate × the mean time a request held
   * its connection over the last window), with headroom; unbounded before the first
   * window has results.
   */
  private needed(now: number, rate: number): number {
    if (now - this.holdWindowStartMs >= HOLD_WINDOW_MS) {
      this.lastHoldMeanMs = this.holdCount > 0 ? this.holdSumMs / this.holdCount : undefined;
      this.holdSumMs = 0;
      this.holdCount = 0;
      this.holdWindowStartMs = now;
    }
    if (this.lastHoldMeanMs === undefined) return Number.POSITIVE_INFINITY;
    return POOL_HEADROOM * Math.ceil((rate * this.lastHoldMeanMs) / 1000) + MIN_POOL_GROWTH;
  }
}
