/**
 * The figures each scenario's section shows, in the three reports (report.md,
 * report.html, the text summary): the scenarios side by side, as the seeds' report puts
 * its baseline test beside its target-capacity test. Pure: words and numbers only.
 */
import type { ScenarioSettings } from '../config/settings.js';
import type { ScenarioMeasurements } from '../metrics/measurements.js';
import type { ThresholdResult } from '../slo/types.js';
import {
  describeStages,
  errorPercent,
  formatElapsed,
  formatMs,
  formatNumber,
  formatPercent,
  formatRps,
} from './format.js';
import type { ReportContext } from './report-context.js';

export interface ScenarioColumn {
  name: string;
  executor: string;
  /** The planned load in words, from the settings (absent for measurements read from files). */
  planned: string | undefined;
  start: string;
  measured: ScenarioMeasurements;
  /** The thresholds that name this scenario, with their results. */
  thresholds: ThresholdResult[];
}

/** The scenarios of the run, in order; empty for a run of one scenario. */
export function scenarioColumns(ctx: ReportContext): ScenarioColumn[] {
  const measured = ctx.measurements.scenarios ?? [];
  return measured.map((scenario) => {
    const settings = ctx.settings.scenarios?.find((one) => one.name === scenario.name);
    return {
      name: scenario.name,
      executor: scenario.executor,
      planned: settings ? plannedLoad(settings) : undefined,
      start: scenario.startTimeMs < 50 ? 'at the start' : `${formatElapsed(scenario.startTimeMs)} in`,
      measured: scenario,
      thresholds: ctx.evaluation.results.filter((result) => result.threshold.tags.scenario === scenario.name),
    };
  });
}

/** A scenario's planned load in words: `5 VUs for 30 s`, `2 req/s for 20 s (4–10 VUs)`, `3 iterations × 2 VUs`. */
export function plannedLoad(scenario: ScenarioSettings): string {
  const vus = (n: number): string => `${formatNumber(n)} VU${n === 1 ? '' : 's'}`;
  if (scenario.iterations) {
    const { kind, iterations } = scenario.iterations;
    return kind === 'per-vu'
      ? `${formatNumber(iterations)} iterations × ${vus(scenario.maxVus)}`
      : `${formatNumber(iterations)} iterations shared by ${vus(scenario.maxVus)}`;
  }
  if (scenario.model === 'open') {
    const pool = `${formatNumber(scenario.preAllocatedVus ?? 0)}–${vus(scenario.maxVus)}`;
    return `${describeStages(scenario.stages, 'req/s')} (${pool})`;
  }
  return describeStages(scenario.stages);
}

/** The rows of the side-by-side table: label, then one cell per scenario. */
export function scenarioRows(columns: readonly ScenarioColumn[]): { label: string; cells: string[] }[] {
  const stats = columns.map((column) => column.measured.measurements.overall);
  const row = (label: string, cell: (index: number) => string) => ({
    label,
    cells: columns.map((_, i) => cell(i)),
  });
  return [
    row('Executor', (i) => columns[i]!.executor),
    row('Planned load', (i) => columns[i]!.planned ?? '—'),
    row('Starts', (i) => columns[i]!.start),
    row('Ran', (i) => formatElapsed(columns[i]!.measured.measurements.durationMs)),
    row('Requests', (i) => formatNumber(stats[i]!.requests)),
    row('req/s', (i) => formatRps(stats[i]!.rps)),
    row('p50', (i) => formatMs(stats[i]!.latency.p50)),
    row('p95', (i) => formatMs(stats[i]!.latency.p95)),
    row('p99', (i) => formatMs(stats[i]!.latency.p99)),
    row('Errors', (i) => formatPercent(errorPercent(stats[i]!))),
    row('Thresholds', (i) => thresholdSummary(columns[i]!.thresholds)),
  ];
}

function thresholdSummary(results: readonly ThresholdResult[]): string {
  if (results.length === 0) return '—';
  const failed = results.filter((result) => result.status === 'fail').length;
  return failed > 0 ? `${failed} of ${results.length} failed` : `${results.length} held`;
}
