/**
 * The sentences every report shares about how the verdict came about: why it is not
 * what the thresholds alone say, how much of the plan ran, and the breakpoint capacity
 * with its bound. Plain text (callers escape it for their format).
 */
import type { BreakpointMeasurements, RunMeasurements } from '../metrics/measurements.js';
import type { Evaluation } from '../slo/types.js';
import { describePlan } from '../slo/verdict.js';
import { formatRps } from './format.js';

/**
 * Why the verdict is what it is beyond the thresholds (slo/verdict.ts); empty when the
 * thresholds decided alone. A reason whose detail is empty (a bottleneck named without
 * its cause, as a merged or imported results.json may have) is said without the dangling
 * `: `, and a blank one not at all.
 */
export function verdictReasons(evaluation: Evaluation): readonly string[] {
  return evaluation.reasons
    .map((reason) => reason.trim().replace(/[\s:;,.]+$/u, ''))
    .filter((reason) => reason.length > 0);
}

/** The generator's named causes of a bottleneck, blanks left out. */
export function bottleneckCauses(generator: { bottleneck: readonly string[] } | undefined): string[] {
  return (generator?.bottleneck ?? []).map((why) => why.trim()).filter((why) => why.length > 0);
}

/** `ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)` when the plan did not run to its end; else undefined. */
export function partialPlanNote(measurements: RunMeasurements): string | undefined {
  const plan = measurements.plan;
  return plan && !plan.completed ? describePlan(plan) : undefined;
}

/** `320 req/s`, `at least 640 req/s`, or `0 req/s (the first step, 30 req/s, already broke)`. */
export function capacityText(breakpoint: BreakpointMeasurements): string {
  if (breakpoint.steps.length === 0) return 'not measured (no step ran to its end)';
  if (breakpoint.capacityBound === 'at-least') {
    return `at least ${formatRps(breakpoint.capacityRps)} (no step broke)`;
  }
  if (breakpoint.capacityRps === 0) {
    return `0 req/s (the first step, ${formatRps(breakpoint.steps[0]!.rate)}, already broke)`;
  }
  return formatRps(breakpoint.capacityRps);
}

/** Said beside the step table: what part of each step its figures cover. */
export const STEADY_PART_NOTE =
  'Each step is judged on its steady part only (the "Judged" seconds): the seconds right after the rate changed are left out.';

/** A step's judged window, `0.5–1 s` (seconds since the start of the load). */
export function judgedWindow(step: { judgedFromMs: number; judgedToMs: number }): string {
  const seconds = (ms: number): number => Math.round(ms / 100) / 10;
  return `${seconds(step.judgedFromMs)}–${seconds(step.judgedToMs)} s`;
}
