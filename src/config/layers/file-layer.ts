/**
 * The config file: reading it (a missing default file is no error, a missing named
 * one is) and the layer one block of it gives (the top level or one environment).
 * Values the schema refused are INVALID here; the rest are converted and checked.
 */
import fs from 'node:fs';

import { parseDuration } from '../../syntax/durations.js';
import {
  BASELINE_SOURCE_KEYS,
  baselineArtifactNameFrom,
  baselineSourceFrom,
  confidenceFrom,
} from '../baseline-settings.js';
import { DEFAULT_CONFIG_PATH } from '../defaults.js';
import { listOf, quote, shorten } from '../describe.js';
import { endpointsFrom } from '../endpoints-settings.js';
import { loadConfigFile, type LoadedConfigFile } from '../file/load-config-file.js';
import type { ValuePath } from '../file/yaml-source.js';
import { headerRecord } from '../headers-settings.js';
import type { InputLabel } from '../input-label.js';
import { k6ResultsFrom } from '../k6-settings.js';
import { reportDirFrom, reportDirOptions } from '../report-dir-settings.js';
import type { SettingsBlock } from '../schema/config-schema.js';
import { shardFrom, startAtFrom } from '../shard-settings.js';
import { scenariosFrom } from '../scenarios-settings.js';
import { queryTimeoutFrom, retriesFrom, serverMetricsFrom, stepFrom } from '../server-metrics-settings.js';
import { checkStages, positiveDuration } from '../stages-settings.js';
import { parseThresholds, thresholdSources } from '../threshold-settings.js';
import { isolationFrom, thinkTimeFrom } from '../traffic/session-settings.js';
import { loadTestData } from '../traffic/test-data.js';
import { checkWorkspacePath, type WorkspacePathOptions } from '../workspace-path.js';
import { PUBLISH_FILE_KEYS } from '../publish-settings.js';
import { INVALID, type Invalid, type Issues, type Layer, type PublishLayer, type Slot } from './layer.js';
import { transportLayer } from './transport-layer.js';
import type { PemReadOptions } from '../tls-settings.js';
import { workersFrom } from '../workers-settings.js';

