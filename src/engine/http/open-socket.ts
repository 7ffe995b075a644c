/**
 * Opens a connection to an origin the way undici's client would (the same connector, so
 * the same TLS options and connect timeout), before any request: see
 * `Connection.preconnect`. undici gets the socket later, from the connector.
 */
import type { Socket } from 'node:net';

import type { buildConnector } from 'undici';

/** The open socket, or null when the connection failed (the first request then fails as usual). */
export function openSocket(
  connector: ReturnType<typeof buildConnector>,
  origin: string,
): Promise<Socket | null> {
  const url = new URL(origin);
  return new Promise((resolve) => {
    connector(
      {
        // undici passes an IPv6 host without its brackets.
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        host: url.host,
        protocol: url.protocol,
        port: url.port,
        servername: undefined,
        localAddress: null,
      },
      (error, socket) => resolve(error === null ? socket : null),
    );
  });
}
