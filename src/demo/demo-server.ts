/**
 * The demo target behind `npm start`: a small trading API with the endpoints the
 * load tests this project grew from exercise, realistic latencies (log-normal around
 * a median per endpoint) and a small error rate. Listens on loopback only.
 *
 * With `Authorization: Bearer …` the same endpoints are tenant-scoped, after a
 * `POST /api/auth/login` (see tenant-api.ts, which also has the leak switch).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ProcessMetrics } from './process-metrics.js';
import { TenantApi, type TenantApiOptions, type TenantApiStats, type TenantReply } from './tenant-api.js';

interface DemoRoute {
  /** Median latency in ms. */
  medianMs: number;
  /** Spread of the log-normal latency; 0.5 puts p99 near 3.2× the median. */
  sigma: number;
  /** Fraction of requests answered with `errorStatus`. */
  errorRate: number;
  errorStatus: number;
  status: number;
  body: () => unknown;
}

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'GOOG', 'TSLA', 'META', 'JPM'];

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

function positions(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    symbol: SYMBOLS[i % SYMBOLS.length],
    quantity: 10 + ((i * 37) % 90),
    avgPrice: Math.round((100 + i * 13.7) * 100) / 100,
  }));
}

export const DEMO_ROUTES: Record<string, DemoRoute> = {
  'GET /health': {
    medianMs: 0,
    sigma: 0,
    errorRate: 0,
    errorStatus: 503,
    status: 200,
    body: () => ({ ok: true }),
  },
  'GET /api/portfolio': {
    medianMs: 18,
    sigma: 0.45,
    errorRate: 0,
    errorStatus: 500,
    status: 200,
    body: () => ({ value: 1_254_300.5, currency: 'USD', positions: positions(8) }),
  },
  'GET /api/trades': {
    medianMs: 25,
    sigma: 0.5,
    errorRate: 0,
    errorStatus: 500,
    status: 200,
    body: () => ({
      trades: Array.from({ length: 20 }, (_, i) => ({
        id: i + 1,
        symbol: pick(SYMBOLS),
        side: i % 2 ? 'buy' : 'sell',
      })),
    }),
  },
  'GET /api/positions': {
    medianMs: 12,
    sigma: 0.4,
    errorRate: 0,
    errorStatus: 500,
    status: 200,
    body: () => ({ positions: positions(12) }),
  },
  'POST /api/trades': {
    medianMs: 40,
    sigma: 0.5,
    errorRate: 0.003,
    errorStatus: 500,
    status: 201,
    body: () => ({ id: Math.floor(Math.random() * 1e9), status: 'accepted' }),
  },
  'GET /api/signals': {
    medianMs: 55,
    sigma: 0.35,
    errorRate: 0.002,
    errorStatus: 503,
    status: 200,
    body: () => ({ signals: SYMBOLS.slice(0, 5).map((symbol) => ({ symbol, score: 0.5 })) }),
  },
};

/** A standard normal sample (Box-Muller). */
function gaussian(): number {
  const u = 1 - Math.random();
  const v = Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function latencyMs(route: DemoRoute): number {
  if (route.medianMs === 0) return 0;
  // Cap the tail at 20× the median so one unlucky sample cannot stall a short demo.
  return Math.min(route.medianMs * Math.exp(route.sigma * gaussian()), route.medianMs * 20);
}

function routeKey(req: http.IncomingMessage): string {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  return `${req.method ?? 'GET'} ${pathname}`;
}

/** The login: about as slow as a password hash. */
const LOGIN_ROUTE = { medianMs: 30, sigma: 0.3 } as DemoRoute;
/** Request bodies are read up to this size (a login is tiny). */
const MAX_REQUEST_BODY = 64 * 1024;

export interface DemoServer {
  url: string;
  /** The multi-tenant side's counters: logins, expired tokens, leaking responses sent. */
  tenantStats: TenantApiStats;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** Token lifetime and the leak switch of the multi-tenant side. */
  tenants?: TenantApiOptions;
  /** Multiplies every latency (e.g. 0 for tests that need no realism). Default 1. */
  latencyScale?: number;
  /** Latency factor per route (`GET /api/trades`: 2 answers it twice as slow): the canary of `loadgate demo --baseline`. */
  slowRoutes?: Readonly<Record<string, number>>;
}

/** `GET /api/trades=2,GET /api/signals=1.5` (the LOADGATE_DEMO_SLOW switch) as route factors; bad parts are skipped. */
export function parseSlowRoutes(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [route, factor] = part.split('=');
    const n = Number(factor);
    if (route && route.trim() in DEMO_ROUTES && n > 0 && n <= 100) out[route.trim()] = n;
  }
  return out;
}

export async function startDemoServer(port = 0, options: DemoServerOptions = {}): Promise<DemoServer> {
  const tenants = new TenantApi(options.tenants);
  // Made at the first scrape: its collectors keep timers, which a demo nobody scrapes does not need.
  let processMetrics: ProcessMetrics | undefined;
  const baseScale = options.latencyScale ?? 1;
  const scaleOf = (key: string): number => baseScale * (options.slowRoutes?.[key] ?? 1);
  const reply = (res: http.ServerResponse, answer: TenantReply): void => {
    if (answer.sent) res.once('finish', answer.sent);
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  };
  const server = http.createServer((req, res) => {
    const key = routeKey(req);
    const route = DEMO_ROUTES[key];
    // Read the request body before answering so keep-alive connections stay usable.
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (key === 'GET /metrics') {
        processMetrics ??= new ProcessMetrics();
        void processMetrics.serve(res);
        return;
      }
      if (key === 'POST /api/auth/login') {
        const body = Buffer.concat(chunks).toString('utf8');
        setTimeout(() => reply(res, tenants.login(body)), latencyMs(LOGIN_ROUTE) * baseScale);
        return;
      }
      const authorization = req.headers.authorization;
      if (route && authorization !== undefined && key !== 'GET /health') {
        const who = tenants.authenticate(authorization);
        if ('status' in who) {
          reply(res, who);
          return;
        }
        const failing = Math.random() < route.errorRate;
        setTimeout(
          () => {
            if (failing)
              reply(res, { status: route.errorStatus, body: { error: 'upstream unavailable' }, headers: {} });
            else
              reply(res, tenants.scoped(who.tenant, route.status, route.body() as Record<string, unknown>));
          },
          latencyMs(route) * scaleOf(key),
        );
        return;
      }
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'not found' }));
        return;
      }
      const failing = Math.random() < route.errorRate;
      setTimeout(
        () => {
          const status = failing ? route.errorStatus : route.status;
          const body = failing ? { error: 'upstream unavailable' } : route.body();
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        latencyMs(route) * scaleOf(key),
      );
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    tenantStats: tenants.stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
