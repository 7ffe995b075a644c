// The open model at high rates on the fast target: corrected p99 (from the intended send
// time, what thresholds judge) against uncorrected p99 (from the actual send), the
// generator's own send delay (taken off the corrected figure), the achieved rate and the
// verdict. Goal: corrected p99 ≤ 2 × uncorrected p99 + 5 ms, or an inconclusive verdict
// naming the generator.
import { engine, fmt } from './tools.mjs';

export const HIGH_RATES = [20_000, 30_000];

export async function highRate(target, { seconds, rounds, rates = HIGH_RATES }) {
  const rows = [];
  for (let round = 1; round <= rounds; round++) {
    for (const rate of rates) {
      const r = await engine(target.url, seconds, { rate, maxVus: 1000 });
      const a = r.arrival;
      const goal = 2 * a.uncorrectedLatency.p99 + 5;
      rows.push(
        `| ${round} | ${fmt(rate)} | ${fmt(a.achievedRps)} | ${fmt(a.dropped)} | ${fmt(r.p99, 2)} ms | ` +
          `${fmt(a.uncorrectedLatency.p99, 2)} ms | ${r.p99 <= goal ? 'yes' : 'no'} | ` +
          `${fmt(a.generatorDelay?.p99, 2)} ms | ${fmt(r.lagMax, 1)} ms | ${fmt(r.cpuPercent)} % | ${r.verdict} |`,
      );
      console.log(`  round ${round}: ${fmt(rate)} req/s → ${rows.at(-1)}`);
      if (r.verdict !== 'pass') console.log(`    ${r.verdictReasons.join('\n    ')}`);
    }
  }
  console.log(`\nOpen model at high rates against ${target.name}, ${seconds} s, max-vus 1,000:\n`);
  console.log(
    '| round | target req/s | sent req/s | dropped | corrected p99 | uncorrected p99 | within 2× + 5 ms | generator send delay p99 | lag max | CPU | verdict |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | --- |');
  for (const row of rows) console.log(row);
}
