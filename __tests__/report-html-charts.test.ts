/**
 * report.html's pieces: round axis ticks, the marginal band on the latency chart, a line
 * instead of an empty error chart, a note in every SLO row, thresholds that break only
 * between their parts, and a colour of their own for the inconclusive and error verdicts.
 */
import { describe, expect, it } from 'vitest';

import { escapeHtml } from '../src/report/html/escape-html.js';
import { breakableThreshold } from '../src/report/html/breakable-threshold.js';
import { niceAxis } from '../src/report/html/chart-axis.js';
import { renderHtmlReport } from '../src/report/html/html-report.js';
import { STYLE } from '../src/report/html/html-style.js';
import { thresholdNote } from '../src/report/threshold-note.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { buildReportFixture } from './helpers/report-fixture.js';

const ROUND = [1, 2, 2.5, 5];
const isRound = (step: number): boolean => {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  return ROUND.some((m) => Math.abs(step / power - m) < 1e-9);
};

describe('niceAxis', () => {
  const tops = [0, 0.004, 0.3, 1, 3, 7, 12, 37, 99, 101, 250, 1234, 86_400, 1e7];

  it('runs from 0 in round steps to a top at or above the values, with 2 to 7 ticks', () => {
    for (const top of tops) {
      const axis = niceAxis(top);
      expect(axis.ticks[0]).toBe(0);
      expect(axis.ticks.at(-1)).toBe(axis.max);
      expect(axis.max).toBeGreaterThanOrEqual(top);
      expect(isRound(axis.step), `step ${axis.step} for ${top}`).toBe(true);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axis.ticks.length).toBeLessThanOrEqual(7);
      for (let i = 1; i < axis.ticks.length; i++)
        expect(axis.ticks[i]! - axis.ticks[i - 1]!).toBeCloseTo(axis.step, 9);
    }
  });

  it('steps a count axis by whole numbers and shows at least 0 to 4 for a single error', () => {
    expect(niceAxis(1, { integer: true }).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(niceAxis(2, { integer: true }).ticks).toEqual([0, 1, 2, 3, 4]);
    for (const top of tops) {
      const axis = niceAxis(top, { integer: true });
      for (const tick of axis.ticks) expect(Number.isInteger(tick)).toBe(true);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    }
    expect(niceAxis(37, { integer: true }).ticks).toEqual([0, 10, 20, 30, 40]);
  });
});

describe('breakableThreshold', () => {
  const sources = [
    'http_req_duration{endpoint:GET /api/v1/catalogue/products/search}: p(99)<400',
    'http_req_duration: p(95)<20 ms',
    'http_reqs{endpoint:GET /a,status:200}: rate>=100 marginal 80',
    'x<script>&"',
  ];

  it('is the escaped threshold with break points, none between two letters or digits', () => {
    for (const source of sources) {
      const html = breakableThreshold(source);
      expect(html.replaceAll('<wbr>', '')).toBe(escapeHtml(source));
      const pieces = html.split('<wbr>');
      for (let i = 1; i < pieces.length; i++) {
        const before = pieces[i - 1]!.at(-1)!;
        const after = pieces[i]![0]!;
        expect(/[\w.()%]/.test(before) && /[\w.()%]/.test(after), `${before}|${after} in ${source}`).toBe(
          false,
        );
      }
    }
    // After the tag's brace and colon, before the comparison.
    expect(breakableThreshold(sources[0]!)).toBe(
      'http_req_duration{<wbr>endpoint:<wbr>GET /<wbr>api/<wbr>v1/<wbr>catalogue/<wbr>products/<wbr>search}: p(99)<wbr>&lt;400',
    );
  });
});

