// The worker-threads bench (`npm run bench` runs it; alone: `node scripts/bench/workers.mjs`).
//
//   node scripts/bench/workers.mjs                    throughput at 50 connections: loadgate at
//                                                     workers 1 and auto, autocannon at the same
//                                                     worker counts, wrk with its default threads,
//                                                     alternating in each round
//   node scripts/bench/workers.mjs --duration 10 --rounds 3
//   node scripts/bench/workers.mjs --rss10m           RSS of the load process tree after 1 and
//                                                     after 10 million requests (workers auto)
//
// loadgate runs as it ships (dist/cli/index.js: `npm run build` first). The target is nginx
// with one worker when installed, else the Node server of scripts/bench.mjs, each in its own
// process. Load goes to 127.0.0.1 only and every run is bounded in time. Other programs may
// share the cores: compare the ratios within a round, not figures across machines.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';

import { hasCommand, startFastTarget } from './targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const CONNECTIONS = 50;
const CORES = os.availableParallelism();

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    rss10m: { type: 'boolean', default: false },
  },
  // Also run from scripts/bench.mjs, whose own options it ignores.
  strict: false,
});

function run(command, args, { timeoutMs, onLine, onStart } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = onStart?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (onLine) for (const line of String(chunk).split('\n')) if (line) onLine(line, child);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (onLine) for (const line of String(chunk).split('\n')) if (line) onLine(line, child);
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs ?? 120_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      stop?.();
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

/** RSS of a process and its descendants (the CLI launcher, the load process; threads count once), MB. */
function treeRssMb(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const one = stack.pop();
    try {
      total += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${one}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      // Gone meanwhile.
    }
    stack.push(...(children.get(one) ?? []));
  }
  return total;
}

async function loadgate(url, seconds, workers, { onLine, onStart } = {}) {
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-bench-workers-run-'));
  try {
    await run(
      process.execPath,
      [
        CLI,
        'run',
        '--target-url',
        url,
        '--duration',
        `${seconds}s`,
        '--vus',
        String(CONNECTIONS),
        '--workers',
        String(workers),
        '--fail-on-breach',
        'false',
        '--report-dir',
        reportDir,
      ],
      { timeoutMs: (seconds + 120) * 1000, onLine, onStart },
    );
    const { measurements: m } = JSON.parse(readFileSync(path.join(reportDir, 'results.json'), 'utf8'));
    return {
      rps: m.overall.requests / (m.durationMs / 1000),
      requests: m.overall.requests,
      // Every request recorded: each completed request has its latency sample, none failed.
      recorded: m.overall.latency.count === m.overall.requests && m.overall.failed === 0,
      workers: m.generator.workers?.length ?? 1,
      cpu: (m.generator.workers ?? [m.generator]).map((w) => w.cpuPercent),
    };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

async function autocannon(url, seconds, workers) {
  const bin = path.join(ROOT, 'node_modules/.bin/autocannon');
  const args = ['-c', String(CONNECTIONS), '-p', '1', '-d', String(seconds), '-j'];
  if (workers > 1) args.push('-w', String(workers));
  const result = JSON.parse(await run(bin, [...args, url], { timeoutMs: (seconds + 60) * 1000 }));
  return { rps: result.requests.total / (result.duration || seconds) };
}

async function wrk(url, seconds) {
  // wrk's default threads (2).
  const out = await run('wrk', ['-c', String(CONNECTIONS), '-d', `${seconds}s`, url], {
    timeoutMs: (seconds + 60) * 1000,
  });
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]) };
}

