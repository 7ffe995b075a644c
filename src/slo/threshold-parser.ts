/**
 * Threshold expressions: k6's grammar, which users already know, plus the short
 * forms of the seeds' performance_config.yml.
 *
 *   threshold      ::= ( k6-threshold | short-threshold ) { abort-option }
 *
 *   k6-threshold   ::= metric [ "{" tag { "," tag } "}" ] ":" condition
 *   metric         ::= a name in metric-catalog.ts, e.g. http_req_duration
 *   tag            ::= tag-key ":" tag-value        ; tag-key from the metric's catalogue entry,
 *                                                   ; e.g. {endpoint:GET /api/trades}; the value may be quoted
 *   condition      ::= aggregation operator limit [ band ]
 *   aggregation    ::= "avg" | "med" | "min" | "max" | "p(" number ")"   ; trend metrics, 0 < number <= 100
 *                    | "rate"                                            ; rate metrics: share of failures
 *                    | "count" | "rate"                                  ; counters: total, per second
 *   operator       ::= "<" | "<=" | ">" | ">=" | "==" | "!="
 *   band           ::= "marginal" limit             ; on the failing side of the limit; not with == or !=
 *
 *   short-threshold ::= short-name ":" limit [ band ]
 *   short-name     ::= "p" number | "avg" | "med" | "min" | "max"   ; http_req_duration <aggregation> < limit
 *                    | "error_rate"                                  ; http_req_failed rate < limit (bare number: percent)
 *                    | "throughput"                                  ; http_reqs rate >= limit (per second)
 *
 *   abort-option   ::= "abortOnFail"                  ; k6: evaluated every second during the run; a breach
 *                                                   ; at two evaluations in a row stops the load, verdict fail
 *                    | "delayAbortEval=" duration     ; k6: no abort before this much of the run, e.g. 10s
 *   duration       ::= e.g. 10s, 1m, 1m30s, 500ms   ; delayAbortEval needs abortOnFail
 *
 *   limit          ::= number [ unit ]
 *   number         ::= digits [ "." [ digits ] ] | "." digits       ; with an optional exponent, e.g. 1e3
 *   unit           ::= "us" | "µs" | "ms" | "s" | "m"               ; durations, to ms (bare: ms)
 *                    | "%"                                           ; rates, to a fraction (bare: a fraction 0..1)
 *                    | "/s" | "rps" | "req/s"                        ; request rates
 *                    | "B" | "kB" | "MB" | "GB" | "KiB" | "MiB" | "GiB" [ "/s" ]   ; data_* counters
 *
 * In a config file's k6-style mapping the abort options may also be written as an object:
 * `http_req_duration: [{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s}]`.
 *
 * Blanks are allowed between tokens. A condition states what passes: `p(95)<250`
 * passes while p95 stays under 250 ms. With `marginal 700`, a value from the limit up
 * to 700 is marginal and only beyond 700 fails; for `>` and `>=` the band lies below
 * the limit (`rate>100 marginal 80`).
 *
 * Error messages say what is wrong and show the form expected; they never name where
 * the text came from, which the caller adds.
 */
import { closest, distance } from 'fastest-levenshtein';

import { DurationSyntaxError, parseDuration } from '../syntax/durations.js';
import type { ThresholdSource } from '../config/settings.js';
import {
  findMetric,
  METRIC_NAMES,
  valueUnit,
  type MetricDefinition,
  type ValueUnit,
} from './metric-catalog.js';
import type { Aggregation, Operator, Threshold } from './types.js';
import { formatQuantity, NUMBER_SOURCE, readLimit, SAMPLE_LIMITS, unitHint } from './units.js';

export class ThresholdSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThresholdSyntaxError';
  }
}

const GENERAL_EXAMPLE = '"http_req_duration: p(95)<250" or "p95: 250ms"';
const BAND_EXAMPLE = '"http_req_duration: p(99)<500 marginal 700"';
const OPERATORS: readonly Operator[] = ['<', '<=', '>', '>=', '==', '!='];
const OPERATOR_LIST = '<, <=, >, >=, == or !=';
const SIMPLE_AGGREGATIONS: readonly Aggregation[] = ['avg', 'med', 'min', 'max', 'rate', 'count'];
const AGGREGATION_SYNONYMS: Readonly<Record<string, string>> = {
  mean: 'avg',
  average: 'avg',
  median: 'med',
  minimum: 'min',
  maximum: 'max',
  total: 'count',
};

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

