/**
 * The k6 form's parts after the metric name: its tags (`{endpoint:GET /api/trades}`)
 * and its condition (aggregation, operator, limit, optional marginal band).
 */
import { parseGoFloat } from '../syntax/go-float.js';
import { valueUnit, type MetricDefinition } from './metric-catalog.js';
import { checkTagKey, checkTagValue } from './request-tags.js';
import { boundNumber, checkBaselineOnLeft, isRelative, parseRelativeLimit } from './relative-limits.js';
import { checkBand, parseLimit, splitBand } from './threshold-limits.js';
import { BAND_EXAMPLE, didYouMean, fail, listOf, nearest, q } from './threshold-syntax.js';
import type { Aggregation, Operator, Threshold } from './types.js';
import { SAMPLE_LIMITS, unitHint } from './units.js';

const OPERATORS: readonly Operator[] = ['<', '<=', '>', '>=', '==', '!='];
const OPERATOR_LIST = '<, <=, >, >=, ==, === or !=';
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
  return `the percentile ${q(written)} is out of range; expected p(N) with N from 0 to 100, e.g. p(95) or p(99.9)`;
}

const aggregationNames = (metric: MetricDefinition): string[] =>
  metric.aggregations.map((a) => (a === 'p' ? 'p(N)' : a));

// ---------------------------------------------------------------------------
// Tags

/** One `key:value` of a tag list, as written (after k6's trimming). */
export interface TagPair {
  key: string;
  value: string;
}

/** Go's strings.TrimSpace: the blanks of Unicode's White_Space property. */
const GO_BLANKS = String.raw`[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]`;
const GO_TRIM = new RegExp(`^${GO_BLANKS}+|${GO_BLANKS}+$`, 'g');
/** k6's `strings.Trim(strings.TrimSpace(s), "\"'")`: blanks, then every quote at either end. */
const k6Trim = (text: string): string => text.replace(GO_TRIM, '').replace(/^["']+|["']+$/g, '');

/**
 * The lexical split of a tag list (the text between the braces), as k6 does it
 * (metrics/metric.go ParseMetricName and AddSubmetric): split at every comma; each
 * part needs a ":" with something after it; key and value are trimmed of blanks, then
 * of quotes (`name:"login"`, `'a'`). A key given twice with the same value counts once.
 *
 * Kept from loadgate, on lists k6 refuses only (so no k6 list reads differently): a part
 * without ":" is the rest of the previous value, so an endpoint name may hold commas
 * (`{endpoint:GET /a,b}`). Refused where k6 takes it: a key given twice with different
 * values (k6 keeps the last one silently).
 */
export function splitTagList(tagText: string, example: string): TagPair[] {
  if (tagText.replace(GO_TRIM, '') === '')
    fail(`the braces are empty; expected key:value inside, ${example}`);
  const pieces: string[] = [];
  for (const part of tagText.split(',')) {
    const previous = pieces.length - 1;
    if (!part.includes(':') && previous >= 0 && part.replace(GO_TRIM, '') !== '') {
      pieces[previous] = `${pieces[previous] ?? ''},${part}`;
    } else {
      pieces.push(part);
    }
  }
  const pairs: TagPair[] = [];
  for (const piece of pieces) {
    if (piece.replace(GO_TRIM, '') === '')
      fail(`an empty tag between commas in ${q(tagText)}; expected key:value, ${example}`);
    const colon = piece.indexOf(':');
    if (colon < 0)
      fail(`the tag ${q(piece.replace(GO_TRIM, ''))} has no ":"; expected key:value, ${example}`);
    const key = k6Trim(piece.slice(0, colon));
    const written = piece.slice(colon + 1);
    if (written === '') fail(`the tag ${q(key)} has no value; expected key:value, ${example}`);
    const value = k6Trim(written);
    const earlier = pairs.find((pair) => pair.key === key);
    if (earlier === undefined) pairs.push({ key, value });
    else if (earlier.value !== value) {
      fail(
        `the tag ${q(key)} is given twice, as ${q(earlier.value)} and ${q(value)}; ` +
          `expected each tag once (a request has one ${key}; write two thresholds for two values), ${example}`,
      );
    }
  }
  return pairs;
}

/** The tag list checked against the metric: keys it takes, a value for each. */
export function parseTags(tagText: string | undefined, metric: MetricDefinition): Record<string, string> {
  const tags: Record<string, string> = {};
  if (tagText === undefined) return tags;
  const example = `e.g. "${metric.name}{endpoint:GET /api/trades}: ${metric.example.split(': ')[1] ?? ''}"`;
  if (tagText.replace(GO_TRIM, '') === '')
    fail(`the braces after ${metric.name} are empty; expected key:value inside, ${example}`);
  for (const { key, value } of splitTagList(tagText, example)) {
    checkTagKey(key, metric, example);
    if (value === '') fail(`the tag ${q(key)} has no value; expected key:value, ${example}`);
    checkTagValue(key, value);
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

/**
 * k6's aggregation tokens, exactly: no blanks inside (`p( 95 )` and `p (95)` are
 * refused, as k6 refuses them), `p(N)` with N a number as Go reads it (`p(99.9)`,
 * `p(1e1)`) from 0 to 100; `p(0)` is the minimum, as in k6.
 */
function parseAggregation(text: string, metric: MetricDefinition): AggregationChoice {
  const takes = `${metric.name} takes ${listOf(aggregationNames(metric))}, e.g. ${q(metric.example)}`;
  if (/\s/.test(text)) {
    const joined = text.replace(/\s+/g, '');
    const fits = /^p\(.*\)$/.test(joined) || (SIMPLE_AGGREGATIONS as readonly string[]).includes(joined);
    fail(
      `${q(text)} has blanks inside${didYouMean(fits ? joined : undefined)}; ` +
        `k6 allows blanks around the operator only, e.g. ${q(metric.example)}`,
    );
  }
  let choice: AggregationChoice | undefined;
  const percentile = /^p\((.*)\)$/s.exec(text);
  if (percentile) {
    const value =
      parseGoFloat(percentile[1] ?? '') ??
      fail(
        `${q(text)} is not a percentile; expected p(N) with N a number from 0 to 100, e.g. p(95) or p(99.9)`,
      );
    if (!(value >= 0 && value <= 100)) fail(percentileProblem(text));
    choice = { aggregation: 'p', percentile: value === 0 ? 0 : value };
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

/** k6's operators; `===` is k6's other spelling of `==` (a float equals or not). */
function readOperator(text: string): { operator: Operator; length: number } {
  const written = /^[<>=!]+/.exec(text)?.[0] ?? '';
  if (written === '===') return { operator: '==', length: 3 };
  const known = OPERATORS.find((operator) => written === operator);
  if (known) return { operator: known, length: written.length };
  const hint: Record<string, string> = {
    '=': '==',
    '=<': '<=',
    '=>': '>=',
    '<>': '!=',
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
  const negativeOk = { negativeOk: metric.kind === 'series' };
  const limit = parseLimit(band.limit, unit, 'the limit', q(written + SAMPLE_LIMITS[unit]), negativeOk);
  const result: ReturnType<typeof parseCondition> = { ...choice, operator, limit };
  if (band.marginal !== undefined) {
    result.marginalLimit = parseLimit(band.marginal, unit, 'the marginal limit', BAND_EXAMPLE, negativeOk);
    checkBand(operator, limit, result.marginalLimit, unit);
  }
  return result;
}
