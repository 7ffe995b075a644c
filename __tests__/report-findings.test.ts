import { describe, expect, it } from 'vitest';

import {
  errorCounts,
  type EndpointMeasurement,
  type ErrorClass,
  type RequestStats,
} from '../src/metrics/measurements.js';
import { deriveFindings } from '../src/report/findings.js';
import type { ReportContext } from '../src/report/report-context.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { ThresholdResult } from '../src/slo/types.js';
import { buildReportFixture, fixtureSettings } from './helpers/report-fixture.js';

const noErrors = (): Record<ErrorClass, number> => errorCounts();

interface StatsSpec {
  requests?: number;
  errors?: Partial<Record<ErrorClass, number>>;
  statusCounts?: Record<string, number>;
  p95?: number;
  p99?: number;
  mean?: number;
  count?: number;
  rps?: number;
}

/** Request stats with the figures findings read; the failures are the sum of the error classes. */
function stats(spec: StatsSpec = {}): RequestStats {
  const requests = spec.requests ?? 1000;
  const errors = { ...noErrors(), ...spec.errors };
  const failed = Object.values(errors).reduce((a, b) => a + b, 0);
  const p95 = spec.p95 ?? 100;
  return {
    requests,
    succeeded: requests - failed,
    failed,
    rps: spec.rps ?? requests / 10,
    bytesSent: 0,
    bytesReceived: 0,
    statusCounts: spec.statusCounts ?? (requests - failed > 0 ? { '200': requests - failed } : {}),
    errors,
    latency: {
      count: spec.count ?? requests,
      min: 1,
      mean: spec.mean ?? p95 / 2,
      stdev: 1,
      p50: p95 / 2,
      p90: p95 * 0.9,
      p95,
      p99: spec.p99 ?? p95 * 1.5,
      p999: (spec.p99 ?? p95 * 1.5) * 1.2,
      max: (spec.p99 ?? p95 * 1.5) * 1.5,
    },
    histogram: '',
  };
}

const endpoint = (name: string, spec: StatsSpec = {}): EndpointMeasurement => ({
  ...stats(spec),
  name,
  method: name.split(' ')[0] ?? 'GET',
  path: name.split(' ')[1] ?? '/',
});

function sum(parts: EndpointMeasurement[]): StatsSpec {
  const errors = noErrors();
  for (const part of parts)
    for (const key of Object.keys(errors) as ErrorClass[]) errors[key] += part.errors[key];
  return { requests: parts.reduce((a, p) => a + p.requests, 0), errors };
}

function context(
  overall: RequestStats,
  endpoints: EndpointMeasurement[] = [],
  extra: Partial<ReportContext> = {},
) {
  const base = buildReportFixture({ verdict: 'pass' });
  const ctx: ReportContext = {
    ...base,
    settings: fixtureSettings({ timeoutMs: 5000, endpoints: [] }),
    measurements: { ...base.measurements, overall, endpoints, durationMs: 10_000, maxVusReached: 20 },
    evaluation: { verdict: 'pass', results: [], reasons: [] },
    ...extra,
  };
  return ctx;
}

function result(text: string, actual: number | null, status: ThresholdResult['status']): ThresholdResult {
  return { threshold: parseThreshold({ text, origin: 'test' }), actual, status };
}

