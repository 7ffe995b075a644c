/**
 * How a VU's connection reaches the target: the TLS options (a CA bundle, no
 * verification, a client certificate, the server name), a `resolve` override of the
 * address, a proxy tunnel, and whether HTTP/2 is offered. Built once per target; the
 * connection (http-client.ts) only calls the connector it returns.
 *
 * The proxy: undici's `ProxyAgent` / `EnvHttpProxyAgent` are agents, a pool of
 * clients per origin, while the engine keeps exactly one `Client` per VU with its own
 * connector (it reads the socket's byte counters). So the tunnel is made here the way
 * `ProxyAgent` makes it: an HTTP CONNECT through undici's `Client.connect`, then the
 * TLS handshake over the tunnelled socket (`httpSocket`). Plain http targets go
 * through the same tunnel (CONNECT), so every request of a run takes the same path.
 *
 * Server name: the TLS server name (SNI, and the name the certificate is checked
 * against) is `tls-server-name`, else undici's choice: the request's Host header when
 * one is given, else the URL's host. A `resolve` override changes only the address
 * connected to.
 */
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createSecureContext, getCACertificates, type SecureContext } from 'node:tls';

import { buildConnector, Client } from 'undici';

import type { TransportSettings } from '../../config/transport-settings.js';
import type { ProxySettings, ProxyServer } from '../../config/proxy-settings.js';
import type { TransportMeasurements } from '../../metrics/measurements.js';
import { beginConnect, captureTcpConnect, type ConnectTimes } from './connect-times.js';
import { protocolOf } from '../../metrics/transport-measurements.js';
import { parseNoProxy, shouldProxy } from '../../syntax/no-proxy.js';

export type Connector = ReturnType<typeof buildConnector>;
type ConnectOptions = Parameters<Connector>[0];
type ConnectCallback = Parameters<Connector>[1];

/** The proxy refused the tunnel (any status but 200); `code` says whether it asked for credentials. */
export class ProxyTunnelError extends Error {
  readonly code: string;
  constructor(readonly statusCode: number) {
    super(`the proxy answered ${statusCode} to CONNECT`);
    this.name = 'ProxyTunnelError';
    this.code = statusCode === 407 ? PROXY_AUTH_CAUSE : PROXY_REFUSED_CAUSE;
  }
}
export const PROXY_REFUSED_CAUSE = 'LOADGATE_PROXY_REFUSED';
export const PROXY_AUTH_CAUSE = 'LOADGATE_PROXY_AUTH';

/** One target's transport: what every connection to it is made with, and what they negotiated. */
export interface TargetTransport {
  readonly https: boolean;
  /** The proxy the target's connections go through, if any (NO_PROXY applied). */
  readonly proxy: ProxyServer | undefined;
  readonly http2: boolean;
  /** Connections opened, by the protocol negotiated. */
  readonly opened: { 'http/1.1': number; h2: number };
  readonly settings: TransportSettings | undefined;
  /** The resolve override that applies to this target's host:port, if any. */
  readonly address: string | undefined;
}

/** The proxy a request to `url` goes through: none set, or NO_PROXY bypasses it → undefined. */
export function proxyFor(proxy: ProxySettings | undefined, url: URL): ProxyServer | undefined {
  const server = url.protocol === 'https:' ? proxy?.https : proxy?.http;
  if (!proxy || !server) return undefined;
  return shouldProxy(parseNoProxy(proxy.noProxy), url.hostname, defaultPort(url)) ? server : undefined;
}

