// The connection sweep: loadgate (closed model, one VU per connection), autocannon and
// wrk (one thread) at 10, 50, 200 and 1,000 connections, alternating tools within each
// round: req/s, and the CPU seconds each spends per 100,000 requests.
import { autocannon, engine, fmt, mean, wrk } from './tools.mjs';

export const SWEEP_CONNECTIONS = [10, 50, 200, 1000];

export async function connectionSweep(target, { seconds, rounds, withWrk }) {
  const tools = [
    ['loadgate', (c) => engine(target.url, seconds, { vus: c, workers: 1 })],
    ['autocannon', (c) => autocannon(target.url, seconds, c)],
    ...(withWrk ? [['wrk', (c) => wrk(target.url, seconds, c)]] : []),
  ];
  const results = new Map();
  for (let round = 1; round <= rounds; round++) {
    for (const connections of SWEEP_CONNECTIONS) {
      for (const [name, fn] of tools) {
        const r = await fn(connections);
        const key = `${name}@${connections}`;
        results.set(key, [...(results.get(key) ?? []), r]);
        console.log(
          `  round ${round}: ${String(connections).padStart(4)} connections, ${name.padEnd(10)} ` +
            `${fmt(r.rps)} req/s, ${fmt(perHundredK(r), 2)} CPU-s per 100k`,
        );
      }
    }
  }
  console.log(
    `\nConnection sweep against ${target.name}, ${seconds} s × ${rounds} rounds, no pipelining ` +
      '(CPU-s per 100k requests: loadgate its load process over the load; the others the whole tool process):\n',
  );
  console.log(
    `| connections | ${tools.map(([n]) => `${n} req/s | ${n} CPU-s/100k`).join(' | ')} | loadgate ÷ autocannon |`,
  );
  console.log(`| ---: | ${tools.map(() => '---: | ---:').join(' | ')} | ---: |`);
  for (const connections of SWEEP_CONNECTIONS) {
    const cells = tools.map(([name]) => {
      const list = results.get(`${name}@${connections}`);
      return `${fmt(mean(list, 'rps'))} | ${fmt(mean(list.map(perHundredK)), 2)}`;
    });
    const ratio =
      mean(results.get(`loadgate@${connections}`), 'rps') /
      mean(results.get(`autocannon@${connections}`), 'rps');
    console.log(`| ${fmt(connections)} | ${cells.join(' | ')} | ${fmt(ratio, 2)}× |`);
  }
}

function perHundredK(r) {
  return (r.cpuSeconds / r.requests) * 100_000;
}
