// `npm run bench`: the loadgate engine against autocannon and wrk, on one machine, in one run.
//
//   npm run bench                      every table below, in this order
//   npm run bench -- --only sweep,high-rate
//                                      some of them: throughput, arrival, tail, sweep, high-rate, workers
//   npm run bench -- --rss             peak RSS of the load process over 2 million requests, at
//                                      50 connections and at 20k req/s (about 3 min)
//   npm run bench -- --duration 10 --rounds 2
//   npm run bench -- --only high-rate --rates 5000,20000
//                                      the high-rate table at other rates
//   LOADGATE_BENCH_CLI=/other/dist/cli/index.js npm run bench …
//                                      another build of loadgate (to compare two builds)
//   npm run bench -- --http2           h1 vs h2 against the same local TLS target (scripts/bench/http2.mjs)
//
// - throughput: 50 connections, tools alternating, req/s and p50;
// - arrival: the open model's accuracy at 5k and 20k req/s;
// - tail: p50, p99 and completed count against wrk on servers that answer in 5 ms;
// - sweep: 10, 50, 200, 1,000 connections, req/s and CPU-s per 100k requests;
// - high-rate: the open model at 20k and 30k req/s, corrected against uncorrected p99.
//
// loadgate runs as it ships: the bundled CLI (`npm run build` first when the source
// changed). Targets and tools each run in their own process, one at a time, against
// 127.0.0.1 only, every run bounded in time (scripts/bench/). Not part of `npm test`.
import os from 'node:os';
import { parseArgs } from 'node:util';

import { connectionSweep } from './bench/connection-sweep.mjs';
import { highRate } from './bench/high-rate.mjs';
import { tailAgainstWrk } from './bench/tail.mjs';
import { hasCommand, startFastTarget } from './bench/targets.mjs';
import { autocannon, engine, fmt, mean, wrk } from './bench/tools.mjs';

const CONNECTIONS = 50;

const { values } = parseArgs({
  options: {
    rss: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    only: { type: 'string' },
    requests: { type: 'string' },
    rates: { type: 'string' },
    http2: { type: 'boolean', default: false },
  },
});

const options = {
  seconds: Number(values.duration),
  rounds: Number(values.rounds),
  withWrk: hasCommand('wrk'),
  ...(values.rates ? { rates: values.rates.split(',').map(Number) } : {}),
};

/** Each table: on the fast target (nginx), or starting its own targets. One line each. */
const ON_FAST_TARGET = {
  throughput,
  arrival,
  sweep: connectionSweep,
  'high-rate': highRate,
};
const OWN_TARGETS = {
  tail: async (opts) => {
    // The goal's "server that answers in a fixed 5 ms": the spinning one. The setTimeout one
    // shows how much a millisecond timer on the server moves both tools' figures.
    for (const clock of ['spin', 'timer']) await tailAgainstWrk(clock, opts);
  },
  http2: async (opts) => (await import('./bench/http2.mjs')).benchHttp2(opts),
  workers: async () => (await import('./bench/workers.mjs')).benchWorkers(),
};

const ORDER = ['throughput', 'arrival', 'tail', 'sweep', 'high-rate', 'workers'];
const wanted = values.http2 ? ['http2'] : (values.only?.split(',').map((name) => name.trim()) ?? ORDER);
for (const name of wanted) {
  if (!(name in ON_FAST_TARGET) && !(name in OWN_TARGETS)) throw new Error(`no bench table ${name}`);
}

console.log(
  `loadgate bench · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}) · node ${process.version} · load average ${os.loadavg()[0].toFixed(1)}`,
);
const target = await startFastTarget();
console.log(`target: ${target.name} at ${target.url}\n`);
try {
  if (values.rss) await rss(target);
  else for (const name of wanted) if (name in ON_FAST_TARGET) await ON_FAST_TARGET[name](target, options);
} finally {
  target.stop();
}
if (!values.rss) for (const name of wanted) if (name in OWN_TARGETS) await OWN_TARGETS[name](options);

