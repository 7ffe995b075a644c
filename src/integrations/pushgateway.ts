/**
 * Push the run's metrics to a Prometheus Pushgateway with got: short time limit,
 * a few retries with backoff, then give up.
 *
 * The grouping key goes in the path, `/metrics/job/<job>/<label>/<value>…`; a value
 * with a `/` (or an empty one) uses the `<label>@base64/<base64url value>` form the
 * Pushgateway defines for that.
 *
 * The key names what the series describe (job, repository, environment, target), not
 * the run: with PUT each push replaces the group's previous metrics, so the gateway
 * holds one group per gated target instead of one more per run, forever. The run id
 * travels as a label value of `loadgate_run_info`.
 */

import { sanitizeLabelName } from '../report/prometheus-metrics.js';
import type { ReportContext } from '../report/report-context.js';
import { displayUrl } from '../report/format.js';
import { proxyAgents, type ProxySource } from './proxied-http.js';

/** One path segment pair of the grouping key. */
function groupingPair(name: string, value: string): string {
  if (value === '') return `${name}@base64/=`;
  if (value.includes('/')) return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
  return `${name}/${encodeURIComponent(value)}`;
}

/**
 * The push URL for a job and grouping labels (in the given order; undefined values
 * are left out). Label names are sanitized to what Prometheus allows.
 */
export function pushgatewayUrl(
  baseUrl: string,
  job: string,
  labels: Record<string, string | undefined> = {},
): string {
  const base = baseUrl.replace(/\/+$/, '');
  const parts = [groupingPair('job', job)];
  for (const [name, value] of Object.entries(labels)) {
    if (value === undefined) continue;
    const labelName = sanitizeLabelName(name);
    if (labelName === 'job') continue;
    parts.push(groupingPair(labelName, value));
  }
  return `${base}/metrics/${parts.join('/')}`;
}

/** The grouping labels loadgate uses after `job`: repository, environment, target. */
export function pushgatewayGrouping(
  ctx: ReportContext,
  where: { repository?: string },
): Record<string, string | undefined> {
  return {
    repository: where.repository,
    environment: ctx.settings.environment,
    target: displayUrl(ctx.settings.targetUrl),
  };
}

export interface PushgatewayOptions {
  /** Pushgateway base URL, e.g. `http://pushgateway:9091`. */
  url: string;
  /** The `job` of the grouping key. Default `loadgate`. */
  job?: string;
  /** More grouping labels, in path order; see `pushgatewayGrouping`. */
  groupingLabels?: Record<string, string | undefined>;
  /** The exposition text (from `renderPrometheusMetrics`, without the grouping labels). */
  metrics: string;
  /** PUT replaces every metric of the group (default); POST only those of the same names. */
  method?: 'PUT' | 'POST';
  /** Extra headers, e.g. `Authorization` for a protected gateway. */
  headers?: Record<string, string>;
  /** Per-attempt time limit. Default 5 s. */
  timeoutMs?: number;
  /** Retries after a network error or a 408/429/5xx. Default 2. */
  retries?: number;
  signal?: AbortSignal;
  /** The proxy to go through (the run's settings or the environment); none: direct. */
  proxy?: ProxySource;
}

export interface PushgatewayResult {
  /** The push URL, without credentials. */
  url: string;
  statusCode: number;
}

export async function publishPushgateway(options: PushgatewayOptions): Promise<PushgatewayResult> {
  const target = pushgatewayUrl(options.url, options.job ?? 'loadgate', options.groupingLabels);
  const method = options.method ?? 'PUT';
  // Loaded when used: the client library is large, and most runs never need it.
  const { default: got } = await import('got');
  const agent = proxyAgents(options.proxy);
  const response = await got(target, {
    ...(agent ? { agent } : {}),
    method,
    body: options.metrics,
    headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', ...options.headers },
    timeout: { request: options.timeoutMs ?? 5_000 },
    retry: {
      limit: options.retries ?? 2,
      methods: [method],
      statusCodes: [408, 429, 500, 502, 503, 504],
      backoffLimit: 2_000,
      noise: 100,
    },
    throwHttpErrors: true,
    followRedirect: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { url: displayUrl(target), statusCode: response.statusCode };
}
