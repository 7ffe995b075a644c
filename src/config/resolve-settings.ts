/**
 * Inputs + config file → `Settings`. Precedence, per key: an input that was given >
 * the selected `environments:` block > the file's top level > built-in defaults.
 * Every value is checked, including those a higher layer overrides (a mistake in
 * the production block is found by the staging run), and all problems are thrown
 * together as one `SettingsError`.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parseThreshold, ThresholdSyntaxError } from '../slo/threshold-parser.js';
import type { Threshold } from '../slo/types.js';
import {
  ENDPOINT_TEXT_PATTERN,
  endpointListSchema,
  HEADER_NAME_PATTERN,
  targetUrlProblem,
  type EndpointItem,
  type SettingsBlock,
  type SetupItem,
  type ThresholdsValue,
} from './schema/config-schema.js';
import { resolvePublishSettings } from './publish-settings.js';
import { closestMatch, didYouMean, listOf, quote } from './describe.js';
import { DurationSyntaxError, formatDuration, parseDuration } from '../syntax/durations.js';
import type { RawInputs } from './inputs.js';
import { loadConfigFile, type LoadedConfigFile } from './file/load-config-file.js';
import { applyLoadModel, type Choice, type LoadModelLayers } from './load-model.js';
import { SCENARIO_NAMES, type ScenarioName } from './scenario-presets.js';
import { SettingsError, type SettingsIssue } from './settings-error.js';
import type { EndpointSettings, HttpMethod, Settings, Stage, ThresholdSource } from './settings.js';
import {
  capturesFrom,
  checksFrom,
  combineTraffic,
  isolationFrom,
  loadTestData,
  thinkTimeFrom,
  type IsolationSettings,
  type TestData,
  type ThinkTime,
} from './traffic/traffic-settings.js';
import { formatPath, parseYaml, type ValuePath } from './file/yaml-source.js';
import { validate } from './file/zod-issues.js';

export interface ResolveOptions {
  /** Directory that relative paths (the config file) are resolved against. */
  workspace: string;
  /** Reads a file as UTF-8; returns undefined when it does not exist. Default: the file system. */
  readFile?: (absolutePath: string) => string | undefined;
}

export const DEFAULT_CONFIG_PATH = '.github/loadgate.yml';

export const DEFAULTS = {
  durationMs: 30_000,
  vus: 10,
  rampUpMs: 0,
  endpoint: 'GET /',
  timeoutMs: 10_000,
  failOnBreach: true,
  autoRollback: true,
  reportDir: 'loadgate-report',
  /** A gate with no SLO would pass anything: without thresholds, errors must stay under 1 %. */
  threshold: 'http_req_failed: rate<0.01',
} as const;

// ---------------------------------------------------------------------------
// Layers: the values one source gives, each with where it came from

const INVALID = Symbol('invalid');
type Invalid = typeof INVALID;

interface Sourced<T> {
  value: T;
  where: string;
}
type Slot<T> = Sourced<T> | Invalid | undefined;

/** An endpoint before global headers are known. */
interface PendingEndpoint {
  endpoint: EndpointSettings;
  /** The body was a mapping/list sent as JSON: add content-type unless a header sets it. */
  jsonBody: boolean;
  where: string;
}

interface Layer {
  data?: Slot<TestData>;
  setup?: Slot<PendingEndpoint[]>;
  thinkTime?: Slot<ThinkTime>;
  isolation?: Slot<IsolationSettings>;
  targetUrl?: Slot<string>;
  durationMs?: Slot<number>;
  vus?: Slot<number>;
  rampUpMs?: Slot<number>;
  stages?: Slot<Stage[]>;
  endpoints?: Slot<PendingEndpoint[]>;
  thresholds?: Slot<Threshold[]>;
  headers?: Slot<Record<string, string>>;
  timeoutMs?: Slot<number>;
  failOnBreach?: Slot<boolean>;
  autoRollback?: Slot<boolean>;
  reportDir?: Slot<string>;
  rate?: Slot<number>;
  maxVus?: Slot<number>;
  scenario?: Slot<ScenarioName>;
}

