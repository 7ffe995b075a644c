/**
 * `loadgate demo` with Prometheus installed: a real Prometheus on a free loopback
 * port, its data in a temp dir, scraping the demo API's `/metrics` every second, so
 * the demo also gates on the target's own CPU and memory (examples/loadgate.server-metrics.yml).
 * Without the program, one line says so and the demo runs as before.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BINARY = process.env.PROMETHEUS_BIN ?? 'prometheus';
const READY_WITHIN_MS = 30_000;

export interface DemoPrometheus {
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Prometheus scraping `demoUrl`, ready with a first sample; undefined (said in one line) when it cannot run. */
export async function startDemoPrometheus(
  demoUrl: string,
  say: (line: string) => void,
): Promise<DemoPrometheus | undefined> {
  if (spawnSync(BINARY, ['--version'], { stdio: 'ignore' }).status !== 0) {
    say(
      'loadgate: Prometheus is not installed, so the demo gates without server metrics (apt-get install prometheus to add them)',
    );
    return undefined;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-demo-prometheus-'));
  const target = new URL(demoUrl).host;
  writeFileSync(
    path.join(dir, 'prometheus.yml'),
    `global: {scrape_interval: 1s, evaluation_interval: 1s}\nscrape_configs:\n  - {job_name: demo, static_configs: [{targets: ['${target}']}]}\n`,
  );
  const port = await freePort();
  const child = spawn(
    BINARY,
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=error',
    ],
    { stdio: 'ignore' },
  );
  const stop = (): void => {
    child.kill('SIGTERM');
    child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_WITHIN_MS;
  // Ready once the demo has been scraped: the first seconds of the load then have data.
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const answer = await fetch(`${url}/api/v1/query?query=${encodeURIComponent('up{job="demo"} == 1')}`);
      const body = (await answer.json()) as { data?: { result?: unknown[] } };
      if ((body.data?.result?.length ?? 0) > 0) {
        say(`loadgate: Prometheus on ${url} scrapes the demo API's /metrics every second`);
        return { url, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  say('loadgate: Prometheus did not start, so the demo gates without server metrics');
  return undefined;
}
