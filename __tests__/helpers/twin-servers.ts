/**
 * A canary and a baseline for live-baseline tests: two target servers on 127.0.0.1
 * that log, per user (the `u` query parameter), the requests they got in order, count
 * logins per user, and answer after a delay that a test can change per server and per
 * endpoint, or for both at once (a shared slowdown).
 *
 * ```ts
 * const twins = await startTwinServers({ delayMs: ({ endpoint, sinceFirstMs }) => 2 });
 * twins.canary.url; twins.baseline.url;
 * twins.canary.log.sequences.get('u1');   // ['a:1771', 'b:90210', …] (endpoint:r)
 * ```
 */
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

import { startTargetServer, type Reply, type TargetServer } from './target-server.js';

export type Role = 'canary' | 'baseline';

export interface DelayQuery {
  role: Role;
  /** The endpoint's path without its query, e.g. `/a`. */
  endpoint: string;
  /** Milliseconds since the first gated request reached either server (shared by both). */
  sinceFirstMs: number;
}

export interface TwinOptions {
  /** The answer's delay; default 0. */
  delayMs?: (query: DelayQuery) => number;
  /** Answer 401 to this gated request of this user (n counts the user's gated requests on this server). */
  unauthorized?: (role: Role, user: string, n: number) => boolean;
}

export interface TwinLog {
  /** Per user, the gated requests as `endpoint:r` (`/a` → `a`), in the order they arrived. */
  sequences: Map<string, string[]>;
  /** Logins per user. */
  logins: Map<string, number>;
  /** Gated requests per endpoint path, e.g. `/a`. */
  byEndpoint: Map<string, number>;
}

export interface TwinServer extends TargetServer {
  log: TwinLog;
}

export interface TwinServers {
  canary: TwinServer;
  baseline: TwinServer;
  close(): Promise<void>;
}

/** Starts the pair; gated endpoints are `/a`, `/b`, `/c`, the login is `/login`. */
export async function startTwinServers(options: TwinOptions = {}): Promise<TwinServers> {
  const clock = { firstMs: undefined as number | undefined };
  const start = async (role: Role): Promise<TwinServer> => {
    const log: TwinLog = { sequences: new Map(), logins: new Map(), byEndpoint: new Map() };
    const tokens = new Map<string, number>();
    const gated =
      (endpoint: string) =>
      (_n: number, request: IncomingMessage): Reply => {
        const query = new URL(request.url ?? '/', 'http://x').searchParams;
        const user = query.get('u') ?? '';
        const sequence = log.sequences.get(user) ?? [];
        log.sequences.set(user, sequence);
        const n = sequence.length;
        sequence.push(`${endpoint.slice(1)}:${query.get('r') ?? ''}`);
        log.byEndpoint.set(endpoint, (log.byEndpoint.get(endpoint) ?? 0) + 1);
        clock.firstMs ??= performance.now();
        const delayMs =
          options.delayMs?.({ role, endpoint, sinceFirstMs: performance.now() - clock.firstMs }) ?? 0;
        // The token must be this server's own for this user: a twin never carries its partner's login.
        const expected = `${role}-${user}-${tokens.get(user) ?? 0}`;
        const token = request.headers['x-token'];
        if (token !== undefined && token !== expected) return { status: 403, delayMs };
        if (options.unauthorized?.(role, user, n)) return { status: 401, delayMs };
        return { status: 200, delayMs };
      };
    const server = await startTargetServer({
      '/login': (_n, request) => {
        const user = new URL(request.url ?? '/', 'http://x').searchParams.get('u') ?? '';
        log.logins.set(user, (log.logins.get(user) ?? 0) + 1);
        tokens.set(user, (tokens.get(user) ?? 0) + 1);
        return { status: 200, headers: { 'x-token': `${role}-${user}-${tokens.get(user)}` } };
      },
      '/a': gated('/a'),
      '/b': gated('/b'),
      '/c': gated('/c'),
    });
    return Object.assign(server, { log });
  };
  const canary = await start('canary');
  const baseline = await start('baseline');
  return {
    canary,
    baseline,
    close: async () => {
      await Promise.all([canary.close(), baseline.close()]);
    },
  };
}
