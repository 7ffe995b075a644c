/** How an exchange ended, as an error class: from the status code, or from the transport error's code. */
import type { ErrorClass } from '../../metrics/measurements.js';

/**
 * What a status code means for an endpoint: null for success, else the error class.
 * Success is a status listed in `expectStatus`, or 200–399 when the list is empty.
 * Other statuses are `http_4xx`, `http_5xx`, or `unexpected_status` (e.g. a 302 when only 200 was expected).
 */
export function classifyStatus(status: number, expectStatus: readonly number[]): ErrorClass | null {
  const ok = expectStatus.length === 0 ? status >= 200 && status <= 399 : expectStatus.includes(status);
  if (ok) return null;
  if (status >= 400 && status <= 499) return 'http_4xx';
  if (status >= 500 && status <= 599) return 'http_5xx';
  return 'unexpected_status';
}

const ERROR_CODE_CLASSES: Readonly<Record<string, ErrorClass>> = {
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  ECONNABORTED: 'connection_reset',
  EPIPE: 'connection_reset',
  UND_ERR_SOCKET: 'connection_reset',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  EAI_NODATA: 'dns',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
};

/** The error class of a transport failure, from undici's or Node's error code (also looked for in `cause` and `errors`). */
export function classifyError(error: unknown): ErrorClass {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && ERROR_CODE_CLASSES[code] !== undefined) return ERROR_CODE_CLASSES[code];
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return 'other';
}

/** undici refused to build the request (e.g. an invalid header value): a setup error, not a measurement. */
export function isInvalidArgument(error: Error | null): error is Error {
  return (error as { code?: unknown } | null)?.code === 'UND_ERR_INVALID_ARG';
}
