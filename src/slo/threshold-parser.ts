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
 *                    | aggregation relative-op relative-limit [ relative-band ]
 *   aggregation    ::= "avg" | "med" | "min" | "max" | "p(" number ")"   ; trend metrics, 0 < number <= 100
 *                    | "rate"                                            ; rate metrics: share of failures
 *                    | "count" | "rate"                                  ; counters: total, per second
 *   operator       ::= "<" | "<=" | ">" | ">=" | "==" | "!="
 *   band           ::= "marginal" limit             ; on the failing side of the limit; not with == or !=
 *
 *   relative-op    ::= "<" | "<=" | ">" | ">="       ; == and != cannot hold between two measured values
 *   relative-limit ::= "baseline" "*" number         ; the baseline's value times a factor above 0 (no unit)
 *                    | "baseline" "+" limit          ; the baseline's value plus an amount in the value's unit
 *   relative-band  ::= "marginal" relative-limit     ; of the limit's form ("*" or "+"), on its failing side
 *
 *   short-threshold ::= short-name ":" ( limit [ band ] | relative-limit [ relative-band ] )
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
 * A relative threshold (`p(95) < baseline * 1.10`) is judged against the baseline's
 * measurements after the run (relative-limits.ts parses it, relative-thresholds.ts
 * judges it). `baseline - d` and `baseline / k` are refused (write `baseline * 0.9`),
 * and so is abortOnFail on it: there is no baseline value to hold it to during the run.
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
 *
 * This module splits the text and reads the abort options; the parts are parsed beside
 * it: threshold-condition.ts (tags, aggregation, operator), threshold-limits.ts (limits,
 * units, the marginal band), threshold-short-form.ts; threshold-syntax.ts holds the
 * error and the wording of hints.
 */
import { DurationSyntaxError, parseDuration } from '../syntax/durations.js';
import { findMetric, METRIC_NAMES } from './metric-catalog.js';
import { parseCondition, parseTags } from './threshold-condition.js';
import { parseShortForm, SHORT_FORM_NAMES, shortForm } from './threshold-short-form.js';
import { didYouMean, fail, GENERAL_EXAMPLE, listOf, nearest, q } from './threshold-syntax.js';
import type { Threshold, ThresholdSource } from './types.js';

export { SHORT_FORM_NAMES } from './threshold-short-form.js';
export { ThresholdSyntaxError } from './threshold-syntax.js';

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
  if (options.abortOnFail && parsed.relative) {
    fail(
      'abortOnFail cannot stop the load on a relative threshold: it is compared with the baseline after the run; ' +
        'drop abortOnFail, or add an absolute threshold that aborts, e.g. ' +
        ABORT_EXAMPLE,
    );
  }
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
