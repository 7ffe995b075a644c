/**
 * When a connection's TCP connect and TLS handshake ended, for k6's
 * http_req_connecting and http_req_tls_handshaking. One object per VU connection,
 * rewritten at each connect (no allocation per request).
 *
 * undici's connector hands the socket over only once it is fully open (after the TLS
 * handshake), so the end of the TCP connect of a TLS socket is read from Node's
 * `net.client.socket` diagnostics channel: it publishes every client socket as it is
 * made, synchronously inside the connector's call, so the socket made while
 * {@link captureTcpConnect} runs is that connection's. Sockets made elsewhere pass by
 * unobserved.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface ConnectTimes {
  /** Counts the connects, so a late event of an abandoned attempt is ignored. */
  attempt: number;
  /** The connect began (performance.now() ms). */
  startMs: number;
  /** The TCP connection (through a proxy: the tunnel) was established; 0 until then. */
  tcpMs: number;
  /** The socket was ready for requests (after the TLS handshake on https); 0 until then. */
  readyMs: number;
}

export function newConnectTimes(): ConnectTimes {
  return { attempt: 0, startMs: 0, tcpMs: 0, readyMs: 0 };
}

/** Marks the start of a connect. */
export function beginConnect(times: ConnectTimes): void {
  times.attempt++;
  times.startMs = performance.now();
  times.tcpMs = 0;
  times.readyMs = 0;
}

let capturing: ConnectTimes | null = null;
let subscribed = false;

function onClientSocket(message: unknown): void {
  const times = capturing;
  if (times === null) return;
  capturing = null;
  const attempt = times.attempt;
  (message as { socket: Socket }).socket.once('connect', () => {
    if (times.attempt === attempt && times.tcpMs === 0) times.tcpMs = performance.now();
  });
}

/** Runs `connect` (which makes its socket synchronously) with that socket's TCP connect timed into `times`. */
export function captureTcpConnect(times: ConnectTimes, connect: () => void): void {
  if (!subscribed) {
    subscribe('net.client.socket', onClientSocket);
    subscribed = true;
  }
  capturing = times;
  try {
    connect();
  } finally {
    capturing = null;
  }
}