async function rss(target) {
  const requests = Number(values.requests ?? 2_000_000);
  const report = (r) =>
    console.log(
      `  requests completed ${fmt(r.requests)}, recorded ${fmt(r.recorded)}` +
        (r.arrival ? `, dropped ${fmt(r.arrival.dropped)}, ${fmt(r.arrival.connections)} connections` : '') +
        `; ${fmt(r.rps)} req/s, p99 ${fmt(r.p99, 2)} ms\n` +
        `  peak RSS of the load process ${fmt(r.peakRssMb, 1)} MB (goal < 150 MB); ` +
        `launcher ${fmt(r.launcherRssMb, 1)} MB RSS, ${fmt(r.launcherPrivateMb, 1)} MB of it its own`,
    );
  // The benchmark's own setting (50 connections, as fast as the target answers), run
  // long enough for the goal's 2 million requests at the throughput measured here.
  const closedSeconds = Math.ceil(requests / 30_000);
  console.log(`RSS check 1: ${CONNECTIONS} connections for ${closedSeconds} s…`);
  report(await engine(target.url, closedSeconds, { vus: CONNECTIONS }));
  const rate = 20_000;
  const openSeconds = Math.ceil(requests / rate);
  console.log(
    `RSS check 2: open model at ${fmt(rate)} req/s for ${openSeconds} s (${fmt(rate * openSeconds)} requests scheduled)…`,
  );
  report(await engine(target.url, openSeconds, { rate }));
}

async function throughput(target, { seconds, rounds, withWrk }) {
  const tools = [
    // One thread each, like for like (the worker-thread table compares `auto`).
    ['loadgate', () => engine(target.url, seconds, { vus: CONNECTIONS, workers: 1 })],
    ['autocannon', () => autocannon(target.url, seconds, CONNECTIONS)],
    ...(withWrk ? [['wrk', () => wrk(target.url, seconds, CONNECTIONS)]] : []),
  ];
  const results = new Map(tools.map(([name]) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const [name, fn] of tools) {
      const r = await fn();
      results.get(name).push(r);
      console.log(`  round ${round}: ${name.padEnd(10)} ${fmt(r.rps)} req/s, p50 ${fmt(r.p50, 2)} ms`);
    }
  }
  const ac = mean(results.get('autocannon'), 'rps');
  console.log(`\nThroughput, ${CONNECTIONS} connections, ${seconds} s × ${rounds} rounds, no pipelining:\n`);
  console.log('| tool | req/s | ratio to autocannon | p50 |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name] of tools) {
    const list = results.get(name);
    console.log(
      `| ${name} | ${fmt(mean(list, 'rps'))} | ${fmt(mean(list, 'rps') / ac, 2)}× | ${fmt(mean(list, 'p50'), 2)} ms |`,
    );
  }
  const lg = results.get('loadgate');
  const max = (key) => fmt(Math.max(...lg.map((r) => r[key])), 1);
  console.log(
    `\nloadgate: every request recorded (${fmt(lg.reduce((s, r) => s + r.recorded, 0))} of ${fmt(lg.reduce((s, r) => s + r.requests, 0))}), ` +
      `peak RSS ${max('peakRssMb')} MB (launcher ${max('launcherRssMb')} MB, ${max('launcherPrivateMb')} MB of it its own), ` +
      `CPU ${fmt(mean(lg, 'cpuPercent'))} % of a core`,
  );
}

async function arrival(target, { seconds }) {
  console.log('\nArrival-rate accuracy (open model):\n');
  console.log(
    '| target req/s | sent req/s | error | completed req/s | dropped | corrected p50 | uncorrected p50 | lag p99 |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rate of [5000, 20_000]) {
    const r = await engine(target.url, seconds, { rate });
    const a = r.arrival;
    const error = ((a.achievedRps - rate) / rate) * 100;
    console.log(
      `| ${fmt(rate)} | ${fmt(a.achievedRps)} | ${fmt(error, 2)} % | ${fmt(r.rps)} | ${fmt(a.dropped)} | ${fmt(r.p50, 2)} ms | ${fmt(a.uncorrectedLatency.p50, 2)} ms | ${fmt(r.lagP99, 1)} ms |`,
    );
  }
}