const fail = (message: string): never => {
  throw new ThresholdSyntaxError(message);
};

const q = (text: string): string => JSON.stringify(text);

/** `a, b or c` */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The candidate closest to `word` when close enough to be a likely typo. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word === '') return undefined;
  const best = closest(word.toLowerCase(), [...candidates]);
  const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  return distance(word.toLowerCase(), best.toLowerCase()) <= allowed ? best : undefined;
}

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`;

function percentileProblem(written: string): string {
  return `the percentile ${q(written)} is out of range; expected p(N) with N above 0 and at most 100, e.g. p(95) or p(99.9)`;
}

const aggregationNames = (metric: MetricDefinition): string[] =>
  metric.aggregations.map((a) => (a === 'p' ? 'p(N)' : a));

// ---------------------------------------------------------------------------
// Splitting the text

/** Index of the first `:` outside `{…}`, or -1. */
function separatorIndex(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === ':' && depth === 0) return i;
  }
  return -1;
}

function missingColon(text: string): never {
  if (text.includes('{') && !text.includes('}')) {
    fail(
      `the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`,
    );
  }
  if (/^[<>=!]/.test(text) || /^(?:p\s*\([^)]*\)|avg|med|min|max|rate|count)\s*[<>=!]/.test(text)) {
    fail(`the metric is missing; expected "metric: condition", e.g. "http_req_duration: ${text}"`);
  }
  // `http_req_duration p(95)<250`: suggest the colon when that reads.
  const spaced = /^([A-Za-z_][\w.]*(?:\{[^}]*\})?)\s+(\S.*)$/s.exec(text);
  let suggestion: string | undefined;
  if (spaced) {
    const candidate = `${spaced[1]}: ${spaced[2]}`;
    try {
      parseThreshold({ text: candidate, origin: '' });
      suggestion = candidate;
    } catch {
      suggestion = undefined;
    }
  }
  return fail(
    `no ":" after the metric${didYouMean(suggestion)}; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`,
  );
}

interface Head {
  name: string;
  /** The text between the braces, when there are braces. */
  tagText?: string;
}

function splitHead(head: string): Head {
  const match = /^([^\s{}:]+)\s*(?:\{(.*)\})?$/s.exec(head);
  if (match) return { name: match[1] ?? '', ...(match[2] !== undefined ? { tagText: match[2] } : {}) };
  if (head === '')
    fail(`the metric is missing before ":"; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
  if (head.includes('{') && !head.includes('}')) {
    fail(
      `the tags are not closed: "{" without "}"; expected e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`,
    );
  }
  return fail(
    `${q(head)} is not a metric name; expected a name such as http_req_duration, with tags in braces if any, ` +
      `e.g. "http_req_duration{endpoint:GET /api/trades}: p(95)<250"`,
  );
}

// ---------------------------------------------------------------------------
// Tags

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/s.exec(value);
  return match ? (match[2] ?? '') : value;
}

function parseTags(tagText: string | undefined, metric: MetricDefinition): Record<string, string> {
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
    if (!metric.tags.includes(key)) {
      const takes =
        metric.tags.length === 0
          ? `${metric.name} takes no tags`
          : `${metric.name} takes ${listOf(metric.tags)}`;
      fail(`unknown tag ${q(key)}${didYouMean(nearest(key, metric.tags))}; ${takes}, ${example}`);
    }
    if (value === '') fail(`the tag ${q(key)} has no value; expected key:value, ${example}`);
    if (key in tags) fail(`the tag ${q(key)} is given twice; expected each tag once, ${example}`);
    tags[key] = value;
  }
  return tags;
}

// ---------------------------------------------------------------------------
// Aggregation, operator, limits

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

interface BandText {
  limit: string;
  marginal?: string;
}

