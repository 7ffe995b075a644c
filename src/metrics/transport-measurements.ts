/**
 * How the load reached its target, as results.json and the reports record it: the
 * protocol the connections negotiated, the proxy (a proxy adds its own latency), the
 * TLS settings in effect and the resolve overrides. Never a secret: no key, no proxy
 * credentials, no certificate contents.
 */
export interface TransportMeasurements {
  /** As negotiated: `h2`, `http/1.1`, `mixed` (both were), `none` (no connection was opened). */
  protocol: 'h2' | 'http/1.1' | 'mixed' | 'none';
  /** Connections opened, by protocol. */
  connections: { 'http/1.1': number; h2: number };
  /** HTTP/2 was offered (`http2: true`, https targets only). */
  http2Offered: boolean;
  /** `host:port` of the proxy every connection went through. */
  proxy?: string;
  /** https targets only. */
  tls?: {
    /** false with `insecure-tls`: the certificate was not checked. */
    verified: boolean;
    caFile?: string;
    caCertificates?: number;
    /** The client certificate's file (mutual TLS). */
    clientCertificate?: string;
    serverName?: string;
  };
  resolve?: { host: string; port: number; address: string }[];
}

/** The protocol a run spoke, from the connections it opened on each. */
export function protocolOf(
  connections: TransportMeasurements['connections'],
): TransportMeasurements['protocol'] {
  const h2 = connections.h2 > 0;
  const h1 = connections['http/1.1'] > 0;
  return h2 && h1 ? 'mixed' : h2 ? 'h2' : h1 ? 'http/1.1' : 'none';
}
