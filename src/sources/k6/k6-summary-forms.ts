/**
 * k6's end-of-test summaries, each read into one list of metrics with their values and
 * thresholds. Three forms exist (grafana/k6 internal/js/summary.go, summary-wrapper.js,
 * internal/lib/summary/machine_readable.go):
 *
 * - `handleSummary(data)`'s data, as a script writes it with `JSON.stringify(data)`:
 *   `metrics.NAME = {type, contains, values: {…}, thresholds: {"p(95)<500": {ok: true}}}`,
 *   and `state.testRunDurationMs`.
 * - `--summary-export=FILE` (the older form): `metrics.NAME = {…values…, thresholds:
 *   {"p(95)<500": false}}`, without `type` or `state`, where a threshold's boolean is
 *   TRUE WHEN IT FAILED: summary-wrapper.js writes `thresholds[name] = !threshold.ok`
 *   (k6 issue #1498, k6-docs issue #30). A rate's value is `value`, not `rate`.
 * - The machine-readable summary (k6's `--new-machine-readable-summary`, schema version
 *   1.x): `results.metrics = [{name, type, contains, values}]`, `config.duration` in
 *   seconds, and no thresholds.
 *
 * Values: a trend gives the `summaryTrendStats` (by default avg, min, med, max, p(90),
 * p(95)); a counter `count` and `rate` (per second of the test); a rate `rate` (or
 * `value`), `passes` (values that were true) and `fails`; a gauge `value`, `min`, `max`.
 */
import { isObject } from './json-object.js';

export type K6SummaryForm = 'handleSummary' | 'summary-export' | 'machine-readable';

export interface SummaryMetric {
  /** With its tags when a submetric: `http_req_duration{name:login}`. */
  name: string;
  values: Record<string, number>;
  /** The thresholds on it, and whether k6 found each held (in every form's own sense, made the same here). */
  thresholds: { text: string; ok: boolean }[];
}

export interface SummaryData {
  form: K6SummaryForm;
  metrics: SummaryMetric[];
  /** The test's length, ms, when the summary gives it. */
  durationMs?: number;
  /** Checks by name, from the groups (or the `checks` rate when no group lists them). */
  checks: { name: string; passes: number; fails: number }[];
}

/** The form of a parsed JSON document, or undefined when it is not a k6 summary. */
export function summaryForm(document: unknown): K6SummaryForm | undefined {
  if (!isObject(document)) return undefined;
  if (isObject(document.results) && Array.isArray(document.results.metrics) && 'version' in document) {
    return 'machine-readable';
  }
  if (!isObject(document.metrics)) return undefined;
  const first = Object.values(document.metrics).find(isObject);
  if (first === undefined) return isObject(document.state) ? 'handleSummary' : 'summary-export';
  return isObject(first.values) && typeof first.type === 'string' ? 'handleSummary' : 'summary-export';
}

export function readSummaryForm(document: Record<string, unknown>, form: K6SummaryForm): SummaryData {
  if (form === 'machine-readable') return machineReadable(document);
  const metrics: SummaryMetric[] = [];
  for (const [name, raw] of Object.entries(document.metrics as Record<string, unknown>)) {
    if (!isObject(raw)) continue;
    if (form === 'handleSummary') {
      const thresholds = isObject(raw.thresholds)
        ? Object.entries(raw.thresholds).map(([text, result]) => ({
            text,
            ok: isObject(result) && result.ok === true,
          }))
        : [];
      metrics.push({ name, values: numbers(raw.values), thresholds });
    } else {
      // --summary-export: true means the threshold FAILED (see above).
      const thresholds = isObject(raw.thresholds)
        ? Object.entries(raw.thresholds).map(([text, failed]) => ({ text, ok: failed === false }))
        : [];
      const values = numbers(raw);
      if (values.value !== undefined && values.passes !== undefined && values.rate === undefined) {
        values.rate = values.value;
      }
      metrics.push({ name, values, thresholds });
    }
  }
  const state = isObject(document.state) ? document.state : {};
  const duration = state.testRunDurationMs;
  return {
    form,
    metrics,
    ...(typeof duration === 'number' && duration > 0 ? { durationMs: duration } : {}),
    checks: groupChecks(document.root_group),
  };
}

function machineReadable(document: Record<string, unknown>): SummaryData {
  const results = document.results as Record<string, unknown>;
  const metrics: SummaryMetric[] = [];
  for (const raw of results.metrics as unknown[]) {
    if (!isObject(raw) || typeof raw.name !== 'string') continue;
    const values = numbers(raw.values);
    if (raw.type === 'rate' && values.matches !== undefined && values.total !== undefined) {
      values.passes = values.matches;
      values.fails = values.total - values.matches;
    }
    metrics.push({ name: raw.name, values, thresholds: [] });
  }
  const checks: SummaryData['checks'] = [];
  const checkResults = isObject(results.checks) ? results.checks.results : undefined;
  if (Array.isArray(checkResults)) {
    for (const check of checkResults) {
      if (isObject(check) && typeof check.name === 'string') {
        checks.push({ name: check.name, passes: num(check.passes), fails: num(check.fails) });
      }
    }
  }
  const config = isObject(document.config) ? document.config : {};
  const seconds = config.duration;
  return {
    form: 'machine-readable',
    metrics,
    ...(typeof seconds === 'number' && seconds > 0 ? { durationMs: seconds * 1000 } : {}),
    checks,
  };
}

/** Checks of a group and its subgroups; groups and checks are lists (handleSummary) or keyed objects (export). */
function groupChecks(group: unknown, into: SummaryData['checks'] = []): SummaryData['checks'] {
  if (!isObject(group)) return into;
  for (const check of listOf(group.checks)) {
    if (isObject(check) && typeof check.name === 'string') {
      into.push({ name: check.name, passes: num(check.passes), fails: num(check.fails) });
    }
  }
  for (const child of listOf(group.groups)) groupChecks(child, into);
  return into;
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return isObject(value) ? Object.values(value) : [];
}

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObject(value)) return out;
  for (const [key, v] of Object.entries(value)) if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  return out;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