/** Collects issues; `slot` turns a check into a slot (INVALID when it reported something). */
class Issues {
  readonly list: SettingsIssue[] = [];

  add(where: string, message: string): void {
    this.list.push({ where, message });
  }

  slot<T>(where: string, compute: () => T | Invalid): Slot<T> {
    const value = compute();
    return value === INVALID ? INVALID : { value, where };
  }
}

// ---------------------------------------------------------------------------
// Entry point

export function resolveSettings(inputs: RawInputs, options: ResolveOptions): Settings {
  const issues = new Issues();
  const given = (name: keyof RawInputs): string | undefined => {
    const value = inputs[name]?.trim();
    return value ? value : undefined;
  };

  const inputLayer = layerFromInputs(inputs, given, issues);
  const file = readConfigFile(given('config'), options, issues);
  const environment = given('environment');

  let topLayer: Layer = {};
  let envLayer: Layer = {};
  if (file) {
    issues.list.push(...file.issues);
    topLayer = layerFromBlock(file.config, [], file, issues, options);
    const environments = file.invalid.has('environments') ? undefined : file.config.environments;
    for (const [name, block] of Object.entries(environments ?? {})) {
      const layer = file.invalid.has(`environments.${name}`)
        ? invalidLayer()
        : layerFromBlock(block, ['environments', name], file, issues, options);
      if (name === environment) envLayer = layer;
    }
    if (
      environment !== undefined &&
      environments !== undefined &&
      !Object.hasOwn(environments, environment)
    ) {
      const names = Object.keys(environments);
      issues.add(
        "input 'environment'",
        `got ${quote(environment)}; expected one of the environments of ${file.displayPath}: ${listOf(names.map((n) => `"${n}"`))}${didYouMean(environment, names)}`,
      );
    }
    if (file.unreadable) envLayer = topLayer = invalidLayer();
  }

  const settings = combine([inputLayer, envLayer, topLayer], given, issues);
  const publish = resolvePublishSettings(given, issues.list);
  if (issues.list.length || !settings) throw new SettingsError(issues.list);
  return {
    ...settings,
    publish,
    ...(environment !== undefined ? { environment } : {}),
    ...(file ? { configPath: file.displayPath } : {}),
  };
}

function invalidLayer(): Layer {
  const keys: (keyof Layer)[] = [
    'targetUrl',
    'durationMs',
    'vus',
    'rampUpMs',
    'stages',
    'endpoints',
    'thresholds',
    'headers',
    'timeoutMs',
    'failOnBreach',
    'autoRollback',
    'reportDir',
    'rate',
    'maxVus',
    'scenario',
    'data',
    'setup',
    'thinkTime',
    'isolation',
  ];
  return Object.fromEntries(keys.map((key) => [key, INVALID])) as Layer;
}

// ---------------------------------------------------------------------------
// The config file

function readConfigFile(
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
function layerFromBlock(
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

  const shapeKeys = (['duration', 'vus', 'ramp-up'] as const).filter((key) => block[key] !== undefined);
  if (block.stages !== undefined && shapeKeys.length) {
    issues.add(
      at('stages'),
      `got both stages and ${listOf(shapeKeys, 'and')} in the same block; expected either stages or duration/vus/ramp-up (stages would silently win)`,
    );
  }
  return layer;
}

/**
 * Threshold texts of the `thresholds:` value: a list of texts, or a mapping in k6
 * style (`metric: condition` or `metric: [conditions]`) or the short style
 * (`latency: {p95: 250}` in ms, `error_rate: 0.5` in percent, `throughput: 1000` req/s).
 */
export function thresholdSources(
  value: ThresholdsValue,
  locate: (...path: PropertyKey[]) => string,
): ThresholdSource[] {
  if (Array.isArray(value)) return value.map((text, i) => ({ text, origin: locate(i) }));
  const sources: ThresholdSource[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined) continue;
    if (key === 'latency' && typeof entry === 'object' && !Array.isArray(entry)) {
      for (const [stat, limit] of Object.entries(entry)) {
        sources.push({ text: `${stat}: ${withUnit(limit, 'ms')}`, origin: locate(key, stat) });
      }
    } else if (Array.isArray(entry)) {
      entry.forEach((condition, i) =>
        sources.push({ text: `${key}: ${conditionText(condition)}`, origin: locate(key, i) }),
      );
    } else if (typeof entry === 'object') {
      sources.push({ text: `${key}: ${conditionText(entry as ThresholdObject)}`, origin: locate(key) });
    } else if (typeof entry === 'number') {
      const unit = key === 'error_rate' ? '%' : /^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/.test(key) ? 'ms' : '';
      sources.push({ text: `${key}: ${withUnit(entry, unit)}`, origin: locate(key) });
    } else {
      sources.push({ text: `${key}: ${String(entry)}`, origin: locate(key) });
    }
  }
  return sources;
}