export interface ResolveOptions {
  /** Directory that relative paths are resolved against; the files read (config, data) must lie inside it. */
  workspace: string;
  /**
   * Reads a file as UTF-8; returns undefined when it does not exist. Default: the file
   * system. A replaced reader means no file system: symlinks are not followed and the
   * report dir is checked by its path only.
   */
  readFile?: (absolutePath: string) => string | undefined;
  /** Directories besides the workspace that files may be read from (the CLI's bundled examples). */
  readRoots?: readonly string[];
  /** Directories besides the workspace the report dir may lie under. Default: the OS temp directory. */
  outputRoots?: readonly string[];
  /** How messages name an input. Default: the action's `input 'target-url'`; the CLI's is `--target-url`. */
  inputLabel?: InputLabel;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read. Default: the process environment. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** How a path the action reads is checked against the workspace. */
export function readPathOptions(options: ResolveOptions, expected: string): WorkspacePathOptions {
  return {
    workspace: options.workspace,
    ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
    followLinks: options.readFile === undefined,
    expected,
  };
}

export function readConfigFile(
  configInput: string | undefined,
  options: ResolveOptions,
  issues: Issues,
): LoadedConfigFile | undefined {
  const read = options.readFile ?? readFileIfExists;
  const where = configInput !== undefined ? issues.input('config') : DEFAULT_CONFIG_PATH;
  const checked = checkWorkspacePath(
    configInput ?? DEFAULT_CONFIG_PATH,
    where,
    readPathOptions(options, `the path of a YAML file inside the workspace, such as ${DEFAULT_CONFIG_PATH}`),
    (at, message) => issues.add(at, message),
  );
  if (!checked) return undefined;
  const { absolute, displayPath } = checked;
  let text: string | undefined;
  try {
    text = read(absolute);
  } catch (error) {
    issues.add(where, `could not read ${quote(displayPath)}: ${readFailure(error)}; expected a YAML file`);
    return undefined;
  }
  if (text === undefined) {
    if (configInput !== undefined) {
      issues.add(
        issues.input('config'),
        `got ${quote(configInput)}; no such file (looked for ${shorten(absolute, 200)}); expected the path of a YAML file relative to the workspace`,
      );
    }
    return undefined;
  }
  return loadConfigFile(text, displayPath);
}

/** Why a file could not be read, in words (the error's own message repeats the absolute path). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symlinks';
  return code ?? 'unknown error';
}

/** How PEM files (ca-file, client-cert, client-key) are read: as the config file is. */
export function pemReadOptions(options: ResolveOptions): PemReadOptions {
  return {
    workspace: options.workspace,
    ...(options.readRoots ? { readRoots: options.readRoots } : {}),
    read: options.readFile ?? readFileIfExists,
    followLinks: options.readFile === undefined,
  };
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
  const add = (where: string, message: string): void => issues.add(where, message);
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
  layer.reportDir = slot(
    'report-dir',
    (value, where) => reportDirFrom(value, where, reportDirOptions(options), add) ?? INVALID,
  );
  layer.rate = slot('rate', (value) => value);
  layer.maxVus = slot('max-vus', (value) => value);
  layer.workers = slot('workers', (value, where) => workersFrom(value, where, add) ?? INVALID);
  layer.scenario = slot('scenario', (value) => value);
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
  layer.mode = slot('mode', (value) => value);
  layer.shard = slot('shard', (value, where) => shardFrom(value, where, add) ?? INVALID);
  layer.startAt = slot('start-at', (value, where) => startAtFrom(value, where, add) ?? INVALID);
  layer.publish = Object.fromEntries(
    PUBLISH_FILE_KEYS.map((key) => [key, slot(key, (value) => value)]),
  ) as PublishLayer;

  Object.assign(
    layer,
    transportLayer(
      (key) => {
        if (file.invalid.has(dotted(key))) return INVALID;
        const value = block[key];
        return value === undefined
          ? undefined
          : { value, where: at(key), locate: (index: number) => at(key, index) };
      },
      'file',
      pemReadOptions(options),
      issues,
    ),
  );
  layer.k6Results = slot(
    'k6-results',
    (value, where) => k6ResultsFrom(value, where, readPathOptions(options, ''), add) ?? INVALID,
  );

  layer.prometheusUrl = slot('prometheus-url', (value) => value);
  layer.prometheusTimeoutMs = slot(
    'prometheus-timeout',
    (v, where) => queryTimeoutFrom(v, where, add) ?? INVALID,
  );
  layer.prometheusRetries = slot('prometheus-retries', (v, where) => retriesFrom(v, where, add) ?? INVALID);
  layer.prometheusStepMs = slot('prometheus-step', (v, where) => stepFrom(v, where, add) ?? INVALID);
  layer.targetLabels = slot('target-labels', (value) => value);
  layer.serverMetrics = slot(
    'server-metrics',
    (value) => serverMetricsFrom(value, (...rest) => at('server-metrics', ...rest), add) ?? INVALID,
  );

  layer.scenarios = slot('scenarios', (value) =>
    scenariosFrom(
      value,
      (...rest) => at('scenarios', ...rest),
      issues,
      (data, where) => loadTestData(data, where, options, options.readFile ?? readFileIfExists, add),
    ),
  );

  const shapeKeys = (['duration', 'vus', 'ramp-up'] as const).filter((key) => block[key] !== undefined);
  if (block.stages !== undefined && shapeKeys.length) {
    issues.add(
      at('stages'),
      `got both stages and ${listOf(shapeKeys, 'and')} in the same block; expected either stages or duration/vus/ramp-up (stages would silently win)`,
    );
  }
  return layer;
}
