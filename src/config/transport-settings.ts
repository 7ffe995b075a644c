/**
 * How the load reaches the target: TLS (tls-settings.ts), `resolve` overrides
 * (addressing-settings.ts), the proxy of the environment (proxy-settings.ts) and
 * `http2`. Each key is picked from the highest layer that gives it, then the rules that
 * span keys are checked here: a client certificate and its key come together and
 * belong together, a `resolve` entry names a host:port the load goes to.
 */
import { checkResolveMatches, type ResolveOverride } from './addressing-settings.js';
import { proxySecrets, proxySettingsFrom, type Environment, type ProxySettings } from './proxy-settings.js';
import type { AddIssue } from './settings-error.js';
import { clientPairProblem, type PemSource, type TlsSettings } from './tls-settings.js';

export interface TransportSettings {
  tls: TlsSettings;
  /** Connections to `host:port` go to `address` instead (the URL's host stays the Host and SNI). */
  resolve: ResolveOverride[];
  /** Offer HTTP/2 in the TLS handshake (ALPN); the target decides. http: targets stay HTTP/1.1. */
  http2: boolean;
  /** From HTTPS_PROXY / HTTP_PROXY / NO_PROXY; absent when none is set. */
  proxy?: ProxySettings;
}

/** The transport keys one layer gives, each with where it was given. */
export interface TransportChoices {
  caFile?: { value: NonNullable<TlsSettings['ca']>; where: string };
  insecureTls?: { value: boolean; where: string };
  clientCert?: { value: PemSource; where: string };
  clientKey?: { value: PemSource; where: string };
  tlsServerName?: { value: string; where: string };
  resolve?: { value: ResolveOverride[]; where: string };
  http2?: { value: boolean; where: string };
}

/** The transport of the run, or undefined when a rule that spans keys is broken (reported). */
export function combineTransport(
  chosen: TransportChoices,
  targets: readonly { name: string; url: string }[],
  env: Environment,
  add: AddIssue,
): TransportSettings | undefined {
  let ok = true;
  const { clientCert, clientKey } = chosen;
  let client: TlsSettings['client'];
  if (clientCert && clientKey) {
    const problem = clientPairProblem(clientCert.value, clientKey.value);
    if (problem) {
      add(clientKey.where, problem);
      ok = false;
    } else {
      client = { cert: clientCert.value, key: clientKey.value };
    }
  } else if (clientCert || clientKey) {
    const [given, missing] = clientCert ? [clientCert, 'client-key'] : [clientKey!, 'client-cert'];
    add(
      given.where,
      `got ${clientCert ? 'client-cert' : 'client-key'} without ${missing}; expected both (mutual TLS needs the certificate and its private key) or neither`,
    );
    ok = false;
  }
  const resolve = chosen.resolve?.value ?? [];
  if (!checkResolveMatches(resolve, targets, add)) ok = false;
  const proxy = proxySettingsFrom(env, add);
  if (proxy === undefined) ok = false;
  if (!ok) return undefined;
  return {
    tls: {
      insecure: chosen.insecureTls?.value ?? false,
      ...(chosen.caFile ? { ca: chosen.caFile.value } : {}),
      ...(client ? { client } : {}),
      ...(chosen.tlsServerName ? { serverName: chosen.tlsServerName.value } : {}),
    },
    resolve,
    http2: chosen.http2?.value ?? false,
    ...(proxy && (proxy.http || proxy.https) ? { proxy } : {}),
  };
}

/** Values to mask in the log: the client key and the proxy credentials. */
export function transportSecrets(transport: TransportSettings | undefined): string[] {
  const key = transport?.tls.client?.key.pem;
  // The runner masks line by line: a multi-line key is registered whole and by its lines.
  const keyLines = key
    ? [key, ...key.split(/\r?\n/).filter((line) => line.length >= 16 && !line.startsWith('-----'))]
    : [];
  return [...keyLines, ...proxySecrets(transport?.proxy)];
}
