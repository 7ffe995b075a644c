/**
 * The comparison with the baseline as plain JSON and as words: the judge's record
 * (numbers it could not have are null, not NaN), the verdict's reasons for
 * inconclusive comparisons (how much longer a run would likely need), and the
 * regressions the outputs and the PR comment lead with ("+18 % (+14 to +22 %)").
 * Pure functions of the evaluation.
 */
import { MIN_INTERVALS } from '../compare/relative-judge.js';
import type { RelativeJudgement } from '../compare/types.js';
import type { Evaluation, JudgeRecord, ThresholdResult } from './types.js';
import { thresholdValueUnit } from './metric-catalog.js';
import { unreadSeries } from './server-metric-measure.js';

const orNull = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

export function judgeRecord(j: RelativeJudgement): JudgeRecord {
  return {
    status: j.status,
    form: j.form,
    estimate: orNull(j.estimate),
    lower: orNull(j.lower),
    upper: orNull(j.upper),
    tolerance: orNull(j.tolerance),
    marginal: orNull(j.marginal),
    pValue: orNull(j.pValue),
    significant: j.significant,
    confidence: j.confidence,
    method: j.method,
    canarySize: j.canarySize,
    baselineSize: j.baselineSize,
    reason: j.reason ?? null,
    lengthFactor: orNull(j.runLength?.lengthFactor),
    additionalSeconds: orNull(j.runLength?.additionalSeconds),
    explanation: j.explanation,
  };
}

function scopeLabel(result: ThresholdResult): string {
  const endpoint = result.threshold.tags.endpoint;
  return endpoint === undefined ? 'the whole run' : `endpoint "${endpoint}"`;
}

/** How much longer a run would likely need, in words. */
function runLengthAdvice(result: ThresholdResult): string {
  const judge = result.comparison?.judge;
  if (!judge || judge.status !== 'inconclusive') {
    return 'a longer run would tell a lasting change from a burst';
  }
  if (judge.reason === 'too-few-samples') {
    if (judge.canarySize >= MIN_INTERVALS) {
      return `the baseline holds only ${judge.baselineSize} s of data, and the judge needs at least ${MIN_INTERVALS} s on each side`;
    }
    const more = MIN_INTERVALS - judge.canarySize;
    return `a run at least ${more} s longer is needed (the judge needs at least ${MIN_INTERVALS} s of data on each side)`;
  }
  if (judge.additionalSeconds !== null) {
    return `a run about ${judge.additionalSeconds} s longer would likely settle it`;
  }
  if (judge.lengthFactor !== null) {
    return `a run about ${judge.lengthFactor.toFixed(1)}× as long would likely settle it`;
  }
  return 'the estimate sits on the bound, so no longer run would likely settle it';
}

/** One reason per inconclusive comparison, naming the threshold, its scope and the run length it needs. */
export function comparisonReasons(results: readonly ThresholdResult[]): string[] {
  return results
    .filter((r) => r.threshold.relative && r.status === 'inconclusive' && !unreadSeries(r))
    .map(
      (r) =>
        `"${r.threshold.source}" (${scopeLabel(r)}): the comparison with the baseline is inconclusive; ${runLengthAdvice(r)}`,
    );
}

/** The evaluation with the comparison's reasons added; the verdict decision calls it once. */
export function withComparisonReasons(evaluation: Evaluation): Evaluation {
  const reasons = comparisonReasons(evaluation.results);
  if (reasons.length === 0) return evaluation;
  return { ...evaluation, reasons: [...(evaluation.reasons ?? []), ...reasons] };
}

/** A failed relative threshold, as the `regressions` output lists it. */
export interface Regression {
  threshold: string;
  /** Null for the whole run. */
  endpoint: string | null;
  /** The change, e.g. `+18 %`, `+12 ms`, `+1.2 pp`. */
  change: string;
  /** The judge's interval of the change, e.g. `+14 to +22 %`; null when judged on the values alone. */
  interval: string | null;
  significant: boolean;
}

function signed(text: string, v: number): string {
  return v > 0 ? `+${text}` : text;
}

function percentText(v: number): string {
  const percent = v * 100;
  return signed(Math.abs(percent) >= 10 ? percent.toFixed(0) : percent.toFixed(1), percent);
}

function differenceText(v: number): string {
  return signed(String(Number(v.toPrecision(3))), v);
}

/** The failed relative thresholds, with the change and its interval as a person reads them. */
export function regressionsOf(results: readonly ThresholdResult[]): Regression[] {
  const out: Regression[] = [];
  for (const r of results) {
    const c = r.comparison;
    if (!r.threshold.relative || r.status !== 'fail' || !c) continue;
    const j = c.judge;
    const base = { threshold: r.threshold.source, endpoint: r.threshold.tags.endpoint ?? null };
    if (j && j.estimate !== null && j.lower !== null && j.upper !== null) {
      const proportion = j.method === 'two-proportion score';
      const unit = j.form === 'ratio' ? ' %' : proportion ? ' pp' : unitSuffix(r);
      const num = j.form === 'ratio' || proportion ? percentText : differenceText;
      out.push({
        ...base,
        change: `${num(j.estimate)}${unit}`,
        interval: `${num(j.lower)} to ${num(j.upper)}${unit}`,
        significant: j.significant,
      });
    } else if (c.change !== null) {
      out.push({ ...base, change: `${percentText(c.change)} %`, interval: null, significant: false });
    } else {
      out.push({ ...base, change: '', interval: null, significant: false });
    }
  }
  return out;
}

function unitSuffix(r: ThresholdResult): string {
  const unit = thresholdValueUnit(r.threshold);
  return unit === 'ms' ? ' ms' : unit === 'per_second' ? ' req/s' : '';
}
