/**
 * Runs the real Prometheus server (Debian package `prometheus`) on 127.0.0.1 with a
 * free port, its TSDB in a fresh temp dir, scraping the given targets every second
 * with a config written here. `waitForSeries` waits until a series has been scraped,
 * so a test's load window has data in it.
 *
 * `startMetricsTarget` is a local exporter: a Node `http` server whose `/metrics`
 * serves exposition text the test sets (known values), and which counts the
 * Authorization headers it saw.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PROMETHEUS_BINARY = process.env.PROMETHEUS_BIN ?? 'prometheus';

export function prometheusAvailable(): boolean {
  return spawnSync(PROMETHEUS_BINARY, ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface PrometheusServer {
  url: string;
  /** Resolves once the instant query `query` returns a series (a scrape has landed). */
  waitForSeries(query: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the kernel's pick, released again). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startPrometheus(
  targets: readonly string[],
  timeoutMs = 30_000,
): Promise<PrometheusServer> {
  if (!prometheusAvailable())
    throw new Error(`${PROMETHEUS_BINARY} not found: apt-get install -y prometheus`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-prometheus-'));
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    '  - job_name: app',
    '    static_configs:',
    `      - targets: [${targets.map((target) => `'${target}'`).join(', ')}]`,
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'prometheus.yml'), config);
  const port = await freePort();
  const child: ChildProcess = spawn(
    PROMETHEUS_BINARY,
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`prometheus exited before it was ready:\n${log}`);
      try {
        if ((await fetch(`${url}/-/ready`)).ok) break;
      } catch {
        // Not yet accepting connections.
      }
      if (Date.now() > deadline) throw new Error(`prometheus at ${url} never became ready:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    async waitForSeries(query, wait = 20_000) {
      const deadline = Date.now() + wait;
      for (;;) {
        const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`);
        const body = (await response.json()) as { data?: { result?: unknown[] } };
        if ((body.data?.result?.length ?? 0) > 0) return;
        if (Date.now() > deadline) throw new Error(`no series for ${query} within ${wait} ms:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop,
  };
}

export interface MetricsTarget {
  /** host:port, as a scrape target. */
  address: string;
  /** The exposition text `/metrics` serves. */
  text: string;
  close(): Promise<void>;
}

export async function startMetricsTarget(text: string): Promise<MetricsTarget> {
  const target: Partial<MetricsTarget> & { text: string } = { text };
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith('/metrics')) {
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      response.end(target.text);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  target.address = `127.0.0.1:${port}`;
  target.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return target as MetricsTarget;
}

/**
 * A stand-in in front of Prometheus that lets a query through only with the
 * expected Authorization header, and counts those it refused: proof that
 * prometheus-headers are sent.
 */
export async function startAuthProxy(
  upstream: string,
  authorization: string,
): Promise<{ url: string; refused: () => number; passed: () => number; close(): Promise<void> }> {
  let refused = 0;
  let passed = 0;
  const server = http.createServer((request, response) => {
    if (request.headers.authorization !== authorization) {
      refused++;
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ status: 'error', errorType: 'unauthorized', error: 'missing credentials' }),
      );
      return;
    }
    passed++;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void fetch(`${upstream}${request.url ?? '/'}`, {
        method: request.method ?? 'GET',
        headers: { 'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      })
        .then(async (answer) => {
          response.writeHead(answer.status, { 'content-type': 'application/json' });
          response.end(await answer.text());
        })
        .catch(() => response.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    refused: () => refused,
    passed: () => passed,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
