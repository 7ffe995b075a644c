/**
 * The target's own metrics (docs/server-metrics.md): where Prometheus is, the
 * credentials to send it (`prometheus-headers`, an input only, every value masked),
 * each query's time limit and retries, the step of the range query, the label values
 * `{{target}}` stands for, and the `server-metrics:` queries. Everything is checked
 * before any load, with the input or `file:line` it came from.
 */
import { parseDuration } from '../syntax/durations.js';
import type { ServerMetricUnit } from '../metrics/server-metrics.js';
import { SERVER_METRIC_PREFIX, serverMetricKey } from '../slo/server-metric-measure.js';
import type { Threshold } from '../slo/types.js';
import { listOf, quote } from './describe.js';
import type { AddIssue } from './settings-error.js';

/** The values `{{target}}` stands for: the canary's label value and the live baseline's. */
export interface TargetLabels {
  canary?: string;
  baseline?: string;
}

export interface ServerMetricQuery {
  /** The key in `server-metrics:`; thresholds name it `server_<name>`. */
  name: string;
  /** PromQL with `{{target}}` and `{{window}}` still in it. */
  query: string;
  unit: ServerMetricUnit;
  /** This query's own values for `{{target}}` (over `target-labels:`). */
  labels?: TargetLabels;
  /** Where it was written, for messages. */
  where: string;
}

export interface ServerMetricsSettings {
  /** Base URL of the Prometheus API, without credentials. */
  url: string;
  /** Sent with every query; every value is a secret (masked, never written). */
  headers: Record<string, string>;
  /** Time limit of one query attempt, ms. */
  timeoutMs: number;
  retries: number;
  /** Step of the range query, ms. */
  stepMs: number;
  labels: TargetLabels;
  metrics: ServerMetricQuery[];
}

export const SERVER_METRICS_DEFAULTS = { timeoutMs: 10_000, retries: 2, stepMs: 5_000 } as const;

/** Most retries a query may have: each waits, and the gate waits for all of them after the load. */
const MAX_RETRIES = 10;

const PLACEHOLDERS = ['target', 'window'] as const;
const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a query uses. */
export function placeholdersOf(query: string): string[] {
  return [...query.matchAll(PLACEHOLDER_RE)].map((match) => match[1] ?? '');
}

/** The `server-metrics:` mapping (types checked by the schema); undefined when a query is refused. */
export function serverMetricsFrom(
  value: Record<string, { query: string; unit: ServerMetricUnit; labels?: TargetLabels }>,
  locate: (...path: PropertyKey[]) => string,
  add: AddIssue,
): ServerMetricQuery[] | undefined {
  let ok = true;
  const metrics: ServerMetricQuery[] = [];
  for (const [name, entry] of Object.entries(value)) {
    const where = locate(name, 'query');
    const unknown = placeholdersOf(entry.query).filter(
      (placeholder) => !(PLACEHOLDERS as readonly string[]).includes(placeholder),
    );
    if (unknown.length > 0) {
      add(
        where,
        `got the placeholder ${quote(`{{${unknown[0]}}}`)} in the query of ${name}; expected only {{target}} (the target's label value) or {{window}} (the run's length, e.g. 30s)`,
      );
      ok = false;
      continue;
    }
    metrics.push({
      name,
      query: entry.query,
      unit: entry.unit,
      ...(entry.labels ? { labels: entry.labels } : {}),
      where,
    });
  }
  return ok ? metrics : undefined;
}

/** `prometheus-step`: at least one second (Prometheus refuses finer steps over long windows). */
export function stepFrom(text: string, where: string, add: AddIssue): number | undefined {
  const ms = parseDuration(text);
  if (ms >= 1_000 && ms % 1_000 === 0) return ms;
  add(where, `got ${quote(text)}; expected a whole number of seconds, 1s or more, such as 5s`);
  return undefined;
}

