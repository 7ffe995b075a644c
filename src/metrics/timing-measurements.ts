/**
 * The request timing breakdown and the run's iterations and VUs, as results.json
 * records them, under k6's names (http_req_blocked … http_req_receiving, iterations,
 * iteration_duration, vus, vus_max, dropped_iterations). Plain JSON; see
 * docs/timing.md for what each phase covers.
 */
import type { LatencySummary } from './latency-summary.js';

/** The phases of one request, in the order they happen (k6's `http_req_<phase>` without the prefix). */
export const TIMING_PHASES = [
  'blocked',
  'connecting',
  'tlsHandshaking',
  'sending',
  'waiting',
  'receiving',
] as const;
export type TimingPhase = (typeof TIMING_PHASES)[number];

/** k6's metric name of each phase. */
export const PHASE_METRICS: Readonly<Record<TimingPhase, string>> = {
  blocked: 'http_req_blocked',
  connecting: 'http_req_connecting',
  tlsHandshaking: 'http_req_tls_handshaking',
  sending: 'http_req_sending',
  waiting: 'http_req_waiting',
  receiving: 'http_req_receiving',
};

/** The phases of one request as a sender writes them on its (reused) outcome object. */
export interface RequestPhases {
  /**
   * The fields below hold this request's phases (a whole response was received).
   * Senders that do not time phases leave it unset: their scopes then have no
   * `timings`, and thresholds on the phases no data.
   */
  timed?: boolean;
  /** The request opened its connection (its connection phases are then the connection's). */
  connectionOpened?: boolean;
  /** k6's http_req_blocked … http_req_receiving, µs; the connection phases are 0 on a reused connection. */
  blockedUs?: number;
  connectingUs?: number;
  tlsHandshakingUs?: number;
  sendingUs?: number;
  waitingUs?: number;
  receivingUs?: number;
}

/**
 * One scope's timing breakdown: a summary per phase (ms) over the requests that got a
 * whole response, and the HDR histograms (µs, compressed base64) they were read from,
 * so workers, shards and k6 instances merge exactly. The connection phases count 0 on
 * a request that reused a connection, as k6 does; `connectionsOpened` says how many
 * of the timed requests opened one.
 */
export interface RequestTimings {
  /** Requests timed (a whole response received). */
  count: number;
  /** Timed requests that opened their connection (the others reused one, or got one opened beforehand). */
  connectionsOpened: number;
  phases: Record<TimingPhase, LatencySummary>;
  histograms: Record<TimingPhase, string>;
  /** Set when read from an end-of-test summary: the statistics by k6's names, per phase; histograms are then empty. */
  summary?: Partial<Record<TimingPhase, Record<string, number>>>;
}

/**
 * Iterations and VUs of the run, as k6 counts them. An iteration is one pass of a
 * user's journey; with a plain endpoint mix (or realistic traffic) it is one gated
 * request, a 401 re-login and its retry included.
 */
export interface ExecutionMeasurements {
  /** Iterations completed. */
  iterations: number;
  /** Iteration time (ms): from the start of its first request to the end of its last. */
  iterationDuration: LatencySummary;
  /** HDR compressed base64 (µs) of the iteration durations. */
  iterationHistogram: string;
  /** VUs active at the end of the last whole second of the load (k6's last `vus` sample). */
  vus: number;
  /** VUs allocated: the most active at once (closed model), the connections opened (open model). */
  vusMax: number;
  /** Open model: iterations never started (the `dropped_requests` count); 0 in the closed model. */
  droppedIterations: number;
  /** Set when read from an end-of-test summary: the iteration_duration statistics by k6's names. */
  summary?: Record<string, number>;
}