type ThresholdObject = { threshold: string; abortOnFail?: boolean; delayAbortEval?: string };

/** A condition, or k6's object form written as one line: `p(95)<250 abortOnFail delayAbortEval=10s`. */
function conditionText(condition: string | ThresholdObject): string {
  if (typeof condition === 'string') return condition;
  return [
    condition.threshold,
    ...(condition.abortOnFail ? ['abortOnFail'] : []),
    ...(condition.delayAbortEval !== undefined ? [`delayAbortEval=${condition.delayAbortEval}`] : []),
  ].join(' ');
}

function withUnit(limit: number | string, unit: string): string {
  return typeof limit === 'number' ? `${limit}${unit}` : limit;
}

// ---------------------------------------------------------------------------
// The inputs

function layerFromInputs(
  inputs: RawInputs,
  given: (name: keyof RawInputs) => string | undefined,
  issues: Issues,
): Layer {
  const slot = <T>(name: keyof RawInputs, convert: (text: string, where: string) => T | Invalid): Slot<T> => {
    const text = given(name);
    if (text === undefined) return undefined;
    const where = `input '${name}'`;
    return issues.slot(where, () => convert(text, where));
  };
  const duration = (name: 'duration' | 'ramp-up' | 'timeout') =>
    slot(name, (text, where) => {
      try {
        const ms = parseDuration(text);
        return name === 'ramp-up' ? ms : positiveDuration(text, where, name, issues);
      } catch (error) {
        if (!(error instanceof DurationSyntaxError)) throw error;
        issues.add(where, error.message);
        return INVALID;
      }
    });
  const boolean = (name: 'fail-on-breach' | 'auto-rollback') =>
    slot(name, (text, where) => {
      if (/^(?:true|True|TRUE)$/.test(text)) return true;
      if (/^(?:false|False|FALSE)$/.test(text)) return false;
      issues.add(where, `got ${quote(text)}; expected true or false`);
      return INVALID;
    });

  return {
    targetUrl: slot('target-url', (text, where) => {
      const problem = targetUrlProblem(text);
      if (!problem) return text;
      issues.add(where, problem);
      return INVALID;
    }),
    durationMs: duration('duration'),
    vus: slot('vus', (text, where) => {
      if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
      issues.add(where, `got ${quote(text)}; expected a whole number of virtual users, 1 or more`);
      return INVALID;
    }),
    rampUpMs: duration('ramp-up'),
    endpoints: slot('endpoints', () => endpointsFromInput(inputs.endpoints, issues)),
    thresholds: slot('thresholds', () => parseThresholds(thresholdLines(inputs.thresholds), issues)),
    headers: slot('headers', (_text, where) => headerLines(inputs.headers, where, issues)),
    timeoutMs: duration('timeout'),
    failOnBreach: boolean('fail-on-breach'),
    autoRollback: boolean('auto-rollback'),
    reportDir: slot('report-dir', (text) => text),
    rate: slot('rate', (text, where) => {
      if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0) return Number(text);
      issues.add(where, `got ${quote(text)}; expected requests per second, a number above 0 such as 200`);
      return INVALID;
    }),
    maxVus: slot('max-vus', (text, where) => {
      if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
      issues.add(where, `got ${quote(text)}; expected a whole number of requests in flight, 1 or more`);
      return INVALID;
    }),
    scenario: slot('scenario', (text, where) => {
      if ((SCENARIO_NAMES as readonly string[]).includes(text)) return text as ScenarioName;
      issues.add(
        where,
        `got ${quote(text)}; expected one of ${listOf(SCENARIO_NAMES)}${didYouMean(text, SCENARIO_NAMES)}`,
      );
      return INVALID;
    }),
  };
}

