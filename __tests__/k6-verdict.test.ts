/**
 * One verdict from k6's results, whichever form they come in: the NDJSON of two
 * execution segments and the summaries of the same requests (handleSummary data and
 * --summary-export, whose threshold booleans mean "failed") give the same statuses, and
 * the same as k6's own. A statistic a summary lacks has no data and fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { SettingsError } from '../src/config/settings-error.js';
import type { RunMeasurements } from '../src/metrics/measurements.js';
import { readK6Results, type K6File } from '../src/sources/k6/read-k6-results.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { Threshold } from '../src/slo/types.js';
import { decideVerdict } from '../src/slo/verdict.js';
import { parseFileLocation } from '../src/syntax/file-location.js';
import { relativeError } from './helpers/park-miller.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'k6');
const fixture = (name: string): K6File => ({ absolute: path.join(FIXTURES, name), displayPath: name });
const STREAMS = [fixture('segment-0-of-2.ndjson'), fixture('segment-1-of-2.ndjson')];
const HANDLE = fixture('summary-handle.json');
const EXPORT = fixture('summary-export.json');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempFile(name: string, content: string): K6File {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k6-summary-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, name), content);
  return { absolute: path.join(dir, name), displayPath: `results/${name}` };
}

function judge(thresholds: readonly Threshold[], measurements: RunMeasurements) {
  return decideVerdict(evaluateThresholds(thresholds, measurements), measurements);
}

/** k6's own result per threshold, from the handleSummary data: `metric: condition` → ok. */
function k6Results(): Map<string, boolean> {
  const data = JSON.parse(fs.readFileSync(HANDLE.absolute, 'utf8')) as {
    metrics: Record<string, { thresholds?: Record<string, { ok: boolean }> }>;
  };
  const out = new Map<string, boolean>();
  for (const [metric, entry] of Object.entries(data.metrics)) {
    for (const [text, result] of Object.entries(entry.thresholds ?? {}))
      out.set(`${metric}: ${text}`, result.ok);
  }
  return out;
}

/** A translated threshold's k6 key, read back from its origin: `… (k6 threshold http_reqs: count>300)`. */
function k6Key(threshold: Threshold): string {
  return /\(k6 threshold (.*)\)$/.exec(threshold.origin)![1]!;
}

const configured = (texts: string[]): Threshold[] =>
  texts.map((text, i) => parseThreshold({ text, origin: `input 'thresholds' line ${i + 1}` }));

describe("k6's thresholds, judged by loadgate", () => {
  it('the streams, the handleSummary data and the summary export give k6’s own result per threshold', async () => {
    const expected = k6Results();
    for (const files of [STREAMS, [HANDLE], [EXPORT]]) {
      const { measurements, thresholds } = await readK6Results(files, []);
      expect(thresholds.length).toBeGreaterThan(0);
      const evaluation = judge(thresholds, measurements);
      for (const result of evaluation.results) {
        const key = k6Key(result.threshold);
        expect(expected.has(key), key).toBe(true);
        expect(result.status === 'pass', `${files[0]!.displayPath}: ${key}`).toBe(expected.get(key));
      }
      expect(evaluation.verdict).toBe([...expected.values()].every(Boolean) ? 'pass' : 'fail');
    }
  });

  it('the export’s inverted booleans are read as k6 meant them', async () => {
    const { notes } = await readK6Results([EXPORT], []);
    const failed = [...k6Results()].filter(([, ok]) => !ok).map(([key]) => key);
    const passed = [...k6Results()].filter(([, ok]) => ok).map(([key]) => key);
    const line = notes.find((note) => note.startsWith('k6 itself found failed'))!;
    for (const key of failed) expect(line).toContain(key);
    for (const key of passed) expect(line).not.toContain(key);
  });

  it('NDJSON carries no submetric thresholds; the summaries carry the endpoint one', async () => {
    const fromStreams = await readK6Results(STREAMS, []);
    const fromSummary = await readK6Results([HANDLE], []);
    expect(fromStreams.thresholds.some((t) => t.tags.endpoint !== undefined)).toBe(false);
    expect(fromSummary.thresholds.find((t) => t.tags.endpoint === 'login')?.source).toBe(
      'http_req_duration{endpoint:login}: p(95)<100',
    );
  });
});

