/**
 * Whether the run reached the target at all. A run in which no request got an HTTP
 * response, and every failure happened on the client's side of the connection — the
 * TLS handshake or certificate check (`tls`), the DNS lookup (`dns`), or a connection
 * refused from the first request on (`connection_refused`) — says nothing about the
 * canary: the gate could not reach it. Its verdict is `error`, not `fail`, so a wrong
 * `target-url`, a missing CA or a canary that is not up yet does not signal a rollback
 * as if the canary had been judged bad.
 *
 * One response is enough to judge as usual: a run that got only 5xx, or whose
 * connections were refused only after the target had answered (it went down during
 * the run), fails on its thresholds. So do timeouts, resets and invalid responses,
 * which the target itself causes.
 */
import type { ErrorCauseCount, ErrorClass, RunMeasurements } from '../metrics/measurements.js';

/** The classes of failure that happen before the target's HTTP server sees a request. */
export const CLIENT_SIDE_CLASSES: readonly ErrorClass[] = ['tls', 'dns', 'connection_refused'];

/** What to check, by cause first, then by class. */
const UNTRUSTED_HINT =
  'trust its CA with ca-file (a PEM bundle in the workspace), or for a test target only set insecure-tls: true; or check target-url';

const CAUSE_HINTS: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: UNTRUSTED_HINT,
  SELF_SIGNED_CERT_IN_CHAIN: UNTRUSTED_HINT,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNTRUSTED_HINT,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNTRUSTED_HINT,
  UNABLE_TO_GET_ISSUER_CERT: UNTRUSTED_HINT,
  CERT_HAS_EXPIRED: "renew the target's certificate, or check target-url",
  CERT_NOT_YET_VALID: "check the target's certificate and the runner's clock",
  ERR_TLS_CERT_ALTNAME_INVALID:
    'check the host name in target-url, or name the one in the certificate with tls-server-name (or a Host header)',
  LOADGATE_PROXY_REFUSED:
    'check the proxy (HTTPS_PROXY, HTTP_PROXY) allows the target, or exempt it with NO_PROXY',
  LOADGATE_PROXY_AUTH: 'give the proxy its credentials in HTTPS_PROXY (http://user:password@proxy:port)',
  ERR_SSL_WRONG_VERSION_NUMBER: "check target-url's scheme (http or https) and port",
};
const CLASS_HINTS: Readonly<Partial<Record<ErrorClass, string>>> = {
  tls: "check target-url's scheme and port, and the target's certificate",
  dns: 'check the host name in target-url',
  connection_refused: 'check that the target is up and listening at the port of target-url',
};

function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}

/** The failures in words: the one cause, or the two largest with their counts. */
function describeFailures(causes: readonly ErrorCauseCount[], failed: number): string | undefined {
  const [first, second] = causes;
  if (!first) return undefined;
  const text = (c: ErrorCauseCount): string => `${c.description} (${c.cause})`;
  if (first.count === failed || !second) return text(first);
  return `${text(first)} for ${first.count} of ${failed} requests, ${text(second)} for ${second.count}`;
}

/**
 * Why the run could not judge the target, or undefined when it could. A pure
 * function of the measurements (whole run), so results.json can be re-judged.
 */
export function unreachableReason(m: RunMeasurements): string | undefined {
  const { overall } = m;
  const setup = m.traffic?.setup ?? null;
  // Any response, to a gated request or to a login, shows the target was reached.
  if (overall.succeeded > 0 || sum(overall.statusCounts) > 0) return undefined;
  if (setup && (setup.succeeded > 0 || sum(setup.statusCounts) > 0)) return undefined;

  let failed: number;
  let clientSide: number;
  let mainClass: ErrorClass | undefined;
  if (overall.requests > 0) {
    failed = overall.failed;
    clientSide = CLIENT_SIDE_CLASSES.reduce((total, c) => total + overall.errors[c], 0);
    mainClass = CLIENT_SIDE_CLASSES.reduce((a, b) => (overall.errors[b] > overall.errors[a] ? b : a));
  } else if (setup && setup.requests > 0) {
    // No gated request was sent because every login failed: judge those.
    failed = setup.failed;
    clientSide = CLIENT_SIDE_CLASSES.reduce((total, c) => total + (setup.failures[c] ?? 0), 0);
    mainClass = CLIENT_SIDE_CLASSES.reduce((a, b) =>
      (setup.failures[b] ?? 0) > (setup.failures[a] ?? 0) ? b : a,
    );
  } else {
    return undefined;
  }
  if (failed === 0 || clientSide !== failed) return undefined;

  const causes = overall.requests > 0 ? (m.errorCauses ?? []) : [];
  const what = describeFailures(causes, failed) ?? `every request failed (${mainClass})`;
  const top = causes[0];
  const hint = (top && CAUSE_HINTS[top.cause]) ?? CLASS_HINTS[top?.errorClass ?? mainClass];
  // Through a proxy, a refused or failed connection may be the proxy's: say which one was used.
  const proxy = m.transport?.proxy
    ? ` (the load went through the proxy ${m.transport.proxy}: check it and NO_PROXY too)`
    : '';
  return `no request reached the target: ${what}${hint ? ` — ${hint}` : ''}${proxy}`;
}
