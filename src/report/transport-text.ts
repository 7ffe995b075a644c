/**
 * How the target was reached, in words, for every report: the protocol negotiated,
 * the proxy (its latency is in every figure), the TLS settings in effect and the
 * resolve overrides. Plain text; each renderer escapes it. Only what is not the
 * default is said, except the protocol, which is always said on a run that opened a
 * connection.
 */
import type { TransportMeasurements } from '../metrics/measurements.js';

const PROTOCOL_WORDS: Readonly<Record<TransportMeasurements['protocol'], string>> = {
  h2: 'HTTP/2 (h2)',
  'http/1.1': 'HTTP/1.1',
  mixed: 'HTTP/2 and HTTP/1.1 (connections differed)',
  none: 'no connection was opened',
};

/** The connection in one line, such as `HTTP/2 (h2) · through the proxy proxy:3128 (latency includes it)`. */
export function transportLine(transport: TransportMeasurements | undefined): string | undefined {
  if (!transport) return undefined;
  const parts = [PROTOCOL_WORDS[transport.protocol]];
  if (transport.http2Offered && transport.protocol === 'http/1.1')
    parts.push('HTTP/2 offered, the target chose HTTP/1.1');
  if (transport.proxy) parts.push(`through the proxy ${transport.proxy} (latency includes it)`);
  parts.push(...tlsParts(transport.tls));
  for (const { host, port, address } of transport.resolve ?? [])
    parts.push(`resolve ${host}:${port} → ${address}`);
  return parts.join(' · ');
}

function tlsParts(tls: TransportMeasurements['tls']): string[] {
  if (!tls) return [];
  return [
    ...(tls.verified ? [] : ['TLS certificate NOT verified (insecure-tls)']),
    ...(tls.caFile
      ? [
          `CA bundle ${tls.caFile} (${tls.caCertificates === 1 ? '1 certificate' : `${tls.caCertificates ?? 0} certificates`})`,
        ]
      : []),
    ...(tls.clientCertificate ? [`client certificate ${tls.clientCertificate}`] : []),
    ...(tls.serverName ? [`TLS server name ${tls.serverName}`] : []),
  ];
}

/** The warning every report carries when certificates were not checked. */
export function insecureTlsWarning(transport: TransportMeasurements | undefined): string | undefined {
  return transport?.tls && !transport.tls.verified
    ? "The target's TLS certificate was not verified (insecure-tls: true): this run cannot tell the canary from anything else answering at that address."
    : undefined;
}
