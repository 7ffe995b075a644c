/** How an exchange ended, as an error class: from the status code, or from the transport error's cause. */
import {
  asCause,
  describeCause,
  INVALID_HTTP_CAUSE,
  isKnownCause,
  UNKNOWN_CAUSE,
} from '../../metrics/error-causes.js';
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

/**
 * The cause of a transport failure: the first listed code on the error, its `cause`
 * or its first `errors` entry (an AggregateError from a dual-stack connect), else the
 * first code-shaped one, else INVALID_HTTP_CAUSE for llhttp's errors (which undici 8
 * leaves without a code), else UNKNOWN_CAUSE. Called on failures only.
 */
export function errorCause(error: unknown): string {
  let fallback: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const { code, cause, errors, name } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
      name?: unknown;
    };
    if (typeof code === 'string') {
      if (isKnownCause(code)) return code;
      fallback ??= asCause(code);
    } else if (name === 'HTTPParserError') {
      fallback ??= INVALID_HTTP_CAUSE;
    }
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return fallback ?? UNKNOWN_CAUSE;
}

/** The error class of a transport failure, from its cause. */
export function classifyError(error: unknown): ErrorClass {
  return describeCause(errorCause(error)).errorClass;
}

/** undici refused to build the request (e.g. an invalid header value): a setup error, not a measurement. */
export function isInvalidArgument(error: Error | null): error is Error {
  return (error as { code?: unknown } | null)?.code === 'UND_ERR_INVALID_ARG';
}
