/**
 * The `scenarios:` key once the layers are picked (see config/scenarios-settings.ts):
 * the highest layer that gives it wins as a whole, the top-level load keys beside it
 * are refused, and each scenario's journey is completed from the top level.
 */
import { liveBaselineProblemOfScenarios } from '../live-baseline.js';
import {
  checkReplacedKeys,
  combineScenarios,
  REPLACED_KEYS,
  type ScenarioSettings,
  type TopJourney,
} from '../scenarios-settings.js';
import type { BaselineSettings } from '../baseline-settings.js';
import { INVALID, pick, type Invalid, type Issues, type Layer } from './layer.js';

const LAYER_KEYS = {
  vus: 'vus',
  duration: 'durationMs',
  'ramp-up': 'rampUpMs',
  rate: 'rate',
  'max-vus': 'maxVus',
  stages: 'stages',
  scenario: 'scenario',
} as const satisfies Record<(typeof REPLACED_KEYS)[number], keyof Layer>;

/** The scenarios; undefined without `scenarios:`; INVALID when something is wrong (reported). */
export function scenariosOfLayers(
  layers: Layer[],
  top: TopJourney,
  baseline: BaselineSettings | undefined,
  issues: Issues,
): ScenarioSettings[] | undefined | Invalid {
  const slot = pick(layers, 'scenarios');
  if (slot === undefined) return undefined;
  if (slot === INVALID) return INVALID;
  const given = REPLACED_KEYS.flatMap((key) => {
    const found = pick(layers, LAYER_KEYS[key]);
    return found === undefined || found === INVALID ? [] : [{ key, where: found.where }];
  });
  const add = (where: string, message: string): void => issues.add(where, message);
  if (!checkReplacedKeys(slot.where, given, add)) return INVALID;
  const live = liveBaselineProblemOfScenarios(baseline);
  if (live !== undefined) {
    add(slot.where, live);
    return INVALID;
  }
  return combineScenarios(slot.value, top, issues) ?? INVALID;
}
