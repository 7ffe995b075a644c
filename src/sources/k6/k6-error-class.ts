/**
 * A failed k6 request's error class, from the tags k6 puts on its samples: `status`
 * (`0` when no response came) and `error_code` (k6's codes, lib/netext/httpext/error_codes.go:
 * 1050 request timeout, 11xx DNS, 12xx TCP with 1211 dial timeout, 1212 refused,
 * 1220 reset by peer and 1201 broken pipe, 13xx TLS; 1400–1599 for HTTP 4xx/5xx).
 */
import type { ErrorClass } from '../../metrics/measurements.js';

export function k6ErrorClass(status: number, errorCode: number | undefined): ErrorClass {
  if (status >= 400 && status < 500) return 'http_4xx';
  if (status >= 500 && status < 600) return 'http_5xx';
  if (status > 0) return 'unexpected_status';
  const code = errorCode ?? 0;
  if (code === 1050 || code === 1211) return 'timeout';
  if (code === 1212) return 'connection_refused';
  if (code === 1220 || code === 1201) return 'connection_reset';
  if (code >= 1100 && code < 1200) return 'dns';
  if (code >= 1300 && code < 1400) return 'tls';
  return 'other';
}

/** k6's codes that name the same failure as one of the causes the engine records (metrics/error-causes.ts). */
const SAME_CAUSE: Readonly<Record<number, string>> = {
  1050: 'LOADGATE_REQUEST_TIMEOUT',
  1101: 'ENOTFOUND',
  1201: 'EPIPE',
  1211: 'ETIMEDOUT',
  1212: 'ECONNREFUSED',
  1220: 'ECONNRESET',
};

/** The cause of a failure without a response: the engine's code for the same failure, else k6's code as `K6_ERROR_<code>`. */
export function k6ErrorCause(errorCode: number | undefined): string {
  if (errorCode === undefined) return 'K6_ERROR';
  return SAME_CAUSE[errorCode] ?? `K6_ERROR_${errorCode}`;
}
