/**
 * The config file: reading it (a missing default file is no error, a missing named
 * one is) and the layer one block of it gives (the top level or one environment).
 * Values the schema refused are INVALID here; the rest are converted and checked.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parseDuration } from '../../syntax/durations.js';
import {
  BASELINE_SOURCE_KEYS,
  baselineArtifactNameFrom,
  baselineSourceFrom,
  confidenceFrom,
} from '../baseline-settings.js';
import { DEFAULT_CONFIG_PATH } from '../defaults.js';
import { listOf, quote } from '../describe.js';
import { endpointsFrom } from '../endpoints-settings.js';
import { loadConfigFile, type LoadedConfigFile } from '../file/load-config-file.js';
import type { ValuePath } from '../file/yaml-source.js';
import { headerRecord } from '../headers-settings.js';
import type { SettingsBlock } from '../schema/config-schema.js';
import { checkStages, positiveDuration } from '../stages-settings.js';
import { parseThresholds, thresholdSources } from '../threshold-settings.js';
import { isolationFrom, thinkTimeFrom } from '../traffic/session-settings.js';
import { loadTestData } from '../traffic/test-data.js';
import { INVALID, type Invalid, type Issues, type Layer, type Slot } from './layer.js';

export interface ResolveOptions {
  /** Directory that relative paths (the config file) are resolved against. */
  workspace: string;
  /** Reads a file as UTF-8; returns undefined when it does not exist. Default: the file system. */
  readFile?: (absolutePath: string) => string | undefined;
}

export function readConfigFile(
  configInput: string | undefined,
  options: ResolveOptions,
  issues: Issues,
): LoadedConfigFile | undefined {
  const read = options.readFile ?? readFileIfExists;
  const absolute = path.resolve(options.workspace, configInput ?? DEFAULT_CONFIG_PATH);
  const relative = path.relative(options.workspace, absolute);
  const displayPath =
    relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  let text: string | undefined;
  try {
    text = read(absolute);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : String(error);
    issues.add(
      configInput !== undefined ? "input 'config'" : displayPath,
      `could not read ${quote(displayPath)}: ${reason}; expected a YAML file`,
    );
    return undefined;
  }
  if (text === undefined) {
    if (configInput !== undefined) {
      issues.add(
        "input 'config'",
        `got ${quote(configInput)}; no such file (looked for ${absolute}); expected the path of a YAML file relative to the workspace`,
      );
    }
    return undefined;
  }
  return loadConfigFile(text, displayPath);
}

function readFileIfExists(absolutePath: string): string | undefined {
  try {
    return fs.readFileSync(absolutePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The values one block of the file gives (top level or one environment). */
export function layerFromBlock(
  block: SettingsBlock,
  prefix: ValuePath,
  file: LoadedConfigFile,
  issues: Issues,
  options: ResolveOptions,
): Layer {
  const layer: Layer = {};
  const dotted = (key: string): string => [...prefix, key].join('.');
  const at = (...rest: PropertyKey[]): string => file.locate([...prefix, ...rest]);
  const slot = <K extends keyof SettingsBlock, T>(
    key: K,
    convert: (value: NonNullable<SettingsBlock[K]>, where: string) => T | Invalid,
  ): Slot<T> => {
    if (file.invalid.has(dotted(key))) return INVALID;
    const value = block[key];
    if (value === undefined) return undefined;
    const where = at(key);
    return issues.slot(where, () => convert(value as NonNullable<SettingsBlock[K]>, where));
  };

  layer.targetUrl = slot('target-url', (value) => value);
  layer.durationMs = slot('duration', (value, where) => positiveDuration(value, where, 'duration', issues));
  layer.vus = slot('vus', (value) => value);
  layer.rampUpMs = slot('ramp-up', (value) => parseDuration(value));
  layer.stages = slot('stages', (stages, where) => {
    const list = stages.map((stage) => ({ durationMs: parseDuration(stage.duration), target: stage.target }));
    return checkStages(list, where, issues);
  });
  layer.endpoints = slot('endpoints', (items) =>
    endpointsFrom(items, (index, ...rest) => at('endpoints', index, ...rest), issues),
  );
  layer.thresholds = slot('thresholds', (value) =>
    parseThresholds(
      thresholdSources(value, (...rest) => at('thresholds', ...rest)),
      issues,
    ),
  );
  layer.headers = slot('headers', (headers) => headerRecord(headers, (name) => at('headers', name), issues));
  layer.timeoutMs = slot('timeout', (value, where) => positiveDuration(value, where, 'timeout', issues));
  layer.failOnBreach = slot('fail-on-breach', (value) => value);
  layer.autoRollback = slot('auto-rollback', (value) => value);
  layer.reportDir = slot('report-dir', (value) => value);
  layer.rate = slot('rate', (value) => value);
  layer.maxVus = slot('max-vus', (value) => value);
  layer.scenario = slot('scenario', (value) => value);
  const add = (where: string, message: string): void => issues.add(where, message);
  layer.data = slot(
    'data',
    (value, where) =>
      loadTestData(value, where, options, options.readFile ?? readFileIfExists, add) ?? INVALID,
  );
  layer.setup = slot('setup', (items) =>
    endpointsFrom(items, (index, ...rest) => at('setup', index, ...rest), issues),
  );
  layer.thinkTime = slot('think-time', (value, where) => thinkTimeFrom(value, where, add) ?? INVALID);
  layer.isolation = slot('isolation', (value, where) => isolationFrom(value, where, add) ?? INVALID);

  const baselineSources = BASELINE_SOURCE_KEYS.flatMap((key) =>
    block[key] === undefined ? [] : [{ key, value: block[key], where: at(key) }],
  );
  if (BASELINE_SOURCE_KEYS.some((key) => file.invalid.has(dotted(key)))) layer.baselineSource = INVALID;
  else if (baselineSources[0]) {
    layer.baselineSource = issues.slot(baselineSources[0].where, () => {
      const named = baselineSourceFrom(baselineSources, options.workspace, add);
      return named ? named.source : INVALID;
    });
  }
  layer.baselineArtifactName = slot(
    'baseline-artifact-name',
    (value, where) => baselineArtifactNameFrom(value, where, add) ?? INVALID,
  );
  layer.baselineMissing = slot('baseline-missing', (value) => value);
  layer.confidence = slot('confidence', (value, where) => confidenceFrom(value, where, add) ?? INVALID);

  const shapeKeys = (['duration', 'vus', 'ramp-up'] as const).filter((key) => block[key] !== undefined);
  if (block.stages !== undefined && shapeKeys.length) {
    issues.add(
      at('stages'),
      `got both stages and ${listOf(shapeKeys, 'and')} in the same block; expected either stages or duration/vus/ramp-up (stages would silently win)`,
    );
  }
  return layer;
}
