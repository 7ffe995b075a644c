/**
 * Why a request failed without an HTTP response, as a stable code: the code Node,
 * OpenSSL or undici put on the error (`DEPTH_ZERO_SELF_SIGNED_CERT`, `ENOTFOUND`,
 * `UND_ERR_HEADERS_OVERFLOW` …), with its error class and a few words for reports.
 *
 * The codes are identifiers, never messages: a message can carry a host name, a
 * header or the bytes of a response, a code cannot. Codes not listed here keep
 * their own name when they look like one (capitals, digits, `_`), else become
 * {@link UNKNOWN_CAUSE}.
 */
import type { ErrorClass } from './measurements.js';

export interface CauseInfo {
  errorClass: ErrorClass;
  /** Lower case, no full stop, so it reads inside a sentence: "all requests failed: <description>". */
  description: string;
}

/** The request ran out of the request timeout (the error the client aborts it with). */
export const REQUEST_TIMEOUT_CAUSE = 'LOADGATE_REQUEST_TIMEOUT';
/** llhttp could not parse the response. undici 8 leaves `code` unset on these errors, so they are known by name. */
export const INVALID_HTTP_CAUSE = 'HPE_INVALID';
/** An error that carried no usable code. */
export const UNKNOWN_CAUSE = 'UNKNOWN';

const ISSUER_NOT_TRUSTED = "the TLS certificate's issuer is not trusted";
const tls = (description: string): CauseInfo => ({ errorClass: 'tls', description });

const CAUSES: Readonly<Record<string, CauseInfo>> = {
  // TLS: the certificate check (OpenSSL's codes) and the host name check (Node's).
  DEPTH_ZERO_SELF_SIGNED_CERT: tls('the TLS certificate is self-signed'),
  SELF_SIGNED_CERT_IN_CHAIN: tls("the TLS certificate's chain ends in an untrusted self-signed certificate"),
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: tls(ISSUER_NOT_TRUSTED),
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: tls(ISSUER_NOT_TRUSTED),
  UNABLE_TO_GET_ISSUER_CERT: tls(ISSUER_NOT_TRUSTED),
  CERT_UNTRUSTED: tls('the TLS certificate is not trusted'),
  CERT_HAS_EXPIRED: tls('the TLS certificate has expired'),
  CERT_NOT_YET_VALID: tls('the TLS certificate is not valid yet'),
  CERT_REVOKED: tls('the TLS certificate has been revoked'),
  CERT_SIGNATURE_FAILURE: tls("the TLS certificate's signature is invalid"),
  ERR_TLS_CERT_ALTNAME_INVALID: tls('the TLS certificate does not match the host name'),
  ERR_SSL_WRONG_VERSION_NUMBER: tls('the TLS handshake failed: the server did not answer in TLS'),
  EPROTO: tls('the TLS handshake failed'),
  // DNS.
  ENOTFOUND: { errorClass: 'dns', description: 'the host name did not resolve' },
  EAI_AGAIN: { errorClass: 'dns', description: 'the DNS lookup failed temporarily' },
  EAI_FAIL: { errorClass: 'dns', description: 'the DNS lookup failed' },
  EAI_NONAME: { errorClass: 'dns', description: 'the host name did not resolve' },
  EAI_NODATA: { errorClass: 'dns', description: 'the host name has no address' },
  // The connection.
  ECONNREFUSED: { errorClass: 'connection_refused', description: 'the connection was refused' },
  ECONNRESET: { errorClass: 'connection_reset', description: 'the connection was reset' },
  ECONNABORTED: { errorClass: 'connection_reset', description: 'the connection was aborted' },
  EPIPE: {
    errorClass: 'connection_reset',
    description: 'the connection closed while the request was written',
  },
  UND_ERR_SOCKET: { errorClass: 'connection_reset', description: 'the server closed the connection' },
  // The proxy of the environment (engine/http/transport.ts): the target was never reached.
  LOADGATE_PROXY_REFUSED: { errorClass: 'connection_refused', description: 'the proxy refused the tunnel' },
  LOADGATE_PROXY_AUTH: {
    errorClass: 'connection_refused',
    description: 'the proxy asked for credentials (407)',
  },
  // Time.
  [REQUEST_TIMEOUT_CAUSE]: { errorClass: 'timeout', description: 'the request timed out' },
  UND_ERR_HEADERS_TIMEOUT: {
    errorClass: 'timeout',
    description: 'the response headers did not come in time',
  },
  UND_ERR_BODY_TIMEOUT: { errorClass: 'timeout', description: 'the response body did not come in time' },
  UND_ERR_CONNECT_TIMEOUT: {
    errorClass: 'timeout',
    description: 'the connection could not be opened in time',
  },
  ETIMEDOUT: { errorClass: 'timeout', description: 'the connection timed out' },
  // The response itself.
  [INVALID_HTTP_CAUSE]: { errorClass: 'other', description: 'the response was not valid HTTP' },
  UND_ERR_HEADERS_OVERFLOW: { errorClass: 'other', description: 'the response headers were too large' },
  UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE: {
    errorClass: 'other',
    description: 'the response was larger than allowed',
  },
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: {
    errorClass: 'other',
    description: 'the response body did not match its Content-Length',
  },
  EHOSTUNREACH: { errorClass: 'other', description: 'the host was unreachable' },
  ENETUNREACH: { errorClass: 'other', description: 'the network was unreachable' },
  [UNKNOWN_CAUSE]: { errorClass: 'other', description: 'an error without a code' },
};

/** What an error code looks like; anything else is not kept (it could be text from the wire). */
const CODE_SHAPE = /^[A-Z][A-Z0-9_]{1,63}$/;

/** Whether a code is listed (and so decides the class). */
export function isKnownCause(code: string): boolean {
  return Object.hasOwn(CAUSES, code);
}

/** A code as a cause: itself when it looks like a code, else {@link UNKNOWN_CAUSE}. */
export function asCause(code: string): string {
  return CODE_SHAPE.test(code) ? code : UNKNOWN_CAUSE;
}

/** The class and words of a cause; unlisted ones by their prefix (`HPE_`, `ERR_SSL_`, `ERR_TLS_`), else `other`. */
export function describeCause(cause: string): CauseInfo {
  if (Object.hasOwn(CAUSES, cause)) return CAUSES[cause]!;
  if (cause.startsWith('HPE_')) return CAUSES[INVALID_HTTP_CAUSE]!;
  if (cause.startsWith('ERR_SSL_') || cause.startsWith('ERR_TLS_')) return tls('the TLS handshake failed');
  return { errorClass: 'other', description: `an error of no known kind` };
}
