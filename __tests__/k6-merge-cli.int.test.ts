/**
 * `loadgate merge PATH…` with k6's outputs: recognised by content among the files or
 * in a directory, merged into one verdict on the k6 files' thresholds; a directory
 * that also holds a loadgate results.json of another kind is refused, not mixed in.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { runCli } from '../src/cli/commands.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'k6');
const SEGMENTS = ['segment-0-of-2.ndjson', 'segment-1-of-2.ndjson'];
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => vi.restoreAllMocks());

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'k6-merge-'));
  dirs.push(dir);
  return dir;
}

function captureConsole(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  return lines;
}

describe('loadgate merge with k6 outputs', () => {
  it('a directory of k6 streams gives one verdict; the exit code follows it', async () => {
    const dir = tempDir();
    for (const name of SEGMENTS) cpSync(path.join(FIXTURES, name), path.join(dir, 'k6', name));
    const report = path.join(dir, 'report');
    const lines = captureConsole();
    const code = await runCli([
      'merge',
      path.join(dir, 'k6'),
      '--target-url',
      'http://127.0.0.1:9',
      '--report-dir',
      report,
    ]);
    const results = JSON.parse(readFileSync(path.join(report, 'results.json'), 'utf8')) as {
      verdict: string;
      measurements: { overall: { requests: number }; source: { files: string[] } };
      thresholds: { source: string; status: string }[];
    };
    const requestLines = SEGMENTS.map(
      (name) =>
        readFileSync(path.join(FIXTURES, name), 'utf8').match(/"type":"Point".*"metric":"http_reqs"/g)!
          .length,
    );
    expect(results.measurements.overall.requests).toBe(requestLines[0]! + requestLines[1]!);
    expect(results.measurements.source.files).toHaveLength(2);
    expect(results.thresholds.map((t) => t.source)).toContain('http_req_duration: avg<60');
    expect(code).toBe(results.verdict === 'pass' || results.verdict === 'marginal' ? 0 : 1);
    expect(lines.join('\n')).toMatch(/read 2 k6 streams, merged/);
  });

  it('k6 outputs beside a loadgate shard bundle are refused, naming both kinds', async () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, SEGMENTS[0]!), path.join(dir, 'in', SEGMENTS[0]!));
    const bundle = { schemaVersion: 1, shard: { index: 0, count: 2 }, measurements: {} };
    writeFileSync(path.join(dir, 'in', 'results.json'), JSON.stringify(bundle));
    const lines = captureConsole();
    const code = await runCli([
      'merge',
      path.join(dir, 'in'),
      '--target-url',
      'http://127.0.0.1:9',
      '--report-dir',
      path.join(dir, 'r'),
    ]);
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/got 1 k6 output\(s\) and 1 shard bundle\(s\); expected one kind/);
  });
});
