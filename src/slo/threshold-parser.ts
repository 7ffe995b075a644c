/**
 * Threshold expressions: k6's grammar, to the letter (grafana/k6 metrics/thresholds_parser.go,
 * metrics/metric.go), plus loadgate's extensions and the short forms of the seeds'
 * performance_config.yml. Every text k6 takes means the same here; the extensions are
 * texts k6 refuses. docs/k6-compatibility.md lists each difference.
 *
 *   threshold      ::= ( k6-threshold | short-threshold ) { abort-option }
 *
 *   k6-threshold   ::= metric [ "{" tag-list "}" ] blanks ":" blanks condition
 *   metric         ::= a name in metric-catalog.ts, e.g. http_req_duration   ; no blank before "{"
 *   tag-list       ::= tag { "," tag }             ; split at every comma, as k6 does
 *   tag            ::= tag-key ":" tag-value       ; each trimmed of blanks, then of quotes (" and ');
 *                                                  ; the value runs to the comma, colons included
 *                                                  ; (url:http://x:8080), braces too; keys come from
 *                                                  ; the metric's catalogue entry, each key once
 *                                                  ; [loadgate: a part without ":" continues the value
 *                                                  ;  before it, so {endpoint:GET /a,b} is one tag]
 *   condition      ::= aggregation blanks operator blanks limit [ band ]
 *                    | aggregation blanks relative-op blanks relative-limit [ relative-band ]
 *   aggregation    ::= "avg" | "med" | "min" | "max" | "p(" float ")"   ; trends, 0 <= float <= 100, no blanks
 *                    | "rate"                                           ; rate metrics: share of true values
 *                    | "count" | "rate"                                 ; counters: total, per second
 *                    | "value"                                          ; gauges
 *   operator       ::= "<" | "<=" | ">" | ">=" | "==" | "===" | "!="    ; "===" is "=="
 *   limit          ::= float                                            ; k6: in the metric's own unit
 *                    | float [ blanks ] unit                             ; loadgate
 *   float          ::= a number as Go's strconv.ParseFloat reads it: 250, 1e3, .5, 5., +5, 1_000,
 *                      0x1p4 (see syntax/go-float.ts); not NaN or infinite, not below 0
 *   blanks         ::= { " " | tab | any Unicode blank }
 *
 *   band           ::= "marginal" limit             ; loadgate: on the failing side of the limit; not with == or !=
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
 *                    | "delayAbortEval=" k6-duration  ; k6: no abort before this much of the run; needs abortOnFail
 *   k6-duration    ::= as k6 reads delayAbortEval: a number of ms (10000), a Go duration (10s, 1m30s,
 *                      1.5h, 500ms), whole days first (1d12h); see syntax/k6-duration.ts
 *
 *   unit           ::= "us" | "µs" | "ms" | "s" | "m"               ; durations, to ms (bare: ms)
 *                    | "%"                                           ; rates, to a fraction (bare: a fraction 0..1)
 *                    | "/s" | "rps" | "req/s"                        ; request rates
 *                    | "B" | "kB" | "MB" | "GB" | "KiB" | "MiB" | "GiB" [ "/s" ]   ; data_* counters
 *
 * k6 writes the metric as the key of its `thresholds` mapping and the condition as the
 * text; the config file's mapping does the same, and its object form
 * `{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: '10s'}` reads its options
 * as k6 does (ThresholdSource.k6Options). An empty list (`http_req_duration: []`) is no
 * threshold, as in k6.
 *
 * A relative threshold (`p(95) < baseline * 1.10`) is judged against the baseline's
 * measurements after the run (relative-limits.ts parses it, relative-thresholds.ts
 * judges it). `baseline - d` and `baseline / k` are refused (write `baseline * 0.9`),
 * and so is abortOnFail on it: there is no baseline value to hold it to during the run.
 *
 * A condition states what passes: `p(95)<250` passes while p95 stays under 250 ms. With
 * `marginal 700`, a value from the limit up to 700 is marginal and only beyond 700
 * fails; for `>` and `>=` the band lies below the limit (`rate>100 marginal 80`).
 *
 * Error messages say what is wrong and show the form expected; they never name where
 * the text came from, which the caller adds.
 *
 * This module splits the text and reads the abort options; the parts are parsed beside
 * it: threshold-condition.ts (the tag list, aggregation, operator), threshold-limits.ts
 * (limits, units, the marginal band), threshold-short-form.ts; threshold-syntax.ts holds
 * the error and the wording of hints.
 */
