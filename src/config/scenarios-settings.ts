/**
 * The `scenarios:` mapping: several k6-style scenarios in one run. Each is read where
 * its block is (`scenariosFrom`: executor, load, start time, its own journey keys), and
 * completed once the layers are picked (`combineScenarios`): a journey key a scenario
 * does not give is the top level's, its templates and checks are checked as the top
 * level's are, and thresholds naming `{scenario:…}` must name one of them.
 *
 * Without `scenarios:` the run is one scenario named `default`, as in k6, and the top
 * level's `vus`/`duration`/`rate`/`stages`/`scenario` keep their meaning; with it those
 * keys are a mistake (which load would they be?), reported naming both.
 */
import type { Threshold } from '../slo/types.js';
import { closestMatch, listOf, quote } from './describe.js';
import { endpointsFrom, withContentType } from './endpoints-settings.js';
import {
  INVALID,
  type Invalid,
  type Issues,
  type PendingEndpoint,
  type PendingScenario,
  type Slot,
} from './layers/layer.js';
import { scenarioLoad } from './scenario-load.js';
import type { ScenarioValue } from './schema/scenarios-schema.js';
import type { AddIssue } from './settings-error.js';
import type {
  EndpointSettings,
  IsolationSettings,
  ScenarioSettings,
  Stage,
  TestData,
  ThinkTime,
} from './settings.js';

export type { PendingScenario } from './layers/layer.js';
export type { ScenarioSettings } from './settings.js';
import { isolationFrom, thinkTimeFrom } from './traffic/session-settings.js';
import { combineTraffic, type LocatedRequest } from './traffic/traffic-settings.js';

export { EXECUTORS, type Executor } from './scenario-executors.js';

/** The scenario name of every request when the config has no `scenarios:` (k6's too). */
export const DEFAULT_SCENARIO = 'default';

const asText = (record: Record<string, string | number | boolean> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(record ?? {}).map(([key, value]) => [key, String(value)]));

/** The scenarios of one block, or INVALID when one of them is wrong (every issue reported). */
export function scenariosFrom(
  value: Record<string, ScenarioValue>,
  locate: (...path: PropertyKey[]) => string,
  issues: Issues,
  readData: (value: NonNullable<ScenarioValue['data']>, where: string) => TestData | null,
): PendingScenario[] | Invalid {
  const add: AddIssue = (where, message) => issues.add(where, message);
  const list: PendingScenario[] = [];
  let ok = true;
  for (const [name, block] of Object.entries(value)) {
    const at = (...rest: PropertyKey[]): string => locate(name, ...rest);
    const load = scenarioLoad(block, at(), (key) => at(key), add);
    const endpoints =
      block.endpoints === undefined
        ? undefined
        : endpointsFrom(block.endpoints, (index, ...rest) => at('endpoints', index, ...rest), issues);
    const setup =
      block.setup === undefined
        ? undefined
        : endpointsFrom(block.setup, (index, ...rest) => at('setup', index, ...rest), issues);
    const data = block.data === undefined ? undefined : readData(block.data, at('data'));
    const thinkTime =
      block['think-time'] === undefined
        ? undefined
        : thinkTimeFrom(block['think-time'], at('think-time'), add);
    const isolation =
      block.isolation === undefined ? undefined : isolationFrom(block.isolation, at('isolation'), add);
    if (
      load === undefined ||
      endpoints === INVALID ||
      setup === INVALID ||
      data === null ||
      thinkTime === null ||
      isolation === null
    ) {
      ok = false;
      continue;
    }
    list.push({
      name,
      where: at(),
      load,
      ...(endpoints ? { endpoints } : {}),
      ...(setup ? { setup: { value: setup, where: at('setup') } } : {}),
      ...(data ? { data: { value: data, where: at('data') } } : {}),
      ...(thinkTime ? { thinkTime: { value: thinkTime, where: at('think-time') } } : {}),
      ...(isolation ? { isolation: { value: isolation, where: at('isolation') } } : {}),
      tags: asText(block.tags),
      env: block.env === undefined ? undefined : { value: asText(block.env), where: at('env') },
    });
  }
  if (list.length === 0 && ok) {
    issues.add(
      locate(),
      'got an empty mapping; expected at least one scenario such as {browse: {executor: constant-vus, vus: 10, duration: 30s}}',
    );
    return INVALID;
  }
  return ok ? list : INVALID;
}

/** What the top level gives that a scenario inherits. */
export interface TopJourney {
  endpoints: PendingEndpoint[];
  headers: Record<string, string>;
  headersSlot: { value: Record<string, string>; where: string } | undefined;
  data: Slot<TestData>;
  setup: Slot<PendingEndpoint[]>;
  thinkTime: Slot<ThinkTime>;
  isolation: Slot<IsolationSettings>;
  thresholds: Threshold[];
}

const known = <T>(slot: Slot<T>): { value: T; where: string } | undefined =>
  slot === undefined || slot === INVALID ? undefined : slot;

