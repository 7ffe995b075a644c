/**
 * The NDJSON stream of `k6 run --out json=FILE` (grafana/k6 internal/output/json): one
 * JSON object a line, either
 *
 *   {"type":"Metric","data":{"name":…,"type":"trend","contains":"time","thresholds":[…],"submetrics":…},"metric":"http_req_duration"}
 *   {"type":"Point","data":{"time":"2024-03-01T10:00:00.123456789+02:00","value":12.5,"tags":{…}},"metric":"http_req_duration"}
 *
 * A Metric record comes before the metric's first Point, and carries the thresholds
 * written on the whole metric (k6 writes no record for a submetric such as
 * `http_req_duration{name:x}`, so thresholds on one are not in this file). k6 gzips the
 * stream when the file name ends in `.gz`; a gzipped file (by its magic bytes) is read
 * through gunzip.
 *
 * Problems, at their line: a line that is not JSON, a record without its fields, a time
 * that is not RFC 3339, a last line cut short (k6 stopped while writing). A record of
 * another `type` is skipped and counted (k6 may add kinds), as is a Point of a metric
 * loadgate does not judge (`http_req_looking_up`, group_duration, custom metrics).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

import { isObject } from './json-object.js';
import type { K6Problems } from './k6-problems.js';
import { lineExcerpt } from './k6-problems.js';
import type { K6SampleBuilder, K6Tags } from './k6-sample-builder.js';
import { parseK6Time } from './k6-time.js';
import type { K6ThresholdText } from './k6-threshold-text.js';

/** What reading one file found beside the samples. */
export interface NdjsonFileResult {
  /** Thresholds written in the Metric records. */
  thresholds: K6ThresholdText[];
  /** Records of a type other than Metric and Point. */
  skippedRecords: number;
  /** Points of metrics loadgate does not judge, by metric. */
  ignoredPoints: Map<string, number>;
  lines: number;
}

type PointHandler = (builder: K6SampleBuilder, time: number, value: number, tags: K6Tags) => void;

const POINT_HANDLERS: Readonly<Record<string, PointHandler>> = {
  http_reqs: (b, time, value, tags) => b.addRequest(time, value, tags),
  http_req_failed: (b, time, value, tags) => b.addFailed(time, value, tags),
  http_req_duration: (b, time, value, tags) => b.addDuration(time, value, tags),
  vus: (b, time, value) => b.addVus(time, value),
  data_sent: (b, _time, value) => b.addBytes('sent', value),
  data_received: (b, _time, value) => b.addBytes('received', value),
  checks: (b, _time, value, tags) => b.addCheck(value, tags),
  http_req_blocked: (b, _time, value, tags) => b.addPhase('blocked', value, tags),
  http_req_connecting: (b, _time, value, tags) => b.addPhase('connecting', value, tags),
  http_req_tls_handshaking: (b, _time, value, tags) => b.addPhase('tlsHandshaking', value, tags),
  http_req_sending: (b, _time, value, tags) => b.addPhase('sending', value, tags),
  http_req_waiting: (b, _time, value, tags) => b.addPhase('waiting', value, tags),
  http_req_receiving: (b, _time, value, tags) => b.addPhase('receiving', value, tags),
  iterations: (b, _time, value) => b.execution.addIteration(value),
  iteration_duration: (b, _time, value) => b.execution.addIterationDuration(value),
  dropped_iterations: (b, _time, value) => b.execution.addDropped(value),
  vus_max: (b, _time, value) => b.addVusMax(value),
};

/** Reads one NDJSON file into `builder`; problems go to `problems` with their line. */
export async function readK6Ndjson(
  absolute: string,
  displayPath: string,
  builder: K6SampleBuilder,
  problems: K6Problems,
): Promise<NdjsonFileResult> {
  const result: NdjsonFileResult = { thresholds: [], skippedRecords: 0, ignoredPoints: new Map(), lines: 0 };
  const reader = new LineReader(displayPath, builder, problems, result);
  const stream = createReadStream(absolute);
  const source = (await isGzip(absolute)) ? stream.pipe(createGunzip()) : stream;
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of source) {
      const text = rest + decoder.write(chunk as Buffer);
      let start = 0;
      for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
        if (!reader.line(text.slice(start, end))) return result;
        start = end + 1;
      }
      rest = text.slice(start);
    }
  } catch (error) {
    problems.add(displayPath, reader.lineNumber + 1, `the file could not be read: ${readError(error)}`);
    return result;
  }
  rest += decoder.end();
  if (rest.trim() !== '') reader.line(rest, true);
  return result;
}

