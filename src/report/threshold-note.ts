/**
 * The note beside a threshold in the reports' SLO tables: what the threshold asks in
 * words, then how the run stood against it (its margin, the marginal band it fell in, or
 * why it could not be judged). Plain text; callers escape it for their format.
 */
import { findMetric, thresholdValueUnit } from '../slo/metric-catalog.js';
import { writeRelativeLimit } from '../slo/relative-limits.js';
import type { Operator, Threshold, ThresholdResult } from '../slo/types.js';
import { formatPercent, formatThresholdValue } from './format.js';

const OPERATOR_WORDS: Readonly<Record<Operator, string>> = {
  '<': 'below',
  '<=': 'at most',
  '>': 'above',
  '>=': 'at least',
  '==': 'exactly',
  '!=': 'other than',
};

/** What a metric measures, for the aggregations that read as "<aggregation> <words>". */
const METRIC_WORDS: Readonly<Record<string, string>> = {
  http_req_duration: 'request latency',
  http_req_failed: 'share of failed requests',
  checks: 'share of passed checks',
  dropped_requests: 'dropped requests',
  isolation_violations: 'isolation violations',
  capacity_rps: 'capacity (highest rate at which every SLO held)',
};

/** Counters read as a total (`count`) or per second (`rate`). */
const COUNTER_WORDS: Readonly<Record<string, { count: string; rate: string }>> = {
  http_reqs: { count: 'number of completed requests', rate: 'throughput' },
  data_received: { count: 'bytes received', rate: 'rate of bytes received' },
  data_sent: { count: 'bytes sent', rate: 'rate of bytes sent' },
  dropped_requests: { count: 'number of dropped requests', rate: 'rate of dropped requests' },
  isolation_violations: { count: 'number of isolation violations', rate: 'rate of isolation violations' },
};

/** `95th`, `99.9th`, `1st`, `12th`. */
function ordinal(n: number): string {
  if (!Number.isInteger(n)) return `${n}th`;
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function statisticWords(threshold: Threshold): string {
  const { metric, aggregation } = threshold;
  const counter = COUNTER_WORDS[metric];
  if (counter && (aggregation === 'count' || aggregation === 'rate')) return counter[aggregation];
  const words = METRIC_WORDS[metric] ?? findMetric(metric)?.description ?? metric;
  switch (aggregation) {
    case 'p':
      return `${ordinal(threshold.percentile ?? 0)}-percentile ${words}`;
    case 'avg':
      return `mean ${words}`;
    case 'med':
      return `median ${words}`;
    case 'min':
      return `lowest ${words}`;
    case 'max':
      return `highest ${words}`;
    case 'count':
      return `total ${words}`;
    case 'last':
      return `last sampled ${words}`;
    case 'rate':
    case 'value':
      return words;
  }
}

function scopeWords(tags: Readonly<Record<string, string>>): string {
  const entries = Object.entries(tags);
  if (entries.length === 0) return ' over the whole run';
  return ` for ${entries.map(([key, value]) => `${key} ${value}`).join(', ')}`;
}

/** `95th-percentile request latency over the whole run must stay below 250 ms`. */
export function thresholdMeaning(threshold: Threshold): string {
  const unit = thresholdValueUnit(threshold);
  const limit = threshold.relative
    ? writeRelativeLimit(threshold.relative, unit).replace(/\*/g, '×')
    : formatThresholdValue(threshold, threshold.limit);
  const verb = threshold.operator === '<' || threshold.operator === '<=' ? 'must stay' : 'must be';
  return `${statisticWords(threshold)}${scopeWords(threshold.tags)} ${verb} ${OPERATOR_WORDS[threshold.operator]} ${limit}`;
}

/** `68 ms (27 %) under the limit`, `20 req/s (20 %) short of it`; undefined when it has no direction. */
function margin(threshold: Threshold, actual: number): string | undefined {
  const { operator, limit } = threshold;
  const upper = operator === '<' || operator === '<=';
  if (!upper && operator !== '>' && operator !== '>=') return undefined;
  const unit = thresholdValueUnit(threshold);
  const diff = upper ? limit - actual : actual - limit;
  const size = Math.abs(diff);
  const amount =
    unit === 'ratio'
      ? `${formatPercent(size * 100).replace(' %', '')} percentage points`
      : formatThresholdValue(threshold, size);
  // A share of the limit helps up to 100 %; beyond it (3,000 % over) the amount says more.
  const percent = limit > 0 ? (size / limit) * 100 : Infinity;
  const share = unit !== 'ratio' && percent < 100 ? ` (${formatPercent(percent)})` : '';
  if (size === 0) return 'exactly at the limit';
  if (diff > 0) return `${amount}${share} ${upper ? 'under' : 'above'} the limit`;
  return `${amount}${share} ${upper ? 'over' : 'short of'} the limit`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The whole note: the meaning, then the run's standing. A note the evaluation gave (no
 * data, a marginal band, a comparison with the baseline) is kept; the margin is added to
 * it for a plain limit.
 */
export function thresholdNote(result: ThresholdResult): string {
  const { threshold, actual, status, note } = result;
  const meaning = `${capitalise(thresholdMeaning(threshold))}.`;
  const standing = actual === null || threshold.relative ? undefined : margin(threshold, actual);
  const measured =
    actual === null
      ? undefined
      : `${formatThresholdValue(threshold, actual)}${standing ? `, ${standing}` : ''}`;
  if (note) {
    const said = capitalise(note.trim().replace(/\.$/u, ''));
    return `${meaning} ${said}${measured && !threshold.relative ? `: ${measured}` : ''}.`;
  }
  if (measured === undefined) return `${meaning} No data to judge it.`;
  const lead = status === 'pass' ? 'Met' : status === 'fail' ? 'Failed' : capitalise(status);
  return `${meaning} ${lead}: ${measured}.`;
}
