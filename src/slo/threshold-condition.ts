/**
 * The k6 form's parts after the metric name: its tags (`{endpoint:GET /api/trades}`)
 * and its condition (aggregation, operator, limit, optional marginal band).
 */
import { valueUnit, type MetricDefinition } from './metric-catalog.js';
import { checkTagKey, checkTagValue } from './request-tags.js';
import { boundNumber, checkBaselineOnLeft, isRelative, parseRelativeLimit } from './relative-limits.js';
import { checkBand, parseLimit, splitBand } from './threshold-limits.js';
import { BAND_EXAMPLE, didYouMean, fail, listOf, nearest, q } from './threshold-syntax.js';
import type { Aggregation, Operator, Threshold } from './types.js';
import { NUMBER_SOURCE, SAMPLE_LIMITS, unitHint } from './units.js';

const OPERATORS: readonly Operator[] = ['<', '<=', '>', '>=', '==', '!='];
const OPERATOR_LIST = '<, <=, >, >=, == or !=';
const SIMPLE_AGGREGATIONS: readonly Aggregation[] = [
  'avg',
  'med',
  'min',
  'max',
  'rate',
  'count',
  'value',
  'last',
];
const AGGREGATION_SYNONYMS: Readonly<Record<string, string>> = {
  mean: 'avg',
  average: 'avg',
  median: 'med',
  minimum: 'min',
  maximum: 'max',
  total: 'count',
};

function percentileProblem(written: string): string {
  return `the percentile ${q(written)} is out of range; expected p(N) with N above 0 and at most 100, e.g. p(95) or p(99.9)`;
}

const aggregationNames = (metric: MetricDefinition): string[] =>
  metric.aggregations.map((a) => (a === 'p' ? 'p(N)' : a));

// ---------------------------------------------------------------------------
// Tags

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/s.exec(value);
  return match ? (match[2] ?? '') : value;
}

export function parseTags(tagText: string | undefined, metric: MetricDefinition): Record<string, string> {
  const tags: Record<string, string> = {};
  if (tagText === undefined) return tags;
  const example = `e.g. "${metric.name}{endpoint:GET /api/trades}: ${metric.example.split(': ')[1] ?? ''}"`;
  if (tagText.trim() === '')
    fail(`the braces after ${metric.name} are empty; expected key:value inside, ${example}`);
  // A comma starts a new tag only before `key:`, so endpoint names may hold commas.
  for (const part of tagText.split(/,(?=\s*[A-Za-z_][\w-]*\s*:)/)) {
    const colon = part.indexOf(':');
    const key = colon < 0 ? part.trim() : part.slice(0, colon).trim();
    const value = colon < 0 ? '' : unquote(part.slice(colon + 1).trim());
    if (colon < 0) fail(`the tag ${q(part.trim())} has no ":"; expected key:value, ${example}`);
    checkTagKey(key, metric, example);
    if (value === '') fail(`the tag ${q(key)} has no value; expected key:value, ${example}`);
    checkTagValue(key, value);
    if (key in tags) fail(`the tag ${q(key)} is given twice; expected each tag once, ${example}`);
    tags[key] = value;
  }
  return tags;
}

// ---------------------------------------------------------------------------
// Aggregation, operator

interface AggregationChoice {
  aggregation: Aggregation;
  percentile?: number;
}