/** Splits `250ms marginal 300ms`; `marginal` is a word of its own. */
function splitBand(text: string, example: string): BandText {
  const match = /^(.*?)(?:\s+|^)marginal\b(.*)$/is.exec(text);
  if (!match) return { limit: text.trim() };
  const limit = (match[1] ?? '').trim();
  const marginal = (match[2] ?? '').trim();
  if (limit === '') fail(`no limit before "marginal"; expected the limit first, e.g. ${example}`);
  if (marginal === '') fail(`"marginal" needs a limit after it; expected e.g. ${example}`);
  return { limit, marginal };
}

function parseLimit(
  text: string,
  unit: ValueUnit,
  what: string,
  example: string,
  options: { bareFactor?: number; bareIsPercent?: boolean } = {},
): number {
  const split = new RegExp(String.raw`^(${NUMBER_SOURCE})\s*([^\s\d.]\S*)?\s*(.*)$`, 's').exec(text);
  if (!split) fail(`${what} ${q(text)} is not a number; expected ${unitHint(unit)}, e.g. ${example}`);
  const [, number = '', written = '', rest = ''] = split as RegExpExecArray;
  if (rest !== '') {
    fail(
      `unexpected ${q(rest)} after ${what} ${number}${written}; expected nothing more or a marginal band, e.g. ${BAND_EXAMPLE}`,
    );
  }
  const reading = readLimit(`${number}${written}`, unit, options.bareFactor);
  if (!reading.ok) {
    fail(`in ${what} ${q(text)}, ${reading.problem}; expected ${unitHint(unit)}, e.g. ${example}`);
  }
  const value = (reading as { value: number }).value;
  if (unit === 'ratio' && value > 1) {
    if (options.bareIsPercent || written === '%') {
      fail(
        `${what} ${number}${written || '%'} is above 100 %; expected a percentage from 0 to 100, e.g. ${example}`,
      );
    }
    fail(
      `${what} ${number} is above 1, and a rate is a fraction from 0 to 1; ` +
        `write ${number}% for a percentage or a fraction such as ${Number((value / 100).toPrecision(6))}`,
    );
  }
  return value;
}

function checkBand(operator: Operator, limit: number, marginal: number, unit: ValueUnit): void {
  if (operator === '==' || operator === '!=') {
    fail(
      `a marginal band needs <, <=, > or >=, not ${operator}: ${operator} has no side to fail on; e.g. ${BAND_EXAMPLE}`,
    );
  }
  const upper = operator === '<' || operator === '<=';
  if (upper ? marginal > limit : marginal < limit) return;
  const side = upper ? 'above' : 'below';
  const example = upper ? BAND_EXAMPLE : '"http_reqs: rate>100 marginal 80"';
  fail(
    `the marginal limit ${formatQuantity(unit, marginal)} must lie ${side} the limit ${formatQuantity(unit, limit)}, ` +
      `on the failing side of ${operator}; ` +
      `expected e.g. ${example}`,
  );
}

// ---------------------------------------------------------------------------
// The two forms

function parseCondition(
  condition: string,
  metric: MetricDefinition,
): Pick<Threshold, 'aggregation' | 'percentile' | 'operator' | 'limit' | 'marginalLimit'> {
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
  const limit = parseLimit(band.limit, unit, 'the limit', q(written + SAMPLE_LIMITS[unit]));
  const result: ReturnType<typeof parseCondition> = { ...choice, operator, limit };
  if (band.marginal !== undefined) {
    result.marginalLimit = parseLimit(band.marginal, unit, 'the marginal limit', BAND_EXAMPLE);
    checkBand(operator, limit, result.marginalLimit, unit);
  }
  return result;
}

interface ShortForm {
  metric: string;
  aggregation: Aggregation;
  percentile?: number;
  operator: Operator;
  /** What a bare number is worth: error_rate is in percent, as in the seeds' config. */
  bareFactor: number;
  example: string;
}

