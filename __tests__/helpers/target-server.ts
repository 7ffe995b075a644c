/**
 * A local HTTP target for tests: a Node `http` server on 127.0.0.1, port 0, whose
 * answer per path is scripted (status, delay, body, headers, connection resets,
 * stalls) and which counts what it did, so tests can compare the engine's
 * measurements with the truth.
 *
 * ```ts
 * const target = await startTargetServer({
 *   '/fast': { status: 200, body: 'ok' },
 *   '/mixed': [                                  // a deterministic weighted cycle
 *     { weight: 90, delayMs: 5 },
 *     { weight: 8, delayMs: 50 },
 *     { weight: 2, delayMs: 400 },
 *   ],
 *   '/broken': { kind: 'reset' },                // RST as soon as the request arrives
 *   '/hang': { kind: 'stall' },                  // never answers
 *   '/trickle': { kind: 'stall', afterHeaders: true }, // headers, then the body never ends
 *   '/odd': (n) => (n % 10 === 0 ? { status: 503 } : { status: 200 }),
 *   '*': { status: 404 },                        // any other path (default: 200 "ok")
 * });
 * try {
 *   // … drive load at target.url …
 *   target.stats.completed;                      // responses fully sent
 *   target.stats.completedByDelay.get(400);      // of which delayed 400 ms
 * } finally {
 *   await target.close();                        // also drops stalled connections
 * }
 * ```
 *
 * Replies are chosen by the route's request counter `n` (0, 1, 2, … in arrival
 * order). A weighted list is spread evenly over a cycle of `sum(weights)` requests
 * (smooth weighted round robin: with 90/8/2 the slow replies are interleaved, not
 * bunched), so the true distribution is exact over every full cycle. Routes match the
 * path without its query string, for any method. The request body is read in full
 * before the reply is scheduled.
 *
 * `unusedPort()` gives a port nothing listens on, for connection-refused tests.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach } from 'vitest';

/** What the server does with one request. */
export type Reply =
  | {
      kind?: 'respond';
      /** Default 200. */
      status?: number;
      /** Wait this long (after the request body arrived) before answering. Default 0. */
      delayMs?: number;
      /** A string, a buffer, or a size in bytes (that many `x`). Default `ok`. */
      body?: string | Buffer | number;
      headers?: Record<string, string>;
    }
  /** Abort the connection with a TCP RST (the client sees ECONNRESET). */
  | { kind: 'reset'; delayMs?: number }
  /** Close the connection without answering (a FIN: the client sees the socket closed). */
  | { kind: 'close'; delayMs?: number }
  /**
   * Never finish: the connection stays open until the client gives up or the server closes.
   * With `afterHeaders`, the status line, headers (announcing a 1000-byte body) and part of
   * the body are sent first, so the client waits in the middle of the body.
   */
  | { kind: 'stall'; afterHeaders?: boolean };

export type WeightedReply = Reply & { /** Positive integer share of the cycle. */ weight: number };

/** A route: one reply for every request, a weighted deterministic cycle, or a function of the route's request counter. */
export type Route = Reply | readonly WeightedReply[] | ((n: number, request: http.IncomingMessage) => Reply);

/** Routes by path (without query); `*` catches the other paths. */
export type Behaviour = Record<string, Route>;

export interface PathStats {
  received: number;
  completed: number;
}

/** What the server saw and did. Live: read it at any time. */
export interface TargetStats {
  /** TCP connections accepted. */
  connections: number;
  /** Requests whose head arrived. */
  received: number;
  /** Responses sent in full. */
  completed: number;
  /** Connections reset or closed on purpose (kind `reset`/`close`). */
  resets: number;
  /** Requests left unanswered on purpose (kind `stall`). */
  stalls: number;
  /** Request body bytes read. */
  requestBodyBytes: number;
  /** Response body bytes sent in completed responses. */
  responseBodyBytes: number;
  /** Completed responses by the delay they were given, ms → count. */
  completedByDelay: Map<number, number>;
  /** Completed responses by status. */
  completedByStatus: Map<number, number>;
  byPath: Map<string, PathStats>;
}

export interface TargetServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  stats: TargetStats;
  /** Stops the server at once: pending replies are dropped and every connection is destroyed. */
  close(): Promise<void>;
}

type ResolvedRoute = (n: number, request: http.IncomingMessage) => Reply;

/** Smooth weighted round robin over integer weights: an evenly interleaved cycle of indices. */
export function weightedCycle(weights: readonly number[]): number[] {
  for (const weight of weights) {
    if (!Number.isInteger(weight) || weight < 0)
      throw new RangeError(`weights must be integers ≥ 0, got ${weight}`);
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0 || total > 100_000)
    throw new RangeError(`the weights must add up to 1…100000, got ${total}`);
  const current = weights.map(() => 0);
  const cycle: number[] = [];
  for (let step = 0; step < total; step++) {
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i]! += weights[i]!;
      if (current[i]! > current[best]!) best = i;
    }
    current[best]! -= total;
    cycle.push(best);
  }
  return cycle;
}

