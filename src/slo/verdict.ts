/**
 * The final verdict: the thresholds' verdict, then what the run says about itself. Each
 * rule below looks at the run and may name a reason the verdict cannot be what the
 * thresholds alone say; a new reason (a baseline that cannot decide, a metrics source
 * that could not be read) is one more rule in {@link VERDICT_RULES}.
 *
 * A rule's verdict replaces the thresholds' when it is worse (VERDICTS runs from best
 * to worst). A rule that only doubts a pass (`unlessFail`) gives way to a breach
 * measured on the data that ran: a run cut short can fail, but cannot pass.
 */
import type { RunMeasurements } from '../metrics/measurements.js';
import { comparisonReasons } from './baseline-comparison.js';
import { unreachableReason } from './reachability.js';
import { unreadSeries } from './server-metric-measure.js';
import { VERDICTS, type Evaluation } from './types.js';

/** What a rule finds: the verdict it calls for, and why. */
export interface VerdictFinding {
  verdict: Evaluation['verdict'];
  reason: string;
  /** True when a threshold that fails on the data measured still decides (the verdict stays fail). */
  unlessFail?: boolean;
}

export type VerdictRule = (thresholds: Evaluation, measurements: RunMeasurements) => VerdictFinding[];

/** No request reached the target (TLS trust, DNS, refused from the start): the gate, not the canary, is at fault. */
const unreachableTarget: VerdictRule = (_thresholds, m) => {
  const reason = unreachableReason(m);
  return reason === undefined ? [] : [{ verdict: 'error', reason }];
};

/** The load generator, not the target, was the bottleneck: no figure can be trusted, a breach neither. */
const generatorBottleneck: VerdictRule = (_thresholds, m) =>
  (m.generator?.bottleneck ?? []).map((why) => ({
    verdict: 'inconclusive',
    reason: `the load generator, not the target, was the bottleneck: ${why}`,
  }));

/** The load stopped before its plan ended (not by an abortOnFail breach, which fails). */
const partialPlan: VerdictRule = (_thresholds, m) => {
  const plan = m.plan;
  if (plan === undefined || plan.completed || m.abortedBy !== undefined) return [];
  return [{ verdict: 'inconclusive', reason: describePlan(plan), unlessFail: true }];
};

/** A threshold the data cannot decide either way (e.g. a lower bound against an upper limit). */
const undecidedThresholds: VerdictRule = (thresholds) =>
  thresholds.results
    .filter(
      (result) => result.status === 'inconclusive' && !result.threshold.relative && !unreadSeries(result),
    )
    .map((result) => ({
      verdict: 'inconclusive',
      reason: `${result.threshold.source} cannot be decided${result.note ? `: ${result.note}` : ''}`,
      unlessFail: true,
    }));

/** A comparison with the baseline that could not tell: how much longer a run would likely need. */
const undecidedComparisons: VerdictRule = (thresholds) =>
  comparisonReasons(thresholds.results).map((reason) => ({
    verdict: 'inconclusive',
    reason,
    unlessFail: true,
  }));

/**
 * The metrics store could not give a server metric a threshold names (the query failed,
 * found no series or several): that threshold cannot pass, and the canary was not shown
 * to be bad, so it is no rollback either. A breach measured elsewhere still fails.
 */
const unreadableServerMetrics: VerdictRule = (thresholds) =>
  thresholds.results.filter(unreadSeries).map((result) => ({
    verdict: 'inconclusive',
    reason: `${result.threshold.source} has no data from the metrics source${result.note ? `: ${result.note}` : ''}`,
    unlessFail: true,
  }));

export const VERDICT_RULES: readonly VerdictRule[] = [
  unreachableTarget,
  generatorBottleneck,
  partialPlan,
  undecidedThresholds,
  undecidedComparisons,
  unreadableServerMetrics,
];

/** The thresholds' evaluation with the final verdict and the reasons that shaped it. */
export function decideVerdict(
  thresholds: Evaluation,
  measurements: RunMeasurements,
  rules: readonly VerdictRule[] = VERDICT_RULES,
): Evaluation {
  const findings = rules
    .flatMap((rule) => rule(thresholds, measurements))
    .filter((finding) => !(finding.unlessFail && thresholds.verdict === 'fail'));
  let verdict = thresholds.verdict;
  for (const finding of findings) if (rank(finding.verdict) > rank(verdict)) verdict = finding.verdict;
  return { ...thresholds, verdict, reasons: [...thresholds.reasons, ...findings.map((f) => f.reason)] };
}

function rank(verdict: Evaluation['verdict']): number {
  return VERDICTS.indexOf(verdict);
}

/** `ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)`. */
export function describePlan(plan: NonNullable<RunMeasurements['plan']>): string {
  const ran = `ran ${seconds(plan.ranMs)} of a ${seconds(plan.plannedMs)} plan (${percent(plan.fraction)})`;
  return plan.stoppedBy ? `${ran}: ${plan.stoppedBy}` : ran;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 && Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function percent(fraction: number): string {
  const value = fraction * 100;
  return `${value >= 1 || value === 0 ? Math.round(value) : value.toFixed(1)} %`;
}
