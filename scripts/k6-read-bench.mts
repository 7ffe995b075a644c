/**
 * How fast k6's NDJSON is read: writes a stream of N requests (ten records each, as k6
 * writes them) to the temp directory and times readK6Results on it.
 * Run: npx tsx scripts/k6-read-bench.mts [N=20000]
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { k6Stream, makeRequests } from '../__tests__/helpers/k6-output.js';
import { readK6Results } from '../src/sources/k6/read-k6-results.js';

const n = Number(process.argv[2] ?? 20000);
const file = path.join(os.tmpdir(), `k6-read-bench-${process.pid}.ndjson`);
const text = k6Stream(makeRequests(11, n, Date.UTC(2024, 0, 1), 60), { offset: '+02:00' });
writeFileSync(file, text);
const lines = text.split('\n').length - 1;
try {
  const start = performance.now();
  const { measurements } = await readK6Results([{ absolute: file, displayPath: 'bench.ndjson' }], []);
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      requests: measurements.overall.requests,
      lines,
      megabytes: Math.round(statSync(file).size / 1e5) / 10,
      ms: Math.round(ms),
      linesPerSecond: Math.round(lines / (ms / 1000)),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    }),
  );
} finally {
  rmSync(file, { force: true });
}
