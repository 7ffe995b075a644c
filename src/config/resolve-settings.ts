/**
 * Inputs + config file → `Settings`. Precedence, per key: an input that was given >
 * the selected `environments:` block > the file's top level > built-in defaults.
 * Every value is checked, including those a higher layer overrides (a mistake in
 * the production block is found by the staging run), and all problems are thrown
 * together as one `SettingsError`.
 *
 * This module only composes: each source is a layer (layers/), each concern checks its
 * own keys (endpoints-settings.ts, threshold-settings.ts, traffic/, …), and the layers
 * are combined key by key (layers/combine-layers.ts).
 */
import type { RawInputs } from './inputs.js';
import { combineLayers } from './layers/combine-layers.js';
import { fileLayers } from './layers/environment-layers.js';
import { readConfigFile, type ResolveOptions } from './layers/file-layer.js';
import { layerFromInputs } from './layers/input-layer.js';
import { Issues, type Layer } from './layers/layer.js';
import { resolvePublishSettings } from './publish-settings.js';
import { SettingsError } from './settings-error.js';
import type { Settings } from './settings.js';
import { checkBaselineNeeded } from './threshold-settings.js';

export { DEFAULT_CONFIG_PATH, DEFAULTS } from './defaults.js';
export type { ResolveOptions } from './layers/file-layer.js';

export function resolveSettings(inputs: RawInputs, options: ResolveOptions): Settings {
  const issues = new Issues();
  const given = (name: keyof RawInputs): string | undefined => {
    const value = inputs[name]?.trim();
    return value ? value : undefined;
  };

  const inputLayer = layerFromInputs(inputs, given, issues);
  const file = readConfigFile(given('config'), options, issues);
  const environment = given('environment');
  const { top, env }: { top: Layer; env: Layer } = file
    ? fileLayers(file, environment, issues, options)
    : { top: {}, env: {} };

  const settings = combineLayers([inputLayer, env, top], given, issues);
  const publish = resolvePublishSettings(given, issues.list);
  if (settings) checkBaselineNeeded(settings.thresholds, settings.baseline, issues);
  if (issues.list.length || !settings) throw new SettingsError(issues.list);
  return {
    ...settings,
    publish,
    ...(environment !== undefined ? { environment } : {}),
    ...(file ? { configPath: file.displayPath } : {}),
  };
}
