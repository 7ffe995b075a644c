/** Public entry of the config module: inputs + config file → validated `Settings`. */
import type { RawInputs } from './inputs.js';
import { resolveSettings, type ResolveOptions } from './resolve-settings.js';
import type { Settings } from './settings.js';

/**
 * Resolves the settings of a run from the action's inputs (or CLI flags) and the
 * config file. Throws `SettingsError` listing every problem found.
 */
export function readSettings(inputs: RawInputs, options: ResolveOptions): Settings {
  return resolveSettings(inputs, options);
}

export { resolveSettings, DEFAULT_CONFIG_PATH, DEFAULTS, type ResolveOptions } from './resolve-settings.js';
export { SettingsError, type SettingsIssue } from './settings-error.js';
export { INPUT_NAMES, rawInputs, type InputName, type RawInputs } from './inputs.js';
export { parseDuration, formatDuration, DurationSyntaxError } from '../syntax/durations.js';
export { sensitiveHeaderValues, isSensitiveHeader } from './secrets.js';
export type { Settings, EndpointSettings, Stage, HttpMethod } from './settings.js';
export type { ThresholdSource } from '../slo/types.js';
