/**
 * The words the reports share: the one plural rule, the note beside each threshold, a
 * long threshold in the terminal summary, and the verdict's reasons.
 */
import { describe, expect, it } from 'vitest';

import { allOf, countOf, noun, partOf } from '../src/report/plural.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { thresholdMeaning, thresholdNote } from '../src/report/threshold-note.js';
import { verdictReasons } from '../src/report/verdict-notes.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import type { ThresholdResult } from '../src/slo/types.js';
import { buildReportFixture } from './helpers/report-fixture.js';

const parse = (text: string) => parseThreshold({ text, origin: 'test' });

describe('plural', () => {
  it('makes the noun agree with its number, 0 included', () => {
    expect([0, 1, 2].map((n) => noun(n, 'threshold'))).toEqual(['thresholds', 'threshold', 'thresholds']);
    expect(countOf(1, 'VU')).toBe('1 VU');
    expect(countOf(1200, 'request')).toBe('1,200 requests');
    expect(countOf(2, 'query', 'queries')).toBe('2 queries');
  });

  it('says the whole of a set without "all 1"', () => {
    expect(allOf(1, 'threshold')).toBe('the 1 threshold');
    expect(allOf(3, 'threshold')).toBe('all 3 thresholds');
    expect(partOf(1, 1, 'SLO')).toBe('1 of 1 SLO');
    expect(partOf(2, 6, 'SLO')).toBe('2 of 6 SLOs');
  });

  it('is what the terminal summary says of one met threshold', () => {
    const ctx = buildReportFixture({ verdict: 'pass' });
    const one = ctx.evaluation.results.filter((r) => r.status === 'pass').slice(0, 1);
    ctx.evaluation = { ...ctx.evaluation, verdict: 'pass', results: one };
    expect(renderTextSummary(ctx)).toContain('verdict: ✓ PASS (the 1 threshold met)');
    expect(renderTextSummary(ctx)).not.toMatch(/all 1 thresholds/);
  });
});

describe('threshold notes', () => {
  const judged = (texts: string[]): ThresholdResult[] =>
    evaluateThresholds(texts.map(parse), buildReportFixture({ verdict: 'pass' }).measurements).results;

  it('say what the threshold asks, in words', () => {
    expect(thresholdMeaning(parse('http_req_duration: p(95)<250'))).toBe(
      '95th-percentile request latency over the whole run must stay below 250 ms',
    );
    expect(thresholdMeaning(parse('http_req_duration{endpoint:GET /a}: p(99.9)<=900'))).toBe(
      '99.9th-percentile request latency for endpoint GET /a must stay at most 900 ms',
    );
    expect(thresholdMeaning(parse('http_reqs: rate>=100'))).toBe(
      'throughput over the whole run must be at least 100 req/s',
    );
    expect(thresholdMeaning(parse('http_req_failed: rate<0.01'))).toBe(
      'share of failed requests over the whole run must stay below 1 %',
    );
  });

  it('give every result a note with its figure and margin, from the evaluation', () => {
    const m = buildReportFixture({ verdict: 'pass' }).measurements;
    const p95 = m.overall.latency.p95;
    // Limits on either side of the run's own p95, so one passes and one fails.
    const [pass, fail, marginal] = judged([
      `http_req_duration: p(95)<${Math.ceil(p95 * 2)}`,
      `http_req_duration: p(95)<${Math.floor(p95 * 0.8)}`,
      `http_req_duration: p(95)<${Math.floor(p95 * 0.8)} marginal ${Math.ceil(p95 * 2)}`,
    ]);
    expect(pass!.status).toBe('pass');
    expect(thresholdNote(pass!)).toMatch(
      /^95th-percentile request latency .*\. Met: .* ms, .* ms \(.* %\) under the limit\.$/,
    );
    expect(fail!.status).toBe('fail');
    expect(thresholdNote(fail!)).toMatch(/\. Failed: .* ms, .* ms \(.* %\) over the limit\.$/);
    expect(marginal!.status).toBe('marginal');
    expect(thresholdNote(marginal!)).toMatch(
      /\. Within the marginal band \(.*\): .* ms, .* over the limit\.$/,
    );
  });

  it("say when there was no data, and keep the evaluation's reason", () => {
    const [missing] = judged(['http_req_duration{endpoint:GET /gone}: avg<100']);
    expect(missing!.status).toBe('fail');
    expect(missing!.note).toBeTruthy();
    const note = thresholdNote(missing!);
    expect(note).toContain(
      'mean request latency for endpoint GET /gone must stay below 100 ms'.replace(/^m/, 'M'),
    );
    expect(note).toContain(missing!.note!.slice(1));
    expect(thresholdNote({ threshold: parse('p95: 250'), actual: null, status: 'fail' })).toMatch(
      /No data to judge it\.$/,
    );
  });

  it('give a rate of failure its margin in percentage points, and a large one without a share', () => {
    const note = thresholdNote({
      threshold: parse('http_req_failed: rate<0.01'),
      actual: 0.0344,
      status: 'fail',
    });
    expect(note).toContain('Failed: 3.44 %, 2.44 percentage points over the limit.');
    const fast = thresholdNote({ threshold: parse('http_reqs: rate>20'), actual: 640, status: 'pass' });
    expect(fast).toContain('Met: 640 req/s, 620 req/s above the limit.');
  });
});

describe('the terminal summary with a long threshold', () => {
  it('never cuts it: it stands whole on its own line, its value on the next', () => {
    const ctx = buildReportFixture({ verdict: 'pass' });
    const long = `http_req_duration{endpoint:GET /api/v1/catalogue/products/search?page=2}: p(95)<20 ms`;
    const [result] = evaluateThresholds([parse(long)], ctx.measurements).results;
    ctx.evaluation = { ...ctx.evaluation, results: [...ctx.evaluation.results, result!] };
    const lines = renderTextSummary(ctx).split('\n');
    const at = lines.findIndex((line) => line.includes(long));
    expect(at).toBeGreaterThan(0);
    expect(lines[at]).toMatch(new RegExp(`^    [✓~✗?] ${long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(lines[at + 1]).toMatch(/^ {6}\.{2,} \S/);
    expect(renderTextSummary(ctx)).not.toContain('…');
  });
});

describe('verdict reasons', () => {
  it('drop a dangling ": " and blank reasons', () => {
    const reasons = verdictReasons({
      verdict: 'inconclusive',
      results: [],
      reasons: ['the load generator, not the target, was the bottleneck: ', '  ', 'ran 2 s of a 20 s plan'],
    });
    expect(reasons).toEqual([
      'the load generator, not the target, was the bottleneck',
      'ran 2 s of a 20 s plan',
    ]);
  });
});