describe("loadgate's thresholds on k6 results", () => {
  const texts = [
    'http_req_duration: p(95)<400',
    'http_req_duration: p(90)<150',
    'http_req_duration{endpoint:login}: p(90)<300',
    'http_req_failed: rate<0.1',
    'http_reqs: rate>10',
    'checks: rate>0.9',
  ];

  it('the verdict from the NDJSON equals the verdict from the summary of the same data', async () => {
    const thresholds = configured(texts);
    const evaluations = await Promise.all(
      [STREAMS, [HANDLE], [EXPORT]].map(async (files) => {
        const read = await readK6Results(files, thresholds);
        expect(read.thresholds).toEqual(thresholds);
        return judge(read.thresholds, read.measurements);
      }),
    );
    const [stream, ...summaries] = evaluations;
    for (const summary of summaries) {
      expect(summary.verdict).toBe(stream!.verdict);
      expect(summary.results.map((r) => r.status)).toEqual(stream!.results.map((r) => r.status));
      summary.results.forEach((result, i) => {
        const fromSamples = stream!.results[i]!.actual!;
        // HDR at 3 significant digits against k6's interpolated percentile; rates over nearly the same span.
        expect(relativeError(result.actual!, fromSamples), result.threshold.source).toBeLessThan(0.02);
      });
    }
    // p(90)<150 fails on this data (the tail), the rest hold.
    expect(stream!.results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass', 'pass', 'pass', 'pass']);
    expect(stream!.verdict).toBe('fail');
  });

  it('a statistic the summary does not list has no data: the threshold fails, the NDJSON judges it', async () => {
    const thresholds = configured(['http_req_duration: p(99)<5000']);
    const stream = await readK6Results(STREAMS, thresholds);
    const summary = await readK6Results([HANDLE], thresholds);
    expect(judge(thresholds, stream.measurements).verdict).toBe('pass');
    const evaluation = judge(thresholds, summary.measurements);
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.results[0]!.actual).toBeNull();
    expect(evaluation.results[0]!.note).toMatch(/gives no p\(99\).*summaryTrendStats/);
    expect(summary.measurements.overall.histogram).toBe('');
    expect(Number.isNaN(summary.measurements.overall.latency.p99)).toBe(true);
  });

  it('an endpoint the summary has no request count for cannot judge its error rate', async () => {
    const thresholds = configured(['http_req_failed{endpoint:login}: rate<0.5']);
    const summary = await readK6Results([HANDLE], thresholds);
    const login = summary.measurements.endpoints.find((e) => e.name === 'login')!;
    expect(login.summary?.counted).toBe(true); // the fixture's summary has http_req_failed{name:login}
    const withoutCounts = JSON.parse(fs.readFileSync(HANDLE.absolute, 'utf8')) as {
      metrics: Record<string, unknown>;
    };
    delete withoutCounts.metrics['http_req_failed{name:login}'];
    delete withoutCounts.metrics['http_reqs{name:login}'];
    const file = tempFile('summary.json', JSON.stringify(withoutCounts, null, 2));
    const read = await readK6Results([file], thresholds);
    const evaluation = judge(thresholds, read.measurements);
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.results[0]!.note).toMatch(/no request count of endpoint "login"/);
  });
});

