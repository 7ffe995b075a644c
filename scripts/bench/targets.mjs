// The bench's targets, each in its own process on 127.0.0.1: nginx (Debian's, one worker,
// a fixed 2-byte body) when installed, and Node servers (target-server.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'target-server.mjs');

export function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startNodeServer(delayMs, clock = 'timer') {
  const child = spawn(process.execPath, [SERVER, String(delayMs), clock], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) =>
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim())),
  );
  return {
    url,
    name: `Node http${delayMs ? ` (${delayMs} ms, ${clock === 'timer' ? 'setTimeout' : 'spinning clock'})` : ''}`,
    stop: () => child.kill('SIGTERM'),
  };
}

async function freePort() {
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startNginx() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-bench-nginx-'));
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${dir};`);
  writeFileSync(
    conf,
    [
      'worker_processes 1;',
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      '  keepalive_requests 10000000;',
      '  keepalive_timeout 65;',
      ...temp,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      "    location / { default_type text/plain; return 200 'ok'; }",
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    const up = await new Promise((resolve) => {
      http
        .get(url, (res) => resolve(res.resume() && res.statusCode === 200))
        .on('error', () => resolve(false));
    });
    if (up) return { url, name: 'nginx (1 worker)', stop: () => child.kill('SIGTERM') };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('nginx did not start');
}

/** nginx when installed, else a Node server answering at once. */
export function startFastTarget() {
  return hasCommand('nginx') ? startNginx() : startNodeServer(0);
}