/** Non-blank, non-comment lines with their 1-based line numbers. */
function meaningfulLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}

function thresholdLines(text: string): ThresholdSource[] {
  return meaningfulLines(text).map(({ line, text }) => ({ text, origin: `input 'thresholds' line ${line}` }));
}

function headerLines(text: string, where: string, issues: Issues): Record<string, string> | Invalid {
  const headers: Record<string, string> = {};
  let ok = true;
  for (const { line, text: entry } of meaningfulLines(text)) {
    const lineWhere = `${where} line ${line}`;
    const colon = entry.indexOf(':');
    const name = colon < 0 ? '' : entry.slice(0, colon).trim();
    if (colon < 0) {
      // The line is not quoted back: it may hold a secret.
      issues.add(
        lineWhere,
        'got a line without a colon; expected "Name: value" such as "Authorization: Bearer …"',
      );
      ok = false;
    } else if (!new RegExp(HEADER_NAME_PATTERN).test(name)) {
      issues.add(
        lineWhere,
        `got the header name ${quote(name)}; expected "Name: value" with a name such as X-Api-Key (no spaces)`,
      );
      ok = false;
    } else if (Object.keys(headers).some((known) => known.toLowerCase() === name.toLowerCase())) {
      issues.add(lineWhere, `got the header ${quote(name)} a second time; expected each header once`);
      ok = false;
    } else {
      headers[name] = entry.slice(colon + 1).trim();
    }
  }
  return ok ? headers : INVALID;
}

/**
 * The `endpoints` input: a YAML list, a single item (`GET /health` or a mapping),
 * or plain `METHOD /path` lines.
 */
function endpointsFromInput(text: string, issues: Issues): PendingEndpoint[] | Invalid {
  const source = parseYaml(text);
  const where = (line: number, path: ValuePath) =>
    `input 'endpoints' line ${line} (${formatPath(['endpoints', ...path])})`;
  if (source.problems.length) {
    for (const problem of source.problems) {
      issues.add(
        `input 'endpoints' line ${problem.line}`,
        `YAML syntax error: ${problem.message}; expected a YAML list of endpoints such as "- GET /api/portfolio"`,
      );
    }
    return INVALID;
  }
  const lines = meaningfulLines(text);
  if (typeof source.value === 'string' && lines.length > 1) {
    // One `METHOD /path` per line, without list dashes.
    return endpointsFrom(
      lines.map((line) => line.text),
      (index, ...rest) => where(lines[index]?.line ?? 1, [index, ...rest]),
      issues,
    );
  }
  const wrapped = !Array.isArray(source.value);
  const items = wrapped ? [source.value] : source.value;
  const locate = (path: ValuePath, atKey = false) =>
    where(source.position(wrapped ? path.slice(1) : path, atKey).line, path);
  const result = validate(endpointListSchema, items);
  if (!result.ok) {
    for (const problem of result.problems) issues.add(locate(problem.path, problem.atKey), problem.message);
    return INVALID;
  }
  return endpointsFrom(result.value, (index, ...rest) => locate([index, ...rest]), issues);
}

// ---------------------------------------------------------------------------
// Shared conversions

function positiveDuration(text: string, where: string, name: string, issues: Issues): number | Invalid {
  const ms = parseDuration(text);
  if (ms > 0) return ms;
  issues.add(where, `got ${quote(text)}; expected a ${name} longer than 0, such as 30s`);
  return INVALID;
}