describe('deriveFindings', () => {
  it('says nothing when nothing stands out (the fixture run)', () => {
    expect(deriveFindings(buildReportFixture({ verdict: 'pass' }))).toEqual([]);
    expect(deriveFindings(context(stats()))).toEqual([]);
  });

  it('no requests at all: one finding, and nothing else is derived', () => {
    const ctx = context(stats({ requests: 0, count: 0 }), [], {
      evaluation: { verdict: 'fail', results: [result('p95: 250', null, 'fail')], reasons: [] },
    });
    expect(deriveFindings(ctx)).toEqual([
      'No requests completed in 10s, so nothing was measured: the target may be unreachable, and every threshold fails for lack of data.',
    ]);
    expect(deriveFindings(context(stats({ requests: 0, count: 0 })))).toEqual([
      'No requests completed in 10s, so nothing was measured: the target may be unreachable.',
    ]);
  });

  it('a load that stopped early comes first', () => {
    const ctx = context(stats());
    ctx.measurements.stoppedEarly = 'cancelled (SIGTERM)';
    ctx.measurements.durationMs = 12_340;
    expect(deriveFindings(ctx)).toEqual([
      'The load stopped early (cancelled (SIGTERM)) after 12.3s of the planned 30s; the figures cover that part only.',
    ]);
  });

  it('every request refused: the target looks unreachable', () => {
    const overall = stats({ requests: 40, errors: { connection_refused: 40 }, statusCounts: {}, count: 0 });
    expect(deriveFindings(context(overall))).toEqual([
      'Every request failed (40 of 40), all at the connection: the target looks unreachable.',
      'All 40 errors were refused connections: nothing accepted connections at the target, which may be down or listening on another port.',
    ]);
  });

  it('all errors timeouts: the timeout may be too low or the target overloaded', () => {
    expect(deriveFindings(context(stats({ errors: { timeout: 20 } })))).toEqual([
      'All 20 errors were timeouts (after 5s): the timeout may be too low for this target, or the target is overloaded.',
    ]);
  });

  it('all errors 5xx, with the status codes', () => {
    const overall = stats({ errors: { http_5xx: 20 }, statusCounts: { '200': 980, '503': 15, '500': 5 } });
    expect(deriveFindings(context(overall))).toEqual([
      'All 20 errors were 5xx responses (503 × 15, 500 × 5): the target failed on its side under this load.',
    ]);
  });

  it('all errors 4xx, DNS or reset', () => {
    const http4xx = stats({ errors: { http_4xx: 6 }, statusCounts: { '200': 994, '401': 6 } });
    expect(deriveFindings(context(http4xx))).toEqual([
      "All 6 errors were 4xx responses (401 × 6): check the endpoints' paths, bodies and credentials.",
    ]);
    expect(deriveFindings(context(stats({ errors: { dns: 7 } })))[0]).toBe(
      "All 7 errors were DNS lookup failures: the target's host name did not resolve.",
    );
    expect(deriveFindings(context(stats({ errors: { connection_reset: 9 } })))[0]).toMatch(
      /^All 9 errors were connections reset mid-request: /,
    );
  });

  it('says nothing of error patterns with fewer than 5 errors or mixed classes', () => {
    expect(deriveFindings(context(stats({ errors: { timeout: 4 } })))).toEqual([]);
    expect(deriveFindings(context(stats({ errors: { timeout: 10, http_5xx: 10 } })))).toEqual([]);
  });

  it('errors concentrated on one endpoint whose error rate stands out', () => {
    const cart = endpoint('POST /api/cart', { requests: 1000, errors: { http_5xx: 30, timeout: 10 } });
    const products = endpoint('GET /api/products', { requests: 1000, errors: { http_5xx: 10 } });
    const ctx = context(stats(sum([cart, products])), [products, cart]);
    expect(deriveFindings(ctx)).toEqual([
      '80 % of the errors (40 of 50) came from POST /api/cart, whose error rate was 4 % against 1 % for the other endpoints.',
    ]);
  });

  it('no concentration when the endpoint just gets most of the traffic', () => {
    const big = endpoint('GET /big', { requests: 3000, errors: { timeout: 30, http_5xx: 3 } });
    const small = endpoint('GET /small', { requests: 1000, errors: { http_5xx: 10 } });
    expect(deriveFindings(context(stats(sum([big, small])), [big, small]))).toEqual([]);
  });

  it('throughput well below what a threshold asks, with the closed-model ceiling', () => {
    const overall = stats({ rps: 20, mean: 250 });
    const ctx = context(overall, [], {
      evaluation: {
        verdict: 'fail',
        results: [result('throughput: 100', 20, 'fail'), result('http_reqs: rate>21', 20, 'fail')],
        reasons: [],
      },
    });
    ctx.measurements.maxVusReached = 5;
    expect(deriveFindings(ctx)).toEqual([
      'Throughput was 20 req/s, 80 % below the 100 req/s that "throughput: 100" asks; 5 VUs at a mean latency of 250 ms can send at most about 20 req/s, so more VUs are needed to reach it.',
    ]);
  });

  it('throughput below the ask without the ceiling clause when VUs were enough', () => {
    const ctx = context(stats({ rps: 50, mean: 10 }), [], {
      evaluation: { verdict: 'fail', results: [result('http_reqs: rate>=100', 50, 'fail')], reasons: [] },
    });
    expect(deriveFindings(ctx)).toEqual([
      'Throughput was 50 req/s, 50 % below the 100 req/s that "http_reqs: rate>=100" asks.',
    ]);
  });

  it('says nothing of throughput within 80 % of the ask, or of < thresholds', () => {
    const ctx = context(stats({ rps: 85, mean: 10 }), [], {
      evaluation: {
        verdict: 'fail',
        results: [result('http_reqs: rate>=100', 85, 'fail'), result('http_reqs: rate<1000', 85, 'pass')],
        reasons: [],
      },
    });
    expect(deriveFindings(ctx)).toEqual([]);
  });

  it('a long tail: p99 more than 3× p95, with enough samples', () => {
    expect(deriveFindings(context(stats({ p95: 100, p99: 420 })))).toEqual([
      'p99 (420 ms) is 4.2× p95 (100 ms): a long tail, where about 1 request in 100 is far slower than the rest.',
    ]);
    expect(deriveFindings(context(stats({ p95: 100, p99: 290 })))).toEqual([]);
    expect(deriveFindings(context(stats({ requests: 99, p95: 100, p99: 420 })))).toEqual([]);
  });

  it('an endpoint much slower than the others', () => {
    const endpoints = [
      endpoint('GET /a', { p95: 50 }),
      endpoint('GET /b', { p95: 60 }),
      endpoint('GET /report', { p95: 400 }),
    ];
    expect(deriveFindings(context(stats(sum(endpoints)), endpoints))).toEqual([
      'GET /report is much slower than the other endpoints: p95 400 ms against 55 ms for the median of the other 2 (7.3×).',
    ]);
    const two = [endpoint('GET /a', { p95: 20 }), endpoint('GET /b', { p95: 90 })];
    expect(deriveFindings(context(stats(sum(two)), two))).toEqual([
      'GET /b is much slower than the other endpoints: p95 90 ms against 20 ms for the other endpoint (4.5×).',
    ]);
  });

  it('leaves an endpoint whose answers mostly failed out of the latency comparison', () => {
    // Fast 404s on /missing would make /report look 40× slower; it is compared with /a only.
    const endpoints = [
      endpoint('GET /a', { p95: 50 }),
      endpoint('GET /missing', { p95: 2, errors: { http_4xx: 1000 }, statusCounts: { '404': 1000 } }),
      endpoint('GET /report', { p95: 120 }),
    ];
    const findings = deriveFindings(context(stats(sum(endpoints)), endpoints));
    expect(findings.filter((f) => f.includes('slower'))).toEqual([]);
    expect(findings.join(' ')).not.toContain('GET /missing is');
    // Half failed is not mostly: still compared.
    const half = [
      endpoint('GET /a', { p95: 50 }),
      endpoint('GET /flaky', { p95: 400, errors: { http_5xx: 500 } }),
    ];
    expect(deriveFindings(context(stats(sum(half)), half))).toContain(
      'GET /flaky is much slower than the other endpoints: p95 400 ms against 50 ms for the other endpoint (8×).',
    );
  });

  it('no slow endpoint below 3×, for tiny latencies, or with too few samples', () => {
    const close = [endpoint('GET /a', { p95: 50 }), endpoint('GET /b', { p95: 140 })];
    expect(deriveFindings(context(stats(sum(close)), close))).toEqual([]);
    const tiny = [endpoint('GET /a', { p95: 0.5 }), endpoint('GET /b', { p95: 4 })];
    expect(deriveFindings(context(stats(sum(tiny)), tiny))).toEqual([]);
    const few = [endpoint('GET /a', { p95: 50 }), endpoint('GET /b', { p95: 400, requests: 10 })];
    expect(deriveFindings(context(stats(sum(few)), few))).toEqual([]);
  });

  it('each finding is one line ending with a full stop', () => {
    const endpoints = [
      endpoint('GET /a', { p95: 50, errors: { timeout: 30 } }),
      endpoint('GET /b', { p95: 400 }),
    ];
    const findings = deriveFindings(context(stats({ ...sum(endpoints), p95: 100, p99: 500 }), endpoints));
    expect(findings).toHaveLength(4);
    for (const finding of findings) {
      expect(finding).not.toContain('\n');
      expect(finding.endsWith('.')).toBe(true);
    }
  });
});

