/**
 * The NDJSON stream of `k6 run --out json`: times in any offset with sub-second
 * precision, samples into the engine's measurements, execution segments merged
 * exactly, and every bad line an error at its file and line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterAll, describe, expect, it } from 'vitest';

import { SettingsError } from '../src/config/settings-error.js';
import { LatencyHistogram } from '../src/metrics/latency-histogram.js';
import { mergeMeasurements } from '../src/metrics/merge-measurements.js';
import { parseK6Time } from '../src/sources/k6/k6-time.js';
import { readK6Results, type K6File } from '../src/sources/k6/read-k6-results.js';
import { parseFileLocation } from '../src/syntax/file-location.js';
import { k6Percentile, k6PhasesOf, k6Stream, k6Time, makeRequests } from './helpers/k6-output.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'k6');
const fixture = (name: string): K6File => ({ absolute: path.join(FIXTURES, name), displayPath: name });

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempFile(name: string, content: string | Buffer): K6File {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k6-ndjson-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, name), content);
  return { absolute: path.join(dir, name), displayPath: `results/${name}` };
}

async function problemsOf(files: K6File[]): Promise<{ where: string; message: string }[]> {
  try {
    await readK6Results(files, []);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('k6 timestamps', () => {
  it('reads RFC 3339 in any offset to the same instant, sub-millisecond digits kept', () => {
    const utc = parseK6Time('2024-03-01T10:00:00.123456789Z')!;
    expect(parseK6Time('2024-03-01T12:00:00.123456789+02:00')).toBe(utc);
    expect(parseK6Time('2024-03-01T04:30:00.123456789-05:30')).toBe(utc);
    expect(utc - Date.UTC(2024, 2, 1, 10, 0, 0, 123)).toBeCloseTo(0.456789, 3);
    expect(parseK6Time('2024-03-01T10:00:00Z')).toBe(Date.UTC(2024, 2, 1, 10));
    expect(parseK6Time('2024-03-01T10:00:00.5+00:00')).toBe(Date.UTC(2024, 2, 1, 10, 0, 0, 500));
  });

  it('refuses what is not an instant', () => {
    for (const text of [
      '2024-03-01 10:00:00Z',
      '2024-02-30T10:00:00Z',
      '2024-03-01T10:00:00',
      '1709287200',
      '2024-03-01T25:00:00Z',
    ]) {
      expect(parseK6Time(text), text).toBeUndefined();
    }
  });

  it('the helper writes what the reader reads back, in each offset', () => {
    const ms = Date.UTC(2024, 2, 1, 23, 59, 59, 999);
    for (const offset of ['Z', '+02:00', '-05:30']) {
      expect(parseK6Time(k6Time(ms, 123456, offset))! - ms).toBeCloseTo(0.123456, 3);
    }
  });
});

describe('k6 NDJSON → measurements', () => {
  it("reads the records of k6's documented example", async () => {
    const { measurements } = await readK6Results([fixture('docs-example.ndjson')], []);
    // Two requests; without http_req_failed (k6 before v0.31) a 503 is a failure by k6's expected statuses.
    expect(measurements.overall.requests).toBe(2);
    expect(measurements.overall.failed).toBe(1);
    expect(measurements.overall.errors.http_5xx).toBe(1);
    expect(measurements.overall.statusCounts).toEqual({ '200': 1, '503': 1 });
    expect(measurements.overall.latency.count).toBe(2);
    expect(measurements.overall.latency.max).toBeCloseTo(459.865, 0);
    expect(measurements.endpoints.map((e) => [e.name, e.method, e.path])).toEqual([
      ['https://httpbin.test.k6.io/get', 'GET', '/get'],
    ]);
    expect(measurements.maxVusReached).toBe(5);
    // The first sample (+02:00) to the last (-05:30) is two seconds.
    expect(measurements.startedAt).toBe('2017-05-09T12:34:45.239Z');
    expect(measurements.finishedAt).toBe('2017-05-09T12:34:47.239Z');
    expect(measurements.durationMs).toBe(2000);
    expect(measurements.source?.kind).toBe('k6-ndjson');
  });

  it('two execution segments in different offsets merge into the histogram of all their samples', async () => {
    const segments = [fixture('segment-0-of-2.ndjson'), fixture('segment-1-of-2.ndjson')];
    const merged = (await readK6Results(segments, [])).measurements;
    const parts = await Promise.all(
      segments.map(async (file) => (await readK6Results([file], [])).measurements),
    );

    expect(merged.overall.requests).toBe(parts[0]!.overall.requests + parts[1]!.overall.requests);
    expect(merged.overall.failed).toBe(parts[0]!.overall.failed + parts[1]!.overall.failed);
    expect(merged.overall.bytesSent).toBe(parts[0]!.overall.bytesSent + parts[1]!.overall.bytesSent);
    const sum = LatencyHistogram.decode(parts[0]!.overall.histogram);
    sum.add(LatencyHistogram.decode(parts[1]!.overall.histogram));
    expect(merged.overall.histogram).toBe(sum.encode());
    for (const endpoint of merged.endpoints) {
      const sides = parts.map((part) => part.endpoints.find((e) => e.name === endpoint.name)!);
      expect(endpoint.requests).toBe(sides[0]!.requests + sides[1]!.requests);
      const h = LatencyHistogram.decode(sides[0]!.histogram);
      h.add(LatencyHistogram.decode(sides[1]!.histogram));
      expect(endpoint.histogram).toBe(h.encode());
    }
    // Both segments ran at the same wall-clock time: the merged run is no longer than either.
    expect(merged.durationMs).toBeLessThanOrEqual(Math.max(...parts.map((p) => p.durationMs)) + 100);
    // The per-second series adds up to the whole.
    const intervals = merged.intervals!;
    expect(intervals.overall.reduce((n, p) => n + p.requests, 0)).toBe(merged.overall.requests);
    expect(intervals.overall.reduce((n, p) => n + p.failed, 0)).toBe(merged.overall.failed);
    expect(intervals.overall.reduce((n, p) => n + p.ms, 0)).toBe(merged.durationMs);
    const secondly = new LatencyHistogram();
    for (const point of intervals.overall)
      if (point.histogram) secondly.add(LatencyHistogram.decode(point.histogram));
    expect(secondly.encode()).toBe(merged.overall.histogram);
    expect(merged.timeSeries.map((p) => p.t)).toEqual(intervals.overall.map((p) => p.t));
  });

  it('reading the segments together equals mergeMeasurements of each read alone; their VUs add up', async () => {
    const segments = [fixture('segment-0-of-2.ndjson'), fixture('segment-1-of-2.ndjson')];
    const together = (await readK6Results(segments, [])).measurements;
    const parts = await Promise.all(
      segments.map(async (file) => (await readK6Results([file], [])).measurements),
    );
    const merged = mergeMeasurements(parts);
    expect(together.overall.histogram).toBe(merged.overall.histogram);
    expect(together.overall.requests).toBe(merged.overall.requests);
    expect(together.overall.failed).toBe(merged.overall.failed);
    expect(together.overall.statusCounts).toEqual(merged.overall.statusCounts);
    expect(together.overall.errors).toEqual(merged.overall.errors);
    // Two instances side by side: the VUs of both were active at once.
    expect(together.maxVusReached).toBe(parts[0]!.maxVusReached + parts[1]!.maxVusReached);
  });

  it('counts each request once whatever its other samples, and classifies failures by status and error_code', async () => {
    const requests = makeRequests(7, 200, Date.UTC(2024, 5, 1), 5);
    const file = tempFile('run.ndjson', k6Stream(requests, { offset: 'Z' }));
    const { measurements, notes } = await readK6Results([file], []);
    const failed503 = requests.filter((r) => r.status === 503).length;
    const refused = requests.filter((r) => r.status === 0).length;
    expect(measurements.overall.requests).toBe(requests.length);
    expect(measurements.overall.errors.http_5xx).toBe(failed503);
    expect(measurements.overall.errors.connection_refused).toBe(refused);
    expect(measurements.overall.statusCounts['200']).toBe(requests.filter((r) => r.status === 200).length);
    expect(measurements.overall.bytesReceived).toBe(requests.reduce((n, r) => n + r.received, 0));
    expect(measurements.traffic?.checks).toEqual([
      {
        name: 'status is 200',
        endpoint: '',
        passes: requests.filter((r) => r.checkPassed).length,
        fails: requests.filter((r) => !r.checkPassed).length,
      },
    ]);
    const slowest = Math.max(...requests.map((r) => r.durationMs));
    expect(measurements.overall.latency.max).toBeCloseTo(slowest, -1);
    // The phases are read, none is left over as "not judged".
    expect(notes.join('\n')).not.toMatch(/http_req_waiting/);
  });

  it('reads the timing phases and the iterations into the same fields the engine fills', async () => {
    const requests = makeRequests(11, 300, Date.UTC(2024, 5, 1), 5);
    const file = tempFile('phases.ndjson', k6Stream(requests, { offset: 'Z', vus: 7 }));
    const { measurements } = await readK6Results([file], []);
    const timings = measurements.overall.timings!;
    const phases = requests.map((r, i) => k6PhasesOf(r, i));
    expect(timings.count).toBe(requests.length);
    expect(timings.connectionsOpened).toBe(phases.filter((p) => p.http_req_connecting! > 0).length);
    const waiting = phases.map((p) => p.http_req_waiting!);
    expect(timings.phases.waiting.max).toBeCloseTo(Math.max(...waiting), -1);
    // HDR keeps 3 significant digits: p95 within 0.1% (and a microsecond) of k6's own percentile.
    const p95 = k6Percentile(waiting, 0.95);
    expect(Math.abs(timings.phases.waiting.p95 - p95)).toBeLessThanOrEqual(p95 * 0.002 + 0.002);
    expect(timings.phases.tlsHandshaking.max).toBe(0);
    expect(timings.phases.connecting.max).toBeCloseTo(0.2, 2);
    // Per endpoint too, adding up to the run.
    const byEndpoint = measurements.endpoints.reduce((n, e) => n + (e.timings?.count ?? 0), 0);
    expect(byEndpoint).toBe(requests.length);
    expect(measurements.execution).toMatchObject({ iterations: requests.length, vus: 7 });
    expect(measurements.execution!.iterationDuration.count).toBe(requests.length);
  });

  it('reads a gzipped stream (k6 run --out json=results.gz), also when renamed', async () => {
    const requests = makeRequests(3, 50, Date.UTC(2024, 5, 1), 2);
    const file = tempFile('run.json', gzipSync(k6Stream(requests, { offset: '+02:00' })));
    const { measurements } = await readK6Results([file], []);
    expect(measurements.overall.requests).toBe(50);
  });
});

describe('bad k6 NDJSON', () => {
  const good = k6Stream(makeRequests(5, 20, Date.UTC(2024, 5, 1), 2), { offset: 'Z' });
  const lines = good.trimEnd().split('\n');

  it('a line that is not JSON is an error at its line', async () => {
    const broken = [...lines.slice(0, 6), 'not json {', ...lines.slice(6)].join('\n');
    const [issue, ...rest] = await problemsOf([tempFile('bad.ndjson', `${broken}\n`)]);
    expect(rest).toEqual([]);
    expect(parseFileLocation(issue!.where)).toEqual({ file: 'results/bad.ndjson', line: 7, col: 1 });
    expect(issue!.message).toMatch(/the line is not JSON: "not json \{"/);
  });

  it('a truncated last line is an error that says the file was cut short', async () => {
    const text = good.slice(0, good.length - 40);
    const [issue] = await problemsOf([tempFile('cut.ndjson', text)]);
    expect(parseFileLocation(issue!.where)?.line).toBe(lines.length);
    expect(issue!.message).toMatch(/last line is cut short/);
  });

  it('records of unknown types are skipped and reported, not judged', async () => {
    const text = [lines[0], '{"type":"Annotation","data":{}}', ...lines.slice(1)].join('\n');
    const { measurements, notes } = await readK6Results([tempFile('extra.ndjson', text)], []);
    expect(measurements.overall.requests).toBe(20);
    expect(measurements.source?.skipped.join()).toMatch(/1 record of a type other than Metric and Point/);
    expect(notes.join()).toMatch(/skipped: 1 record/);
  });

  it('a Point without a readable time or value is an error naming it', async () => {
    const point = JSON.parse(lines[3]!) as { data: { time: string; value: unknown } };
    const badTime = JSON.stringify({ ...point, data: { ...point.data, time: '2024-06-01 10:00' } });
    const badValue = JSON.stringify({ ...point, data: { ...point.data, value: 'fast' } });
    const issues = await problemsOf([
      tempFile('fields.ndjson', [...lines.slice(0, 3), badTime, badValue].join('\n')),
    ]);
    expect(issues.map((i) => parseFileLocation(i.where)?.line)).toEqual([4, 5]);
    expect(issues[0]!.message).toMatch(/not an RFC 3339 time/);
    expect(issues[1]!.message).toMatch(/value "\\"fast\\"" is not a number|value .*fast.* is not a number/);
  });

  it('a stream without any HTTP request is an error, never a pass', async () => {
    const text = lines.filter((line) => !/"metric":"http_reqs"/.test(line)).join('\n');
    const [issue] = await problemsOf([tempFile('nohttp.ndjson', text)]);
    expect(issue!.message).toMatch(/no http_reqs sample/);
  });

  it('a file that is no k6 output is refused by its content', async () => {
    const [issue] = await problemsOf([tempFile('other.json', '{"verdict":"pass"}\n')]);
    expect(issue!.message).toMatch(/not a k6 output/);
  });
});