function defaultPort(url: URL): number {
  return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

export function prepareTransport(settings: TransportSettings | undefined, url: URL): TargetTransport {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = defaultPort(url);
  const override = settings?.resolve.find((entry) => entry.host === host && entry.port === port);
  return {
    https: url.protocol === 'https:',
    proxy: proxyFor(settings?.proxy, url),
    http2: (settings?.http2 ?? false) && url.protocol === 'https:',
    opened: { 'http/1.1': 0, h2: 0 },
    settings,
    address: override?.address,
  };
}

/**
 * The connector of one VU's connection; it counts each connection's protocol in
 * `transport.opened`, and writes when each connect's TCP (or proxy tunnel) and TLS
 * stages ended into `times`, when given.
 */
export function buildTransportConnector(
  transport: TargetTransport,
  timeoutMs: number,
  times?: ConnectTimes,
): Connector {
  const tls = transport.settings?.tls;
  const secureContext = secureContextOf(transport);
  const base = buildConnector({
    timeout: timeoutMs,
    // Offered only when asked for: undici would offer h2 by default, and the protocol must be the one configured.
    allowH2: transport.http2,
    preferH2: transport.http2,
    ...(secureContext ? { secureContext } : {}),
    ...(tls?.insecure ? { rejectUnauthorized: false } : {}),
  });
  const serverName = tls?.serverName;
  const count = (socket: Socket): void => {
    transport.opened[
      (socket as Socket & { alpnProtocol?: string | false }).alpnProtocol === 'h2' ? 'h2' : 'http/1.1'
    ]++;
  };
  const connect = (options: ConnectOptions, callback: ConnectCallback): void => {
    const target: ConnectOptions = {
      ...options,
      ...(transport.address !== undefined ? { hostname: transport.address } : {}),
      ...(serverName !== undefined ? { servername: serverName } : {}),
    };
    if (times !== undefined) beginConnect(times);
    const attempt = times?.attempt;
    const done: ConnectCallback = (error, socket) => {
      if (error === null) {
        count(socket);
        // A later connect of the same connection owns the times now.
        if (times !== undefined && times.attempt === attempt) {
          times.readyMs = performance.now();
          // Plain http: the socket is handed over at its TCP connect.
          if (times.tcpMs === 0) times.tcpMs = times.readyMs;
        }
      }
      callback(error as null, socket as Socket);
    };
    if (transport.proxy === undefined) {
      if (times !== undefined && target.protocol === 'https:')
        captureTcpConnect(times, () => base(target, done));
      else base(target, done);
      return;
    }
    openTunnel(transport.proxy, target, timeoutMs).then(
      (socket) => {
        // Through a proxy the "connect" is the tunnel: TCP to the proxy and its CONNECT answer.
        if (times !== undefined && times.attempt === attempt) times.tcpMs = performance.now();
        if (target.protocol === 'https:') base({ ...target, httpSocket: socket }, done);
        else done(null, socket);
      },
      (error: Error) => callback(error, null),
    );
  };
  return connect as Connector;
}

const contexts = new WeakMap<TargetTransport, SecureContext | null>();

/**
 * The CA bundle and client certificate as one TLS context per target, made once: a
 * context built per connection would parse the whole trust store at every reconnect.
 */
function secureContextOf(transport: TargetTransport): SecureContext | undefined {
  let context = contexts.get(transport);
  if (context === undefined) {
    const tls = transport.settings?.tls;
    context =
      tls?.ca || tls?.client
        ? createSecureContext({
            ...(tls.ca ? { ca: [...getCACertificates('default'), tls.ca.pem] } : {}),
            ...(tls.client ? { cert: tls.client.cert.pem, key: tls.client.key.pem } : {}),
          })
        : null;
    contexts.set(transport, context);
  }
  return context ?? undefined;
}

/** An HTTP CONNECT tunnel to `target` through the proxy (the address of a resolve override, if any). */
async function openTunnel(proxy: ProxyServer, target: ConnectOptions, timeoutMs: number): Promise<Socket> {
  const hostname = target.hostname.includes(':') ? `[${target.hostname}]` : target.hostname;
  const authority = `${hostname}:${target.port || (target.protocol === 'https:' ? 443 : 80)}`;
  const client = new Client(proxy.origin, {
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    pipelining: 0,
  });
  try {
    const { statusCode, socket } = await client.connect({
      path: authority,
      headers: {
        host: authority,
        ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {}),
      },
    });
    if (statusCode !== 200) {
      socket.destroy();
      throw new ProxyTunnelError(statusCode);
    }
    const tunnel = socket as Socket;
    tunnel.setNoDelay(true);
    // The tunnel now belongs to the VU's client; the proxy client goes once it closes.
    tunnel.once('close', () => void client.destroy().catch(() => undefined));
    return tunnel;
  } catch (error) {
    void client.destroy().catch(() => undefined);
    throw error;
  }
}

/** What reports say about how the target was reached (never a secret: no key, no proxy credentials). */
export function describeTransport(transport: TargetTransport): TransportMeasurements {
  const { opened, settings } = transport;
  const tls = settings?.tls;
  return {
    protocol: protocolOf(opened),
    connections: { ...opened },
    http2Offered: transport.http2,
    ...(transport.proxy ? { proxy: transport.proxy.label } : {}),
    ...(transport.https
      ? {
          tls: {
            verified: !(tls?.insecure ?? false),
            ...(tls?.ca ? { caFile: tls.ca.origin, caCertificates: tls.ca.certificates } : {}),
            ...(tls?.client ? { clientCertificate: tls.client.cert.origin } : {}),
            ...(tls?.serverName ? { serverName: tls.serverName } : {}),
          },
        }
      : {}),
    ...(settings && settings.resolve.length > 0
      ? { resolve: settings.resolve.map(({ host, port, address }) => ({ host, port, address })) }
      : {}),
  };
}
