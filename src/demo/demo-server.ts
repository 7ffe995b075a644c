/**
 * The demo target behind `npm start`: a small trading API with the endpoints the
 * load tests this project grew from exercise, realistic latencies (log-normal around
 * a median per endpoint) and a small error rate. Listens on loopback only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

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

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server = http.createServer((req, res) => {
    const route = DEMO_ROUTES[routeKey(req)];
    // Drain the request body before answering so keep-alive connections stay usable.
    req.resume();
    req.on('end', () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'not found' }));
        return;
      }
      const failing = Math.random() < route.errorRate;
      setTimeout(() => {
        const status = failing ? route.errorStatus : route.status;
        const body = failing ? { error: 'upstream unavailable' } : route.body();
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }, latencyMs(route));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