/** The data record a scenario's VUs see: its data file's columns and its `env` values. */
function withEnv(
  data: { value: TestData; where: string } | undefined,
  env: PendingScenario['env'],
): typeof data {
  if (env === undefined) return data;
  const names = Object.keys(env.value);
  if (data === undefined) {
    const record = env.value;
    return {
      value: { file: '(env)', order: 'sequential', columns: names, records: [record], secretColumns: [] },
      where: env.where,
    };
  }
  const columns = [...new Set([...data.value.columns, ...names])];
  return {
    value: {
      ...data.value,
      columns,
      records: data.value.records.map((record) => ({ ...env.value, ...record })),
    },
    where: data.where,
  };
}

/** The scenarios with their journeys complete, or undefined when one is wrong (issues reported). */
export function combineScenarios(
  pending: PendingScenario[],
  top: TopJourney,
  issues: Issues,
): ScenarioSettings[] | undefined {
  let ok = true;
  const resolved: ScenarioSettings[] = [];
  for (const scenario of pending) {
    const ownEndpoints = scenario.endpoints ?? top.endpoints;
    const endpoints = ownEndpoints.map((item) => withContentType(item, top.headers));
    const located: LocatedRequest[] = endpoints.map((endpoint, i) => ({
      endpoint,
      where: ownEndpoints[i]!.where,
    }));
    const setup = scenario.setup ?? known(top.setup);
    const traffic = combineTraffic(
      {
        data: withEnv(scenario.data ?? known(top.data), scenario.env),
        setup: setup && {
          value: setup.value.map((item) => ({
            endpoint: withContentType(item, top.headers),
            where: item.where,
          })),
          where: setup.where,
        },
        thinkTime: scenario.thinkTime ?? known(top.thinkTime),
        isolation: scenario.isolation ?? known(top.isolation),
        endpoints: located,
        headers: top.headersSlot,
        thresholds: top.thresholds.filter((threshold) => threshold.tags.scenario === scenario.name),
      },
      (where, message) => issues.add(where, message),
    );
    if (traffic === null) {
      ok = false;
      continue;
    }
    resolved.push({
      ...scenario.load,
      name: scenario.name,
      endpoints,
      ...(traffic ? { traffic } : {}),
      tags: scenario.tags,
      env: scenario.env?.value ?? {},
    });
  }
  return ok ? resolved : undefined;
}

/** Top-level load keys that `scenarios:` replaces. */
export const REPLACED_KEYS = ['vus', 'duration', 'ramp-up', 'rate', 'max-vus', 'stages', 'scenario'] as const;

/** A top-level load key beside `scenarios:` is refused, naming both. */
export function checkReplacedKeys(
  scenariosWhere: string,
  given: { key: (typeof REPLACED_KEYS)[number]; where: string }[],
  add: AddIssue,
): boolean {
  for (const { key, where } of given) {
    add(
      where,
      `got ${key} together with scenarios: (${scenariosWhere}); expected the load in the scenarios only (each scenario has its executor and its own ${key === 'scenario' ? 'shape' : key}), or no scenarios:`,
    );
  }
  return given.length === 0;
}

/**
 * A threshold that names a scenario and an endpoint must name an endpoint of that
 * scenario. (Unknown scenario names, and endpoints of thresholds without a scenario
 * tag, are checked with the other tags in threshold-tag-settings.ts.)
 */
export function checkScenarioThresholds(
  thresholds: readonly Threshold[],
  scenarios: readonly { name: string; endpoints: readonly EndpointSettings[] }[],
  add: AddIssue,
  /** Check `{endpoint:…}` tags too (the single-scenario run checks them as before, in threshold-settings.ts). */
  endpointTags = true,
): boolean {
  let ok = true;
  for (const threshold of thresholds) {
    const name = threshold.tags.scenario;
    const scenario = name === undefined ? undefined : scenarios.find((one) => one.name === name);
    // An unknown scenario name is reported with the other tags (threshold-tag-settings.ts).
    if (name !== undefined && scenario === undefined) continue;
    // A threshold that names no scenario has its endpoint checked against them all (threshold-tag-settings.ts).
    const endpoint = threshold.tags.endpoint ?? threshold.tags.name;
    if (endpoint === undefined || !endpointTags || scenario === undefined) continue;
    const endpointNames = [
      ...new Set((scenario ? [scenario] : scenarios).flatMap((one) => one.endpoints.map((e) => e.name))),
    ];
    if (endpointNames.includes(endpoint)) continue;
    const close = closestMatch(endpoint, endpointNames);
    add(
      threshold.origin,
      `got the tag {endpoint:${endpoint}} in ${quote(threshold.source)}, but ${scenario ? `the scenario ${quote(scenario.name)} has` : 'no scenario has'} no endpoint named ${quote(endpoint)}; ` +
        (close !== undefined
          ? `did you mean "${close}"?`
          : `expected one of ${listOf(endpointNames.map((n) => `"${n}"`))}`),
    );
    ok = false;
  }
  return ok;
}

/**
 * The run's shape with scenarios: one stage as long as the latest scenario end, at the
 * sum of their VU caps (the most that can be active at once).
 */
export function scenarioSpan(scenarios: readonly ScenarioSettings[]): { stages: Stage[]; maxVus: number } {
  const durationMs = Math.max(...scenarios.map((s) => s.startTimeMs + s.plannedMs));
  const maxVus = scenarios.reduce((sum, s) => sum + s.maxVus, 0);
  return { stages: [{ durationMs, target: maxVus }], maxVus };
}
