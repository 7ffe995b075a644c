import { describe, expect, it } from 'vitest';

import {
  errorCounts,
  type ErrorCauseCount,
  type ErrorClass,
  type RunMeasurements,
  type SetupMeasurements,
} from '../src/metrics/measurements.js';
import { unreachableReason } from '../src/slo/reachability.js';
import { fixtureMeasurements } from './helpers/report-fixture.js';

interface RunSpec {
  errors: Partial<Record<ErrorClass, number>>;
  statusCounts?: Record<string, number>;
  causes?: ErrorCauseCount[];
  setup?: Partial<SetupMeasurements>;
}

/** A run whose requests are its successes (the 2xx in statusCounts) plus the failures given. */
function run(spec: RunSpec): RunMeasurements {
  const m = fixtureMeasurements(5);
  const errors = errorCounts(spec.errors);
  const failed = Object.values(errors).reduce((a, b) => a + b, 0);
  const statusCounts = spec.statusCounts ?? {};
  const succeeded = Object.entries(statusCounts)
    .filter(([status]) => status.startsWith('2'))
    .reduce((a, [, n]) => a + n, 0);
  const measurements: RunMeasurements = {
    ...m,
    overall: { ...m.overall, requests: succeeded + failed, succeeded, failed, statusCounts, errors },
    errorCauses: spec.causes ?? [],
  };
  if (spec.setup) {
    measurements.traffic = {
      setup: {
        requests: 0,
        succeeded: 0,
        failed: 0,
        statusCounts: {},
        failures: {},
        latency: m.overall.latency,
        users: { total: 1, loggedIn: 0, failed: 1 },
        steps: [],
        ...spec.setup,
      },
      reauthentications: 0,
      checks: [],
      isolation: null,
    };
  }
  return measurements;
}

const cause = (
  code: string,
  description: string,
  errorClass: ErrorClass,
  count: number,
): ErrorCauseCount => ({
  cause: code,
  description,
  errorClass,
  count,
});

describe('unreachableReason', () => {
  it('every request failed on the TLS certificate: not reached, with the cause and what to do', () => {
    const m = run({
      errors: { tls: 50 },
      causes: [cause('DEPTH_ZERO_SELF_SIGNED_CERT', 'the TLS certificate is self-signed', 'tls', 50)],
    });
    expect(unreachableReason(m)).toBe(
      'no request reached the target: the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT) — ' +
        'trust its CA with ca-file (a PEM bundle in the workspace), or for a test target only set insecure-tls: true; or check target-url',
    );
  });

  it('DNS, and refused connections, the same', () => {
    expect(
      unreachableReason(
        run({ errors: { dns: 5 }, causes: [cause('ENOTFOUND', 'the host name did not resolve', 'dns', 5)] }),
      ),
    ).toBe(
      'no request reached the target: the host name did not resolve (ENOTFOUND) — check the host name in target-url',
    );
    expect(unreachableReason(run({ errors: { connection_refused: 9 } }))).toBe(
      'no request reached the target: every request failed (connection_refused) — ' +
        'check that the target is up and listening at the port of target-url',
    );
  });

  it('two causes: both named, with their counts', () => {
    const m = run({
      errors: { dns: 6, connection_refused: 4 },
      causes: [
        cause('ENOTFOUND', 'the host name did not resolve', 'dns', 6),
        cause('ECONNREFUSED', 'the connection was refused', 'connection_refused', 4),
      ],
    });
    expect(unreachableReason(m)).toBe(
      'no request reached the target: the host name did not resolve (ENOTFOUND) for 6 of 10 requests, ' +
        'the connection was refused (ECONNREFUSED) for 4 — check the host name in target-url',
    );
  });

  it('one response is enough to judge: 5xx only, or refusals after the target answered', () => {
    expect(unreachableReason(run({ errors: { http_5xx: 20 }, statusCounts: { '503': 20 } }))).toBeUndefined();
    expect(
      unreachableReason(run({ errors: { connection_refused: 30 }, statusCounts: { '200': 10 } })),
    ).toBeUndefined();
  });

  it('failures the target causes are judged: timeouts, resets, invalid responses, mixed with refusals', () => {
    expect(unreachableReason(run({ errors: { timeout: 10 } }))).toBeUndefined();
    expect(unreachableReason(run({ errors: { connection_reset: 10 } }))).toBeUndefined();
    expect(unreachableReason(run({ errors: { other: 10 } }))).toBeUndefined();
    expect(unreachableReason(run({ errors: { connection_refused: 10, timeout: 1 } }))).toBeUndefined();
  });

  it('no request at all: nothing to say, unless every login failed on the client side', () => {
    expect(unreachableReason(run({ errors: {} }))).toBeUndefined();
    expect(
      unreachableReason(run({ errors: {}, setup: { requests: 4, failed: 4, failures: { dns: 4 } } })),
    ).toBe('no request reached the target: every request failed (dns) — check the host name in target-url');
    expect(
      unreachableReason(
        run({
          errors: {},
          setup: { requests: 4, failed: 4, failures: { '401': 4 }, statusCounts: { '401': 4 } },
        }),
      ),
    ).toBeUndefined();
  });

  it('a login that got a response shows the target was reached', () => {
    const m = run({ errors: { dns: 5 }, setup: { requests: 1, succeeded: 1, statusCounts: { '200': 1 } } });
    expect(unreachableReason(m)).toBeUndefined();
  });
});
