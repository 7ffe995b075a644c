/**
 * k6 NDJSON samples tagged with several scenarios: each scenario's samples become its
 * own measurements (`scenarios`), the run's are all of them, and `{scenario:NAME}`
 * thresholds are judged on the scenario they name. A stream of k6's one `default`
 * scenario is not split.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { readK6Results, type K6File } from '../src/sources/k6/read-k6-results.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { k6Stream, makeRequests } from './helpers/k6-output.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempFile(name: string, content: string): K6File {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k6-scenarios-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, name), content);
  return { absolute: path.join(dir, name), displayPath: name };
}

const START = Date.UTC(2026, 0, 5, 10, 0, 0);
const asScenario = (stream: string, name: string): string =>
  stream.replaceAll('"scenario":"default"', `"scenario":"${name}"`);

describe('k6 samples with scenario tags', () => {
  it('fills scenarios from the scenario tag; the run is all of them', async () => {
    const browse = makeRequests(11, 300, START, 3);
    const api = makeRequests(12, 120, START + 1000, 2);
    const file = tempFile(
      'two.ndjson',
      asScenario(k6Stream(browse, { offset: 'Z' }), 'browse') +
        asScenario(k6Stream(api, { offset: '+02:00' }), 'api'),
    );
    const { measurements } = await readK6Results([file], []);
    const scenarios = measurements.scenarios!;
    expect(scenarios.map((s) => s.name)).toEqual(['browse', 'api']);
    expect(scenarios.map((s) => s.measurements.overall.requests)).toEqual([300, 120]);
    expect(measurements.overall.requests).toBe(420);
    expect(scenarios[0]!.measurements.overall.failed).toBe(browse.filter((r) => r.failed).length);
    expect(scenarios[1]!.measurements.overall.failed).toBe(api.filter((r) => r.failed).length);
    // The api scenario's first sample came a second after the run's first.
    expect(scenarios[1]!.startTimeMs).toBeGreaterThanOrEqual(990);
    expect(scenarios[1]!.startTimeMs).toBeLessThanOrEqual(1010);

    const slowest = Math.max(...api.filter((r) => r.status !== 0).map((r) => r.durationMs));
    const thresholds = [
      parseThreshold({ text: `http_req_duration{scenario:api}: max<${Math.ceil(slowest) + 1}`, origin: 't' }),
      parseThreshold({ text: `http_reqs{scenario:browse}: count==300`, origin: 't' }),
      parseThreshold({ text: `http_reqs{scenario:api}: count==300`, origin: 't' }),
    ];
    const statuses = evaluateThresholds(thresholds, measurements).results.map((r) => r.status);
    expect(statuses).toEqual(['pass', 'pass', 'fail']);
  });

  it('does not split a stream of the one default scenario', async () => {
    const file = tempFile('one.ndjson', k6Stream(makeRequests(13, 50, START, 1), { offset: 'Z' }));
    const { measurements } = await readK6Results([file], []);
    expect(measurements.scenarios).toBeUndefined();
    expect(measurements.overall.requests).toBe(50);
  });
});
