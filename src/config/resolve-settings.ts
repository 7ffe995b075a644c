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
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { quote } from './describe.js';
import type { RawInputs } from './inputs.js';
import { combineLayers } from './layers/combine-layers.js';
import { fileLayers } from './layers/environment-layers.js';
import { readConfigFile, type ResolveOptions } from './layers/file-layer.js';
import { layerFromInputs } from './layers/input-layer.js';
import { publishFromLayers } from './layers/publish-layers.js';
import { Issues, pick, sourced, type Layer } from './layers/layer.js';
import { resolvePublishSettings } from './publish-settings.js';
import { probeReportDir, reportDirOptions } from './report-dir-settings.js';
import { SettingsError } from './settings-error.js';
import type { Settings } from './settings.js';
import { checkBaselineNeeded } from './threshold-settings.js';
import { combineTransport } from './transport-settings.js';
import { loadTargets, pickTransport } from './layers/transport-layer.js';
import { serverMetricsOfLayers } from './layers/combine-server-metrics.js';

export { DEFAULT_CONFIG_PATH, DEFAULTS } from './defaults.js';
export type { ResolveOptions } from './layers/file-layer.js';

export function resolveSettings(inputs: RawInputs, options: ResolveOptions): Settings {
  const issues = new Issues(options.inputLabel);
  const given = (name: keyof RawInputs): string | undefined => {
    const value = inputs[name]?.trim();
    return value ? value : undefined;
  };

  const inputLayer = layerFromInputs(inputs, given, issues, options);
  const file = readConfigFile(given('config'), options, issues);
  const environment = given('environment');
  const { top, env }: { top: Layer; env: Layer } = file
    ? fileLayers(file, environment, issues, options)
    : { top: {}, env: {} };
  if (environment !== undefined && !file && given('config') === undefined) {
    issues.add(
      issues.input('environment'),
      `got ${quote(environment)}, but there is no config file (${DEFAULT_CONFIG_PATH} does not exist); expected a config file with an environments: block (${issues.input('config')}), or no environment`,
    );
  }

  const settings = combineLayers([inputLayer, env, top], given, issues);
  const publish = resolvePublishSettings(given, issues.list, issues.input, publishFromLayers([env, top]));
  const layers = [inputLayer, env, top];
  const transportChoices = pickTransport(layers);
  const transport = transportChoices
    ? combineTransport(transportChoices, loadTargets(layers), options.env ?? process.env, (at, message) =>
        issues.add(at, message),
      )
    : undefined;
  if (settings) checkBaselineNeeded(settings.thresholds, settings.baseline, issues);
  const serverMetrics = settings
    ? serverMetricsOfLayers([inputLayer, env, top], settings, issues)
    : undefined;
  // Last, and only for a run that would start: it creates the directory.
  const reportDir = pick([inputLayer, env, top], 'reportDir');
  if (!issues.list.length && settings && reportDirOptions(options).fileSystem) {
    probeReportDir(
      settings.reportDir,
      sourced(reportDir)?.where ?? `${issues.input('report-dir')} (the default)`,
      options.workspace,
      (at, message) => issues.add(at, message),
    );
  }
  if (issues.list.length || !settings || !transport) throw new SettingsError(issues.list);
  return {
    ...settings,
    publish,
    transport,
    ...(serverMetrics ? { serverMetrics } : {}),
    ...(environment !== undefined ? { environment } : {}),
    ...(file ? { configPath: file.displayPath } : {}),
  };
}
