import { describe, expect, it } from 'vitest';

import type { ReportContext } from '../src/report/report-context.js';
import { MAX_ENDPOINT_LINES, renderTextSummary } from '../src/report/text-summary.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { ThresholdResult } from '../src/slo/types.js';
import { buildReportFixture, FIXTURE_SECRETS } from './helpers/report-fixture.js';

const result = (text: string, actual: number | null, status: ThresholdResult['status'], note?: string) => ({
  threshold: parseThreshold({ text, origin: 'test' }),
  actual,
  status,
  ...(note ? { note } : {}),
});

function context(
  results: ThresholdResult[],
  verdict: 'pass' | 'marginal' | 'fail',
  rollback = false,
): ReportContext {
  const ctx = buildReportFixture({ verdict });
  return { ...ctx, evaluation: { verdict, results, reasons: [] }, rollback };
}

describe('renderTextSummary', () => {
  const ctx = context(
    [
      result('http_req_duration: p(95)<250', 198.2, 'pass'),
      result(
        'http_req_duration: p(99)<300 marginal 400',
        319,
        'marginal',
        'within the marginal band (300 ms to 400 ms)',
      ),
      result('error_rate: 1%', 0.0115, 'fail'),
      result(
        'http_req_duration{endpoint:GET /gone}: avg<100',
        null,
        'fail',
        'no endpoint named "GET /gone" was measured',
      ),
    ],
    'fail',
    true,
  );
  const text = renderTextSummary(ctx);
  const lines = text.split('\n');

  it('opens with the tool, target and load shape', () => {
    expect(lines.slice(0, 3)).toEqual([
      '',
      '  loadgate 0.1.0 · https://canary.shop.example.com (staging)',
      '  0→20 VUs over 10 s, 20 VUs for 20 s · 2 endpoints · timeout 10s',
    ]);
  });

  it('marks each threshold ✓ / ~ / ✗ with its actual value, dots aligned', () => {
    const start = lines.indexOf('  THRESHOLDS');
    const marks = lines.slice(start + 2, start + 6);
    expect(marks).toEqual([
      '    ✓ http_req_duration: p(95)<250 .................... 198 ms',
      '    ~ http_req_duration: p(99)<300 marginal 400 ....... 319 ms  (within the marginal band (300 ms to 400 ms))',
      '    ✗ error_rate: 1% .................................. 1.15 %  (target < 1 %)',
      '    ✗ http_req_duration{endpoint:GET /gone}: avg<100 .. no data  (no endpoint named "GET /gone" was measured)',
    ]);
  });

  it('starts every actual value in the same column', () => {
    const start = lines.indexOf('  THRESHOLDS');
    const columns = lines.slice(start + 2, start + 6).map((line) => line.indexOf('. ', line.indexOf(' ..')));
    expect(new Set(columns).size).toBe(1);
  });

  it('prints aligned metric lines in the manner of k6', () => {
    const o = ctx.measurements.overall;
    const metric = (name: string): string => lines.find((line) => line.startsWith(`    ${name}.`)) ?? '';
    const column = metric('http_req_duration').indexOf(': ');
    for (const name of [
      'http_req_failed',
      'http_reqs',
      'data_received',
      'data_sent',
      'vus_max',
      'duration',
    ]) {
      expect(metric(name).indexOf(': '), name).toBe(column);
    }
    expect(metric('http_req_duration')).toMatch(
      /: avg=\d+(\.\d+)?ms min=\d+(\.\d+)?ms med=\d+(\.\d+)?ms max=\d+ms p\(90\)=\d+ms p\(95\)=198ms p\(99\)=319ms$/,
    );
    expect(metric('http_req_failed')).toMatch(new RegExp(`: 1\\.15 %  ${o.failed} of 5,123$`));
    expect(metric('http_reqs').endsWith(': 5,123  170.8/s')).toBe(true);
    expect(metric('vus_max')).toMatch(/: 20$/);
    expect(metric('duration')).toMatch(/: 30s$/);
    expect(metric('data_received')).toMatch(/: \d+(\.\d)? MB {2}\d+(\.\d)? kB\/s$/);
  });

  it('shows each endpoint as a tagged line under the latency', () => {
    const tagged = lines.filter((line) => line.startsWith('      { endpoint:'));
    expect(tagged.map((line) => line.slice(0, line.indexOf('.')))).toEqual([
      '      { endpoint:GET /api/products }',
      '      { endpoint:POST /api/cart }',
    ]);
    expect(tagged[1]).toMatch(/: avg=\d+ms .* p\(95\)=291ms p\(99\)=423ms$/);
  });

  it('ends with the verdict and the rollback signal', () => {
    expect(lines.at(-2)).toBe('  verdict: ✗ FAIL (2 of 4 thresholds failed) · rollback signalled');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('never cuts a long threshold: its limit and marginal band stay whole', () => {
    const long = 'http_req_duration{endpoint:create trade for the portfolio}: p(95)<200 marginal 300';
    const out = renderTextSummary(
      context([result('http_req_duration: p(95)<250', 120, 'pass'), result(long, 150, 'pass')], 'pass'),
    ).split('\n');
    const index = out.findIndex((l) => l.includes('create trade for the portfolio'));
    expect(out[index]).toBe(`    ✓ ${long}`);
    // Its value follows on the next line, in the column the short thresholds use.
    expect(out[index + 1]).toMatch(/^ {6}\.{2,} 150 ms$/);
    expect(out.join('\n')).not.toContain('…');
  });

  it('says when no thresholds were set', () => {
    const none = renderTextSummary(context([], 'pass'));
    expect(none).toContain(
      '  THRESHOLDS\n\n    none set: nothing was checked, so the verdict is PASS by default',
    );
    expect(none.split('\n').at(-2)).toBe('  verdict: ✓ PASS (no thresholds were set)');
  });

  it('gives the marginal verdict its own mark', () => {
    const marginal = renderTextSummary(
      context([result('http_req_duration: p(99)<300 marginal 400', 319, 'marginal')], 'marginal'),
    );
    expect(marginal.split('\n').at(-2)).toBe('  verdict: ~ MARGINAL (1 of 1 threshold marginal)');
  });

  it('lists findings when the data shows some', () => {
    const failing = context([], 'pass');
    failing.measurements.stoppedEarly = 'cancelled (SIGINT)';
    const out = renderTextSummary(failing);
    expect(out).toContain('  FINDINGS\n\n    • The load stopped early (cancelled (SIGINT))');
    expect(text).not.toContain('FINDINGS');
  });

  it('caps the endpoint lines and never shows header values', () => {
    const many = context([], 'pass');
    const template = many.measurements.endpoints[0]!;
    many.measurements.endpoints = Array.from({ length: MAX_ENDPOINT_LINES + 5 }, (_, i) => ({
      ...template,
      name: `GET /e${i}`,
    }));
    const out = renderTextSummary(many);
    expect(out.split('\n').filter((line) => line.startsWith('      { endpoint:'))).toHaveLength(
      MAX_ENDPOINT_LINES,
    );
    expect(out).toContain('      …and 5 more endpoints in report.md');
    for (const secret of FIXTURE_SECRETS) expect(out).not.toContain(secret);
  });
});
