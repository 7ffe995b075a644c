/**
 * The short forms of the seeds' performance_config.yml: `p95: 250ms`, `avg: 100`,
 * `error_rate: 0.5` (a bare number is a percentage), `throughput: 1000` (req/s).
 */
import { findMetric, valueUnit, type MetricDefinition, type ValueUnit } from './metric-catalog.js';
import { boundNumber, isRelative, parseRelativeLimit, writeRelativeLimit } from './relative-limits.js';
import { checkBand, parseLimit, splitBand } from './threshold-limits.js';
import { fail, q } from './threshold-syntax.js';
import type { Aggregation, Operator, Threshold } from './types.js';

/** The short forms, as listed in messages. */
export const SHORT_FORM_NAMES: readonly string[] = [
  'p50',
  'p90',
  'p95',
  'p99',
  'p99.9',
  'avg',
  'med',
  'min',
  'max',
  'error_rate',
  'throughput',
];

interface ShortForm {
  metric: string;
  aggregation: Aggregation;
  percentile?: number;
  operator: Operator;
  /** What a bare number is worth: error_rate is in percent, as in the seeds' config. */
  bareFactor: number;
  example: string;
}

export function shortForm(name: string): ShortForm | undefined {
  const latency = (aggregation: Aggregation, percentile?: number): ShortForm => ({
    metric: 'http_req_duration',
    aggregation,
    ...(percentile !== undefined ? { percentile } : {}),
    operator: '<',
    bareFactor: 1,
    example: '"p95: 250ms"',
  });
  const percentile = /^p(\d+(?:\.\d+)?)$/.exec(name);
  if (percentile) {
    const value = Number(percentile[1]);
    // p0 is the minimum, as k6's p(0).
    if (!(value >= 0 && value <= 100)) {
      fail(`the percentile ${q(name)} is out of range; expected pN with N from 0 to 100, e.g. p95 or p99.9`);
    }
    return latency('p', value);
  }
  switch (name) {
    case 'avg':
    case 'med':
    case 'min':
    case 'max':
      return latency(name);
    case 'error_rate':
      return {
        metric: 'http_req_failed',
        aggregation: 'rate',
        operator: '<',
        bareFactor: 0.01,
        example: '"error_rate: 0.5%"',
      };
    case 'throughput':
      return {
        metric: 'http_reqs',
        aggregation: 'rate',
        operator: '>=',
        bareFactor: 1,
        example: '"throughput: 1000"',
      };
    default:
      return undefined;
  }
}

export function parseShortForm(
  name: string,
  form: ShortForm,
  tagText: string | undefined,
  condition: string,
): Omit<Threshold, 'source' | 'origin'> {
  const metric = findMetric(form.metric) as MetricDefinition;
  if (condition === '') fail(`the limit after ":" is missing; expected e.g. ${form.example}`);
  if (/^[<>=!]/.test(condition)) {
    fail(
      `a short form takes only the limit, not an operator (${name} passes ${
        form.operator === '<' ? 'below' : 'at or above'
      } it); expected e.g. ${form.example}, or the full form for other comparisons, e.g. "http_req_duration: p(95)<=250"`,
    );
  }
  const unit = valueUnit(metric, form.aggregation);
  const band = splitBand(condition, `${form.example.slice(0, -1)} marginal …"`);
  const options = { bareFactor: form.bareFactor, bareIsPercent: form.bareFactor !== 1 };
  const relative =
    isRelative(band.limit) || (band.marginal !== undefined && isRelative(band.marginal))
      ? parseRelativeLimit(form.operator, band.limit, band.marginal, unit, options)
      : undefined;
  const limit = relative
    ? boundNumber(relative.tolerance)
    : parseLimit(band.limit, unit, 'the limit', form.example, options);
  const threshold: Omit<Threshold, 'source' | 'origin'> = {
    metric: metric.name,
    tags: {},
    aggregation: form.aggregation,
    ...(form.percentile !== undefined ? { percentile: form.percentile } : {}),
    operator: form.operator,
    limit,
  };
  if (relative) {
    threshold.relative = relative;
    if (relative.marginal) threshold.marginalLimit = boundNumber(relative.marginal);
  } else if (band.marginal !== undefined) {
    threshold.marginalLimit = parseLimit(band.marginal, unit, 'the marginal limit', form.example, options);
    checkBand(form.operator, limit, threshold.marginalLimit, unit);
  }
  if (tagText !== undefined) {
    const full = `${metric.name}{${tagText.trim()}}: ${writeCondition(threshold, unit)}`;
    fail(`a short form takes no tags; expected the full form, e.g. ${q(full)}`);
  }
  return threshold;
}

/** A parsed condition written back in the full form, e.g. `rate<0.5%` for `error_rate: 0.5`. */
function writeCondition(threshold: Omit<Threshold, 'source' | 'origin'>, unit: ValueUnit): string {
  const write = (value: number): string =>
    unit === 'ratio' ? `${Number((value * 100).toPrecision(12))}%` : String(value);
  const aggregation = threshold.aggregation === 'p' ? `p(${threshold.percentile})` : threshold.aggregation;
  if (threshold.relative)
    return `${aggregation} ${threshold.operator} ${writeRelativeLimit(threshold.relative, unit)}`;
  const band = threshold.marginalLimit === undefined ? '' : ` marginal ${write(threshold.marginalLimit)}`;
  return `${aggregation}${threshold.operator}${write(threshold.limit)}${band}`;
}
