/**
 * Axis ticks for the charts: from 0 to a round top in round steps (1, 2, 2.5 or 5 times
 * a power of ten), with enough ticks to read a value off. A count axis (failed requests
 * per second) steps by whole numbers and shows at least a few of them, so one error in
 * one second does not make an axis of just 0 and 1.
 */

export interface Axis {
  /** The top of the axis: a whole number of steps, at or above every value. */
  max: number;
  step: number;
  ticks: number[];
}

export interface AxisOptions {
  /** Most intervals between ticks. Default 6. */
  maxIntervals?: number;
  /** Values are counts: whole-number steps only. */
  integer?: boolean;
  /** Fewest intervals a count axis shows (its top is raised to reach them). Default 4. */
  minIntervals?: number;
}

const MULTIPLIERS = [1, 2, 2.5, 5] as const;

/** Candidate steps from small to large around `top`. */
function candidates(top: number, integer: boolean): number[] {
  const start = Math.floor(Math.log10(top)) - 2;
  const steps: number[] = [];
  for (let power = start; power <= start + 4; power += 1) {
    for (const m of MULTIPLIERS) {
      const step = Number((m * 10 ** power).toPrecision(12));
      if (integer && !Number.isInteger(step)) continue;
      steps.push(step);
    }
  }
  return integer ? [1, ...steps.filter((s) => s > 1)] : steps;
}

/** The axis from 0 for values up to `top` (a top of 0 or less, or not finite, reads as 1). */
export function niceAxis(top: number, options: AxisOptions = {}): Axis {
  const { maxIntervals = 6, integer = false, minIntervals = 4 } = options;
  const high = Number.isFinite(top) && top > 0 ? top : 1;
  const step =
    candidates(high, integer).find((s) => Math.ceil(high / s - 1e-9) <= maxIntervals) ??
    10 ** Math.ceil(Math.log10(high));
  let intervals = Math.max(1, Math.ceil(high / step - 1e-9));
  if (integer && step === 1) intervals = Math.max(intervals, minIntervals);
  const max = Number((intervals * step).toPrecision(12));
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max, step, ticks };
}