describe('report.html', () => {
  it('draws the marginal band of a latency threshold under the lines', () => {
    const ctx = buildReportFixture({ verdict: 'marginal' });
    const banded = ctx.evaluation.results.filter((r) => r.threshold.marginalLimit !== undefined);
    expect(banded.length).toBeGreaterThan(0);
    const html = renderHtmlReport(ctx);
    const bands = [...html.matchAll(/<rect class="band" [^>]*><title>([^<]+)<\/title><\/rect>/g)].map(
      (m) => m[1],
    );
    expect(bands).toEqual(
      banded
        .filter(
          (r) => r.threshold.metric === 'http_req_duration' && Object.keys(r.threshold.tags).length === 0,
        )
        .map((r) => expect.stringContaining(`p${r.threshold.percentile} marginal`)),
    );
    // Drawn before the data, so the lines stay on top.
    expect(html.indexOf('class="band"')).toBeLessThan(html.indexOf('<path d="M'));
  });

  it('says there were no errors instead of drawing an empty error chart', () => {
    const clean = buildReportFixture({ verdict: 'pass' });
    clean.measurements.timeSeries = clean.measurements.timeSeries.map((p) => ({ ...p, errors: 0 }));
    const html = renderHtmlReport(clean);
    expect(html).not.toContain('aria-label="Failed requests per second"');
    expect(html).toContain('Failed requests per second: none in any second of the run.');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);

    const failing = renderHtmlReport(buildReportFixture({ verdict: 'fail' }));
    expect(failing).toContain('aria-label="Failed requests per second"');
    expect(failing).not.toContain('none in any second');
  });

  it('gives the error chart round ticks beyond 0 and 1', () => {
    const ctx = buildReportFixture({ verdict: 'fail' });
    ctx.measurements.timeSeries = ctx.measurements.timeSeries.map((p, i) => ({
      ...p,
      errors: i === 3 ? 1 : 0,
    }));
    const html = renderHtmlReport(ctx);
    const chart = html.slice(html.indexOf('aria-label="Failed requests per second"'));
    const ticks = [
      ...chart.slice(0, chart.indexOf('</svg>')).matchAll(/text-anchor="end" dy="0.32em">([^<]+)</g),
    ].map((m) => m[1]);
    expect(ticks).toEqual(['0', '1', '2', '3', '4']);
  });

  it('fills the note of every SLO row from the evaluation', () => {
    const ctx = buildReportFixture({ verdict: 'fail' });
    const html = renderHtmlReport(ctx);
    const notes = [...html.matchAll(/<td data-label="Note" class="note">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(notes).toHaveLength(ctx.evaluation.results.length);
    ctx.evaluation.results.forEach((r, i) => {
      expect(notes[i]).toBe(escapeHtml(thresholdNote(r)));
      expect(notes[i]!.length).toBeGreaterThan(20);
    });
  });

  it('gives the inconclusive and error verdicts and badges a colour of their own', () => {
    const rule = (selector: string): string =>
      STYLE.match(new RegExp(`\\${selector}\\{([^}]*)\\}`))?.[1] ?? '';
    const fail = rule('.verdict-fail');
    for (const selector of ['.verdict-inconclusive', '.verdict-error', '.badge-inconclusive']) {
      expect(rule(selector), selector).toMatch(/color:/);
      expect(rule(selector)).not.toBe(fail);
    }
    expect(rule('.verdict-inconclusive')).not.toBe(rule('.verdict-error'));

    const ctx = buildReportFixture({ verdict: 'pass' });
    const [judged] = evaluateThresholds(
      [parseThreshold({ text: 'p95: 250', origin: 'test' })],
      ctx.measurements,
    ).results;
    ctx.evaluation = {
      verdict: 'inconclusive',
      results: [{ ...judged!, status: 'inconclusive', note: 'the comparison could not tell' }],
      reasons: ['the comparison could not tell'],
    };
    const html = renderHtmlReport(ctx);
    expect(html).toContain('<header class="banner verdict-inconclusive">');
    expect(html).toContain('<span class="badge badge-inconclusive">INCONCLUSIVE</span>');
    expect(html).toContain('0 of 1 SLO met · 1 inconclusive');
  });

  it('frames every table so a narrow window scrolls it, and stacks the SLO table', () => {
    const html = renderHtmlReport(buildReportFixture({ verdict: 'fail' }));
    const tables = html.match(/<table\b/g)?.length ?? 0;
    const framed = html.match(/<div class="table-wrap"><table\b/g)?.length ?? 0;
    const settings = html.match(/<table class="settings">/g)?.length ?? 0;
    expect(framed + settings).toBe(tables);
    expect(STYLE).toMatch(
      /@media \(max-width:720px\)\{[^@]*\.slo-table td::before\{content:attr\(data-label\)/,
    );
  });
});
