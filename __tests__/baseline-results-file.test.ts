/**
 * An earlier run's results.json as a baseline: the measurements arrive as the run wrote
 * them, and whatever is wrong with the file is a `missing` reason, never an exception.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  ACCEPTED_SCHEMA_VERSIONS,
  parseResultsDocument,
  readResultsFile,
} from '../src/baseline/read-results-file.js';
import { describeAge } from '../src/report/describe-age.js';
import { buildResultsDocument, RESULTS_SCHEMA_VERSION } from '../src/report/results-document.js';
import { buildReportFixture } from './helpers/report-fixture.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A results.json as the gate writes it, from the report fixture. */
function resultsText(change: (doc: Record<string, unknown>) => void = () => undefined): string {
  const doc = buildResultsDocument(buildReportFixture()) as unknown as Record<string, unknown>;
  change(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function fileWith(text: string, name = 'results.json'): { path: string; displayPath: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-baseline-file-')));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, name), text);
  return { path: path.join(dir, name), displayPath: `prod/${name}` };
}

describe('readResultsFile', () => {
  it('returns the measurements intact, with the file, the run’s time and its age as the origin', async () => {
    const text = resultsText();
    const doc = JSON.parse(text);
    const now = Date.parse(doc.generatedAt) + 3 * 3_600_000 + 5 * 60_000;
    const baseline = await readResultsFile(fileWith(text), now);
    expect('measurements' in baseline).toBe(true);
    if (!('measurements' in baseline)) return;
    expect(baseline.measurements).toEqual(doc.measurements);
    expect(baseline.measurements.overall.requests).toBeGreaterThan(0);
    expect(baseline.origin).toEqual({
      kind: 'results',
      label: `prod/results.json (from ${doc.generatedAt}, 3 h old)`,
      createdAt: doc.generatedAt,
      ageMs: 3 * 3_600_000 + 5 * 60_000,
    });
  });

  it('accepts the current schema version and the one before it, no other', () => {
    expect(ACCEPTED_SCHEMA_VERSIONS).toContain(RESULTS_SCHEMA_VERSION);
    expect(ACCEPTED_SCHEMA_VERSIONS.every((v) => v >= 1 && v >= RESULTS_SCHEMA_VERSION - 1)).toBe(true);
    for (const version of ACCEPTED_SCHEMA_VERSIONS) {
      const parsed = parseResultsDocument(
        resultsText((doc) => (doc.schemaVersion = version)),
        'r.json',
      );
      expect(parsed).toHaveProperty('measurements');
    }
  });

  it('says which versions it reads when the file has another', async () => {
    const next = RESULTS_SCHEMA_VERSION + 1;
    const baseline = await readResultsFile(fileWith(resultsText((doc) => (doc.schemaVersion = next))));
    expect(baseline).toEqual({
      origin: { kind: 'results', label: 'prod/results.json' },
      missing: `prod/results.json has schemaVersion ${next}; this version of loadgate reads ${ACCEPTED_SCHEMA_VERSIONS.join(' or ')}`,
    });
    const none = await readResultsFile(fileWith(resultsText((doc) => delete doc.schemaVersion)));
    expect(none).toMatchObject({ missing: expect.stringMatching(/has no schemaVersion/) });
    const text = await readResultsFile(fileWith(resultsText((doc) => (doc.schemaVersion = '1'))));
    expect(text).toMatchObject({ missing: expect.stringMatching(/has schemaVersion "1"/) });
  });

  it('refuses garbage, another JSON document and a truncated file, each with a reason', async () => {
    const garbage = await readResultsFile(fileWith('\x00\x01 not json at all'));
    expect(garbage).toMatchObject({
      missing: expect.stringMatching(
        /^prod\/results\.json is not JSON \(.+\); expected the results\.json a loadgate run writes$/,
      ),
    });
    const list = await readResultsFile(fileWith('[1, 2, 3]'));
    expect(list).toMatchObject({ missing: 'prod/results.json is not a results.json (not a JSON object)' });
    const full = resultsText();
    const truncated = await readResultsFile(fileWith(full.slice(0, Math.floor(full.length / 2))));
    expect(truncated).toMatchObject({ missing: expect.stringMatching(/is not JSON/) });
  });

  it('refuses a results.json without usable measurements', async () => {
    const none = await readResultsFile(fileWith(resultsText((doc) => delete doc.measurements)));
    expect(none).toMatchObject({ missing: 'prod/results.json has no measurements' });
    const partial = await readResultsFile(
      fileWith(
        resultsText((doc) => {
          const m = doc.measurements as { overall: { latency: Record<string, unknown> } };
          delete m.overall.latency.p95;
        }),
      ),
    );
    expect(partial).toMatchObject({
      missing: expect.stringMatching(
        /^prod\/results\.json has incomplete measurements \(measurements\.overall\.latency\.p95: /,
      ),
    });
    const empty = await readResultsFile(
      fileWith(
        resultsText((doc) => ((doc.measurements as { overall: { requests: number } }).overall.requests = 0)),
      ),
    );
    expect(empty).toMatchObject({
      missing: 'prod/results.json has no measurements: its run completed no requests',
    });
  });

  it('turns an absent file and a directory into reasons', async () => {
    const absent = await readResultsFile({
      path: path.join(os.tmpdir(), 'loadgate-none', 'results.json'),
      displayPath: 'x.json',
    });
    expect(absent).toEqual({
      origin: { kind: 'results', label: 'x.json' },
      missing: 'x.json does not exist',
    });
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-baseline-dir-')));
    dirs.push(dir);
    expect(await readResultsFile({ path: dir, displayPath: 'd' })).toMatchObject({
      missing: 'd is a directory',
    });
  });

  it('does not follow a link that appeared after the settings were read', async () => {
    const elsewhere = fileWith(resultsText());
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-baseline-link-')));
    dirs.push(dir);
    fs.symlinkSync(elsewhere.path, path.join(dir, 'results.json'));
    const baseline = await readResultsFile({
      path: path.join(dir, 'results.json'),
      displayPath: 'results.json',
    });
    expect(baseline).toMatchObject({ missing: expect.stringMatching(/has become a symbolic link/) });
  });
});

describe('describeAge', () => {
  it('names the age in the unit a reader thinks in', () => {
    expect(describeAge(42_000)).toBe('42 s');
    expect(describeAge(12 * 60_000 + 59_000)).toBe('12 min');
    expect(describeAge(5 * 3_600_000)).toBe('5 h');
    expect(describeAge(3 * 86_400_000 + 3_600_000)).toBe('3 days');
    expect(describeAge(-5)).toBe('0 s');
  });
});
