/**
 * k6's NDJSON samples carry k6's tags (status, method, name, url, scenario, group,
 * expected_response, error_code, the script's own): they fill the tag selections the
 * thresholds name, exactly as the samples say. (k6 writes no submetric thresholds in
 * its NDJSON, so the thresholds that select are loadgate's.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { RunMeasurements } from '../src/metrics/measurements.js';
import type { TagSet } from '../src/metrics/tag-set.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { readK6Results, type K6File } from '../src/sources/k6/read-k6-results.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { k6Stream, makeRequests } from './helpers/k6-output.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempFile(name: string, content: string): K6File {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k6-tags-'));
  dirs.push(dir);
  const absolute = path.join(dir, name);
  fs.writeFileSync(absolute, content);
  return { absolute, displayPath: name };
}

const selection = (m: RunMeasurements, tags: TagSet) =>
  m.selections?.find((s) => JSON.stringify(s.tags) === JSON.stringify(tags))?.stats;

const START = Date.UTC(2024, 5, 1, 10);
const requests = makeRequests(11, 600, START, 4);
// The script's own tag on the login requests, as k6 writes a request's `tags`.
const tagged = (text: string) => text.replaceAll('"name":"login"', '"name":"login","tier":"auth"');

describe('tag selections from k6 samples', () => {
  it("fills the selections loadgate's thresholds name, as the samples say", async () => {
    const file = tempFile('run.ndjson', tagged(k6Stream(requests, { offset: 'Z' })));
    const texts = [
      'http_req_duration{status:503}: max<100000',
      'http_reqs{method:POST,expected_response:false}: count<1000',
      'http_req_failed{tier:auth}: rate<1',
      'http_reqs{error_code:1212,scenario:default}: count<1000',
      'http_reqs{url:"http://127.0.0.1:8080/api/trades",status:200}: count>0',
    ];
    const thresholds = texts.map((text) => parseThreshold({ text, origin: 'test' }));
    const read = await readK6Results([file], thresholds);
    const m = read.measurements;
    const of503 = requests.filter((r) => r.status === 503);
    expect(selection(m, { status: '503' })?.requests).toBe(of503.length);
    expect(of503.length).toBeGreaterThan(5);
    expect(selection(m, { status: '503' })?.latency.max).toBeCloseTo(
      Math.max(...of503.map((r) => r.durationMs)),
      -1,
    );
    expect(selection(m, { expected_response: 'false', method: 'POST' })?.requests).toBe(
      requests.filter((r) => r.method === 'POST' && r.failed).length,
    );
    const logins = requests.filter((r) => r.name === 'login');
    const auth = selection(m, { tier: 'auth' })!;
    expect(auth.requests).toBe(logins.length);
    expect(auth.failed).toBe(logins.filter((r) => r.failed).length);
    expect(selection(m, { error_code: '1212' })?.requests).toBe(
      requests.filter((r) => r.errorCode === 1212).length,
    );
    expect(selection(m, { status: '200', url: 'http://127.0.0.1:8080/api/trades' })?.requests).toBe(
      requests.filter((r) => r.name === 'trades' && r.status === 200).length,
    );
    const results = evaluateThresholds(read.thresholds, m).results;
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });
});