function checkStages(stages: Stage[], where: string, issues: Issues): Stage[] | Invalid {
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

const ENDPOINT_TEXT_RE = new RegExp(ENDPOINT_TEXT_PATTERN);

function endpointsFrom(
  items: (EndpointItem | SetupItem)[],
  locate: (index: number, ...rest: PropertyKey[]) => string,
  issues: Issues,
): PendingEndpoint[] | Invalid {
  const pending: PendingEndpoint[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const where = locate(index);
    if (typeof item === 'string') {
      const match = ENDPOINT_TEXT_RE.exec(item.trim());
      if (!match) {
        // Only reached for the plain-lines form; list items were checked by the schema.
        issues.add(
          where,
          `got ${quote(item)}; expected "METHOD /path" such as "GET /api/portfolio" or "/health"`,
        );
        ok = false;
        return;
      }
      const method = (match[1] ?? 'GET') as HttpMethod;
      const path = match[2] ?? '/';
      pending.push({
        endpoint: { name: `${method} ${path}`, method, path, weight: 1, headers: {}, expectStatus: [] },
        jsonBody: false,
        where,
      });
      return;
    }
    const method = item.method ?? 'GET';
    const headers = item.headers
      ? headerRecord(item.headers, (name) => locate(index, 'headers', name), issues)
      : {};
    if (headers === INVALID) {
      ok = false;
      return;
    }
    const checks = checksFrom(
      'checks' in item ? item.checks : undefined,
      (i) => locate(index, 'checks', i),
      (where, message) => issues.add(where, message),
    );
    if (checks === null) {
      ok = false;
      return;
    }
    const captures = capturesFrom(item.captures);
    const endpoint: EndpointSettings = {
      name: item.name ?? `${method} ${item.path}`,
      method,
      path: item.path,
      weight: 'weight' in item ? (item.weight ?? 1) : 1,
      ...(captures ? { captures } : {}),
      ...(checks ? { checks } : {}),
      headers,
      expectStatus:
        item['expect-status'] === undefined
          ? []
          : [
              ...new Set(
                Array.isArray(item['expect-status']) ? item['expect-status'] : [item['expect-status']],
              ),
            ],
    };
    const jsonBody = item.body !== undefined && typeof item.body !== 'string';
    if (item.body !== undefined) endpoint.body = jsonBody ? JSON.stringify(item.body) : (item.body as string);
    pending.push({ endpoint, jsonBody, where });
  });
  const seen = new Map<string, string>();
  for (const { endpoint, where } of pending) {
    const first = seen.get(endpoint.name);
    if (first !== undefined) {
      issues.add(
        where,
        `got a second endpoint named ${quote(endpoint.name)} (the first is at ${first}); expected unique names: give one of them a name`,
      );
      ok = false;
    } else {
      seen.set(endpoint.name, where);
    }
  }
  return ok ? pending : INVALID;
}

function headerRecord(
  headers: Record<string, string | number | boolean>,
  locate: (name: string) => string,
  issues: Issues,
): Record<string, string> | Invalid {
  const out: Record<string, string> = {};
  let ok = true;
  for (const [name, raw] of Object.entries(headers)) {
    const value = String(raw);
    if (/[\r\n]/.test(value)) {
      // The value is not quoted back: it may hold a secret.
      issues.add(locate(name), `got a value with a line break for header ${quote(name)}; expected one line`);
      ok = false;
    } else if (Object.keys(out).some((known) => known.toLowerCase() === name.toLowerCase())) {
      issues.add(
        locate(name),
        `got the header ${quote(name)} a second time (names ignore case); expected each header once`,
      );
      ok = false;
    } else {
      out[name] = value;
    }
  }
  return ok ? out : INVALID;
}

function parseThresholds(sources: ThresholdSource[], issues: Issues): Threshold[] | Invalid {
  const thresholds: Threshold[] = [];
  let ok = true;
  for (const source of sources) {
    try {
      thresholds.push(parseThreshold(source));
    } catch (error) {
      if (!(error instanceof ThresholdSyntaxError)) throw error;
      issues.add(source.origin, `got ${quote(source.text)}; ${error.message}`);
      ok = false;
    }
  }
  return ok ? thresholds : INVALID;
}

// ---------------------------------------------------------------------------
// Combining the layers

