/**
 * A relative threshold (`p(95) < baseline * 1.10`, `rate < baseline + 1%`) judged
 * against the baseline's measurements, two ways:
 *
 * - **The point**: the canary's value of the statistic against the bound the
 *   baseline's value sets (`baseline value * k`, `+ d`), exactly as an absolute
 *   threshold is judged against its limit.
 * - **The judge** (compare/relative-judge.ts), for the statistics that have a
 *   distribution to compare: latency statistics (each second's p95, mean, …, from the
 *   per-second histograms), `http_req_failed` rates (the counts, two-proportion
 *   comparison) and `http_reqs` rates (each second's request rate). Other metrics
 *   (bytes, checks, counts) are judged on the point alone.
 *
 * How the two combine, when there is a judgement:
 *
 * | judge \ point | pass         | marginal     | fail         |
 * | ------------- | ------------ | ------------ | ------------ |
 * | pass          | pass         | inconclusive | inconclusive |
 * | marginal      | marginal     | marginal     | marginal     |
 * | fail          | fail         | fail         | fail         |
 * | inconclusive  | inconclusive | inconclusive | inconclusive |
 *
 * The judge decides, and the point can only withhold a pass. The judge compares the
 * typical second of each run, so a few disturbed seconds (a stall of the machine, a
 * garbage collection) barely move it, while they can move the run's pooled p95 a lot:
 * the pooled value cannot overrule a significant shift, nor clear one. But when the
 * seconds are unchanged and the run's own value is still beyond the bound (a burst of
 * slow seconds that lifts the p95), a pass would hide it: the threshold is
 * inconclusive, never a silent pass.
 *
 * No baseline (none configured or loaded, or `BaselineData.missing`), or a baseline
 * without a value for this statistic (an endpoint it did not measure): the threshold
 * has no data and fails with the reason, unless `baseline-missing: pass`, which
 * passes it with a note saying so. A canary without a value fails, as always.
 */
import { judgeRelativeThreshold } from '../compare/relative-judge.js';
import type {
  ComparisonData,
  ComparisonOperator,
  RelativeBound,
  RelativeJudgement,
} from '../compare/types.js';
import type { BaselineData } from '../metrics/baseline-data.js';
import {
  intervalLatencies,
  intervalRequestRates,
  type IntervalLatencyStatistic,
} from '../metrics/interval-statistics.js';
import type { RunMeasurements } from '../metrics/measurements.js';
import { judgeRecord } from './baseline-comparison.js';
import { findMetric, thresholdValueUnit } from './metric-catalog.js';
import { HistogramCache, measureThreshold, scopeOf, scopePoints } from './measure-threshold.js';
import { bandNote, judge } from './point-judge.js';
import { serverComparisonData } from './server-metric-measure.js';
import type {
  BaselineComparison,
  BaselineUse,
  PointStatus,
  Threshold,
  ThresholdResult,
  ThresholdStatus,
} from './types.js';
import { formatQuantity } from './units.js';

/** What relative thresholds are judged against (from `settings.baseline` and the loaded baseline). */
export interface BaselineJudging {
  /** Undefined when no baseline was measured or loaded. */
  baseline?: BaselineData;
  /** `baseline-missing`; default `fail`. */
  missing?: 'pass' | 'fail';
  /** The judge's confidence; default 0.95. */
  confidence?: number;
}

const DEFAULT_CONFIDENCE = 0.95;

export function baselineUse(judging: BaselineJudging): BaselineUse {
  const { baseline } = judging;
  return {
    origin: baseline?.origin ?? null,
    missing: baseline === undefined ? NO_BASELINE : 'missing' in baseline ? baseline.missing : null,
    onMissing: judging.missing ?? 'fail',
    confidence: judging.confidence ?? DEFAULT_CONFIDENCE,
  };
}

const NO_BASELINE = 'no baseline was measured or loaded';

/** The combination table of the module header. */
export function combineStatuses(point: PointStatus, judged: RelativeJudgement['status']): ThresholdStatus {
  if (judged === 'pass' && point !== 'pass') return 'inconclusive';
  return judged;
}

function applyBound(value: number, bound: RelativeBound): number {
  return bound.form === 'ratio' ? value * bound.factor : value + bound.delta;
}

const EMPTY_COMPARISON: BaselineComparison = {
  baseline: null,
  limit: null,
  marginalLimit: null,
  change: null,
  pointStatus: null,
  judge: null,
};

export function evaluateRelativeThreshold(
  threshold: Threshold,
  canary: RunMeasurements,
  judging: BaselineJudging,
  histograms = new HistogramCache(),
): ThresholdResult {
  const relative = threshold.relative!;
  const measured = measureThreshold(threshold, canary, histograms);
  if ('note' in measured) {
    const status = measured.undecided ? 'inconclusive' : 'fail';
    return { threshold, actual: null, status, note: measured.note, comparison: EMPTY_COMPARISON };
  }
  const actual = measured.value;
  const { baseline } = judging;
  if (baseline === undefined || 'missing' in baseline) {
    return noBaseline(threshold, actual, judging, baseline === undefined ? NO_BASELINE : baseline.missing);
  }
  const reference = measureThreshold(threshold, baseline.measurements, histograms);
  if ('note' in reference && reference.undecided) {
    const note = `in the baseline, ${reference.note}`;
    return { threshold, actual, status: 'inconclusive', note, comparison: EMPTY_COMPARISON };
  }
  if ('note' in reference)
    return noBaseline(threshold, actual, judging, `in the baseline, ${reference.note}`);

  const limit = applyBound(reference.value, relative.tolerance);
  const marginalLimit = relative.marginal ? applyBound(reference.value, relative.marginal) : undefined;
  const pointStatus = judge(actual, {
    operator: threshold.operator,
    limit,
    ...(marginalLimit !== undefined ? { marginalLimit } : {}),
  });
  const data = comparisonData(threshold, canary, baseline.measurements);
  const judgement =
    data === undefined
      ? undefined
      : judgeRelativeThreshold({
          data,
          operator: threshold.operator as ComparisonOperator,
          tolerance: relative.tolerance,
          ...(relative.marginal ? { marginal: relative.marginal } : {}),
          confidence: judging.confidence ?? DEFAULT_CONFIDENCE,
          ...(data.kind === 'proportion' ? {} : { unit: unitLabel(threshold) }),
        });
  const status = judgement ? combineStatuses(pointStatus, judgement.status) : pointStatus;
  const comparison: BaselineComparison = {
    baseline: reference.value,
    limit,
    marginalLimit: marginalLimit ?? null,
    change: reference.value > 0 ? actual / reference.value - 1 : null,
    pointStatus,
    judge: judgement ? judgeRecord(judgement) : null,
  };
  const note = relativeNote(threshold, actual, comparison, status, judgement, data === undefined);
  return { threshold, actual, status, note, comparison };
}

