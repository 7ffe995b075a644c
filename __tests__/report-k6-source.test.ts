/**
 * Measurements read from k6's results: every report names the k6 files where a run of
 * the engine shows its load shape, which did not run.
 */
import { describe, expect, it } from 'vitest';

import { renderHtmlReport } from '../src/report/html/html-report.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { describeSource } from '../src/report/source-text.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { buildReportFixture } from './helpers/report-fixture.js';

describe('reports of k6 results', () => {
  const base = buildReportFixture();
  const source = { kind: 'k6-ndjson' as const, files: ['k6/a.json', 'k6/b.json'], skipped: [] };
  const ctx = { ...base, measurements: { ...base.measurements, source } };

  it('name the k6 files instead of the load shape', () => {
    const words = describeSource(source);
    expect(words).toBe('k6: 2 NDJSON streams merged (k6/a.json, k6/b.json)');
    expect(renderMarkdownReport(ctx)).toContain(words);
    expect(renderHtmlReport(ctx)).toContain(words);
    expect(renderTextSummary(ctx)).toContain(words);
    expect(renderMarkdownReport(base)).not.toContain('k6:');
  });

  it('a summary is said to hold aggregates only', () => {
    expect(describeSource({ kind: 'k6-summary', files: ['summary.json'], skipped: [] })).toBe(
      'k6: an end-of-test summary (aggregates only) (summary.json)',
    );
  });
});
