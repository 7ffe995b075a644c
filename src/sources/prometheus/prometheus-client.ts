/**
 * The Prometheus HTTP API, as far as the gate asks it: `/api/v1/query_range` (a
 * series over the load window) and `/api/v1/query` (one value now, for abortOnFail
 * polling). Each query has a time limit and retries on a network error or a
 * 408/429/5xx; what comes back is a result or the reason there is none, never an
 * exception: a metrics store that cannot answer leaves thresholds undecided, it does
 * not end the run.
 *
 * The API answers `{status, data: {resultType, result}, error, errorType}`; a bad
 * expression is a 400 with `status: "error"`, whose `error` text is quoted as the reason.
 */
import type { ServerMetricSample } from '../../metrics/server-metrics.js';

export interface PrometheusQueryOptions {
  /** Base URL, e.g. `http://prometheus:9090` (a path prefix is kept). */
  url: string;
  /** Sent with each query, e.g. `Authorization: Bearer …`. Never quoted anywhere. */
  headers: Readonly<Record<string, string>>;
  /** Per-attempt time limit, ms. */
  timeoutMs: number;
  /** Retries after a network error or a 408/429/5xx. */
  retries: number;
  signal?: AbortSignal;
}

/** One series: its labels and its samples as [unix seconds, value]. */
export interface PrometheusSeries {
  metric: Record<string, string>;
  samples: { time: number; value: number }[];
}

export type QueryAnswer = { ok: true; series: PrometheusSeries[] } | { ok: false; reason: string };

interface ApiBody {
  status?: unknown;
  data?: { resultType?: unknown; result?: unknown };
  error?: unknown;
  errorType?: unknown;
}

const MAX_REASON = 300;

function endpoint(base: string, api: string): string {
  return `${base.replace(/\/+$/, '')}${api}`;
}

/** A series over [start, end] (unix seconds), one sample per step. */
export function queryRange(
  options: PrometheusQueryOptions,
  query: string,
  window: { start: number; end: number; stepSeconds: number },
): Promise<QueryAnswer> {
  return ask(options, '/api/v1/query_range', {
    query,
    start: window.start.toFixed(3),
    end: window.end.toFixed(3),
    step: String(window.stepSeconds),
  });
}

/** The value of `query` at `time` (unix seconds). */
export function queryInstant(
  options: PrometheusQueryOptions,
  query: string,
  time: number,
): Promise<QueryAnswer> {
  return ask(options, '/api/v1/query', { query, time: time.toFixed(3) });
}

async function ask(
  options: PrometheusQueryOptions,
  api: string,
  form: Record<string, string>,
): Promise<QueryAnswer> {
  // Loaded when used: most runs never read a metrics store.
  const { default: got } = await import('got');
  let statusCode: number;
  let text: string;
  try {
    const response = await got.post(endpoint(options.url, api), {
      form,
      headers: { accept: 'application/json', ...options.headers },
      timeout: { request: options.timeoutMs },
      retry: {
        limit: options.retries,
        methods: ['POST'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: 2_000,
        noise: 100,
      },
      throwHttpErrors: false,
      followRedirect: false,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    statusCode = response.statusCode;
    text = response.body;
  } catch (error) {
    return { ok: false, reason: networkReason(error, options.timeoutMs) };
  }
  return readAnswer(statusCode, text);
}

/** The answer's series, or the API's own error text. */
export function readAnswer(statusCode: number, text: string): QueryAnswer {
  let body: ApiBody;
  try {
    body = JSON.parse(text) as ApiBody;
  } catch {
    return { ok: false, reason: `HTTP ${statusCode} without a Prometheus API answer: ${excerpt(text)}` };
  }
  if (body.status !== 'success') {
    const kind = typeof body.errorType === 'string' ? `${body.errorType}: ` : '';
    const message = typeof body.error === 'string' ? body.error : `HTTP ${statusCode}`;
    return { ok: false, reason: `Prometheus answered ${kind}${excerpt(message)}` };
  }
  const result = body.data?.result;
  const type = body.data?.resultType;
  if (!Array.isArray(result)) return { ok: false, reason: 'the answer holds no result list' };
  if (type === 'matrix') return { ok: true, series: result.map(matrixSeries) };
  if (type === 'vector') return { ok: true, series: result.map(vectorSeries) };
  if (type === 'scalar') return { ok: true, series: [{ metric: {}, samples: samplesOf([result]) }] };
  return { ok: false, reason: `the query gave a ${String(type)}; expected a number per time (a vector)` };
}

function matrixSeries(entry: { metric?: Record<string, string>; values?: unknown[] }): PrometheusSeries {
  return { metric: entry.metric ?? {}, samples: samplesOf(entry.values ?? []) };
}

function vectorSeries(entry: { metric?: Record<string, string>; value?: unknown }): PrometheusSeries {
  return { metric: entry.metric ?? {}, samples: samplesOf(entry.value === undefined ? [] : [entry.value]) };
}

/** `[unix seconds, "value"]` pairs; NaN and infinite samples (a division by zero) are left out. */
function samplesOf(pairs: readonly unknown[]): { time: number; value: number }[] {
  const samples: { time: number; value: number }[] = [];
  for (const pair of pairs) {
    if (!Array.isArray(pair)) continue;
    const time = Number(pair[0]);
    const value = Number(pair[1]);
    if (Number.isFinite(time) && Number.isFinite(value)) samples.push({ time, value });
  }
  return samples;
}

function networkReason(error: unknown, timeoutMs: number): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'ETIMEDOUT') return `no answer within ${timeoutMs / 1000} s`;
  if (code === 'ECONNREFUSED') return 'the connection was refused (is Prometheus running at that address?)';
  if (code === 'ENOTFOUND') return 'the host name was not found';
  return excerpt(code ? `${code}: ${message ?? ''}` : (message ?? 'the query failed'));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_REASON ? `${flat.slice(0, MAX_REASON - 1)}…` : flat;
}

/** The one series a server metric needs, as samples relative to `startSeconds`, or why there is none. */
export function singleSeries(
  answer: QueryAnswer,
  startSeconds: number,
): { samples: ServerMetricSample[] } | { missing: string } {
  if (!answer.ok) return { missing: answer.reason };
  if (answer.series.length === 0) return { missing: 'no series' };
  if (answer.series.length > 1) {
    const shown = answer.series.slice(0, 2).map((series) => labelText(series.metric));
    return {
      missing: `${answer.series.length} series (${shown.join(', ')}${answer.series.length > 2 ? ', …' : ''}); expected one: aggregate the query, e.g. sum(…) or max(…)`,
    };
  }
  const samples = answer.series[0]!.samples.map((sample) => ({
    t: Math.round((sample.time - startSeconds) * 1000) / 1000,
    value: sample.value,
  }));
  return samples.length === 0 ? { missing: 'no samples in the load window' } : { samples };
}

function labelText(metric: Record<string, string>): string {
  const pairs = Object.entries(metric).map(([name, value]) => `${name}="${value}"`);
  return excerpt(`{${pairs.join(',')}}`);
}