function pick<K extends keyof Layer>(layers: Layer[], key: K): Layer[K] {
  for (const layer of layers) {
    const slot = layer[key];
    if (slot !== undefined) return slot;
  }
  return undefined;
}

/** The settings, or undefined when a value needed is invalid (its issue is already reported). */
function combine(
  layers: [input: Layer, env: Layer, top: Layer],
  given: (name: keyof RawInputs) => string | undefined,
  issues: Issues,
): Omit<Settings, 'environment' | 'configPath' | 'publish'> | undefined {
  const [, envLayer, topLayer] = layers;
  const value = <T>(slot: Slot<T>, fallback: T): T | Invalid =>
    slot === INVALID ? INVALID : slot === undefined ? fallback : slot.value;

  // Target URL.
  const targetSlot = pick(layers, 'targetUrl');
  if (targetSlot === undefined) {
    issues.add(
      "input 'target-url'",
      'got nothing; expected the URL of the deployment under test, such as https://canary.example.com, as the target-url input or target-url in the config file',
    );
  }

  // Load shape. An environment that sets duration/vus/ramp-up replaces the top level's stages.
  const envShapes = [envLayer.durationMs, envLayer.vus, envLayer.rampUpMs].some((slot) => slot !== undefined);
  const stagesSlot = envLayer.stages ?? (envShapes ? undefined : topLayer.stages);
  const shapeInputs = (['duration', 'vus', 'ramp-up', 'rate', 'scenario'] as const).some(
    (name) => given(name) !== undefined,
  );
  let stages: Stage[] | Invalid;
  if (stagesSlot !== undefined && !shapeInputs) {
    stages = value(stagesSlot, []);
  } else {
    stages = shapeStages(
      pick(layers, 'durationMs') ?? { value: DEFAULTS.durationMs, where: 'the default duration' },
      value(pick(layers, 'vus'), DEFAULTS.vus),
      pick(layers, 'rampUpMs'),
      issues,
    );
  }

  // Endpoints, headers, thresholds.
  const pending = value(pick(layers, 'endpoints'), defaultEndpoints());
  const headers = value(pick(layers, 'headers'), {});
  const choice = <T>(slot: Slot<T>): Choice<T> => (slot === INVALID ? 'invalid' : slot);
  const model: LoadModelLayers = {
    rate: choice(pick(layers, 'rate')),
    maxVus: choice(pick(layers, 'maxVus')),
    scenario: choice(pick(layers, 'scenario')),
    durationMs: choice(pick(layers, 'durationMs')),
    vus: choice(pick(layers, 'vus')),
    rampUpMs: choice(pick(layers, 'rampUpMs')),
    fileStages: stagesSlot !== undefined && !shapeInputs,
  };
  const loadModel = applyLoadModel(model, stages === INVALID ? undefined : stages, (where, message) =>
    issues.add(where, message),
  );
  const thresholds = value(pick(layers, 'thresholds'), [
    parseThreshold({
      text: loadModel?.defaultThreshold ?? DEFAULTS.threshold,
      origin: 'the default thresholds',
    }),
  ]);
  const withContentType = ({ endpoint, jsonBody }: PendingEndpoint): EndpointSettings => {
    const has = (name: string) =>
      [endpoint.headers, headers === INVALID ? {} : headers].some((set) =>
        Object.keys(set).some((key) => key.toLowerCase() === name),
      );
    return jsonBody && !has('content-type')
      ? { ...endpoint, headers: { ...endpoint.headers, 'content-type': 'application/json' } }
      : endpoint;
  };
  const endpoints = pending === INVALID ? INVALID : pending.map(withContentType);
  if (endpoints !== INVALID && thresholds !== INVALID) checkEndpointTags(thresholds, endpoints, issues);

  // Test data, setup, think time, isolation; checked against the endpoints, headers and thresholds.
  const dataSlot = pick(layers, 'data');
  const setupSlot = pick(layers, 'setup');
  const thinkTimeSlot = pick(layers, 'thinkTime');
  const isolationSlot = pick(layers, 'isolation');
  const headersSlot = pick(layers, 'headers');
  const traffic =
    [dataSlot, setupSlot, thinkTimeSlot, isolationSlot].includes(INVALID) ||
    pending === INVALID ||
    endpoints === INVALID ||
    headers === INVALID ||
    thresholds === INVALID
      ? INVALID
      : combineTraffic(
          {
            data: sourced(dataSlot),
            setup: sourced(setupSlot, (list) =>
              list.map((item) => ({ endpoint: withContentType(item), where: item.where })),
            ),
            thinkTime: sourced(thinkTimeSlot),
            isolation: sourced(isolationSlot),
            endpoints: endpoints.map((endpoint, i) => ({ endpoint, where: pending[i]!.where })),
            headers: sourced(headersSlot),
            thresholds,
          },
          (where, message) => issues.add(where, message),
        );

  // Sessions (login, captures, checks, isolation, think time) belong to VUs: the closed model's.
  const rateSlot = pick(layers, 'rate');
  if (loadModel?.model === 'open' && traffic !== INVALID && traffic !== null && traffic !== undefined) {
    issues.add(
      rateSlot !== undefined && rateSlot !== INVALID ? rateSlot.where : "input 'rate'",
      'the open model (rate) does not run per-user sessions yet, and this config uses data, setup, captures, checks, think-time or isolation; ' +
        'expected vus (the closed model) for such traffic, or no rate',
    );
  }

  const targetUrl = targetSlot === undefined ? INVALID : value(targetSlot, '');
  const timeoutMs = value(pick(layers, 'timeoutMs'), DEFAULTS.timeoutMs);
  const failOnBreach = value(pick(layers, 'failOnBreach'), DEFAULTS.failOnBreach);
  const autoRollback = value(pick(layers, 'autoRollback'), DEFAULTS.autoRollback);
  const reportDir = value(pick(layers, 'reportDir'), DEFAULTS.reportDir);
  if (
    targetUrl === INVALID ||
    loadModel === undefined ||
    stages === INVALID ||
    endpoints === INVALID ||
    thresholds === INVALID ||
    headers === INVALID ||
    timeoutMs === INVALID ||
    failOnBreach === INVALID ||
    autoRollback === INVALID ||
    reportDir === INVALID ||
    traffic === INVALID ||
    traffic === null
  ) {
    return undefined;
  }
  return {
    targetUrl,
    stages: loadModel.stages,
    maxVus: loadModel.maxVus,
    ...(loadModel.model ? { model: loadModel.model } : {}),
    ...(loadModel.scenario ? { scenario: loadModel.scenario } : {}),
    endpoints,
    thresholds,
    headers,
    timeoutMs,
    failOnBreach,
    autoRollback,
    reportDir,
    ...(traffic ? { traffic } : {}),
  };
}