function parseAggregation(written: string, metric: MetricDefinition): AggregationChoice {
  const text = written.replace(/\s+/g, '');
  const takes = `${metric.name} takes ${listOf(aggregationNames(metric))}, e.g. ${q(metric.example)}`;
  let choice: AggregationChoice | undefined;
  const percentile = /^p\((.*)\)$/.exec(text);
  if (percentile) {
    const inner = percentile[1] ?? '';
    if (!new RegExp(`^${NUMBER_SOURCE}$`).test(inner)) {
      fail(
        `${q(text)} is not a percentile; expected p(N) with N a number above 0 and at most 100, e.g. p(95) or p(99.9)`,
      );
    }
    const value = Number(inner);
    if (!(value > 0 && value <= 100)) fail(percentileProblem(text));
    choice = { aggregation: 'p', percentile: value };
  } else if ((SIMPLE_AGGREGATIONS as readonly string[]).includes(text)) {
    choice = { aggregation: text as Aggregation };
  } else {
    const bare = /^p(\d+(?:\.\d+)?)$/i.exec(text);
    const suggestion = bare
      ? `p(${bare[1]})`
      : (AGGREGATION_SYNONYMS[text.toLowerCase()] ??
        nearest(text, [...metric.aggregations.filter((a) => a !== 'p'), ...SIMPLE_AGGREGATIONS]));
    fail(`unknown aggregation ${q(text)}${didYouMean(suggestion)}; ${takes}`);
  }
  const chosen = choice as AggregationChoice;
  if (!metric.aggregations.includes(chosen.aggregation)) {
    fail(`${q(text)} does not apply to ${metric.name}, a ${metric.kind} metric; ${takes}`);
  }
  return chosen;
}

function readOperator(text: string): { operator: Operator; length: number } {
  const written = /^[<>=!]+/.exec(text)?.[0] ?? '';
  const known = OPERATORS.find((operator) => written === operator);
  if (known) return { operator: known, length: written.length };
  const hint: Record<string, string> = {
    '=': '==',
    '=<': '<=',
    '=>': '>=',
    '<>': '!=',
    '===': '==',
    '!==': '!=',
  };
  const suggestion = hint[written];
  return fail(
    `${q(written)} is not a comparison operator${didYouMean(suggestion)}; expected one of ${OPERATOR_LIST}, ` +
      `e.g. "http_req_duration: p(95)<=250"`,
  );
}

export function parseCondition(
  condition: string,
  metric: MetricDefinition,
): Pick<Threshold, 'aggregation' | 'percentile' | 'operator' | 'limit' | 'marginalLimit' | 'relative'> {
  const example = q(metric.example);
  if (condition === '') fail(`the condition after ":" is missing; expected e.g. ${example}`);
  const at = condition.search(/[<>=!]/);
  if (at < 0) {
    fail(`no comparison operator in ${q(condition)}; expected one of ${OPERATOR_LIST}, e.g. ${example}`);
  }
  const aggregationText = condition.slice(0, at).trim();
  if (aggregationText === '') {
    fail(
      `the aggregation is missing before ${q(condition.slice(at))}; ` +
        `${metric.name} takes ${listOf(aggregationNames(metric))}, e.g. ${example}`,
    );
  }
  checkBaselineOnLeft(aggregationText);
  const choice = parseAggregation(aggregationText, metric);
  const { operator, length } = readOperator(condition.slice(at));
  const unit = valueUnit(metric, choice.aggregation);
  const written = `${metric.name}: ${aggregationText.replace(/\s+/g, '')}${operator}`;
  const rest = condition.slice(at + length).trim();
  if (rest === '')
    fail(
      `no limit after ${q(operator)}; expected ${unitHint(unit)}, e.g. ${q(written + SAMPLE_LIMITS[unit])}`,
    );
  const band = splitBand(rest, BAND_EXAMPLE);
  if (isRelative(band.limit) || (band.marginal !== undefined && isRelative(band.marginal))) {
    const relative = parseRelativeLimit(operator, band.limit, band.marginal, unit);
    return {
      ...choice,
      operator,
      limit: boundNumber(relative.tolerance),
      ...(relative.marginal ? { marginalLimit: boundNumber(relative.marginal) } : {}),
      relative,
    };
  }
  const limit = parseLimit(band.limit, unit, 'the limit', q(written + SAMPLE_LIMITS[unit]));
  const result: ReturnType<typeof parseCondition> = { ...choice, operator, limit };
  if (band.marginal !== undefined) {
    result.marginalLimit = parseLimit(band.marginal, unit, 'the marginal limit', BAND_EXAMPLE);
    checkBand(operator, limit, result.marginalLimit, unit);
  }
  return result;
}