function resolveRoute(route: Route): ResolvedRoute {
  if (typeof route === 'function') return route;
  if (Array.isArray(route)) {
    const replies = route as readonly WeightedReply[];
    const cycle = weightedCycle(replies.map((reply) => reply.weight));
    return (n) => replies[cycle[n % cycle.length]!]!;
  }
  const reply = route as Reply;
  return () => reply;
}

const bodyCache = new Map<number, Buffer>();
function bodyBuffer(body: string | Buffer | number | undefined): Buffer {
  if (body === undefined) return OK_BODY;
  if (typeof body === 'string') return Buffer.from(body);
  if (typeof body === 'number') {
    let buffer = bodyCache.get(body);
    if (!buffer) bodyCache.set(body, (buffer = Buffer.alloc(body, 'x')));
    return buffer;
  }
  return body;
}
const OK_BODY = Buffer.from('ok');

/** Starts a target on 127.0.0.1 with an ephemeral port. */
export async function startTargetServer(behaviour: Behaviour = {}): Promise<TargetServer> {
  const routes = new Map<string, ResolvedRoute>();
  for (const [path, route] of Object.entries(behaviour)) routes.set(path, resolveRoute(route));
  const fallback = routes.get('*') ?? (() => ({}) as Reply);
  const counters = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let closing = false;

  const stats: TargetStats = {
    connections: 0,
    received: 0,
    completed: 0,
    resets: 0,
    stalls: 0,
    requestBodyBytes: 0,
    responseBodyBytes: 0,
    completedByDelay: new Map(),
    completedByStatus: new Map(),
    byPath: new Map(),
  };

  const later = (delayMs: number | undefined, action: () => void): void => {
    if (!delayMs || delayMs <= 0) {
      action();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closing) action();
    }, delayMs);
    timers.add(timer);
  };

  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    const route = routes.get(path) ?? fallback;
    const n = counters.get(path) ?? 0;
    counters.set(path, n + 1);
    stats.received++;
    let pathStats = stats.byPath.get(path);
    if (!pathStats) stats.byPath.set(path, (pathStats = { received: 0, completed: 0 }));
    pathStats.received++;
    const reply = route(n, request);

    request.on('data', (chunk: Buffer) => (stats.requestBodyBytes += chunk.length));
    request.on('end', () => {
      switch (reply.kind) {
        case 'stall':
          stats.stalls++;
          if (reply.afterHeaders) {
            response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
            response.write('x'.repeat(100));
          }
          return;
        case 'reset':
        case 'close':
          later(reply.delayMs, () => {
            stats.resets++;
            if (reply.kind === 'reset') request.socket.resetAndDestroy();
            else request.socket.destroy();
          });
          return;
        default: {
          const status = reply.status ?? 200;
          const body = bodyBuffer(reply.body);
          const delayMs = reply.delayMs ?? 0;
          later(delayMs, () => {
            response.writeHead(status, {
              'content-type': 'text/plain',
              'content-length': String(body.length),
              ...reply.headers,
            });
            response.end(request.method === 'HEAD' ? undefined : body);
          });
          response.once('finish', () => {
            stats.completed++;
            stats.responseBodyBytes += request.method === 'HEAD' ? 0 : body.length;
            stats.completedByDelay.set(delayMs, (stats.completedByDelay.get(delayMs) ?? 0) + 1);
            stats.completedByStatus.set(status, (stats.completedByStatus.get(status) ?? 0) + 1);
            pathStats.completed++;
          });
        }
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', (socket: Socket) => {
    stats.connections++;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client that resets its side mid-request is expected here; do not let it surface as an error.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats,
    close: async () => {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await closed;
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function unusedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * One target per test, closed after it. Call once at the top of a test file:
 * `const target = targetPerTest();` then `const { url } = await target({...})`.
 */
export function targetPerTest(): (behaviour: Behaviour) => Promise<TargetServer> {
  let server: TargetServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (behaviour) => {
    server = await startTargetServer(behaviour);
    return server;
  };
}

/**
 * Resolves once `server` has received a request beyond the `seenBefore` it had (by default,
 * those it has now): when a load has started (the engine warms itself up on a stub of its
 * own first, so a call's start is not the load's).
 */
export function firstRequest(server: TargetServer, seenBefore = server.stats.received): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (server.stats.received <= seenBefore) return;
      clearInterval(poll);
      resolve();
    }, 2);
  });
}