import { K6_DURATION_EXPECTED, readK6Duration } from '../syntax/k6-duration.js';
import { findMetric, METRIC_NAMES } from './metric-catalog.js';
import { parseCondition, parseTags } from './threshold-condition.js';
import { parseShortForm, SHORT_FORM_NAMES, shortForm } from './threshold-short-form.js';
import { didYouMean, fail, GENERAL_EXAMPLE, listOf, nearest, q } from './threshold-syntax.js';
import type { Threshold, ThresholdSource } from './types.js';

export { SHORT_FORM_NAMES } from './threshold-short-form.js';
export { ThresholdSyntaxError } from './threshold-syntax.js';

// ---------------------------------------------------------------------------
// Splitting the text

const TAGS_EXAMPLE = '"http_req_duration{endpoint:GET /api/trades}: p(95)<250"';

/**
 * Where the metric (with its tags) ends: k6's tag list runs from the first "{" to the
 * last "}" (metric.go ParseMetricName), so values may hold braces and colons. Here that
 * is the last "}" followed by ":"; without tags, the first ":". -1 when there is none.
 */
function headEnd(text: string): number {
  const open = text.indexOf('{');
  const colon = text.indexOf(':');
  if (open < 0 || (colon >= 0 && colon < open)) return colon;
  for (let i = text.length - 1; i > open; i--) {
    if (text[i] === '}' && /^\s*:/.test(text.slice(i + 1))) return text.indexOf(':', i);
  }
  const close = text.lastIndexOf('}');
  if (close < open) fail(`the tags are not closed: "{" without "}"; expected e.g. ${TAGS_EXAMPLE}`);
  if (!text.includes(':', close)) return -1;
  return fail(
    `unexpected ${q(text.slice(close + 1).trim())} after the "}" that closes the tags; ` +
      `expected ":" and the condition right after it, e.g. ${TAGS_EXAMPLE}`,
  );
}

function missingColon(text: string): never {
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

function notAName(name: string): never {
  return fail(
    `${q(name)} is not a metric name; expected a name such as http_req_duration, with tags in braces if any, ` +
      `e.g. ${TAGS_EXAMPLE}`,
  );
}

/** `metric` or `metric{tags}`; k6 takes no blank before "{" (it would be part of the name). */
function splitHead(head: string): Head {
  if (head === '')
    fail(`the metric is missing before ":"; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
  const open = head.indexOf('{');
  if (open < 0) return /^[^\s{}:]+$/.test(head) ? { name: head } : notAName(head);
  const name = head.slice(0, open);
  if (/^[^\s{}:]+\s+$/.test(name)) {
    const joined = `${name.trimEnd()}${head.slice(open)}`;
    fail(
      `a blank between the metric and its tags${didYouMean(joined)}; k6 reads ${q(name)} as the metric's name, ` +
        `so the tags must follow it directly, e.g. ${TAGS_EXAMPLE}`,
    );
  }
  if (!/^[^\s{}:]+$/.test(name) || !head.endsWith('}')) return notAName(head);
  return { name, tagText: head.slice(open + 1, -1) };
}

