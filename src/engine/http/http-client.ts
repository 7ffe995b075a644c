/**
 * The request sender. Each VU owns one {@link Connection}: one undici `Client`, so
 * one keep-alive TCP (or TLS) connection with `pipelining: 1`, reconnecting
 * transparently after the connection breaks.
 *
 * Everything that does not change between requests is computed once per endpoint by
 * `prepareTarget` (prepared-target.ts). The per-request path is a few clock reads (one per
 * phase), a timer refresh, one small handler object and `client.dispatch`.
 *
 * Timing: latency (k6's http_req_duration) runs from the moment the connection is
 * ready (a reused one: undici begins writing; a new one: its handshake is done) to the
 * end of the response body (or the failure), on `performance.now()`; the wait for the
 * connection and its setup are the blocked/connecting/TLS phases (request-phases.ts).
 * The body is read to the end and thrown away. Bytes are the socket's own counters (request line, headers and body, both ways).
 *
 * Timeout: one timer per connection covers the whole exchange (waiting for the
 * connection, sending, headers and body). When it fires the request is aborted,
 * classified `timeout` and measured at the time it was cut, so about `timeoutMs`.
 * undici's own headers/body timeouts are switched off, its connect timeout is only a
 * backstop.
 */
import type { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

import { Client, type Dispatcher } from 'undici';

import { describeCause, REQUEST_TIMEOUT_CAUSE } from '../../metrics/error-causes.js';
import { ERROR_CLASSES } from '../../metrics/measurements.js';
import type { RequestOutcome } from '../../metrics/metrics-recorder.js';
import { errorCause } from './classify-outcome.js';
import { openSocket } from './open-socket.js';
import type { PreparedEndpoint, PreparedTarget } from './prepared-target.js';
import { newConnectTimes } from './connect-times.js';
import { Exchange, type ExchangeOwner } from './exchange.js';
import { writePhases } from './request-phases.js';
import { buildTransportConnector, type Connector } from './transport.js';

const EMPTY_BODY = Buffer.alloc(0);

/** The error a request is aborted with when its time is up. */
export class RequestTimeoutError extends Error {
  readonly code = REQUEST_TIMEOUT_CAUSE;
  constructor(timeoutMs: number) {
    super(`request timed out after ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/** The error in-flight requests are aborted with when the run is cancelled. */
export class RequestCancelledError extends Error {
  readonly code = 'LOADGATE_REQUEST_CANCELLED';
  constructor() {
    super('request cancelled: the load was stopped');
    this.name = 'RequestCancelledError';
  }
}

/**
 * How a request ended. One object per connection, reused: read it inside the
 * callback, do not keep it.
 */
export interface ExchangeResult {
  endpoint: PreparedEndpoint;
  /** Time from just before sending to the end of the response or the failure, µs. */
  latencyUs: number;
  /** When it ended, on the `performance.now()` clock (ms). */
  endMs: number;
  /** When it was dispatched (before any wait for a connection), same clock. */
  startMs: number;
  /** Cut short by {@link Connection.cancel}: not a measurement, do not record it. */
  cancelled: boolean;
  /**
   * Settled while `send` was still running (a request that could not even be queued).
   * The next `send` must then wait for a later turn of the event loop.
   */
  synchronous: boolean;
  outcome: RequestOutcome;
  /** The transport error, for diagnostics; null when a response was received in full. */
  error: Error | null;
  /** Response headers, when the send asked to keep them ({@link SendOptions}); else null. */
  headers: IncomingHttpHeaders | null;
  /** The start of the response body, when the send asked to keep it; else null. */
  body: Buffer | null;
  /** The body was longer than `keepBodyBytes`: `body` holds only its start. */
  bodyTruncated: boolean;
}

/** Per-request options of {@link Connection.send}, for requests built per VU (templates, checks). */
export interface SendOptions {
  /** Sent instead of the endpoint's own dispatch options (same endpoint for status rules and recording). */
  dispatchOptions?: Dispatcher.DispatchOptions;
  /** Keep up to this many bytes of the body in the result; the rest is read and dropped. Default 0. */
  keepBodyBytes?: number;
  /** Keep the response headers in the result. Default false (also implied by `keepBodyBytes` > 0). */
  keepHeaders?: boolean;
}

export type ExchangeCallback = (result: ExchangeResult) => void;

export interface ConnectionOptions {
  /**
   * Called once per `send`, possibly from within it (see {@link ExchangeResult.synchronous}).
   * It runs inside undici's callbacks: send the next request later (setImmediate), never from here.
   */
  onResult: ExchangeCallback;
  /** undici reported an error it could not hand to a request (a bug, not a target failure). */
  onInternalError?: (error: Error) => void;
}

/** One VU's connection to the target. At most one request in flight. */
export class Connection implements ExchangeOwner {
  private client: Client | null = null;
  private socket: Socket | null = null;
  private socketReadBase = 0;
  private socketWrittenBase = 0;
  private current: Exchange | null = null;
  private dispatching = false;
  private cancelling = false;
  private closed = false;
  /** One timer for the connection, re-armed (`refresh`) at each request: no allocation per request. */
  private timer: NodeJS.Timeout | null = null;
  private readonly connector: Connector;
  /** A socket opened by {@link preconnect} and not yet handed to undici. */
  private warmSocket: Socket | null = null;
  private readonly result: ExchangeResult;
  /** When the connection's current socket was connected (see connect-times.ts). */
  private readonly connectTimes = newConnectTimes();
  /** The socket undici is getting was opened for the request in flight (not before it, by preconnect). */
  private connectingForRequest = false;

  private readonly baseConnector: Connector;

  constructor(
    private readonly target: PreparedTarget,
    private readonly options: ConnectionOptions,
  ) {
    const baseConnector = buildTransportConnector(
      target.transport,
      target.timeoutMs + 1000,
      this.connectTimes,
    );
    this.baseConnector = baseConnector;
    this.connector = (connectOptions, callback) => {
      const warm = this.warmSocket;
      this.warmSocket = null;
      if (warm !== null && !warm.destroyed && warm.readyState === 'open') {
        this.socket = warm;
        this.socketReadBase = warm.bytesRead;
        this.socketWrittenBase = warm.bytesWritten;
        // undici expects the callback after its connect() has returned (it resumes then).
        process.nextTick(callback, null, warm);
        return;
      }
      warm?.destroy();
      this.connectingForRequest = true;
      baseConnector(connectOptions, (error, socket) => {
        if (error === null) {
          this.socket = socket;
          this.socketReadBase = 0;
          this.socketWrittenBase = 0;
          callback(null, socket);
        } else {
          callback(error, null);
        }
      });
    };
    this.result = {
      endpoint: target.endpoints[0]!,
      latencyUs: 0,
      endMs: 0,
      startMs: 0,
      cancelled: false,
      synchronous: false,
      outcome: {
        status: 0,
        ok: false,
        errorClass: null,
        errorCause: null,
        sent: false,
        bytesSent: 0,
        bytesReceived: 0,
        path: '',
        timed: false,
        connectionOpened: false,
        blockedUs: 0,
        connectingUs: 0,
        tlsHandshakingUs: 0,
        sendingUs: 0,
        waitingUs: 0,
        receivingUs: 0,
      },
      error: null,
      headers: null,
      body: null,
      bodyTruncated: false,
    };
  }

  /** True while a request is in flight. */
  get busy(): boolean {
    return this.current !== null;
  }

  /** Sends one request; `onResult` is called exactly once when it ends. */
  send(endpoint: PreparedEndpoint, options?: SendOptions): void {
    if (this.current !== null) throw new Error('Connection.send: a request is already in flight');
    if (this.closed) throw new Error('Connection.send: the connection is closed');
    this.cancelling = false;
    const client = this.client ?? this.openClient();
    const exchange =
      options === undefined
        ? new Exchange(this, endpoint)
        : new Exchange(this, endpoint, options.keepBodyBytes ?? 0, options.keepHeaders ?? false);
    this.current = exchange;
    if (this.timer === null) {
      this.timer = setTimeout(() => this.onTimeout(), this.target.timeoutMs);
      this.timer.unref();
    } else {
      this.timer.refresh();
    }
    this.dispatching = true;
    const dispatchOptions = options?.dispatchOptions ?? endpoint.dispatchOptions;
    exchange.path = dispatchOptions.path;
    exchange.startMs = performance.now();
    try {
      client.dispatch(dispatchOptions, exchange);
    } finally {
      this.dispatching = false;
    }
  }

  /**
   * Opens the TCP (or TLS) connection before the first request, so that request's time
   * has no handshake in it and a schedule does not wait for connections (wrk and k6's
   * pre-allocated VUs do the same). Resolves when it is open or has failed (the first
   * request then connects, and fails, as usual); never rejects.
   */
  async preconnect(): Promise<void> {
    if (this.client !== null || this.warmSocket !== null || this.closed) return;
    const socket = await openSocket(this.baseConnector, this.target.origin);
    if (socket === null) return;
    // Opened after close(), or undici connected meanwhile: not needed.
    if (this.closed || this.client !== null || this.warmSocket !== null) socket.destroy();
    else {
      // An idle socket the server closes is dropped when the first request connects.
      socket.on('error', () => undefined);
      this.warmSocket = socket;
    }
  }

  /** Aborts the request in flight, if any; its result comes back with `cancelled: true`. */
  cancel(): void {
    const exchange = this.current;
    if (exchange === null) return;
    this.cancelling = true;
    this.abort(exchange, new RequestCancelledError());
  }

  /** Closes the connection; a request still in flight is cancelled. */
  async close(): Promise<void> {
    this.cancel();
    this.closed = true;
    this.warmSocket?.destroy();
    this.warmSocket = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    this.socket = null;
    if (client !== null) await client.destroy().catch(() => undefined);
  }

  /** @internal Called by the request handler when its request ended. */
  settle(exchange: Exchange, error: Error | null): void {
    if (exchange !== this.current) return;
    const endMs = performance.now();
    this.current = null;

    const result = this.result;
    const outcome = result.outcome;
    const opened = this.connectingForRequest;
    this.connectingForRequest = false;
    result.endpoint = exchange.endpoint;
    // k6's http_req_duration (sending + waiting + receiving) once the request reached the wire, else the whole wait.
    result.latencyUs =
      (endMs - writePhases(outcome, exchange, endMs, opened ? this.connectTimes : null, error === null)) *
      1000;
    result.endMs = endMs;
    result.startMs = exchange.startMs;
    result.cancelled = this.cancelling;
    result.synchronous = this.dispatching;
    result.error = error;
    result.headers = exchange.headers;
    result.body =
      exchange.chunks === null
        ? exchange.keepBodyBytes > 0 && error === null
          ? EMPTY_BODY
          : null
        : exchange.chunks.length === 1
          ? exchange.chunks[0]!
          : Buffer.concat(exchange.chunks);
    result.bodyTruncated = exchange.truncated;

    if (error === null) {
      const status = exchange.status;
      const code =
        status < 1000
          ? exchange.endpoint.statusOutcome[status]!
          : 1 + ERROR_CLASSES.indexOf('unexpected_status');
      outcome.status = status;
      outcome.ok = code === 0;
      outcome.errorClass = code === 0 ? null : ERROR_CLASSES[code - 1]!;
    } else {
      outcome.status = 0;
      outcome.ok = false;
      // Failures only: classifying walks the error, which a success never pays for.
      const cause = exchange.timedOut ? REQUEST_TIMEOUT_CAUSE : errorCause(error);
      outcome.errorCause = cause;
      outcome.errorClass = describeCause(cause).errorClass;
    }
    outcome.sent = exchange.controller !== null;
    outcome.path = exchange.path;

    const socket = this.socket;
    if (socket !== null) {
      const read = socket.bytesRead;
      const written = socket.bytesWritten;
      outcome.bytesReceived = read - this.socketReadBase;
      outcome.bytesSent = written - this.socketWrittenBase;
      this.socketReadBase = read;
      this.socketWrittenBase = written;
    } else {
      outcome.bytesReceived = 0;
      outcome.bytesSent = 0;
    }

    this.options.onResult(result);
  }

  private onTimeout(): void {
    const exchange = this.current;
    if (exchange === null || this.cancelling) return;
    exchange.timedOut = true;
    this.abort(exchange, new RequestTimeoutError(this.target.timeoutMs));
  }

  private abort(exchange: Exchange, error: Error): void {
    if (exchange.controller !== null) {
      // On the wire: undici fails the request with `error` and drops the socket.
      exchange.controller.abort(error);
    } else {
      // Still waiting for a connection: drop the client; its queued request fails with `error`.
      const client = this.client;
      this.client = null;
      this.socket = null;
      if (client !== null) void client.destroy(error).catch(() => undefined);
    }
  }

  private openClient(): Client {
    const client = new Client(this.target.origin, {
      pipelining: 1,
      connect: this.connector,
      allowH2: this.target.transport.http2,
      // The connection's own timer bounds the whole exchange.
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    // undici emits 'error' (untyped) when a handler callback throws; unhandled it would end the process.
    (client as unknown as EventEmitter).on('error', (error: Error) => this.options.onInternalError?.(error));
    this.client = client;
    return client;
  }
}
