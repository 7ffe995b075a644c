/**
 * Which k6 output a file is, by its content (the file name says nothing: k6 writes
 * wherever `--out json=…`, `--summary-export=…` or a `handleSummary` key points). An
 * NDJSON stream's first record is a JSON object with `"type":"Metric"` or `"Point"`; a
 * summary is one JSON document with k6's `metrics` (or the machine-readable
 * `results.metrics`). A gzipped stream (`--out json=results.gz`) is recognised by its
 * magic bytes.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

import { isObject } from './json-object.js';
import { summaryForm } from './k6-summary-forms.js';

export type K6FileKind = 'k6-ndjson' | 'k6-summary';

/** A k6 summary larger than this is no summary (they are a few kilobytes). */
const MAX_SUMMARY_BYTES = 16 * 1024 * 1024;

/** Enough of a file to see its first record. */
const PEEK_BYTES = 64 * 1024;

export async function detectK6File(absolute: string): Promise<K6FileKind | undefined> {
  const head = await peek(absolute);
  let text: string;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    try {
      // A partial gzip member: decode what there is, enough for the first line.
      text = gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString('utf8');
    } catch {
      return undefined;
    }
  } else {
    text = head.toString('utf8');
  }
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return undefined;
  const firstLine = trimmed.slice(0, trimmed.indexOf('\n') < 0 ? undefined : trimmed.indexOf('\n'));
  try {
    const record: unknown = JSON.parse(firstLine);
    if (isObject(record) && (record.type === 'Metric' || record.type === 'Point')) return 'k6-ndjson';
  } catch {
    // Not one record on the first line: a pretty-printed summary, or not k6's.
  }
  return (await isSummary(absolute)) ? 'k6-summary' : undefined;
}

/** A summary is small (kilobytes): parsed whole, it must have k6's top-level form. */
async function isSummary(absolute: string): Promise<boolean> {
  const { size } = await stat(absolute);
  if (size > MAX_SUMMARY_BYTES) return false;
  try {
    return summaryForm(JSON.parse(await readFile(absolute, 'utf8'))) !== undefined;
  } catch {
    // Not JSON at all, or cut short: a summary that cannot be read is still named as one when it looks like one.
    return /^\s*\{\s*"(?:root_group|metrics|options|state|setup_data)"\s*:/.test(
      await readFile(absolute, 'utf8'),
    );
  }
}

async function peek(absolute: string): Promise<Buffer> {
  const handle = await open(absolute, 'r');
  try {
    const buffer = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