describe('deriveFindings: causes of failures without a response', () => {
  const cause = (code: string, description: string, errorClass: ErrorClass, count: number) => ({
    cause: code,
    description,
    errorClass,
    count,
  });
  const withCauses = (overall: RequestStats, errorCauses: ReturnType<typeof cause>[]) => {
    const ctx = context(overall);
    ctx.measurements.errorCauses = errorCauses;
    return ctx;
  };

  it('every request failed on one cause: said in one sentence, in words and by code', () => {
    const overall = stats({ requests: 1234, errors: { tls: 1234 }, statusCounts: {}, count: 0 });
    const ctx = withCauses(overall, [
      cause('DEPTH_ZERO_SELF_SIGNED_CERT', 'the TLS certificate is self-signed', 'tls', 1234),
    ]);
    expect(deriveFindings(ctx)).toEqual([
      'All 1,234 requests failed: the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT).',
    ]);
  });

  it('one request, one cause', () => {
    const overall = stats({ requests: 1, errors: { dns: 1 }, statusCounts: {}, count: 0 });
    const ctx = withCauses(overall, [cause('ENOTFOUND', 'the host name did not resolve', 'dns', 1)]);
    expect(deriveFindings(ctx)).toEqual([
      'The one request failed: the host name did not resolve (ENOTFOUND).',
    ]);
  });

  it('keeps the advice of a class the cause does not replace (refused connections)', () => {
    const overall = stats({ requests: 40, errors: { connection_refused: 40 }, statusCounts: {}, count: 0 });
    const ctx = withCauses(overall, [
      cause('ECONNREFUSED', 'the connection was refused', 'connection_refused', 40),
    ]);
    expect(deriveFindings(ctx)).toEqual([
      'All 40 requests failed: the connection was refused (ECONNREFUSED).',
      'All 40 errors were refused connections: nothing accepted connections at the target, which may be down or listening on another port.',
    ]);
  });

  it('some requests failed, all on one cause', () => {
    const overall = stats({ requests: 1000, errors: { other: 30 } });
    const ctx = withCauses(overall, [
      cause('UND_ERR_HEADERS_OVERFLOW', 'the response headers were too large', 'other', 30),
    ]);
    expect(deriveFindings(ctx)).toEqual([
      'All 30 failed requests had one cause: the response headers were too large (UND_ERR_HEADERS_OVERFLOW).',
    ]);
  });

  it('most failures on one cause, with the share', () => {
    const overall = stats({
      requests: 1000,
      errors: { other: 45, http_5xx: 5 },
      statusCounts: { '200': 950, '503': 5 },
    });
    const ctx = withCauses(overall, [cause('HPE_INVALID', 'the response was not valid HTTP', 'other', 45)]);
    expect(deriveFindings(ctx)).toEqual([
      '90 % of the failed requests (45 of 50) had one cause: the response was not valid HTTP (HPE_INVALID).',
    ]);
  });

  it('says nothing of causes when none holds most failures, or the largest is the overflow row', () => {
    const overall = stats({ requests: 1000, errors: { other: 20, tls: 20 } });
    const split = withCauses(overall, [
      cause('HPE_INVALID', 'the response was not valid HTTP', 'other', 20),
      cause('CERT_HAS_EXPIRED', 'the TLS certificate has expired', 'tls', 20),
    ]);
    expect(deriveFindings(split).join('\n')).not.toContain('had one cause');
    const overflow = withCauses(stats({ requests: 1000, errors: { other: 20 } }), [
      cause('other causes', 'causes beyond the first 16', 'other', 20),
    ]);
    expect(deriveFindings(overflow).join('\n')).not.toContain('one cause');
  });

  it('results written before causes were kept: the class findings as before', () => {
    const overall = stats({ requests: 40, errors: { tls: 40 }, statusCounts: {}, count: 0 });
    expect(deriveFindings(context(overall))).toEqual([
      'Every request failed (40 of 40), all at the connection: the target looks unreachable.',
      'All 40 errors were TLS failures: the handshake or the certificate check failed.',
    ]);
  });
});
