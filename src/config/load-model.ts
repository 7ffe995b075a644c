/**
 * Which executor runs and with what shape: the closed model (VUs, the default), the open
 * model (`rate` set: `stages` in requests per second), or a scenario preset scaled by
 * `rate`/`vus` and `duration`. Called by layers/combine-layers.ts once each key's
 * layer is chosen; problems are reported through `addIssue` like every other setting.
 */
import { quote } from './describe.js';
import { presetStages, SMOKE_THRESHOLD, type ScenarioName } from './scenario-presets.js';
import type { Settings, Stage } from './settings.js';

/** A value with where it came from, `'invalid'` when its own check failed, undefined when not given. */
export type Choice<T> = { value: T; where: string } | 'invalid' | undefined;

export interface LoadModelLayers {
  rate: Choice<number>;
  maxVus: Choice<number>;
  scenario: Choice<ScenarioName>;
  durationMs: Choice<number>;
  vus: Choice<number>;
  rampUpMs: Choice<number>;
  /** The stages come from the config file (no shape input overrides them). */
  fileStages: boolean;
}

export interface LoadModel {
  stages: Stage[];
  maxVus: number;
  model?: Settings['model'];
  scenario?: ScenarioName;
  /** The threshold to use when none is given (smoke: everything must succeed). */
  defaultThreshold?: string;
}

const DEFAULT_DURATION_MS = 30_000;
const DEFAULT_VUS = 10;

/** A cap on requests in flight that lets every request take a second at the peak rate (100 to 5000). */
export function defaultMaxVus(peakRate: number): number {
  return Math.min(5000, Math.max(100, Math.ceil(peakRate)));
}

const peak = (stages: readonly Stage[]): number => Math.max(0, ...stages.map((stage) => stage.target));

/**
 * The load model, or undefined when a value it needs is invalid (its issue is already
 * reported, or reported here). `closedStages` are the stages resolved as for the closed
 * model (from the file, or from duration/vus/ramp-up); undefined when they were invalid.
 */
export function applyLoadModel(
  layers: LoadModelLayers,
  closedStages: Stage[] | undefined,
  addIssue: (where: string, message: string) => void,
): LoadModel | undefined {
  const { rate, maxVus, scenario } = layers;
  if (rate === 'invalid' || maxVus === 'invalid' || scenario === 'invalid' || closedStages === undefined) {
    return undefined;
  }
  const known = <T>(choice: Choice<T>, fallback: T): T =>
    choice === undefined || choice === 'invalid' ? fallback : choice.value;

  let stages: Stage[];
  let open = rate !== undefined;
  if (scenario !== undefined) {
    if (scenario.value === 'breakpoint' && rate === undefined) {
      addIssue(
        scenario.where,
        `got ${quote(scenario.value)} without rate; expected rate too (the nominal requests per second: the breakpoint steps go from 0.2× to 2× it)`,
      );
      return undefined;
    }
    const level = rate?.value ?? known(layers.vus, DEFAULT_VUS);
    stages = presetStages(scenario.value, {
      level,
      durationMs: known(layers.durationMs, DEFAULT_DURATION_MS),
    });
    open = rate !== undefined;
  } else if (rate !== undefined && !layers.fileStages) {
    const durationMs = known(layers.durationMs, DEFAULT_DURATION_MS);
    const rampUpMs = Math.min(durationMs, known(layers.rampUpMs, 0));
    stages = [{ durationMs: rampUpMs, target: rate.value }];
    if (durationMs > rampUpMs) stages.push({ durationMs: durationMs - rampUpMs, target: rate.value });
  } else {
    stages = closedStages;
  }

  if (!open && maxVus !== undefined) {
    addIssue(
      maxVus.where,
      `got ${maxVus.value} without rate; expected rate too: max-vus caps requests in flight in the open model (the closed model's VUs come from vus or stages)`,
    );
    return undefined;
  }
  return {
    stages,
    maxVus: open ? known(maxVus, defaultMaxVus(peak(stages))) : peak(stages),
    ...(open ? { model: 'open' as const } : {}),
    ...(scenario !== undefined ? { scenario: scenario.value } : {}),
    ...(scenario?.value === 'smoke' ? { defaultThreshold: SMOKE_THRESHOLD } : {}),
  };
}
