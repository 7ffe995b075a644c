/**
 * The comparison with the baseline in words, shared by every report: where the
 * baseline came from, the regression lines the PR comment, Slack and the verdict
 * texts lead with ("p95 +18 % (+14 to +22 %), significant"), and the side-by-side
 * figures per endpoint. Pure functions of the report context.
 */
import { describeAge } from './describe-age.js';
import type { BaselineData } from '../metrics/baseline-data.js';
import type { RequestStats, RunMeasurements } from '../metrics/measurements.js';
import { regressionsOf, type Regression } from '../slo/baseline-comparison.js';
import type { Evaluation, Threshold } from '../slo/types.js';
import { displayUrl, errorPercent } from './format.js';

/** The statistic a threshold holds, as a reader names it: `p95`, `error rate`, `req/s`. */
export function statisticName(threshold: Threshold): string {
  if (threshold.metric === 'http_req_failed') return 'error rate';
  if (threshold.metric === 'http_reqs') return 'req/s';
  if (threshold.aggregation === 'p') return `p${threshold.percentile ?? ''}`;
  return threshold.aggregation;
}

/** `p95 of "POST /api/cart" +18 % (+14 to +22 %), significant`. */
export function regressionText(regression: Regression, threshold: Threshold): string {
  const scope = regression.endpoint === null ? '' : ` of "${regression.endpoint}"`;
  const change = regression.change ? ` ${regression.change}` : ' above its bound';
  const interval = regression.interval ? ` (${regression.interval})` : '';
  const significance = regression.interval
    ? regression.significant
      ? ', significant'
      : ', not significant'
    : '';
  return `${statisticName(threshold)}${scope}${change}${interval}${significance}`;
}

/** One line per failed relative threshold, in the order of the thresholds. */
export function regressionLines(evaluation: Evaluation): string[] {
  const relative = evaluation.results.filter((r) => r.threshold.relative);
  const bySource = new Map(relative.map((r) => [r.threshold.source, r.threshold]));
  return regressionsOf(evaluation.results).map((reg) =>
    regressionText(reg, bySource.get(reg.threshold) ?? relative[0]!.threshold),
  );
}

/** `live: https://stable.example.com`, `run 4711 of deploy.yml on main, 3 h old`. */
export function originText(baseline: BaselineData): string {
  const { origin } = baseline;
  const label = origin.kind === 'live' ? displayUrl(origin.label) : origin.label;
  const kind =
    origin.kind === 'live'
      ? 'measured live beside the canary at'
      : origin.kind === 'results'
        ? 'read from'
        : 'the artifact of';
  const age = origin.ageMs !== undefined ? `, ${describeAge(origin.ageMs)} old` : '';
  return `${kind} ${label}${age}`;
}

/** The baseline's measurements, or undefined when it was missing. */
export function baselineMeasurements(baseline: BaselineData | undefined): RunMeasurements | undefined {
  return baseline && 'measurements' in baseline ? baseline.measurements : undefined;
}

/** Why the baseline was missing and what that did to the run; undefined when it was had. */
export interface MissingBaseline {
  /** Where it was to come from; undefined when no source was set. */
  origin?: string;
  why: string;
  effect: string;
}

export function missingBaseline(
  evaluation: Evaluation,
  baseline: BaselineData | undefined,
): MissingBaseline | undefined {
  const use = evaluation.baseline;
  if (!use || use.missing === null) return undefined;
  const effect =
    use.onMissing === 'pass'
      ? 'baseline-missing: pass let the relative thresholds pass without a comparison'
      : 'the relative thresholds had nothing to be compared with, so they failed (baseline-missing: fail)';
  return { ...(baseline ? { origin: originText(baseline) } : {}), why: use.missing, effect };
}

/** What a missing baseline meant for this run, in a sentence. */
export function missingText(evaluation: Evaluation, baseline: BaselineData | undefined): string | undefined {
  const m = missingBaseline(evaluation, baseline);
  return m && `No baseline${m.origin ? ` (${m.origin})` : ''}: ${m.why}; ${m.effect}.`;
}

/** One figure of one side-by-side row. */
export interface SideBySide {
  canary: number | null;
  baseline: number | null;
  /** canary ÷ baseline − 1; null when either side has no figure or the baseline's is 0. */
  change: number | null;
}

export interface SideBySideRow {
  name: string;
  p50: SideBySide;
  p95: SideBySide;
  p99: SideBySide;
  errorPercent: SideBySide;
  rps: SideBySide;
}

function pair(canary: number | null, baseline: number | null): SideBySide {
  const change = canary !== null && baseline !== null && baseline !== 0 ? canary / baseline - 1 : null;
  return { canary, baseline, change };
}

function row(name: string, c: RequestStats | undefined, b: RequestStats | undefined): SideBySideRow {
  const lat = (s: RequestStats | undefined, k: 'p50' | 'p95' | 'p99'): number | null =>
    s && s.latency.count > 0 ? s.latency[k] : null;
  const err = (s: RequestStats | undefined): number | null => (s && s.requests > 0 ? errorPercent(s) : null);
  return {
    name,
    p50: pair(lat(c, 'p50'), lat(b, 'p50')),
    p95: pair(lat(c, 'p95'), lat(b, 'p95')),
    p99: pair(lat(c, 'p99'), lat(b, 'p99')),
    errorPercent: pair(err(c), err(b)),
    rps: pair(c?.rps ?? null, b?.rps ?? null),
  };
}

/** Canary and baseline per endpoint (by name, the canary's order, then the baseline's own), and the whole run last. */
export function sideBySideRows(canary: RunMeasurements, baseline: RunMeasurements): SideBySideRow[] {
  const names = [...canary.endpoints.map((e) => e.name)];
  for (const e of baseline.endpoints) if (!names.includes(e.name)) names.push(e.name);
  const find = (m: RunMeasurements, name: string): RequestStats | undefined =>
    m.endpoints.find((e) => e.name === name);
  return [
    ...names.map((name) => row(name, find(canary, name), find(baseline, name))),
    row('Total', canary.overall, baseline.overall),
  ];
}

/** A relative change as `+18 %` / `-3.2 %`. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  const percent = change * 100;
  const digits = Math.abs(percent) >= 10 ? 0 : 1;
  return `${percent > 0 ? '+' : ''}${percent.toFixed(digits)} %`;
}
