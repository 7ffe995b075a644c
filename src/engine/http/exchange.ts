/**
 * The undici handler of one request: its status, the start of its body when asked
 * for, and the clock reads of its phases (request-phases.ts). A new one per request, so
 * a late callback can never touch the next request; it hands the end of the request to
 * its owner, the VU's connection (http-client.ts).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';

import type { Dispatcher } from 'undici';

import type { PreparedEndpoint } from './prepared-target.js';

/** Who is told when a request ended. */
export interface ExchangeOwner {
  settle(exchange: Exchange, error: Error | null): void;
}

/** The undici handler of one request. A new one per request, so a late callback can never touch the next request. */
export class Exchange implements Dispatcher.DispatchHandler {
  controller: Dispatcher.DispatchController | null = null;
  status = 0;
  startMs = 0;
  /** When undici began writing the request (a connection was ready), sent it whole, and saw the response's first byte; 0 until then. */
  requestStartMs = 0;
  sentMs = 0;
  firstByteMs = 0;
  timedOut = false;
  headers: IncomingHttpHeaders | null = null;
  chunks: Buffer[] | null = null;
  keptBytes = 0;
  truncated = false;
  /** The path and query as sent (the `url` tag of tag selections). */
  path = '';

  constructor(
    private readonly connection: ExchangeOwner,
    readonly endpoint: PreparedEndpoint,
    readonly keepBodyBytes = 0,
    readonly keepHeaders = false,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    this.requestStartMs = performance.now();
  }

  /** undici calls it (not part of the typed handler) once the request is written whole. */
  onRequestSent(): void {
    this.sentMs = performance.now();
  }

  /** undici calls it (HTTP/1.1 only) when the response's first byte is parsed: k6's time to first byte. */
  onResponseStarted(): void {
    this.firstByteMs = performance.now();
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
  ): void {
    // HTTP/2 has no earlier signal: its first byte is the headers frame.
    if (this.firstByteMs === 0) this.firstByteMs = performance.now();
    this.status = statusCode;
    if (this.keepHeaders || this.keepBodyBytes > 0) this.headers = headers;
  }

  /** Body chunks are read and dropped (the socket counts their bytes), except the start asked to be kept. */
  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    const room = this.keepBodyBytes - this.keptBytes;
    if (room <= 0) {
      if (this.keepBodyBytes > 0) this.truncated = true;
      return;
    }
    // A copy: the chunk may be a view into a buffer the parser reuses.
    const kept = Buffer.from(chunk.length <= room ? chunk : chunk.subarray(0, room));
    if (kept.length < chunk.length) this.truncated = true;
    (this.chunks ??= []).push(kept);
    this.keptBytes += kept.length;
  }

  onResponseEnd(): void {
    this.connection.settle(this, null);
  }

  onResponseError(_controller: Dispatcher.DispatchController | null, error: Error): void {
    this.connection.settle(this, error);
  }
}
