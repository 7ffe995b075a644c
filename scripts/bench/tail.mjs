// A server that answers in 5 ms, loadgate (closed model) against wrk over the same 50
// connections, alternating: p50, p99 and the completed count. Goal: p50 within 0.3 ms,
// p99 within 1 ms of wrk's, completed count within 3 %.
import { startNodeServer } from './targets.mjs';
import { engine, fmt, mean, wrk } from './tools.mjs';

const CONNECTIONS = 50;

export async function tailAgainstWrk(clock, { seconds, rounds, withWrk }) {
  const slow = await startNodeServer(5, clock);
  try {
    console.log(`\nOn a server that answers in 5 ms (${slow.name}), ${CONNECTIONS} connections:\n`);
    // The target is a Node process: its own start (JIT, first connections) is paid before any
    // measured run, so it falls on neither tool, and the tools take turns going first.
    if (withWrk) await wrk(slow.url, 2, CONNECTIONS);
    else await engine(slow.url, 2, { vus: CONNECTIONS, workers: 1 });
    const lg = [];
    const w = [];
    for (let round = 1; round <= rounds; round++) {
      const runLoadgate = async () =>
        lg.push(await engine(slow.url, seconds, { vus: CONNECTIONS, workers: 1 }));
      const runWrk = async () => w.push(await wrk(slow.url, seconds, CONNECTIONS));
      const order = withWrk ? [runLoadgate, runWrk] : [runLoadgate];
      if (round % 2 === 0) order.reverse();
      for (const run of order) await run();
      const line = [
        `  round ${round}: loadgate p50 ${fmt(lg.at(-1).p50, 2)} ms, p99 ${fmt(lg.at(-1).p99, 2)} ms`,
      ];
      if (withWrk) line.push(`wrk p50 ${fmt(w.at(-1).p50, 2)} ms, p99 ${fmt(w.at(-1).p99, 2)} ms`);
      console.log(line.join(' · '));
    }
    if (w.length === 0) return;
    console.log('\n| figure | loadgate | wrk | difference | goal |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    const row = (name, key, digits, unit, goal) => {
      const a = mean(lg, key);
      const b = mean(w, key);
      console.log(
        `| ${name} | ${fmt(a, digits)}${unit} | ${fmt(b, digits)}${unit} | ${fmt(a - b, digits)}${unit} | ${goal} |`,
      );
    };
    row('p50', 'p50', 2, ' ms', '≤ 0.3 ms');
    row('p99', 'p99', 2, ' ms', '≤ 1 ms');
    const completed = (mean(lg, 'requests') / mean(w, 'requests') - 1) * 100;
    console.log(
      `| completed requests | ${fmt(mean(lg, 'requests'))} | ${fmt(mean(w, 'requests'))} | ${fmt(completed, 1)} % | within 3 % |`,
    );
  } finally {
    slow.stop();
  }
}
