/**
 * One request's timing breakdown as k6 measures it (lib/netext/httpext/tracer.go),
 * from the clock reads of its exchange, written on the connection's reused outcome
 * object:
 *
 *   blocked      dispatch → the connect began (new connection) or undici began writing (reused)
 *   connecting   the connect began → TCP established (DNS lookup included; via a proxy, the tunnel)
 *   tls          TCP established → TLS handshake done (0 on plain http)
 *   sending      connection ready → request written whole
 *   waiting      written → first byte of the response (time to first byte)
 *   receiving    first byte → end of the body
 *
 * http_req_duration is sending + waiting + receiving: it starts when the connection is
 * ready, so it leaves out the wait for a connection and its setup, as k6's does.
 */
import type { RequestOutcome } from '../../metrics/metrics-recorder.js';
import type { ConnectTimes } from './connect-times.js';

/** The clock reads of one exchange (performance.now() ms; 0 when the moment never came). */
export interface ExchangeClock {
  startMs: number;
  requestStartMs: number;
  sentMs: number;
  firstByteMs: number;
}

/**
 * Writes the phases on `outcome` (`timed` only when the response came whole) and returns
 * when the request's duration starts: the connection ready, or the dispatch when the
 * request never reached the wire.
 * @param opened the connect times when the request opened its connection, else null
 */
export function writePhases(
  outcome: RequestOutcome,
  clock: ExchangeClock,
  endMs: number,
  opened: ConnectTimes | null,
  complete: boolean,
): number {
  const start = clock.startMs;
  const requestStart = clock.requestStartMs;
  const fresh = opened !== null && opened.readyMs > 0 && opened.startMs >= start;
  outcome.timed = false;
  outcome.connectionOpened = fresh;
  if (requestStart === 0) return start;
  const ready = fresh ? opened.readyMs : requestStart;
  if (!complete) return ready;

  const firstByte = clock.firstByteMs > 0 ? clock.firstByteMs : endMs;
  // A response may begin before the request is written whole (an early answer to a large body).
  const sent = Math.min(clock.sentMs > 0 ? clock.sentMs : requestStart, firstByte);
  if (fresh) {
    outcome.blockedUs = (opened.startMs - start) * 1000;
    outcome.connectingUs = (opened.tcpMs - opened.startMs) * 1000;
    outcome.tlsHandshakingUs = (opened.readyMs - opened.tcpMs) * 1000;
  } else {
    outcome.blockedUs = (requestStart - start) * 1000;
    outcome.connectingUs = 0;
    outcome.tlsHandshakingUs = 0;
  }
  outcome.sendingUs = (sent - ready) * 1000;
  outcome.waitingUs = (firstByte - sent) * 1000;
  outcome.receivingUs = (endMs - firstByte) * 1000;
  outcome.timed = true;
  return ready;
}
