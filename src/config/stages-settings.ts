/**
 * The closed-model load shape: `stages` as written, or the stages that `duration`,
 * `vus` and `ramp-up` make. Which of the two wins is decided where the layers are
 * combined (layers/combine-layers.ts); these only check and build.
 */
import { formatDuration, parseDuration } from '../syntax/durations.js';
import { DEFAULTS } from './defaults.js';
import { quote } from './describe.js';
import { INVALID, type Invalid, type Issues, type Slot, type Sourced } from './layers/layer.js';
import type { Stage } from './settings.js';

/** A duration (already known to parse) that must be above 0. */
export function positiveDuration(
  text: string,
  where: string,
  name: string,
  issues: Issues,
): number | Invalid {
  const ms = parseDuration(text);
  if (ms > 0) return ms;
  issues.add(where, `got ${quote(text)}; expected a ${name} longer than 0, such as 30s`);
  return INVALID;
}

/** `stages` of the config file: some stage must reach a VU and some must take time. */
export function checkStages(stages: Stage[], where: string, issues: Issues): Stage[] | Invalid {
  if (stages.every((stage) => stage.target === 0)) {
    issues.add(
      where,
      'got stages that all target 0 VUs; expected at least one stage with a target of 1 or more',
    );
    return INVALID;
  }
  if (stages.every((stage) => stage.durationMs === 0)) {
    issues.add(where, 'got stages that all last 0s; expected at least one stage longer than 0, such as 30s');
    return INVALID;
  }
  return stages;
}

/** The stages of `duration`, `vus` and `ramp-up`: a linear ramp, then the hold. */
export function shapeStages(
  durationSlot: Sourced<number> | Invalid,
  vus: number | Invalid,
  rampSlot: Slot<number>,
  issues: Issues,
): Stage[] | Invalid {
  if (durationSlot === INVALID || vus === INVALID || rampSlot === INVALID) return INVALID;
  const durationMs = durationSlot.value;
  const rampUpMs = rampSlot?.value ?? DEFAULTS.rampUpMs;
  if (rampSlot && rampUpMs > durationMs) {
    issues.add(
      rampSlot.where,
      `got ${quote(formatDuration(rampUpMs))}, longer than the duration ${formatDuration(durationMs)} (${durationSlot.where}); expected at most ${formatDuration(durationMs)}: the ramp-up is part of the duration`,
    );
    return INVALID;
  }
  // Stages ramp linearly from 0, so the ramp stage stays even when it takes no time:
  // a zero-length stage is a jump straight to `vus`, then the hold.
  const stages = [{ durationMs: rampUpMs, target: vus }];
  if (durationMs > rampUpMs) stages.push({ durationMs: durationMs - rampUpMs, target: vus });
  return stages;
}