function noBaseline(
  threshold: Threshold,
  actual: number,
  judging: BaselineJudging,
  reason: string,
): ThresholdResult {
  const passes = judging.missing === 'pass';
  const note = passes
    ? `not compared, ${reason}; passed because baseline-missing is pass`
    : `nothing to compare with: ${reason}`;
  return { threshold, actual, status: passes ? 'pass' : 'fail', note, comparison: EMPTY_COMPARISON };
}

/** The two samples the judge compares, or undefined when the statistic is judged on the point alone. */
function comparisonData(
  threshold: Threshold,
  canary: RunMeasurements,
  baseline: RunMeasurements,
): ComparisonData | undefined {
  const metric = findMetric(threshold.metric);
  if (metric?.kind === 'series') {
    return serverComparisonData(threshold.metric, threshold.aggregation, canary, baseline);
  }
  if (metric?.name === 'http_req_failed') {
    const sides = [scopeOf(threshold, canary), scopeOf(threshold, baseline)];
    const [c, b] = sides.map((scope) =>
      'note' in scope ? undefined : { events: scope.stats.failed, trials: scope.stats.requests },
    );
    return c && b ? { kind: 'proportion', canary: c, baseline: b } : undefined;
  }
  const canaryPoints = scopePoints(threshold, canary);
  const baselinePoints = scopePoints(threshold, baseline);
  if (canaryPoints === undefined || baselinePoints === undefined) return undefined;
  if (metric?.kind === 'trend') {
    const statistic = latencyStatistic(threshold);
    return {
      kind: 'latency',
      canary: intervalLatencies(canaryPoints, statistic),
      baseline: intervalLatencies(baselinePoints, statistic),
    };
  }
  if (metric?.name === 'http_reqs' && threshold.aggregation === 'rate') {
    return {
      kind: 'rate',
      canary: intervalRequestRates(canaryPoints),
      baseline: intervalRequestRates(baselinePoints),
    };
  }
  return undefined;
}

function latencyStatistic(threshold: Threshold): IntervalLatencyStatistic {
  switch (threshold.aggregation) {
    case 'p':
      return { kind: 'percentile', percentile: threshold.percentile ?? 50 };
    case 'med':
      return { kind: 'percentile', percentile: 50 };
    case 'min':
    case 'max':
    case 'avg':
      return { kind: threshold.aggregation };
    default:
      return { kind: 'avg' };
  }
}

function unitLabel(threshold: Threshold): string {
  return { ms: 'ms', ratio: '', count: '', per_second: 'req/s', bytes: 'B', bytes_per_second: 'B/s' }[
    thresholdValueUnit(threshold)
  ];
}

/** One line: the two values and the bound, then the judge's reading and why the status is what it is. */
function relativeNote(
  threshold: Threshold,
  actual: number,
  c: BaselineComparison,
  status: ThresholdStatus,
  judgement: RelativeJudgement | undefined,
  pointOnly: boolean,
): string {
  const unit = thresholdValueUnit(threshold);
  const f = (v: number): string => formatQuantity(unit, v);
  const change = c.change === null ? '' : ` (${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)} %)`;
  const parts = [
    `canary ${f(actual)} against the baseline's ${f(c.baseline!)}${change}, limit ${f(c.limit!)}`,
  ];
  const band = bandNote(threshold, c.pointStatus!, c.limit!, c.marginalLimit ?? undefined);
  if (band) parts.push(band);
  if (judgement) parts.push(`per ${judgementUnit(threshold, judgement)}: ${judgement.explanation}`);
  else if (pointOnly && judgedKinds(threshold))
    parts.push('judged on the values alone: a run holds no per-second data');
  if (judgement && status === 'inconclusive' && judgement.status === 'pass') {
    parts.push(
      `its seconds are unchanged but the run's value is beyond the limit: a burst of slow seconds, not judged a pass`,
    );
  }
  return parts.join('; ');
}

/** What one value of the judge's samples is: a request, a second, or a server metric's sample. */
function judgementUnit(threshold: Threshold, judgement: RelativeJudgement): string {
  if (judgement.method === 'two-proportion score') return 'request';
  return findMetric(threshold.metric)?.kind === 'series' ? 'sample' : 'second';
}

/** Whether the metric has a distribution to judge when the per-second data are there. */
function judgedKinds(threshold: Threshold): boolean {
  const metric = findMetric(threshold.metric);
  return metric?.kind === 'trend' || (metric?.name === 'http_reqs' && threshold.aggregation === 'rate');
}
