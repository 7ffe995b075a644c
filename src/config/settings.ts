/**
 * The one typed, validated description of a gate run. Everything after
 * `readSettings` works from this object only: no module past config/ reads
 * inputs, environment variables or the config file.
 */

import type { Threshold } from '../slo/types.js';
import type { BaselineSettings } from './baseline-settings.js';
import type { K6ResultsSettings } from './k6-settings.js';
import type { PublishSettings } from './publish-settings.js';
import type { TransportSettings } from './transport-settings.js';
import type { RunMode, ShardSettings, StartAtSettings } from './shard-settings.js';
import type { ServerMetricsSettings } from './server-metrics-settings.js';
import type { Executor } from './scenario-executors.js';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The load shape presets (see scenario-presets.ts). */
export const SCENARIO_NAMES = ['smoke', 'load', 'stress', 'spike', 'soak', 'breakpoint'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** One entry of the weighted request mix. */
export interface EndpointSettings {
  /** Label used in reports and threshold tags, e.g. `GET /api/trades` (default: `METHOD path`). */
  name: string;
  method: HttpMethod;
  /** Path plus optional query, always starting with `/`; resolved against the target URL. */
  path: string;
  /** Relative share of requests (> 0). */
  weight: number;
  /** Extra headers for this endpoint; they override the global `headers`. */
  headers: Record<string, string>;
  /** Request body as sent. A YAML mapping/list body is serialized to JSON (and content-type set). */
  body?: string;
  /**
   * Status codes that count as success. Empty means the default rule:
   * any status from 200 to 399 succeeds, like k6's `http_req_failed`.
   */
  expectStatus: number[];
  /** Values read from each response and kept per VU for later templates (see traffic/request-checks.ts). */
  captures?: CaptureSettings[];
  /** Conditions checked on each response, counted in the `checks` metric. */
  checks?: CheckSettings[];
  /** Custom tags every request of the endpoint carries (`tags: {tier: read}`), for threshold selectors. */
  tags?: Record<string, string>;
}

/** A step of the load shape: move linearly to `target` VUs over `durationMs`. */
export interface Stage {
  durationMs: number;
  target: number;
}

export interface Settings {
  /** Base URL that all load goes to. Only http: and https: are accepted. */
  targetUrl: string;
  /** Selected `environments:` block, if any. */
  environment?: string;
  /** Path of the config file that was read, if any. */
  configPath?: string;
  /**
   * The resolved closed-model load shape. Always non-empty; total duration is the
   * sum of the stages. Built from `duration`/`vus`/`ramp-up` unless the config file
   * gives `stages` (and no `duration`/`vus` input overrides them).
   */
  stages: Stage[];
  /** Largest VU count any stage reaches; for the open model, the cap on requests in flight (`max-vus`). */
  maxVus: number;
  /**
   * Threads that drive the load (config/workers-settings.ts); 1 or absent: the main
   * thread, as before. Each runs its share of the load (engine/workers/).
   */
  workers?: number;
  /**
   * `open`: requests arrive at the rate `stages` give (targets in requests per second),
   * whether or not the target keeps up (see engine/executors/open-model.ts). Absent: the closed model.
   */
  model?: 'open';
  /** The preset the stages were made from, if any (see config/scenario-presets.ts). */
  scenario?: ScenarioName;
  endpoints: EndpointSettings[];
  /** Parsed thresholds; each keeps its source text and origin. */
  thresholds: Threshold[];
  /** Headers sent with every request (endpoint headers override). Values may be secrets. */
  headers: Record<string, string>;
  /** Per-request timeout. */
  timeoutMs: number;
  /** A `fail` verdict fails the step. */
  failOnBreach: boolean;
  /** A `fail` verdict sets the `rollback` output to true. */
  autoRollback: boolean;
  /** Where report.md, results.json and the rest of the bundle are written. */
  reportDir: string;
  /** Artifact, Slack, Pushgateway and PR comment; none of them can change the verdict. */
  publish: PublishSettings;
  /** Test data, setup (login), think time and tenant isolation; absent when none is configured. */
  traffic?: TrafficSettings;
  /** The baseline the canary is compared with (relative thresholds); absent when none is configured. */
  baseline?: BaselineSettings;
  /** TLS, resolve overrides, proxy and HTTP/2 (config/transport-settings.ts); absent: the defaults (verified TLS, HTTP/1.1, no proxy). */
  transport?: TransportSettings;
  /** `merge` sends no load and merges the shard bundles of the workflow run (see sources/shards/); absent: `run`. */
  mode?: RunMode;
  /** This leg's part of the load (`shard: k/n`); absent for a whole run and for a merge. */
  shard?: ShardSettings;
  /** With `mode: merge`: k6's outputs to judge instead of shard bundles (see sources/k6/); absent: none. */
  k6Results?: K6ResultsSettings;
  /** When the load starts (`start-at`); absent: at once. */
  startAt?: StartAtSettings;
  /** The target's own metrics, read from Prometheus over the load window; absent without `server-metrics:`. */
  serverMetrics?: ServerMetricsSettings;
  /** The `scenarios:` of the config file (scenarios-settings.ts); absent: one scenario, `default`, from the keys above. */
  scenarios?: ScenarioSettings[];

  // Set on the settings of one scenario's run only (engine/scenarios/):
  /** The scenario the run is (the `scenario` tag of its requests); absent: `default`. */
  scenarioName?: string;
  /** The scenario's `tags`, on every request of its run. */
  scenarioTags?: Record<string, string>;
  /** Iterations per VU or shared by the VUs (per-vu-iterations, shared-iterations). */
  iterations?: IterationBudgetSettings;
  /** Open model: connections (and sessions) made before the start (k6 preAllocatedVUs). */
  preAllocatedVus?: number;
}

// ---------------------------------------------------------------------------
// Realistic traffic (resolved in traffic/)

/** A value read from a response: a JSON path of the body, or a header (name in lower case). */
export interface CaptureSettings {
  name: string;
  from: 'json' | 'header';
  /** The JSON path as written, or the header name in lower case. */
  path: string;
}

/** A condition on each response of an endpoint; every part given must hold. */
export interface CheckSettings {
  name: string;
  status?: number[];
  json?: { path: string; exists?: boolean; equals?: string | number | boolean | null; matches?: string };
  bodyContains?: string;
  /** Header name in lower case. */
  header?: { name: string; equals: string };
  maxDurationMs?: number;
}

export interface TestData {
  /** The file as given (relative to the workspace). */
  file: string;
  order: 'sequential' | 'random';
  columns: string[];
  /** Every record has every column; values are text. Shared read-only by all VUs. */
  records: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Columns whose values are secrets (password, token, key, …): masked in logs, never written. */
  secretColumns: string[];
}

export interface ThinkTime {
  minMs: number;
  maxMs: number;
}

export interface IsolationSettings {
  from: 'json' | 'header';
  /** The JSON path as written, or the header name in lower case. */
  path: string;
  /** The data column holding the VU's own tenant. */
  field: string;
}

export interface TrafficSettings {
  data?: TestData;
  /** Requests each VU sends before its first one, and again after a 401. */
  setup: EndpointSettings[];
  thinkTime?: ThinkTime;
  isolation?: IsolationSettings;
}

// ---------------------------------------------------------------------------
// Scenarios (resolved in scenarios-settings.ts and scenario-load.ts)

/** An iteration budget: per VU (per-vu-iterations) or shared by the VUs (shared-iterations). */
export interface IterationBudgetSettings {
  kind: 'per-vu' | 'shared';
  iterations: number;
}

export interface ScenarioLoad {
  executor: Executor;
  /** VUs over time (closed model), or requests per second (open model); a 0-length first stage sets the start level. */
  stages: Stage[];
  /** Closed model: the most VUs; open model: the most requests in flight (k6 maxVUs). */
  maxVus: number;
  model?: 'open';
  /** Open model: connections and sessions made before the start (k6 preAllocatedVUs). */
  preAllocatedVus?: number;
  iterations?: IterationBudgetSettings;
  /** The scenario's planned length: its stages or duration, or max-duration for an iteration budget. */
  plannedMs: number;
  startTimeMs: number;
  gracefulStopMs: number;
}

/** One scenario, resolved: what the engine runs and the reports name. */
export interface ScenarioSettings extends ScenarioLoad {
  name: string;
  endpoints: EndpointSettings[];
  traffic?: TrafficSettings;
  /** Tags of every request of the scenario (k6 `tags`). */
  tags: Record<string, string>;
  /** Values its templates read as `{{NAME}}` (k6 `env`), added to each VU's data record. */
  env: Record<string, string>;
}
