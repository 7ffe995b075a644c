/**
 * k6's `error_code` tag (grafana/k6 lib/netext/httpext/error_codes.go) for a request
 * the engine recorded: 1000 + the status for a response of 400 or more (k6's
 * transport.go), else the code k6 gives the same transport failure, from the cause
 * (metrics/error-causes.ts). 0: k6 sets no `error_code` (a response below 400).
 */
import type { ErrorClass } from './measurements.js';

/** k6's codes for the failures the engine tells apart by their cause. */
const CODE_OF_CAUSE: Readonly<Record<string, number>> = {
  LOADGATE_REQUEST_TIMEOUT: 1050,
  UND_ERR_HEADERS_TIMEOUT: 1050,
  UND_ERR_BODY_TIMEOUT: 1050,
  ENOTFOUND: 1101,
  EAI_NONAME: 1101,
  EPIPE: 1201,
  ETIMEDOUT: 1211,
  UND_ERR_CONNECT_TIMEOUT: 1211,
  ECONNREFUSED: 1212,
  LOADGATE_PROXY_REFUSED: 1212,
  ECONNRESET: 1220,
  ECONNABORTED: 1200,
  EHOSTUNREACH: 1210,
  ENETUNREACH: 1210,
  ERR_SSL_WRONG_VERSION_NUMBER: 1301,
  DEPTH_ZERO_SELF_SIGNED_CERT: 1310,
  SELF_SIGNED_CERT_IN_CHAIN: 1310,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 1310,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 1310,
  UNABLE_TO_GET_ISSUER_CERT: 1310,
  CERT_UNTRUSTED: 1310,
  ERR_TLS_CERT_ALTNAME_INVALID: 1311,
};

/** k6's default code of each class, for causes not listed above. */
const CODE_OF_CLASS: Readonly<Partial<Record<ErrorClass, number>>> = {
  timeout: 1050,
  dns: 1100,
  connection_refused: 1212,
  connection_reset: 1220,
  tls: 1300,
};

/** What the code is read from: the fields of a recorded request outcome. */
export interface ErrorCodeSource {
  status: number;
  errorClass: ErrorClass | null;
  errorCause?: string | null;
}

/** k6's `error_code` of a request, or 0 when k6 sets none. */
export function k6ErrorCode(outcome: ErrorCodeSource): number {
  if (outcome.status >= 400) return 1000 + outcome.status;
  if (outcome.status > 0) return 0;
  const cause = outcome.errorCause;
  if (cause) {
    const known = CODE_OF_CAUSE[cause];
    if (known !== undefined) return known;
  }
  return (outcome.errorClass && CODE_OF_CLASS[outcome.errorClass]) || 1000;
}