function shortForm(name: string): ShortForm | undefined {
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
    if (!(value > 0 && value <= 100)) {
      fail(
        `the percentile ${q(name)} is out of range; expected pN with N above 0 and at most 100, e.g. p95 or p99.9`,
      );
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

function parseShortForm(
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
  const limit = parseLimit(band.limit, unit, 'the limit', form.example, options);
  const threshold: Omit<Threshold, 'source' | 'origin'> = {
    metric: metric.name,
    tags: {},
    aggregation: form.aggregation,
    ...(form.percentile !== undefined ? { percentile: form.percentile } : {}),
    operator: form.operator,
    limit,
  };
  if (band.marginal !== undefined) {
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
  const band = threshold.marginalLimit === undefined ? '' : ` marginal ${write(threshold.marginalLimit)}`;
  return `${aggregation}${threshold.operator}${write(threshold.limit)}${band}`;
}

function unknownMetric(name: string): never {
  const suggestion = nearest(name, [...METRIC_NAMES, ...SHORT_FORM_NAMES]);
  return fail(
    `unknown metric ${q(name)}${didYouMean(suggestion)}; expected one of ${listOf(METRIC_NAMES)}, ` +
      `or a short form (${SHORT_FORM_NAMES.join(', ')}), e.g. ${GENERAL_EXAMPLE}`,
  );
}

interface AbortOptions {
  abortOnFail?: boolean;
  delayAbortEvalMs?: number;
}

const ABORT_EXAMPLE = '"http_req_failed: rate<0.05 abortOnFail delayAbortEval=10s"';

/** Takes the trailing `abortOnFail` / `delayAbortEval=…` options off the text. */
function splitAbortOptions(text: string): { rest: string; options: AbortOptions } {
  const options: AbortOptions = {};
  let rest = text;
  for (;;) {
    const match = /\s+(abortOnFail|delayAbortEval)\b(?:\s*=\s*(\S*))?\s*$/i.exec(rest);
    if (!match) break;
    const [whole, name = '', value] = match;
    if (name === 'abortOnFail') {
      if (value !== undefined) fail(`abortOnFail takes no value; expected e.g. ${ABORT_EXAMPLE}`);
      options.abortOnFail = true;
    } else if (name === 'delayAbortEval') {
      if (!value) fail(`delayAbortEval needs a duration; expected e.g. ${ABORT_EXAMPLE}`);
      try {
        options.delayAbortEvalMs = parseDuration(value as string);
      } catch (error) {
        if (!(error instanceof DurationSyntaxError)) throw error;
        fail(
          `delayAbortEval=${value} is not a duration; expected e.g. delayAbortEval=10s, as in ${ABORT_EXAMPLE}`,
        );
      }
    } else {
      fail(
        `${q(name)} is written abortOnFail or delayAbortEval (case matters); expected e.g. ${ABORT_EXAMPLE}`,
      );
    }
    rest = rest.slice(0, rest.length - whole.length);
  }
  if (options.delayAbortEvalMs !== undefined && !options.abortOnFail) {
    fail(`delayAbortEval only delays abortOnFail; add abortOnFail, e.g. ${ABORT_EXAMPLE}`);
  }
  return { rest, options };
}

/**
 * Parses one threshold (see the grammar above). Throws `ThresholdSyntaxError` saying
 * what is wrong and the form expected.
 */
export function parseThreshold(source: ThresholdSource): Threshold {
  const { rest, options } = splitAbortOptions(source.text.trim());
  const parsed = parseThresholdBody(source, rest);
  parsed.source = source.text.trim();
  return { ...parsed, ...options };
}

function parseThresholdBody(source: ThresholdSource, body: string): Threshold {
  const text = body.trim();
  if (text === '') fail(`the threshold is empty; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
  const colon = separatorIndex(text);
  if (colon < 0) missingColon(text);
  const { name, tagText } = splitHead(text.slice(0, colon).trim());
  const condition = text.slice(colon + 1).trim();
  const origin = { source: text, origin: source.origin };

  const short = shortForm(name);
  if (short) return { ...origin, ...parseShortForm(name, short, tagText, condition) };

  const metric = findMetric(name) ?? unknownMetric(name);
  const tags = parseTags(tagText, metric);
  return { ...origin, metric: metric.name, tags, ...parseCondition(condition, metric) };
}
