/**
 * Scenario presets, from the seeds' performance framework: one input (`scenario`) gives
 * a sensible load shape, scaled by `rate` (open model, req/s) or `vus` (closed model)
 * and by `duration`. Each preset is ordinary `stages`, so the report shows the shape
 * that ran; only `breakpoint` has its own executor (engine/executors/breakpoint.ts), which walks
 * its steps and stops at the first one that breaks an SLO.
 *
 * Shapes, with N the nominal level (rate or VUs) and D the duration:
 * - smoke: min(N, 3) for min(D, 1m); every request must succeed (default threshold `http_req_failed: rate==0`).
 * - load: ramp to N over 20 % of D, hold 60 %, ramp down 20 % (the seeds' 2m/6m/2m baseline).
 * - stress: N, then 1.5×N, then 2×N, each reached over 5 % of D and held 25 %, then down over 10 %.
 * - spike: N for 20 %, a jump to 5×N for 10 %, back to N for 25 %, the spike again for 10 %, recovery for 35 %.
 * - soak: N for all of D; the report compares the first and the last tenth (latency and memory drift).
 * - breakpoint (open model only): ten steps of D/10 at 0.2×N, 0.4×N, … 2×N; the capacity is the highest step that held.
 */
import type { ScenarioName, Stage } from './settings.js';

export { SCENARIO_NAMES, type ScenarioName } from './settings.js';

/** Steps of the breakpoint scenario. */
export const BREAKPOINT_STEPS = 10;

/** Threshold a smoke run gets when none is given: everything must succeed. */
export const SMOKE_THRESHOLD = 'http_req_failed: rate==0';

export interface PresetScale {
  /** Nominal level: requests per second (open model) or VUs (closed model). */
  level: number;
  durationMs: number;
}

const level = (value: number): number => Math.max(1, Math.round(value));

/** The stages of a preset. Durations are whole milliseconds and add up to the duration. */
export function presetStages(scenario: ScenarioName, { level: n, durationMs: d }: PresetScale): Stage[] {
  // Fractions of D; the last part takes what rounding left, so the total is exact.
  const parts = (shape: [fraction: number, target: number][]): Stage[] => {
    let used = 0;
    return shape.map(([fraction, target], index) => {
      const durationMs = index === shape.length - 1 ? d - used : Math.round(d * fraction);
      used += durationMs;
      return { durationMs, target };
    });
  };
  switch (scenario) {
    case 'smoke': {
      const users = Math.min(level(n), 3);
      return [
        { durationMs: 0, target: users },
        { durationMs: Math.min(d, 60_000), target: users },
      ];
    }
    case 'load':
      return parts([
        [0.2, level(n)],
        [0.6, level(n)],
        [0.2, 0],
      ]);
    case 'stress':
      return parts([
        [0.05, level(n)],
        [0.25, level(n)],
        [0.05, level(n * 1.5)],
        [0.25, level(n * 1.5)],
        [0.05, level(n * 2)],
        [0.25, level(n * 2)],
        [0.1, 0],
      ]);
    case 'spike': {
      const base = level(n);
      const spike = level(n * 5);
      return parts([
        [0, base],
        [0.2, base],
        [0, spike],
        [0.1, spike],
        [0, base],
        [0.25, base],
        [0, spike],
        [0.1, spike],
        [0, base],
        [0.35, base],
      ]);
    }
    case 'soak':
      return [
        { durationMs: 0, target: level(n) },
        { durationMs: d, target: level(n) },
      ];
    case 'breakpoint': {
      const stages: Stage[] = [];
      let used = 0;
      for (let step = 1; step <= BREAKPOINT_STEPS; step++) {
        const stepMs = step === BREAKPOINT_STEPS ? d - used : Math.round(d / BREAKPOINT_STEPS);
        used += stepMs;
        const rate = level((n * step) / (BREAKPOINT_STEPS / 2));
        stages.push({ durationMs: 0, target: rate }, { durationMs: stepMs, target: rate });
      }
      return stages;
    }
  }
}
