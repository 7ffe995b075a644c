/**
 * The action's outputs, computed in one place from the gate's outcome so the
 * action and the CLI (`--output-file`) agree on names and formats.
 */
import type { GateOutcome } from './gate.js';
import { regressionsOf } from './slo/baseline-comparison.js';

export type GateOutputs = Record<string, string>;

/** Round for outputs: enough precision to compare, short enough to read. */
function figure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function gateOutputs(outcome: GateOutcome): GateOutputs {
  const { overall } = outcome.measurements;
  const errorPercent = overall.requests === 0 ? 0 : (overall.failed / overall.requests) * 100;
  const failed = outcome.evaluation.results.filter((r) => r.status === 'fail');
  return {
    ...verdictOutputs(outcome),
    'p50-ms': figure(overall.latency.p50),
    'p95-ms': figure(overall.latency.p95),
    'p99-ms': figure(overall.latency.p99),
    'error-percent': figure(errorPercent),
    rps: figure(overall.rps),
    requests: String(overall.requests),
    ...loadModelOutputs(outcome),
    ...baselineOutputs(outcome),
    'failed-slos': failed.map((r) => r.threshold.source).join(', '),
    // Thresholds may contain commas: the JSON array keeps them apart.
    'failed-slos-json': JSON.stringify(failed.map((r) => r.threshold.source)),
    'report-path': outcome.reportPath,
    'results-path': outcome.resultsPath,
  };
}

/**
 * A matrix leg decides nothing: `verdict=shard` (the merge job gives the verdict), and
 * `passed` says whether the leg's own step passes (false only after its abortOnFail stop).
 */
function verdictOutputs(outcome: GateOutcome): GateOutputs {
  const verdict = outcome.evaluation.verdict;
  if (outcome.shard) {
    return {
      verdict: 'shard',
      passed: String(outcome.measurements.abortedBy === undefined),
      rollback: 'false',
    };
  }
  return {
    verdict,
    passed: String(verdict === 'pass' || verdict === 'marginal'),
    rollback: String(outcome.rollback),
  };
}

/** Outputs when the gate could not run at all (bad input): nothing measured, no rollback. */
export function errorOutputs(): GateOutputs {
  return { verdict: 'error', passed: 'false', rollback: 'false', 'failed-slos-json': '[]' };
}

/**
 * The baseline's overall p95, the canary's change against it in percent, and the failed
 * relative thresholds as a JSON array; empty (`[]`) without a baseline.
 */
function baselineOutputs(outcome: GateOutcome): GateOutputs {
  const regressions = JSON.stringify(regressionsOf(outcome.evaluation.results));
  const baseline = outcome.report.baseline;
  if (baseline === undefined || 'missing' in baseline || baseline.measurements.overall.latency.count === 0) {
    return { 'baseline-p95-ms': '', 'p95-change-percent': '', regressions };
  }
  const baselineP95 = baseline.measurements.overall.latency.p95;
  const canary = outcome.measurements.overall.latency;
  const change = canary.count > 0 && baselineP95 > 0 ? figure((canary.p95 / baselineP95 - 1) * 100) : '';
  return { 'baseline-p95-ms': figure(baselineP95), 'p95-change-percent': change, regressions };
}

/** Open model and breakpoint outputs: empty (capacity, rates) or 0 (dropped) when they do not apply. */
function loadModelOutputs(outcome: GateOutcome): GateOutputs {
  const { arrival, breakpoint } = outcome.measurements;
  return {
    'dropped-requests': String(arrival?.dropped ?? 0),
    'target-rps': arrival ? figure(arrival.targetRps) : '',
    'achieved-rps': arrival ? figure(arrival.achievedRps) : '',
    'capacity-rps': breakpoint ? figure(breakpoint.capacityRps) : '',
  };
}