/** A valid slot's value and location (mapped), or undefined. */
function sourced<T, U = T>(
  slot: Slot<T>,
  map: (value: T) => U = (value) => value as unknown as U,
): { value: U; where: string } | undefined {
  return slot === undefined || slot === INVALID ? undefined : { value: map(slot.value), where: slot.where };
}

function shapeStages(
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

function defaultEndpoints(): PendingEndpoint[] {
  return [
    {
      endpoint: {
        name: DEFAULTS.endpoint,
        method: 'GET',
        path: '/',
        weight: 1,
        headers: {},
        expectStatus: [],
      },
      jsonBody: false,
      where: 'the default endpoint',
    },
  ];
}

function checkEndpointTags(thresholds: Threshold[], endpoints: EndpointSettings[], issues: Issues): void {
  const names = endpoints.map((endpoint) => endpoint.name);
  for (const threshold of thresholds) {
    const tag = threshold.tags.endpoint;
    if (tag === undefined || names.includes(tag)) continue;
    const close = closestMatch(tag, names);
    issues.add(
      threshold.origin,
      `got the tag {endpoint:${tag}} in ${quote(threshold.source)}, but no endpoint is named ${quote(tag)}; ` +
        (close !== undefined
          ? `did you mean "${close}"?`
          : `expected one of ${listOf(names.map((name) => `"${name}"`))}`),
    );
  }
}