class LineReader {
  lineNumber = 0;

  constructor(
    private readonly file: string,
    private readonly builder: K6SampleBuilder,
    private readonly problems: K6Problems,
    private readonly result: NdjsonFileResult,
  ) {}

  /** Reads one line; false when reading the file should stop. */
  line(text: string, unterminated = false): boolean {
    const n = ++this.lineNumber;
    this.result.lines = n;
    if (text.trim() === '') return true;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      return this.problem(
        n,
        unterminated
          ? `the last line is cut short (${lineExcerpt(text)}): k6 stopped before it finished writing the file; run k6 to its end, or remove the line`
          : `the line is not JSON: ${lineExcerpt(text)}; expected one k6 record a line, as written by k6 run --out json=FILE`,
      );
    }
    if (!isObject(record) || typeof record.type !== 'string') {
      return this.problem(
        n,
        `the line is not a k6 record: ${lineExcerpt(text)}; expected {"type":"Point"|"Metric", "data":{…}, "metric":"…"}`,
      );
    }
    if (record.type === 'Point') return this.point(n, record, text);
    if (record.type === 'Metric') return this.metric(n, record, text);
    this.result.skippedRecords++;
    return true;
  }

  private point(n: number, record: Record<string, unknown>, text: string): boolean {
    const { metric, data } = record;
    if (typeof metric !== 'string' || !isObject(data)) {
      return this.problem(n, `a Point without "metric" or "data": ${lineExcerpt(text)}`);
    }
    const time = typeof data.time === 'string' ? parseK6Time(data.time) : undefined;
    if (time === undefined) {
      return this.problem(
        n,
        `the Point's time ${lineExcerpt(String(data.time))} is not an RFC 3339 time; expected e.g. "2024-03-01T10:00:00.123456+02:00"`,
      );
    }
    const value = data.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.problem(
        n,
        `the Point's value ${lineExcerpt(JSON.stringify(value) ?? 'none')} is not a number`,
      );
    }
    const tags = data.tags ?? {};
    if (!isObject(tags)) return this.problem(n, `the Point's tags are not an object: ${lineExcerpt(text)}`);
    this.builder.seen(time);
    const handler = POINT_HANDLERS[metric];
    if (handler) handler(this.builder, time, value, stringTags(tags));
    else this.result.ignoredPoints.set(metric, (this.result.ignoredPoints.get(metric) ?? 0) + 1);
    return true;
  }

  private metric(n: number, record: Record<string, unknown>, text: string): boolean {
    const { data } = record;
    const metric = typeof record.metric === 'string' ? record.metric : isObject(data) ? data.name : undefined;
    if (typeof metric !== 'string' || !isObject(data)) {
      return this.problem(n, `a Metric record without "metric" or "data": ${lineExcerpt(text)}`);
    }
    const thresholds = data.thresholds ?? [];
    if (!Array.isArray(thresholds)) {
      return this.problem(n, `the thresholds of ${metric} are not a list: ${lineExcerpt(text)}`);
    }
    for (const entry of thresholds) {
      const threshold = thresholdText(entry);
      if (threshold === undefined) {
        return this.problem(
          n,
          `a threshold of ${metric} is neither a text nor {"threshold": …}: ${lineExcerpt(JSON.stringify(entry) ?? '')}`,
        );
      }
      this.result.thresholds.push({ metric, ...threshold, where: `${this.file}:${n}` });
    }
    return true;
  }

  private problem(n: number, message: string): boolean {
    return this.problems.add(this.file, n, message);
  }
}

/** k6 writes a threshold as its text, or as {threshold, abortOnFail, delayAbortEval} when it aborts. */
function thresholdText(entry: unknown): Omit<K6ThresholdText, 'metric' | 'where'> | undefined {
  if (typeof entry === 'string') return { text: entry, abortOnFail: false };
  if (!isObject(entry) || typeof entry.threshold !== 'string') return undefined;
  const delay = entry.delayAbortEval;
  return {
    text: entry.threshold,
    abortOnFail: entry.abortOnFail === true,
    // k6 writes a duration string ("10s") or null; a number (ms) is read as k6 reads it too.
    ...(typeof delay === 'string' || typeof delay === 'number' ? { delayAbortEval: delay } : {}),
  };
}

/** k6 gzips when the name ends in `.gz`; the magic bytes tell a renamed file too. */
async function isGzip(absolute: string): Promise<boolean> {
  const handle = await open(absolute, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

function stringTags(tags: Record<string, unknown>): K6Tags {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
