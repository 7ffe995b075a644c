/**
 * Runs the real Prometheus Pushgateway (Debian package `prometheus-pushgateway`) on
 * 127.0.0.1 with a port the kernel picks, its persistence file in a fresh temp dir.
 * The port is read from its "Listening on" log line; readiness from `/-/ready`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PUSHGATEWAY_BINARY = process.env.PUSHGATEWAY_BIN ?? 'prometheus-pushgateway';

export interface Pushgateway {
  url: string;
  /** The text of its own `/metrics`, where pushed groups show up. */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

export function pushgatewayAvailable(): boolean {
  return spawnSync(PUSHGATEWAY_BINARY, ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function startPushgateway(timeoutMs = 15_000): Promise<Pushgateway> {
  if (!pushgatewayAvailable()) {
    throw new Error(`${PUSHGATEWAY_BINARY} not found: apt-get install -y prometheus-pushgateway`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-pushgateway-'));
  const child: ChildProcess = spawn(
    PUSHGATEWAY_BINARY,
    [
      '--web.listen-address=127.0.0.1:0',
      `--persistence.file=${path.join(dir, 'pushgateway.data')}`,
      '--log.level=info',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`pushgateway did not start listening:\n${log}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer): void => {
        log += chunk.toString('utf8');
        const match = /msg="Listening on" address=(127\.0\.0\.1:\d+)/.exec(log);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`pushgateway exited (${code}) before listening:\n${log}`));
      });
    });
    const url = `http://${address}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const response = await fetch(`${url}/-/ready`);
        if (response.ok) break;
      } catch {
        // Not yet accepting connections.
      }
      if (Date.now() > deadline) throw new Error(`pushgateway at ${url} never became ready:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return {
      url,
      metrics: async () => {
        const response = await fetch(`${url}/metrics`);
        return response.text();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
