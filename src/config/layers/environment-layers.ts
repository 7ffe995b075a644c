/**
 * The file's two layers: its top level and the `environments:` block the
 * `environment` input selects. Every block is checked, not only the selected one, so
 * a mistake in the production block is found by the staging run.
 */
import { didYouMean, listOf, quote } from '../describe.js';
import type { LoadedConfigFile } from '../file/load-config-file.js';
import { layerFromBlock, type ResolveOptions } from './file-layer.js';
import { invalidLayer, type Issues, type Layer } from './layer.js';

export function fileLayers(
  file: LoadedConfigFile,
  environment: string | undefined,
  issues: Issues,
  options: ResolveOptions,
): { top: Layer; env: Layer } {
  issues.list.push(...file.issues);
  let top = layerFromBlock(file.config, [], file, issues, options);
  let env: Layer = {};
  const environments = file.invalid.has('environments') ? undefined : file.config.environments;
  for (const [name, block] of Object.entries(environments ?? {})) {
    const layer = file.invalid.has(`environments.${name}`)
      ? invalidLayer()
      : layerFromBlock(block, ['environments', name], file, issues, options);
    if (name === environment) env = layer;
  }
  if (
    environment !== undefined &&
    !file.unreadable &&
    !file.invalid.has('environments') &&
    !Object.hasOwn(environments ?? {}, environment)
  ) {
    // Own keys only: `toString` or `constructor` is no environment.
    const names = Object.keys(environments ?? {});
    const expected = names.length
      ? `expected one of the environments of ${file.displayPath}: ${listOf(names.map((n) => quote(n)))}${didYouMean(environment, names)}`
      : `expected an environment the file defines, but ${file.displayPath} has no environments: block (add one, or give no environment)`;
    issues.add(issues.input('environment'), `got ${quote(environment)}; ${expected}`);
  }
  if (file.unreadable) env = top = invalidLayer();
  return { top, env };
}