const fmt = (value, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';

async function throughput(target) {
  const seconds = Number(values.duration);
  const rounds = Number(values.rounds);
  const tools = [
    ['loadgate workers 1', () => loadgate(target.url, seconds, 1)],
    ['autocannon (1 thread)', () => autocannon(target.url, seconds, 1)],
    [`loadgate workers auto (${CORES})`, () => loadgate(target.url, seconds, 'auto')],
    [`autocannon --workers ${CORES}`, () => autocannon(target.url, seconds, CORES)],
    ...(hasCommand('wrk') ? [['wrk (default 2 threads)', () => wrk(target.url, seconds)]] : []),
  ];
  const results = new Map(tools.map(([name]) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    const line = [];
    for (const [name, measure] of round % 2 === 1 ? tools : [...tools].reverse()) {
      const result = await measure();
      results.get(name).push(result);
      line.push(`${name} ${fmt(result.rps)}${result.recorded === false ? ' (NOT all recorded)' : ''}`);
    }
    console.log(`  round ${round}: ${line.join(' · ')}`);
  }
  const mean = (name) => results.get(name).reduce((sum, r) => sum + r.rps, 0) / rounds;
  // Ratios per round (same round, same neighbours), then their mean.
  const ratio = (a, b) =>
    results.get(b)
      ? results.get(a).reduce((sum, r, i) => sum + r.rps / results.get(b)[i].rps, 0) / rounds
      : NaN;
  console.log(`\n| tool | req/s (mean of ${rounds}) | vs wrk | vs autocannon at the same worker count |`);
  console.log('|---|---:|---:|---:|');
  const wrkName = 'wrk (default 2 threads)';
  const rows = [
    ['loadgate workers 1', 'autocannon (1 thread)'],
    [`loadgate workers auto (${CORES})`, `autocannon --workers ${CORES}`],
    ['autocannon (1 thread)', undefined],
    [`autocannon --workers ${CORES}`, undefined],
    [wrkName, undefined],
  ];
  for (const [name, peer] of rows) {
    if (!results.has(name)) continue;
    console.log(
      `| ${name} | ${fmt(mean(name))} | ${results.has(wrkName) ? fmt(ratio(name, wrkName), 2) : '–'} | ${peer ? fmt(ratio(name, peer), 2) : ''} |`,
    );
  }
  const auto = results.get(`loadgate workers auto (${CORES})`);
  console.log(
    `\nevery request recorded: ${[...results.get('loadgate workers 1'), ...auto].every((r) => r.recorded) ? 'yes' : 'NO'}` +
      ` · worker CPU (auto, last round): ${auto
        .at(-1)
        .cpu.map((c) => `${fmt(c)}%`)
        .join(', ')}`,
  );
}

/** RSS of the load process tree when the run passes 1 and 10 million requests (from its progress lines). */
async function rss10m(target) {
  const marks = [1_000_000, 10_000_000];
  const seen = [];
  let pid;
  let sampled = { requests: 0, rssMb: 0 };
  const sampler = setInterval(() => {
    if (pid !== undefined) sampled = { ...sampled, rssMb: Math.max(sampled.rssMb, treeRssMb(pid)) };
  }, 500);
  try {
    await loadgate(target.url, 3600, 'auto', {
      onStart: (childPid) => {
        pid = childPid;
      },
      onLine: (line, child) => {
        const match = /\(([\d,]+) requests\)/.exec(line);
        if (!match) return;
        const requests = Number(match[1].replaceAll(',', ''));
        const rssMb = treeRssMb(pid);
        while (seen.length < marks.length && requests >= marks[seen.length]) {
          seen.push({ requests, rssMb });
          console.log(`  ${fmt(requests)} requests: RSS of the load process tree ${fmt(rssMb, 1)} MB`);
        }
        // Past the last mark: stop the run (SIGINT ends it as a cancelled run, with its report).
        if (seen.length === marks.length) child.kill('SIGINT');
      },
    }).catch(() => undefined);
  } finally {
    clearInterval(sampler);
  }
  if (seen.length === marks.length) {
    const [first, last] = seen;
    console.log(
      `\nRSS after ${fmt(last.requests)} requests is ${fmt((last.rssMb / first.rssMb - 1) * 100, 1)} % ` +
        `from its value after ${fmt(first.requests)} (goal: within 10 %); peak sampled ${fmt(sampled.rssMb, 1)} MB`,
    );
  } else {
    console.log('the run ended before 10 million requests');
  }
}

export async function benchWorkers() {
  const target = await startFastTarget();
  console.log(
    `\n## Worker threads (${CORES} cores available, ${CONNECTIONS} connections, target ${target.name})\n`,
  );
  try {
    if (values.rss10m) await rss10m(target);
    else await throughput(target);
  } finally {
    target.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchWorkers();