describe('the timing phases and iterations of a k6 summary', () => {
  it('judges http_req_waiting, iteration_duration, iterations and vus on the statistics the summary lists', async () => {
    const doc = JSON.parse(fs.readFileSync(HANDLE.absolute, 'utf8')) as {
      metrics: Record<string, Record<string, unknown>>;
    };
    const trend = (values: Record<string, number>) => ({
      type: 'trend',
      contains: 'time',
      values,
      thresholds: {},
    });
    doc.metrics.http_req_waiting = trend({ avg: 80, min: 70, med: 79, max: 140, 'p(90)': 95, 'p(95)': 104 });
    doc.metrics.http_req_receiving = trend({ avg: 3, min: 1, med: 2, max: 9, 'p(90)': 5, 'p(95)': 6 });
    doc.metrics.iteration_duration = trend({
      avg: 300,
      min: 200,
      med: 290,
      max: 700,
      'p(90)': 410,
      'p(95)': 480,
    });
    doc.metrics.iterations = {
      type: 'counter',
      contains: 'default',
      values: { count: 1234, rate: 41.1 },
      thresholds: {},
    };
    doc.metrics.vus_max = {
      type: 'gauge',
      contains: 'default',
      values: { value: 20, min: 20, max: 20 },
      thresholds: {},
    };
    const file = tempFile('summary.json', JSON.stringify(doc, null, 2));
    const thresholds = configured([
      'http_req_waiting: p(95)<110',
      'http_req_waiting: p(95)<100',
      'http_req_receiving: max<10',
      'http_req_waiting: p(99)<500',
      'iteration_duration: p(95)<500',
      'iterations: count>1000',
      'vus_max: value>=20',
    ]);
    const read = await readK6Results([file], thresholds);
    const results = judge(thresholds, read.measurements).results;
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass', 'fail', 'pass', 'pass', 'pass']);
    expect(results[0]!.actual).toBe(104);
    // A statistic the summary does not list has no data: a failure with a note, never a guess.
    expect(results[3]!.note).toMatch(/gives no p\(99\) of http_req_waiting/);
    expect(read.measurements.execution).toMatchObject({ iterations: 1234, vusMax: 20 });
  });
});

