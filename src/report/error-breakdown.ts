/**
 * Where a run's errors came from: by class (timeouts, refused connections, 5xx …), by
 * cause for failures without a response (a self-signed certificate, an unknown host …)
 * and by the HTTP status codes that counted as failures under each endpoint's rule.
 */
import type { EndpointSettings } from '../config/settings.js';
import { OTHER_CAUSES } from '../metrics/error-cause-counter.js';
import {
  ERROR_CLASSES,
  type ErrorCauseCount,
  type ErrorClass,
  type RequestStats,
  type RunMeasurements,
} from '../metrics/measurements.js';
import type { ReportContext } from './report-context.js';

/** How each error class is named in reports. */
export const ERROR_CLASS_LABELS: Readonly<Record<ErrorClass, string>> = {
  timeout: 'timeout',
  connection_refused: 'connection refused',
  connection_reset: 'connection reset',
  dns: 'DNS lookup failed',
  tls: 'TLS failed',
  http_4xx: 'HTTP 4xx',
  http_5xx: 'HTTP 5xx',
  unexpected_status: 'unexpected status',
  other: 'other',
};

/** Error classes with a count above zero, largest first (ties in the order of ERROR_CLASSES). */
export function errorClassCounts(
  stats: Pick<RequestStats, 'errors'>,
): Array<{ errorClass: ErrorClass; count: number }> {
  return ERROR_CLASSES.map((errorClass) => ({ errorClass, count: stats.errors[errorClass] ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Failures without a response by cause, most first; empty for results written before causes were kept. */
export function errorCauseCounts(measurements: Pick<RunMeasurements, 'errorCauses'>): ErrorCauseCount[] {
  return measurements.errorCauses ?? [];
}

/** `the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)`; the overflow row without a code. */
export function causeText(entry: Pick<ErrorCauseCount, 'cause' | 'description'>): string {
  return entry.cause === OTHER_CAUSES ? entry.description : `${entry.description} (${entry.cause})`;
}

/** Whether a response status counted as a failure: the endpoint's expect-status, or 200–399 by default. */
export function isFailingStatus(status: number, expectStatus: readonly number[]): boolean {
  return expectStatus.length > 0 ? !expectStatus.includes(status) : status < 200 || status >= 400;
}

export interface FailingStatus {
  status: string;
  count: number;
  /** Endpoints that got this status as a failure, most first. */
  endpoints: Array<{ name: string; count: number }>;
}

/**
 * Responses whose status counted as a failure, by status code (most first). Each
 * endpoint's counts are judged by that endpoint's rule; without per-endpoint data,
 * the run's counts are judged by the default rule.
 */
export function failingStatuses(ctx: Pick<ReportContext, 'settings' | 'measurements'>): FailingStatus[] {
  const { measurements, settings } = ctx;
  const rules = new Map<string, EndpointSettings>(settings.endpoints.map((e) => [e.name, e]));
  const byStatus = new Map<string, FailingStatus>();
  const add = (status: string, count: number, endpoint?: string): void => {
    let entry = byStatus.get(status);
    if (!entry) {
      entry = { status, count: 0, endpoints: [] };
      byStatus.set(status, entry);
    }
    entry.count += count;
    if (endpoint !== undefined) entry.endpoints.push({ name: endpoint, count });
  };
  const sources =
    measurements.endpoints.length > 0
      ? measurements.endpoints.map((e) => ({ stats: e, name: e.name as string | undefined }))
      : [{ stats: measurements.overall as RequestStats, name: undefined }];
  for (const { stats, name } of sources) {
    const expect = name === undefined ? [] : (rules.get(name)?.expectStatus ?? []);
    for (const [status, count] of Object.entries(stats.statusCounts)) {
      const code = Number(status);
      if (count > 0 && Number.isInteger(code) && isFailingStatus(code, expect)) add(status, count, name);
    }
  }
  const list = [...byStatus.values()];
  for (const entry of list) entry.endpoints.sort((a, b) => b.count - a.count);
  return list.sort((a, b) => b.count - a.count || Number(a.status) - Number(b.status));
}
