/**
 * Layers: the values one source gives (the inputs, the file's top level, one
 * `environments:` block), each with where it came from, so every message can name its
 * input or file location. A value that was given but refused is INVALID (its issue is
 * already reported): it still hides the layers below, so a lower layer never stands
 * in silently for a value the user got wrong.
 */
import type { Threshold } from '../../slo/types.js';
import type { BaselineMissing, BaselineSourceSettings } from '../baseline-settings.js';
import { actionInputLabel, type InputLabel } from '../input-label.js';
import type { PublishFileValues } from '../publish-settings.js';
import type { ResolveOverride } from '../addressing-settings.js';
import type { K6ResultsSettings } from '../k6-settings.js';
import type { ServerMetricQuery, TargetLabels } from '../server-metrics-settings.js';
import type { SettingsIssue } from '../settings-error.js';
import type { RunMode, ShardSettings, StartAtSettings } from '../shard-settings.js';
import type {
  EndpointSettings,
  IsolationSettings,
  ScenarioLoad,
  ScenarioName,
  Stage,
  TestData,
  ThinkTime,
} from '../settings.js';
import type { PemSource, TlsSettings } from '../tls-settings.js';
import type { WorkersChoice } from '../workers-settings.js';

export const INVALID = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface Sourced<T> {
  value: T;
  where: string;
}
export type Slot<T> = Sourced<T> | Invalid | undefined;

/** An endpoint before global headers are known. */
export interface PendingEndpoint {
  endpoint: EndpointSettings;
  /** The body was a mapping/list sent as JSON: add content-type unless a header sets it. */
  jsonBody: boolean;
  where: string;
}

/** A scenario as its block gives it; the journey keys it does not give come from the top level later. */
export interface PendingScenario {
  name: string;
  where: string;
  load: ScenarioLoad;
  endpoints?: PendingEndpoint[];
  setup?: { value: PendingEndpoint[]; where: string };
  data?: { value: TestData; where: string };
  thinkTime?: { value: ThinkTime; where: string };
  isolation?: { value: IsolationSettings; where: string };
  tags: Record<string, string>;
  env: { value: Record<string, string>; where: string } | undefined;
}

export interface Layer {
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
  workers?: Slot<WorkersChoice>;
  scenario?: Slot<ScenarioName>;
  /** The baseline source the layer names; null: none (`baseline-artifact: false`). */
  baselineSource?: Slot<BaselineSourceSettings | null>;
  baselineArtifactName?: Slot<string>;
  baselineMissing?: Slot<BaselineMissing>;
  confidence?: Slot<number>;
  mode?: Slot<RunMode>;
  shard?: Slot<ShardSettings>;
  startAt?: Slot<StartAtSettings>;
  /** The publishing keys the file may hold (not the secrets). */
  publish?: PublishLayer;
  caFile?: Slot<NonNullable<TlsSettings['ca']>>;
  insecureTls?: Slot<boolean>;
  clientCert?: Slot<PemSource>;
  clientKey?: Slot<PemSource>;
  tlsServerName?: Slot<string>;
  resolve?: Slot<ResolveOverride[]>;
  http2?: Slot<boolean>;
  k6Results?: Slot<K6ResultsSettings>;
  /** Server metrics (server-metrics-settings.ts); `prometheusHeaders` comes from the input only. */
  prometheusUrl?: Slot<string>;
  prometheusHeaders?: Slot<Record<string, string>>;
  prometheusTimeoutMs?: Slot<number>;
  prometheusRetries?: Slot<number>;
  prometheusStepMs?: Slot<number>;
  targetLabels?: Slot<TargetLabels>;
  serverMetrics?: Slot<ServerMetricQuery[]>;
  /** `scenarios:` (scenarios-settings.ts); the file only. */
  scenarios?: Slot<PendingScenario[]>;
}

export type PublishLayer = { [K in keyof PublishFileValues]?: Slot<NonNullable<PublishFileValues[K]>> };

/** Collects issues; `slot` turns a check into a slot (INVALID when it reported something). */
export class Issues {
  readonly list: SettingsIssue[] = [];

  /** How messages name an input (`input 'vus'` in the action, `--vus` in the CLI). */
  constructor(readonly input: InputLabel = actionInputLabel) {}

  add(where: string, message: string): void {
    this.list.push({ where, message });
  }

  slot<T>(where: string, compute: () => T | Invalid): Slot<T> {
    const value = compute();
    return value === INVALID ? INVALID : { value, where };
  }
}

/** A layer whose every key is INVALID: its source could not be read at all. */
export function invalidLayer(): Layer {
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
    'workers',
    'scenario',
    'data',
    'setup',
    'thinkTime',
    'isolation',
    'baselineSource',
    'baselineArtifactName',
    'baselineMissing',
    'confidence',
    'caFile',
    'insecureTls',
    'clientCert',
    'clientKey',
    'tlsServerName',
    'resolve',
    'http2',
    'mode',
    'shard',
    'startAt',
    'k6Results',
    'prometheusUrl',
    'prometheusTimeoutMs',
    'prometheusRetries',
    'prometheusStepMs',
    'targetLabels',
    'serverMetrics',
    'scenarios',
  ];
  return Object.fromEntries(keys.map((key) => [key, INVALID])) as Layer;
}

/** The slot of the first layer that gives `key`. */
export function pick<K extends keyof Layer>(layers: Layer[], key: K): Layer[K] {
  // Read through a record of unknowns: narrowing Layer[K] itself makes the compiler expand the union of every slot type.
  const found = layers.find((layer) => (layer as Record<K, unknown>)[key] !== undefined);
  return found?.[key] as Layer[K];
}

/** A valid slot's value and location (mapped), or undefined. */
export function sourced<T, U = T>(
  slot: Slot<T>,
  map: (value: T) => U = (value) => value as unknown as U,
): { value: U; where: string } | undefined {
  return slot === undefined || slot === INVALID ? undefined : { value: map(slot.value), where: slot.where };
}
