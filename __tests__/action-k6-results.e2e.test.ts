/**
 * End to end on dist/index.js: k6's results judged by the action with mode: merge and
 * k6-results. Two execution segments' NDJSON streams give one verdict on k6's own
 * thresholds (the outputs, the rollback signal, report.md naming the files); a bad line
 * is one `::error` on that file and line, verdict=error. No load is sent: there is no
 * target at all. Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { annotations, runAction } from './helpers/run-action.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'k6');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
/** Port 9 (discard) on loopback: nothing listens, and nothing must be sent. */
const NO_TARGET = 'http://127.0.0.1:9';

/** k6's own verdict on the fixture, from the handleSummary data: every threshold ok → pass. */
function k6Verdict(): 'pass' | 'fail' {
  const data = JSON.parse(fixture('summary-handle.json')) as {
    metrics: Record<string, { thresholds?: Record<string, { ok: boolean }> }>;
  };
  const whole = Object.entries(data.metrics).filter(([name]) => !name.includes('{'));
  return whole.every(([, m]) => Object.values(m.thresholds ?? {}).every((t) => t.ok)) ? 'pass' : 'fail';
}

describe('action: k6 results', () => {
  it('merges two segments into one verdict on the thresholds written in the k6 files', async () => {
    const run = await runAction({
      inputs: {
        'target-url': NO_TARGET,
        mode: 'merge',
        'k6-results': 'k6/segment-*.ndjson',
        'auto-rollback': 'true',
        'fail-on-breach': 'false',
      },
      files: {
        'k6/segment-0-of-2.ndjson': fixture('segment-0-of-2.ndjson'),
        'k6/segment-1-of-2.ndjson': fixture('segment-1-of-2.ndjson'),
      },
    });
    expect(annotations(run.stdout, 'error')).toEqual([]);
    expect(run.outputs.verdict).toBe(k6Verdict());
    expect(run.outputs.rollback).toBe(String(k6Verdict() === 'fail'));
    expect(run.stdout).toMatch(/read 2 k6 streams, merged/);
    expect(run.stdout).toMatch(/judging the 5 threshold\(s\) written in the k6 files/);
    const report = readFileSync(run.outputs['report-path']!, 'utf8');
    expect(report).toContain(
      'k6: 2 NDJSON streams merged (k6/segment-0-of-2.ndjson, k6/segment-1-of-2.ndjson)',
    );
    const results = JSON.parse(readFileSync(run.outputs['results-path']!, 'utf8')) as {
      measurements: { overall: { requests: number }; source: { kind: string } };
    };
    const requestsInFiles = ['segment-0-of-2.ndjson', 'segment-1-of-2.ndjson']
      .map(
        (name) =>
          fixture(name)
            .split('\n')
            .filter((line) => line.includes('"metric":"http_reqs"') && line.includes('"Point"')).length,
      )
      .reduce((a, b) => a + b, 0);
    expect(results.measurements.overall.requests).toBe(requestsInFiles);
    expect(results.measurements.source.kind).toBe('k6-ndjson');
  }, 60_000);

  it('a line that is not JSON is one error on that file and line, verdict error', async () => {
    const lines = fixture('segment-0-of-2.ndjson').split('\n');
    lines.splice(9, 0, '{"type":"Point","data":');
    const run = await runAction({
      inputs: { 'target-url': NO_TARGET, mode: 'merge', 'k6-results': 'k6/bad.ndjson' },
      files: { 'k6/bad.ndjson': lines.join('\n') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error [^:]*file=k6\/bad\.ndjson,line=10,/);
    expect(errors[0]).toMatch(/the line is not JSON/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
