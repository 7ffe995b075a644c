import { describe, expect, it } from 'vitest';

import { errorCause, classifyError } from '../src/engine/http/classify-outcome.js';
import { RequestTimeoutError } from '../src/engine/http/http-client.js';
import { ErrorCauseCounter, MAX_ERROR_CAUSES, OTHER_CAUSES } from '../src/metrics/error-cause-counter.js';
import { describeCause, UNKNOWN_CAUSE } from '../src/metrics/error-causes.js';
import type { ErrorClass } from '../src/metrics/measurements.js';
import { MetricsRecorder, type RequestOutcome } from '../src/metrics/metrics-recorder.js';

const withCode = (code: unknown, extra: object = {}) => Object.assign(new Error('boom'), { code }, extra);

describe('errorCause', () => {
  it.each([
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', 'the TLS certificate is self-signed'],
    [
      'SELF_SIGNED_CERT_IN_CHAIN',
      'tls',
      "the TLS certificate's chain ends in an untrusted self-signed certificate",
    ],
    ['CERT_HAS_EXPIRED', 'tls', 'the TLS certificate has expired'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', 'the TLS certificate does not match the host name'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', "the TLS certificate's issuer is not trusted"],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls', "the TLS certificate's issuer is not trusted"],
    ['UND_ERR_HEADERS_OVERFLOW', 'other', 'the response headers were too large'],
    ['UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE', 'other', 'the response was larger than allowed'],
    ['ENOTFOUND', 'dns', 'the host name did not resolve'],
    ['EAI_AGAIN', 'dns', 'the DNS lookup failed temporarily'],
    ['ECONNREFUSED', 'connection_refused', 'the connection was refused'],
    ['UND_ERR_SOCKET', 'connection_reset', 'the server closed the connection'],
  ])('%s: %s, "%s"', (code, errorClass, description) => {
    expect(errorCause(withCode(code))).toBe(code);
    expect(describeCause(code)).toEqual({ errorClass, description });
    expect(classifyError(withCode(code))).toBe(errorClass);
  });

  it('finds the listed code in cause and in aggregate errors, before an unlisted one', () => {
    expect(errorCause(new Error('fetch failed', { cause: withCode('ENOTFOUND') }))).toBe('ENOTFOUND');
    expect(errorCause(new AggregateError([withCode('ECONNREFUSED'), withCode('ETIMEDOUT')]))).toBe(
      'ECONNREFUSED',
    );
    expect(errorCause(withCode('ERR_WHATEVER', { cause: withCode('CERT_HAS_EXPIRED') }))).toBe(
      'CERT_HAS_EXPIRED',
    );
  });

  it('keeps an unlisted code when it looks like one, classed by its prefix', () => {
    expect(errorCause(withCode('HPE_INVALID_CHUNK_SIZE'))).toBe('HPE_INVALID_CHUNK_SIZE');
    expect(describeCause('HPE_INVALID_CHUNK_SIZE')).toEqual({
      errorClass: 'other',
      description: 'the response was not valid HTTP',
    });
    expect(describeCause('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE').errorClass).toBe('tls');
    expect(describeCause('ESOMETHINGNEW')).toEqual({
      errorClass: 'other',
      description: 'an error of no known kind',
    });
  });

  it('never keeps text that is not a code (it could come from the wire)', () => {
    expect(errorCause(withCode('Bearer s3cret token'))).toBe(UNKNOWN_CAUSE);
    expect(errorCause(withCode(42))).toBe(UNKNOWN_CAUSE);
    expect(errorCause('weird')).toBe(UNKNOWN_CAUSE);
    expect(errorCause(null)).toBe(UNKNOWN_CAUSE);
    expect(describeCause(UNKNOWN_CAUSE).errorClass).toBe('other');
  });

  it("knows llhttp's errors by name, since undici leaves their code unset", () => {
    const parserError = Object.assign(new Error('Response does not match the HTTP/1.1 protocol'), {
      name: 'HTTPParserError',
      code: undefined,
      data: 'the bytes the server sent',
    });
    expect(errorCause(parserError)).toBe('HPE_INVALID');
    expect(describeCause('HPE_INVALID').description).toBe('the response was not valid HTTP');
  });

  it("the client's own timeout", () => {
    expect(errorCause(new RequestTimeoutError(1000))).toBe('LOADGATE_REQUEST_TIMEOUT');
    expect(describeCause('LOADGATE_REQUEST_TIMEOUT')).toEqual({
      errorClass: 'timeout',
      description: 'the request timed out',
    });
  });
});

