/**
 * results.json: everything measured and decided, for other tools (dashboards, a later
 * job comparing runs, a re-evaluation). `schemaVersion` changes only when a field
 * changes meaning or goes away; new fields may appear without it.
 *
 * Header values may be credentials: they are replaced by "***", names are kept. Only
 * the settings listed in RESULTS_SETTINGS_KEYS are written (publishing secrets such as
 * webhook URLs and tokens never are). The parsed thresholds appear once, under
 * `thresholds`, together with their results.
 *
 * Version 2 added `measurements.intervals` (per-second histograms and counts, overall
 * and per endpoint), `baseline` (the baseline's origin and measurements, or why it
 * was missing), `comparison` (each relative threshold against the baseline) and the
 * `inconclusive` threshold status.
 */
import type { EndpointSettings, Settings } from '../config/settings.js';
import type { BaselineData } from '../metrics/baseline-data.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import { comparisonReasons, regressionsOf, type Regression } from '../slo/baseline-comparison.js';
import type {
  Aggregation,
  BaselineComparison,
  BaselineUse,
  Evaluation,
  Operator,
  RelativeLimit,
  ThresholdStatus,
  Verdict,
} from '../slo/types.js';
import { TOOL_NAME } from '../version.js';
import { displayUrl } from './format.js';
import type { ShardRecord } from './plan-identity.js';
import type { MergedPart, ReportContext } from './report-context.js';
import { trafficResultsSettings } from './traffic-report.js';

export const RESULTS_SCHEMA_VERSION = 2;
/** What a header value is replaced with. */
export const REDACTED = '***';

/** One threshold with its result. Absent optional parts are null, so every record has the same keys. */
export interface ThresholdRecord {
  source: string;
  origin: string;
  metric: string;
  tags: Record<string, string>;
  aggregation: Aggregation;
  percentile: number | null;
  operator: Operator;
  /** In the metric's unit: ms, a 0..1 fraction, per second, a count or bytes. */
  limit: number;
  marginalLimit: number | null;
  /** `baseline * k` / `baseline + d`; then `limit` and `marginalLimit` are its k or d. Null when absolute. */
  relative: RelativeLimit | null;
  actual: number | null;
  status: ThresholdStatus;
  note: string | null;
}

/** The settings written to results.json: an explicit list, so a new (possibly secret) field is never copied by accident. */
export const RESULTS_SETTINGS_KEYS = [
  'targetUrl',
  'environment',
  'configPath',
  'stages',
  'maxVus',
  'endpoints',
  'headers',
  'timeoutMs',
  'failOnBreach',
  'autoRollback',
  'reportDir',
] as const satisfies ReadonlyArray<keyof Settings>;

/** The settings as run, header values redacted; the thresholds are in `ResultsDocument.thresholds`. */
export type RedactedSettings = Pick<Settings, (typeof RESULTS_SETTINGS_KEYS)[number]>;

export interface ResultsDocument {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: string; version: string };
  generatedAt: string;
  /** `error` here means the run reached no part of the target (bad input writes no results). */
  verdict: Verdict;
  /** Why the verdict is not what the thresholds alone say (the plan ran only in part, no request reached the target…); empty when it is. */
  verdictReasons: string[];
  rollback: boolean;
  /** The target URL, without any credentials in it. */
  target: string;
  environment: string | null;
  runUrl: string | null;
  settings: RedactedSettings;
  /** Test data (columns and size, never values), setup (capture names), think time, isolation; null when unused. */
  traffic: Record<string, unknown> | null;
  measurements: RunMeasurements;
  thresholds: ThresholdRecord[];
  /** Source texts of the thresholds that failed, as written. */
  failedSlos: string[];
  /** The baseline as loaded or measured (`{origin, measurements}`), or why it was missing (`{origin, missing}`); null when none. */
  baseline: BaselineData | null;
  /** The relative thresholds against the baseline; null when no threshold is relative. */
  comparison: ComparisonDocument | null;
  /** A matrix leg's shard bundle: the plan it ran and which part (results-document of a leg only; else absent). */
  shard?: ShardRecord;
  /** A merged run: the legs merged (else absent). */
  mergedFrom?: MergedPart[];
}

/** One relative threshold against the baseline; `index` is its place in `thresholds`. */
export interface ComparisonRecord extends BaselineComparison {
  index: number;
  source: string;
  /** Null for the whole run. */
  endpoint: string | null;
  status: ThresholdStatus;
  /** The canary's value. */
  actual: number | null;
}

export interface ComparisonDocument extends BaselineUse {
  thresholds: ComparisonRecord[];
  /** The failed relative thresholds, as the `regressions` output has them. */
  regressions: Regression[];
  /** Why comparisons were inconclusive, and how much longer a run would likely need. */
  reasons: string[];
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(headers).map((name) => [name, REDACTED]));
}

function redactSettings(settings: Settings): RedactedSettings {
  const picked = Object.fromEntries(
    RESULTS_SETTINGS_KEYS.filter((key) => settings[key] !== undefined).map((key) => [key, settings[key]]),
  ) as RedactedSettings;
  return {
    ...picked,
    targetUrl: displayUrl(settings.targetUrl),
    headers: redactHeaders(settings.headers),
    endpoints: settings.endpoints.map((endpoint): EndpointSettings => ({
      ...endpoint,
      headers: redactHeaders(endpoint.headers),
    })),
  };
}

/** The object written as results.json. */
export function buildResultsDocument(ctx: ReportContext): ResultsDocument {
  const { settings, evaluation } = ctx;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    generatedAt: ctx.generatedAt,
    verdict: evaluation.verdict,
    verdictReasons: [...evaluation.reasons],
    rollback: ctx.rollback,
    target: displayUrl(settings.targetUrl),
    environment: settings.environment ?? null,
    runUrl: ctx.runUrl ?? null,
    settings: redactSettings(settings),
    traffic: trafficResultsSettings(settings),
    measurements: ctx.measurements,
    thresholds: evaluation.results.map(({ threshold: t, actual, status, note }) => ({
      source: t.source,
      origin: t.origin,
      metric: t.metric,
      tags: { ...t.tags },
      aggregation: t.aggregation,
      percentile: t.percentile ?? null,
      operator: t.operator,
      limit: t.limit,
      marginalLimit: t.marginalLimit ?? null,
      relative: t.relative ?? null,
      actual,
      status,
      note: note ?? null,
    })),
    failedSlos: evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source),
    baseline: ctx.baseline ?? null,
    comparison: comparisonDocument(evaluation),
    ...(ctx.shard ? { shard: ctx.shard } : {}),
    ...(ctx.mergedFrom ? { mergedFrom: ctx.mergedFrom } : {}),
  };
}

function comparisonDocument(evaluation: Evaluation): ComparisonDocument | null {
  if (evaluation.baseline === undefined) return null;
  const thresholds: ComparisonRecord[] = [];
  evaluation.results.forEach((r, index) => {
    if (!r.threshold.relative || !r.comparison) return;
    thresholds.push({
      index,
      source: r.threshold.source,
      endpoint: r.threshold.tags.endpoint ?? null,
      status: r.status,
      actual: r.actual,
      ...r.comparison,
    });
  });
  return {
    ...evaluation.baseline,
    thresholds,
    regressions: regressionsOf(evaluation.results),
    reasons: comparisonReasons(evaluation.results),
  };
}
