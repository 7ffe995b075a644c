/**
 * k6's thresholds as the files carry them, and their translation into loadgate's
 * thresholds (the same grammar, slo/threshold-parser.ts), so they are judged on the
 * measurements like any other.
 *
 * k6 writes `metric{tag:value,…}` as the key and `aggregation operator number` as the
 * condition (k6 metrics/thresholds_parser.go). The number is in the metric's own unit:
 * ms for `http_req_duration`, a 0..1 ratio for rates, a count or bytes for counters,
 * which is what a bare number means in loadgate too. The tag list is split as k6 splits
 * it (threshold-condition.ts splitTagList); `delayAbortEval` is read as k6 reads it (a
 * number of ms, a duration string, or null).
 *
 * Translated: http_req_duration, http_req_failed, http_reqs, data_sent, data_received,
 * checks, the timing phases (http_req_blocked … http_req_receiving) and the execution
 * metrics (iterations, iteration_duration, dropped_iterations, vus, vus_max), on the
 * whole run or with `{name:…}` / `{url:…}` (the endpoint, which k6
 * names by the `name` tag, the URL unless the script names the request), and
 * `checks{check:…}`. Refused, with the reason: any other metric (`group_duration`,
 * custom metrics, whose samples are not read), any other tag
 * (`{status:200}`, `{expected_response:true}`, `{scenario:…}`: not kept apart), and
 * bytes per endpoint (k6 counts bytes per iteration, not per request).
 */
import { splitTagList, type TagPair } from '../../slo/threshold-condition.js';
import { parseThreshold, ThresholdSyntaxError } from '../../slo/threshold-parser.js';
import type { Threshold } from '../../slo/types.js';

/** One threshold as k6 wrote it. */
export interface K6ThresholdText {
  /** The key in k6's `options.thresholds`: a metric, maybe with tags (`http_req_duration{name:login}`). */
  metric: string;
  /** The condition, e.g. `p(95)<500`. */
  text: string;
  abortOnFail: boolean;
  /** As k6 wrote it: a duration string such as "10s", a number of ms, or null. */
  delayAbortEval?: number | string | null;
  /** Where the file holds it: `results/k6.json:3` or `summary.json:88`. */
  where: string;
}

const TRANSLATED_METRICS = new Set([
  'http_req_duration',
  'http_req_failed',
  'http_reqs',
  'data_sent',
  'data_received',
  'checks',
  // The timing breakdown and the execution metrics (metric-catalog-timing.ts).
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
  'iterations',
  'iteration_duration',
  'dropped_iterations',
  'vus',
  'vus_max',
]);

/** The threshold in loadgate's grammar, or why it cannot be translated. */
export function translateK6Threshold(k6: K6ThresholdText): Threshold | { refused: string } {
  const head = /^([A-Za-z_][\w.]*)(?:\{(.*)\})?$/s.exec(k6.metric.trim());
  if (!head)
    return { refused: `the metric ${JSON.stringify(k6.metric)} is not of k6's form metric{tag:value}` };
  const metric = head[1]!;
  if (!TRANSLATED_METRICS.has(metric)) {
    return {
      refused: `loadgate does not read k6's ${metric} samples, so it cannot judge ${JSON.stringify(k6.metric)}`,
    };
  }
  const tags = head[2] === undefined ? [] : splitTags(head[2]);
  if ('problem' in tags)
    return { refused: `the tags of ${JSON.stringify(k6.metric)} cannot be read: ${tags.problem}` };
  const translated: string[] = [];
  for (const { key, value } of tags) {
    if ((key === 'name' || key === 'url') && metric !== 'checks') {
      if (metric === 'data_sent' || metric === 'data_received') {
        return {
          refused: `k6 counts ${metric} per iteration, not per request, so ${JSON.stringify(k6.metric)} has no data`,
        };
      }
      translated.push(`endpoint:${quoteTag(value)}`);
    } else if (key === 'check' && metric === 'checks') {
      translated.push(`check:${quoteTag(value)}`);
    } else {
      return {
        refused: `the tag {${key}:${value}} of ${JSON.stringify(k6.metric)} is not kept apart in the measurements (${metric} is split by ${metric === 'checks' ? 'check' : 'name or url'} only)`,
      };
    }
  }
  const text = `${metric}${translated.length > 0 ? `{${translated.join(',')}}` : ''}: ${k6.text}`;
  const k6Options = {
    abortOnFail: k6.abortOnFail,
    ...(k6.delayAbortEval !== undefined ? { delayAbortEval: k6.delayAbortEval } : {}),
  };
  try {
    return parseThreshold({ text, origin: `${k6.where} (k6 threshold ${k6.metric}: ${k6.text})`, k6Options });
  } catch (error) {
    if (error instanceof ThresholdSyntaxError) return { refused: error.message };
    throw error;
  }
}

/** `name:login,method:GET` → [{name, login}, {method, GET}], split as k6 splits it. */
function splitTags(text: string): TagPair[] | { problem: string } {
  try {
    return splitTagList(text, 'as k6 writes them, e.g. {name:login}');
  } catch (error) {
    if (error instanceof ThresholdSyntaxError) return { problem: error.message };
    throw error;
  }
}

/** A tag value quoted for loadgate's grammar when it holds characters the grammar splits on. */
function quoteTag(value: string): string {
  return /[,{}:"\s]/.test(value) ? JSON.stringify(value) : value;
}