describe('ErrorCauseCounter', () => {
  it('counts causes, most first', () => {
    const counter = new ErrorCauseCounter();
    counter.add('ECONNREFUSED', 'connection_refused');
    for (let i = 0; i < 3; i++) counter.add('CERT_HAS_EXPIRED', 'tls');
    expect(counter.counts()).toEqual([
      {
        cause: 'CERT_HAS_EXPIRED',
        description: 'the TLS certificate has expired',
        errorClass: 'tls',
        count: 3,
      },
      {
        cause: 'ECONNREFUSED',
        description: 'the connection was refused',
        errorClass: 'connection_refused',
        count: 1,
      },
    ]);
  });

  it(`keeps at most ${MAX_ERROR_CAUSES} causes by name; later ones are summed per class`, () => {
    const counter = new ErrorCauseCounter();
    const extra = 40;
    for (let i = 0; i < MAX_ERROR_CAUSES + extra; i++) {
      const errorClass: ErrorClass = i % 2 === 0 ? 'other' : 'tls';
      counter.add(`E_CAUSE_${i}`, errorClass);
      counter.add(`E_CAUSE_${i}`, errorClass);
    }
    const counts = counter.counts();
    const named = counts.filter((c) => c.cause !== OTHER_CAUSES);
    const rest = counts.filter((c) => c.cause === OTHER_CAUSES);
    expect(named).toHaveLength(MAX_ERROR_CAUSES);
    expect(named.map((c) => c.cause)).toEqual(
      Array.from({ length: MAX_ERROR_CAUSES }, (_, i) => `E_CAUSE_${i}`),
    );
    expect(named.every((c) => c.count === 2)).toBe(true);
    expect(rest.map((c) => [c.errorClass, c.count]).sort()).toEqual([
      ['other', extra],
      ['tls', extra],
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(2 * (MAX_ERROR_CAUSES + extra));
    // A cause seen before the bound keeps being counted by name.
    counter.add('E_CAUSE_0', 'other');
    expect(counter.counts().find((c) => c.cause === 'E_CAUSE_0')?.count).toBe(3);
  });
});

describe('MetricsRecorder: causes', () => {
  const endpoints = [{ name: 'GET /', method: 'GET', path: '/' }];
  const outcome = (extra: Partial<RequestOutcome>): RequestOutcome => ({
    status: 0,
    ok: false,
    errorClass: 'other',
    sent: true,
    bytesSent: 0,
    bytesReceived: 0,
    ...extra,
  });

  it('counts the causes of failures without a response, and only those', () => {
    const recorder = new MetricsRecorder(endpoints);
    recorder.start();
    recorder.record(
      0,
      100,
      outcome({ errorClass: 'tls', errorCause: 'DEPTH_ZERO_SELF_SIGNED_CERT', sent: false }),
    );
    recorder.record(
      0,
      100,
      outcome({ errorClass: 'tls', errorCause: 'DEPTH_ZERO_SELF_SIGNED_CERT', sent: false }),
    );
    // A 503 is counted by its status; a stale cause on the reused object is not read.
    recorder.record(0, 100, outcome({ status: 503, errorClass: 'http_5xx', errorCause: 'ECONNRESET' }));
    recorder.record(0, 100, outcome({ status: 200, ok: true, errorClass: null, errorCause: 'ECONNRESET' }));
    recorder.finish();
    const m = recorder.snapshot();
    expect(m.overall.failed).toBe(3);
    expect(m.errorCauses).toEqual([
      {
        cause: 'DEPTH_ZERO_SELF_SIGNED_CERT',
        description: 'the TLS certificate is self-signed',
        errorClass: 'tls',
        count: 2,
      },
    ]);
  });
});
