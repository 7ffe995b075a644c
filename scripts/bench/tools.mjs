// The load tools the bench compares, each run in its own process, one at a time,
// bounded in time, against 127.0.0.1 only: loadgate as it ships (the bundled CLI,
// `dist/cli/index.js run`, its figures read from the results.json it writes),
// autocannon and wrk. CPU: loadgate's is its load process's own over the load (from
// results.json); the others' is the tool's whole process (user + system, read by
// the shell that starts it), so their start-up is in it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// LOADGATE_BENCH_CLI: another build's CLI, to compare two builds on the same machine.
const CLI = process.env.LOADGATE_BENCH_CLI ?? path.join(ROOT, 'dist/cli/index.js');

/** Runs a command; with `cpu`, under a shell that reports its CPU seconds (user + system). */
export function run(command, args, { timeoutMs, onStart, cpu = false }) {
  return new Promise((resolve, reject) => {
    const [file, argv] = cpu
      ? ['bash', ['-c', '"$@"; rc=$?; times >&2; exit $rc', 'bash', command, ...args]]
      : [command, args];
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stopWatching = onStart?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(killer);
      stopWatching?.();
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
        return;
      }
      // `times`: the shell's own line, then its children's: "0m1.234s 0m0.567s".
      const last = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(stderr);
      const cpuSeconds = last
        ? Number(last[1]) * 60 + Number(last[2]) + Number(last[3]) * 60 + Number(last[4])
        : NaN;
      resolve({ stdout, cpuSeconds });
    });
  });
}

/**
 * Peak memory of the CLI's own process, the launcher that starts the load process
 * (src/relaunch.ts): RSS, and the part of it no other process shares. Linux only.
 */
function watchLauncher(pid) {
  const peak = { rssMb: NaN, privateMb: NaN };
  const sample = () => {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? NaN);
      const rss = kb('Rss') / 1024;
      const own = (kb('Private_Clean') + kb('Private_Dirty')) / 1024;
      if (!(rss <= peak.rssMb)) peak.rssMb = rss;
      if (!(own <= peak.privateMb)) peak.privateMb = own;
    } catch {
      // The process has ended, or this is not Linux.
    }
  };
  const timer = setInterval(sample, 500);
  return { peak, stop: () => clearInterval(timer) };
}

/**
 * One loadgate run through the bundled CLI: `{ vus }` (closed model) or `{ rate, maxVus }`
 * (open model). Its figures from the results.json it wrote.
 */
export async function engine(url, seconds, { vus = 50, rate, maxVus, workers } = {}) {
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-bench-run-'));
  const load =
    rate === undefined
      ? ['--vus', String(vus)]
      : ['--rate', String(rate), '--max-vus', String(maxVus ?? Math.max(100, Math.ceil(rate / 20)))];
  if (workers !== undefined) load.push('--workers', String(workers));
  let launcher;
  try {
    await run(
      process.execPath,
      [CLI, 'run', '--target-url', url, '--duration', `${seconds}s`, ...load].concat([
        '--fail-on-breach',
        'false',
        '--report-dir',
        reportDir,
      ]),
      {
        timeoutMs: (seconds + 60) * 1000,
        onStart: (pid) => {
          launcher = watchLauncher(pid);
          return launcher.stop;
        },
      },
    );
    const results = JSON.parse(readFileSync(path.join(reportDir, 'results.json'), 'utf8'));
    const m = results.measurements;
    return {
      requests: m.overall.requests,
      rps: m.overall.requests / (m.durationMs / 1000),
      failed: m.overall.failed,
      p50: m.overall.latency.p50,
      p99: m.overall.latency.p99,
      recorded: m.overall.latency.count,
      peakRssMb: m.generator.peakRssMb,
      launcherRssMb: launcher.peak.rssMb,
      launcherPrivateMb: launcher.peak.privateMb,
      cpuPercent: m.generator.cpuPercent,
      cpuSeconds: (m.generator.cpuPercent / 100) * (m.durationMs / 1000),
      lagP99: m.generator.eventLoopLagP99Ms,
      lagMax: m.generator.eventLoopLagMaxMs,
      arrival: m.arrival,
      verdict: results.verdict,
      verdictReasons: results.verdictReasons,
    };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

export async function autocannon(url, seconds, connections = 50) {
  const bin = path.join(ROOT, 'node_modules/.bin/autocannon');
  const { stdout, cpuSeconds } = await run(
    bin,
    ['-c', String(connections), '-p', '1', '-d', String(seconds), '-j', url],
    { timeoutMs: (seconds + 60) * 1000, cpu: true },
  );
  const result = JSON.parse(stdout);
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.non2xx,
    cpuSeconds,
  };
}

export async function wrk(url, seconds, connections = 50) {
  const { stdout, cpuSeconds } = await run(
    'wrk',
    ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--latency', url],
    { timeoutMs: (seconds + 60) * 1000, cpu: true },
  );
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
  const at = (percent) => {
    const text = new RegExp(`^\\s+${percent}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(stdout);
    return text ? Number(text[1]) * { us: 0.001, ms: 1, s: 1000 }[text[2]] : NaN;
  };
  return { requests, rps, p50: at(50), p99: at(99), cpuSeconds };
}

export function fmt(value, digits = 0) {
  return Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
}

export function mean(list, key) {
  return list.reduce((sum, r) => sum + (key === undefined ? r : r[key]), 0) / list.length;
}
