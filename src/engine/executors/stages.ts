/**
 * The closed-model load shape: how many VUs should be active at a moment of the run.
 * Each stage moves linearly from the previous target (0 before the first stage) to its
 * own target over its duration; a stage of duration 0 is an immediate jump.
 */
import type { Stage } from '../../config/settings.js';

/** Sum of the stage durations, in milliseconds. */
export function totalDurationMs(stages: readonly Stage[]): number {
  let total = 0;
  for (const stage of stages) total += stage.durationMs;
  return total;
}

/** The exact (fractional) VU level at `elapsedMs` since the start; the last target after the end. */
export function vuLevelAt(stages: readonly Stage[], elapsedMs: number): number {
  let from = 0;
  let startMs = 0;
  for (const stage of stages) {
    const endMs = startMs + stage.durationMs;
    if (elapsedMs < endMs) {
      const progress = Math.max(0, elapsedMs - startMs) / stage.durationMs;
      return from + (stage.target - from) * progress;
    }
    from = stage.target;
    startMs = endMs;
  }
  return from;
}

/** Whole VUs wanted at `elapsedMs`: the level rounded to the nearest integer. */
export function vusAt(stages: readonly Stage[], elapsedMs: number): number {
  return Math.max(0, Math.round(vuLevelAt(stages, elapsedMs)));
}

/** The largest VU count the stages ever ask for. */
export function peakVus(stages: readonly Stage[]): number {
  let peak = 0;
  for (const stage of stages) peak = Math.max(peak, stage.target);
  return peak;
}
