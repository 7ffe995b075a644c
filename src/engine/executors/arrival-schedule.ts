/**
 * The open model's timetable: when each request is due. The rate follows the stages
 * (requests per second, linear from the previous target, 0 before the first stage), so
 * the number of requests due by time t is the integral of the rate, a piecewise
 * quadratic. Request n (0, 1, 2, …) is due at the moment that integral reaches n, so a
 * constant 100 req/s sends at 0, 10, 20, … ms, and a ramp thins out at its low end.
 *
 * Times are computed, never accumulated, so there is no drift over millions of
 * requests, and nothing is stored per request.
 */
import type { Stage } from '../../config/settings.js';

interface Segment {
  startMs: number;
  endMs: number;
  /** Rates at the start and end, per second. */
  fromRate: number;
  toRate: number;
  /** Requests due before the segment starts. */
  before: number;
  /** Requests due within the segment. */
  count: number;
}

export class ArrivalSchedule {
  private readonly segments: Segment[] = [];
  /** Planned length, ms. */
  readonly durationMs: number;
  /** Requests due over the whole schedule (fractional). */
  readonly total: number;
  private cursor = 0;

  constructor(stages: readonly Stage[]) {
    let startMs = 0;
    let from = 0;
    let before = 0;
    for (const stage of stages) {
      const endMs = startMs + stage.durationMs;
      const count = ((from + stage.target) / 2) * (stage.durationMs / 1000);
      if (stage.durationMs > 0) {
        this.segments.push({ startMs, endMs, fromRate: from, toRate: stage.target, before, count });
      }
      before += count;
      from = stage.target;
      startMs = endMs;
    }
    this.durationMs = startMs;
    this.total = before;
  }

  /** The rate the stages ask for at `elapsedMs`, per second. */
  rateAt(elapsedMs: number): number {
    for (const segment of this.segments) {
      if (elapsedMs < segment.endMs) {
        const progress = Math.max(0, elapsedMs - segment.startMs) / (segment.endMs - segment.startMs);
        return segment.fromRate + (segment.toRate - segment.fromRate) * progress;
      }
    }
    return 0;
  }

  /** Requests due in [0, elapsedMs) (fractional). */
  dueBy(elapsedMs: number): number {
    for (const segment of this.segments) {
      if (elapsedMs < segment.endMs) {
        const tau = Math.max(0, elapsedMs - segment.startMs) / 1000;
        const span = (segment.endMs - segment.startMs) / 1000;
        const slope = (segment.toRate - segment.fromRate) / span;
        return segment.before + segment.fromRate * tau + (slope * tau * tau) / 2;
      }
    }
    return this.total;
  }

  /**
   * When request `n` (0-based) is due, ms since the start; Infinity when the schedule
   * ends before it. Fastest when called with increasing `n`.
   */
  timeOf(n: number): number {
    const segments = this.segments;
    if (segments.length === 0 || n >= this.total) return Number.POSITIVE_INFINITY;
    let i = this.cursor;
    if (i >= segments.length || segments[i]!.before > n) i = 0;
    while (i < segments.length - 1 && n >= segments[i]!.before + segments[i]!.count) i++;
    this.cursor = i;
    const segment = segments[i]!;
    const x = n - segment.before;
    if (x <= 0) return segment.startMs;
    const span = (segment.endMs - segment.startMs) / 1000;
    const a = (segment.toRate - segment.fromRate) / span / 2;
    const b = segment.fromRate;
    // a·τ² + b·τ = x, in the form that stays exact when a or b is 0.
    const tau = (2 * x) / (b + Math.sqrt(Math.max(0, b * b + 4 * a * x)));
    return Math.min(segment.endMs, segment.startMs + tau * 1000);
  }
}