/** `prometheus-timeout`: above zero. */
export function queryTimeoutFrom(text: string, where: string, add: AddIssue): number | undefined {
  const ms = parseDuration(text);
  if (ms > 0) return ms;
  add(where, `got ${quote(text)}; expected a time limit above zero, such as 10s`);
  return undefined;
}

/** `prometheus-retries`: 0 to MAX_RETRIES. */
export function retriesFrom(value: number, where: string, add: AddIssue): number | undefined {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_RETRIES) return value;
  add(where, `got ${quote(value)}; expected a whole number of retries from 0 to ${MAX_RETRIES}`);
  return undefined;
}

/** What the combination checks across keys: each can be missing. */
export interface ServerMetricsParts {
  url?: { value: string; where: string };
  headers?: Record<string, string>;
  timeoutMs?: number;
  retries?: number;
  stepMs?: number;
  labels?: TargetLabels;
  metrics?: { value: ServerMetricQuery[]; where: string };
}

/**
 * The settings from the combined keys, checked against the thresholds (each
 * `server_<key>` needs its query) and the baseline (a live one needs its label value
 * for `{{target}}`). Undefined without `server-metrics:` (or after a problem, reported).
 */
export function combineServerMetrics(
  parts: ServerMetricsParts,
  thresholds: readonly Threshold[],
  liveBaseline: boolean,
  add: AddIssue,
): ServerMetricsSettings | undefined {
  const metrics = parts.metrics?.value ?? [];
  const names = metrics.map((metric) => metric.name);
  let ok = true;
  for (const threshold of thresholds) {
    const key = serverMetricKey(threshold.metric);
    if (key === undefined || names.includes(key)) continue;
    add(
      threshold.origin,
      names.length === 0
        ? `got ${quote(threshold.source)}, but server-metrics: names no query; expected a server-metrics: entry ${key}: {query: '…', unit: …} in the config file`
        : `got ${quote(threshold.source)}, but server-metrics: has no ${key}; expected one of ${listOf(names.map((name) => SERVER_METRIC_PREFIX + name))}`,
    );
    ok = false;
  }
  if (parts.metrics === undefined) return undefined;
  if (parts.url === undefined) {
    add(
      parts.metrics.where,
      'got server-metrics: but no prometheus-url; expected the base URL of the Prometheus server, such as http://prometheus:9090, as the prometheus-url input or key',
    );
    return undefined;
  }
  const labels = parts.labels ?? {};
  for (const metric of metrics) {
    if (!placeholdersOf(metric.query).includes('target')) continue;
    const sides: (keyof TargetLabels)[] = liveBaseline ? ['canary', 'baseline'] : ['canary'];
    for (const side of sides) {
      if (metric.labels?.[side] !== undefined || labels[side] !== undefined) continue;
      add(
        metric.where,
        `the query of ${metric.name} uses {{target}}, but no label value is given for the ${side}; expected target-labels: {${side}: …} (or labels: in the entry), e.g. target-labels: {canary: api-canary, baseline: api-stable}`,
      );
      ok = false;
    }
  }
  if (!ok) return undefined;
  return {
    url: parts.url.value,
    headers: parts.headers ?? {},
    timeoutMs: parts.timeoutMs ?? SERVER_METRICS_DEFAULTS.timeoutMs,
    retries: parts.retries ?? SERVER_METRICS_DEFAULTS.retries,
    stepMs: parts.stepMs ?? SERVER_METRICS_DEFAULTS.stepMs,
    labels,
    metrics,
  };
}

/**
 * Every `prometheus-headers` value, and the credential of `Bearer …`-style ones, for
 * the caller to mask: the header names are free, so every value is taken for a secret.
 */
export function serverMetricsSecretValues(settings: ServerMetricsSettings | undefined): string[] {
  const values = new Set<string>();
  for (const value of Object.values(settings?.headers ?? {})) {
    if (value.trim() === '') continue;
    values.add(value);
    const credential = /^(?:bearer|basic|token|digest)\s+(\S.*)$/i.exec(value.trim())?.[1];
    if (credential) values.add(credential);
  }
  return [...values];
}
