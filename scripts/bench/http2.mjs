// `npm run bench -- --http2`: what HTTP/2 costs or saves the engine. The same local TLS
// target (node:http2 with HTTP/1.1 allowed, in its own process, a certificate of a
// throwaway CA made with openssl) is loaded by the bundled CLI with http2 off, then on,
// alternating for `--rounds`; each run's figures come from its results.json, which also
// says the protocol negotiated. Printed: req/s, p50, p99, CPU per run, and h2 / h1 ratios.
// Load goes to 127.0.0.1 only and every run is bounded in time.
//
//   npm run bench -- --http2 [--duration 10] [--rounds 2]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const CONNECTIONS = 50;

// Child mode: the target. `node http2.mjs --serve DIR` prints its URL on stdout.
if (process.argv[2] === '--serve') {
  const dir = process.argv[3];
  const body = Buffer.from('ok');
  const server = http2.createSecureServer(
    {
      cert: readFileSync(path.join(dir, 'server.pem')),
      key: readFileSync(path.join(dir, 'server.key')),
      allowHTTP1: true,
      // Enough streams that h2 never queues behind its own limit at one request per connection.
      settings: { maxConcurrentStreams: 1000 },
    },
    (request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
      response.end(body);
    },
  );
  server.listen(0, '127.0.0.1', () => console.log(`https://127.0.0.1:${server.address().port}`));
  process.on('SIGTERM', () => process.exit(0));
}

/** A throwaway CA and a server certificate for 127.0.0.1 signed by it, in `dir`. */
function makeCertificates(dir) {
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=bench CA',
    '-days',
    '1',
  );
  openssl('req', '-new', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'ext.cnf',
  );
}

function runCli(args, cwd, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'run', ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(killer);
      if (code === 0) resolve();
      else reject(new Error(`loadgate exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

async function oneRun(url, dir, seconds, h2) {
  const reportDir = mkdtempSync(path.join(dir, 'report-'));
  try {
    await runCli(
      [
        '--target-url',
        url,
        '--ca-file',
        'ca.pem',
        '--http2',
        String(h2),
        '--vus',
        String(CONNECTIONS),
        '--duration',
        `${seconds}s`,
        '--fail-on-breach',
        'false',
        '--report-dir',
        reportDir,
      ],
      dir,
      (seconds + 60) * 1000,
    );
    const { measurements: m } = JSON.parse(readFileSync(path.join(reportDir, 'results.json'), 'utf8'));
    return {
      protocol: m.transport?.protocol ?? '?',
      rps: m.overall.requests / (m.durationMs / 1000),
      failed: m.overall.failed,
      p50: m.overall.latency.p50,
      p99: m.overall.latency.p99,
      cpu: m.generator?.cpuPercent,
    };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

const fmt = (value, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
const avg = (list) => list.reduce((sum, x) => sum + x, 0) / list.length;

/** The h1 vs h2 comparison; `seconds` per run, `rounds` pairs of runs. */
export async function benchHttp2({ seconds = 10, rounds = 2 } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-bench-h2-'));
  let server;
  try {
    makeCertificates(dir);
    server = spawn(process.execPath, [SELF, '--serve', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise((resolve) =>
      server.stdout.once('data', (chunk) => resolve(String(chunk).trim())),
    );
    console.log(
      `loadgate HTTP/2 bench · ${os.cpus().length} cores · node ${process.version} · ` +
        `node:http2 TLS target at ${url} · ${CONNECTIONS} VUs · ${seconds}s per run\n`,
    );
    console.log('| round | protocol | req/s | p50 | p99 | CPU | failed |');
    console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
    const results = { false: [], true: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const h2 of [false, true]) {
        const r = await oneRun(url, dir, seconds, h2);
        results[h2].push(r);
        console.log(
          `| ${round} | ${r.protocol} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} ms | ${fmt(r.p99, 2)} ms | ${fmt(r.cpu, 0)} % | ${fmt(r.failed)} |`,
        );
      }
    }
    const ratio = (key) => avg(results.true.map((r) => r[key])) / avg(results.false.map((r) => r[key]));
    console.log(
      `\nh2 / http/1.1: req/s ×${fmt(ratio('rps'), 2)} · p50 ×${fmt(ratio('p50'), 2)} · p99 ×${fmt(ratio('p99'), 2)}` +
        ` (one connection per VU either way: HTTP/2 multiplexing is not used by a closed-model VU)`,
    );
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