describe('k6 thresholds loadgate cannot translate, and bad summaries', () => {
  async function issuesOf(files: K6File[], thresholds: Threshold[] = []) {
    try {
      await readK6Results(files, thresholds);
    } catch (error) {
      if (error instanceof SettingsError) return error.issues;
      throw error;
    }
    throw new Error('expected a SettingsError');
  }

  function summaryWith(change: (doc: { metrics: Record<string, Record<string, unknown>> }) => void): string {
    const doc = JSON.parse(fs.readFileSync(HANDLE.absolute, 'utf8')) as {
      metrics: Record<string, Record<string, unknown>>;
    };
    change(doc);
    return JSON.stringify(doc, null, 2);
  }

  it('a threshold on a metric loadgate does not read is refused at its line, naming it', async () => {
    const text = summaryWith((doc) => {
      doc.metrics.group_duration = {
        type: 'trend',
        contains: 'time',
        values: { avg: 1 },
        thresholds: { 'p(95)<1000': { ok: true } },
      };
    });
    const issues = await issuesOf([tempFile('summary.json', text)]);
    expect(issues).toHaveLength(1);
    const at = parseFileLocation(issues[0]!.where)!;
    expect(text.split('\n')[at.line - 1]).toContain('p(95)<1000');
    expect(issues[0]!.message).toMatch(/cannot judge the k6 threshold "group_duration: p\(95\)<1000"/);
  });

  it('a tag loadgate does not keep apart is refused', async () => {
    const text = summaryWith((doc) => {
      doc.metrics['http_req_duration{expected_response:true}'] = {
        type: 'trend',
        contains: 'time',
        values: { avg: 1 },
        thresholds: { 'p(95)<1000': { ok: true } },
      };
    });
    const [issue] = await issuesOf([tempFile('summary.json', text)]);
    expect(issue!.message).toMatch(/the tag \{expected_response:true\}/);
  });

  it('loadgate thresholds replace k6’s, so an untranslatable k6 threshold is then no error', async () => {
    const text = summaryWith((doc) => {
      doc.metrics.group_duration = {
        type: 'trend',
        contains: 'time',
        values: {},
        thresholds: { 'avg<1': { ok: false } },
      };
    });
    const read = await readK6Results(
      [tempFile('summary.json', text)],
      configured(['http_req_failed: rate<0.1']),
    );
    expect(read.thresholds.map((t) => t.source)).toEqual(['http_req_failed: rate<0.1']);
  });

  it('a summary without the HTTP metrics is an error at its "metrics" line', async () => {
    const text = summaryWith((doc) => {
      delete doc.metrics.http_reqs;
      delete doc.metrics.http_req_failed;
    });
    const [issue] = await issuesOf([tempFile('summary.json', text)]);
    const at = parseFileLocation(issue!.where)!;
    expect(text.split('\n')[at.line - 1]).toContain('"metrics"');
    expect(issue!.message).toMatch(/neither http_reqs nor http_req_failed/);
  });

  it('a summary cut short is an error at its last line', async () => {
    const text = fs.readFileSync(HANDLE.absolute, 'utf8');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const [issue] = await issuesOf([tempFile('summary.json', cut)]);
    expect(parseFileLocation(issue!.where)!.line).toBe(cut.split('\n').length);
    expect(issue!.message).toMatch(/not valid JSON \(the file ends too early/);
  });

  it('two summaries, or a summary beside streams, cannot merge exactly and are refused', async () => {
    for (const files of [
      [HANDLE, EXPORT],
      [STREAMS[0]!, HANDLE],
    ]) {
      const [issue] = await issuesOf(files);
      expect(issue!.message).toMatch(/cannot be merged exactly/);
    }
  });

  it('a configured threshold on one endpoint’s bytes is refused: k6 counts bytes per iteration', async () => {
    const [issue] = await issuesOf(STREAMS, configured(['data_sent{endpoint:login}: count<1MB']));
    expect(issue!.where).toBe("input 'thresholds' line 1");
    expect(issue!.message).toMatch(/per iteration/);
  });
});

describe("k6's machine-readable summary", () => {
  /** The same figures in the form of internal/lib/summary/machine_readable.go (schema 1.0.0). */
  function machineReadable(): string {
    const data = JSON.parse(fs.readFileSync(HANDLE.absolute, 'utf8')) as {
      state: { testRunDurationMs: number };
      metrics: Record<string, { type: string; contains: string; values: Record<string, number> }>;
    };
    const metrics = Object.entries(data.metrics).map(([name, m]) => ({
      name,
      type: m.type,
      contains: m.contains,
      values:
        m.type === 'rate'
          ? { matches: m.values.passes, total: m.values.passes! + m.values.fails!, rate: m.values.rate }
          : m.values,
    }));
    return JSON.stringify({
      config: { duration: data.state.testRunDurationMs / 1000, execution: 'local', script: 'load.js' },
      metadata: { generatedAt: '2024-03-01T10:00:21Z', k6Version: '1.0.0' },
      results: { metrics },
      version: '1.0.0',
    });
  }

  it('gives the same figures as the handleSummary data, and no thresholds of its own', async () => {
    const thresholds = configured([
      'http_req_duration: p(95)<400',
      'http_req_failed: rate<0.1',
      'http_reqs: rate>10',
    ]);
    const fromHandle = await readK6Results([HANDLE], thresholds);
    const fromMachine = await readK6Results([tempFile('summary.json', machineReadable())], thresholds);
    expect(fromMachine.measurements.overall.requests).toBe(fromHandle.measurements.overall.requests);
    expect(fromMachine.measurements.overall.failed).toBe(fromHandle.measurements.overall.failed);
    expect(fromMachine.measurements.durationMs).toBe(fromHandle.measurements.durationMs);
    const a = judge(thresholds, fromHandle.measurements);
    const b = judge(thresholds, fromMachine.measurements);
    expect(b.results.map((r) => r.actual)).toEqual(a.results.map((r) => r.actual));
    const own = await readK6Results([tempFile('summary.json', machineReadable())], []);
    expect(own.thresholds).toEqual([]);
  });
});