function unknownMetric(name: string): never {
  const suggestion = nearest(name, [...METRIC_NAMES, ...SHORT_FORM_NAMES]);
  return fail(
    `unknown metric ${q(name)}${didYouMean(suggestion)}; expected one of ${listOf(METRIC_NAMES)}, ` +
      `or a short form (${SHORT_FORM_NAMES.join(', ')}), e.g. ${GENERAL_EXAMPLE}`,
  );
}

// ---------------------------------------------------------------------------
// Abort options

interface AbortOptions {
  abortOnFail?: boolean;
  delayAbortEvalMs?: number;
}

const ABORT_EXAMPLE = '"http_req_failed: rate<0.05 abortOnFail delayAbortEval=10s"';

/** A delayAbortEval value as k6 reads it; undefined for k6's null (no delay). */
function delayOf(value: unknown, written: string): number | undefined {
  const reading = readK6Duration(value);
  if (!reading.ok) {
    fail(`delayAbortEval${written} is not a delay: ${reading.problem}; expected ${K6_DURATION_EXPECTED}`);
  }
  return (reading as { ms: number | null }).ms ?? undefined;
}

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
      const ms = delayOf(value, `=${value}`);
      if (ms !== undefined) options.delayAbortEvalMs = ms;
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
 * The object form's options, read as k6 reads them: delayAbortEval a number of ms, a
 * duration string or null; without abortOnFail it does nothing, as in k6.
 */
function objectOptions(k6: NonNullable<ThresholdSource['k6Options']>, inline: AbortOptions): AbortOptions {
  const options: AbortOptions = { ...inline };
  if (k6.abortOnFail) options.abortOnFail = true;
  if (k6.delayAbortEval === undefined) return options;
  const ms = delayOf(
    k6.delayAbortEval,
    `: ${JSON.stringify(k6.delayAbortEval) ?? String(k6.delayAbortEval)}`,
  );
  if (inline.delayAbortEvalMs !== undefined && ms !== undefined) {
    fail(`delayAbortEval is given twice, in the text and beside it; expected it once, e.g. ${ABORT_EXAMPLE}`);
  }
  if (ms !== undefined && options.abortOnFail) options.delayAbortEvalMs = ms;
  return options;
}

/** The object form's options written after the text, for reports: `p(95)<250 abortOnFail delayAbortEval=10s`. */
function shownSource(text: string, options: AbortOptions, k6: ThresholdSource['k6Options']): string {
  if (k6 === undefined) return text;
  const added = [
    ...(k6.abortOnFail && !/\babortOnFail\b/.test(text) ? ['abortOnFail'] : []),
    ...(options.delayAbortEvalMs !== undefined && !/\bdelayAbortEval\b/.test(text)
      ? [
          `delayAbortEval=${typeof k6.delayAbortEval === 'string' ? k6.delayAbortEval : String(options.delayAbortEvalMs)}`,
        ]
      : []),
  ];
  return [text, ...added].join(' ');
}

/**
 * Parses one threshold (see the grammar above). Throws `ThresholdSyntaxError` saying
 * what is wrong and the form expected.
 */
export function parseThreshold(source: ThresholdSource): Threshold {
  const text = source.text.trim();
  const split = splitAbortOptions(text);
  const options = source.k6Options ? objectOptions(source.k6Options, split.options) : split.options;
  const parsed = parseThresholdBody(source, split.rest);
  if (options.abortOnFail && parsed.relative) {
    fail(
      'abortOnFail cannot stop the load on a relative threshold: it is compared with the baseline after the run; ' +
        'drop abortOnFail, or add an absolute threshold that aborts, e.g. ' +
        ABORT_EXAMPLE,
    );
  }
  parsed.source = shownSource(text, options, source.k6Options);
  return { ...parsed, ...options };
}

function parseThresholdBody(source: ThresholdSource, body: string): Threshold {
  const text = body.trim();
  if (text === '') fail(`the threshold is empty; expected "metric: condition", e.g. ${GENERAL_EXAMPLE}`);
  const colon = headEnd(text);
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
