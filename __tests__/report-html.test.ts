import { describe, expect, it } from 'vitest';

import { formatMs } from '../src/report/format.js';
import { escapeHtml } from '../src/report/html/escape-html.js';
import { renderHtmlReport } from '../src/report/html/html-report.js';
import { buildReportFixture, FIXTURE_SECRETS, hostileResult } from './helpers/report-fixture.js';

const RUN_URL = 'https://github.com/acme/shop/actions/runs/777';

describe('renderHtmlReport', () => {
  const ctx = buildReportFixture({ runUrl: RUN_URL, extraResults: [hostileResult()] });
  const html = renderHtmlReport(ctx);

  it('is one self-contained page: no script, no external stylesheet, image or font', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    // The only outbound references are the run link and the SVG namespace.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([RUN_URL]);
  });

  it('shows the verdict banner with the rollback signal', () => {
    expect(html).toContain('<header class="banner verdict-fail">');
    expect(html).toContain('<div class="verdict-word">FAIL</div>');
    expect(html).toContain('3 of 6 SLOs met · 1 marginal · 2 failed');
    expect(html).toContain('Rollback signalled');
    expect(html).toContain('environment <b>staging</b>');
  });

  it('draws the three charts from the time series', () => {
    expect(html.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(html.match(/<\/svg>/g)).toHaveLength(3);
    for (const label of [
      'Latency percentiles per second',
      'Requests per second',
      'Failed requests per second',
    ]) {
      expect(html).toContain(`aria-label="${label}"`);
    }
    // p50/p95/p99 and req/s + VUs as lines, one point per second.
    const paths = [...html.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(5);
    for (const d of paths) expect(d.split(' L')).toHaveLength(ctx.measurements.timeSeries.length);
    // One bar per second with errors.
    const errorSeconds = ctx.measurements.timeSeries.filter((p) => p.errors > 0).length;
    expect(html.match(/<rect [^>]*fill="#d92d20"><title>/g)).toHaveLength(errorSeconds);
    // The p95 SLO drawn as a guide on the latency chart.
    expect(html).toContain('p95 limit 250 ms');
  });

  it('lists every SLO with actual and limit, and every endpoint', () => {
    expect(html).toContain('<code class="threshold">error_rate: 1%</code>');
    expect(html).toMatch(
      /<span class="badge badge-fail">FAIL<\/span><\/td>\s*<td data-label="Threshold"><code class="threshold">error_rate: 1%<\/code>/,
    );
    expect(html).toContain('&lt; 300 ms (marginal up to 400 ms)');
    expect(html).toContain('&gt;= 100 req/s');
    for (const e of ctx.measurements.endpoints) expect(html).toContain(`<b>${escapeHtml(e.name)}</b>`);
    expect(html).toContain('<b>All endpoints</b>');
    expect(html).toContain(`${ctx.measurements.overall.requests.toLocaleString('en-US')}`);
  });

  it('escapes all text', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('GET /search?q=&lt;script&gt;&amp;x=&quot;1&quot;');
    expect(html).toContain('Slow &amp; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('names headers but never shows their values', () => {
    for (const secret of FIXTURE_SECRETS) expect(html).not.toContain(secret);
    expect(html).toContain('Authorization, X-Client, X-Api-Key, Content-Type (values not shown)');
  });

  it('renders a pass, a marginal and a run without time series', () => {
    const pass = renderHtmlReport(buildReportFixture({ verdict: 'pass' }));
    expect(pass).toContain('<header class="banner verdict-pass">');
    expect(pass).toContain('No rollback');
    const marginal = renderHtmlReport(buildReportFixture({ verdict: 'marginal' }));
    expect(marginal).toContain('<div class="verdict-word">MARGINAL</div>');

    const empty = buildReportFixture();
    empty.measurements.timeSeries = [];
    empty.measurements.stoppedEarly = 'cancelled (SIGTERM) <now>';
    const text = renderHtmlReport(empty);
    expect(text).toContain('No time series was recorded for this run.');
    expect(text).not.toContain('<svg');
    expect(text).toContain('Load stopped early: cancelled (SIGTERM) &lt;now&gt;');
  });

  it('strips credentials from the target URL', () => {
    const ctx2 = buildReportFixture();
    ctx2.settings.targetUrl = 'https://user:pa55@canary.example.com/';
    const text = renderHtmlReport(ctx2);
    expect(text).not.toContain('pa55');
    expect(text).toContain('https://canary.example.com/');
  });
});

describe('renderHtmlReport: how the run went', () => {
  const uncorrected = {
    count: 9000,
    min: 0.2,
    mean: 1,
    stdev: 1,
    p50: 0.9,
    p90: 2,
    p95: 3,
    p99: 5,
    p999: 9,
    max: 12,
  };

  it('shows the open model: rates, drops, both latencies and the self-check', () => {
    const ctx = buildReportFixture({ verdict: 'pass' });
    ctx.measurements.arrival = {
      targetRps: 300,
      achievedRps: 291,
      scheduled: 9000,
      sent: 8730,
      dropped: 270,
      maxVus: 40,
      peakInFlight: 40,
      connections: 40,
      uncorrectedLatency: uncorrected,
      uncorrectedHistogram: '',
    };
    ctx.measurements.generator = {
      eventLoopLagP99Ms: 2.5,
      eventLoopLagMaxMs: 9,
      cpuPercent: 41,
      peakRssMb: 123.4,
      bottleneck: [],
    } as never;
    const html = renderHtmlReport(ctx);
    expect(html).toContain('<h2>How the run went</h2>');
    expect(html).toContain('270 of 9,000 scheduled requests were dropped');
    expect(html).toMatch(/<th>Dropped requests<\/th><td class="has-errors">270<\/td>/);
    expect(html).toContain('peak 40 of max-vus 40, over 40 connections');
    expect(html).toMatch(/from the actual send \(uncorrected\)<\/td><td class="num">0\.9 ?ms<\/td>/);
    expect(html).toContain(
      `from the intended send (corrected; thresholds use it)</td><td class="num">${formatMs(ctx.measurements.overall.latency.p50)}</td>`,
    );
    expect(html).toContain('peak RSS 123.4 MB · the generator kept up.');
  });

  it('says when the generator was the bottleneck, and leaves the section out when there is nothing to say', () => {
    const ctx = buildReportFixture({ verdict: 'pass' });
    expect(renderHtmlReport(ctx)).not.toContain('How the run went');
    ctx.evaluation.verdict = 'inconclusive';
    ctx.evaluation.reasons = ['the load generator, not the target, was the bottleneck: event-loop lag'];
    ctx.measurements.generator = {
      eventLoopLagP99Ms: 180,
      eventLoopLagMaxMs: 400,
      cpuPercent: 99,
      peakRssMb: 150,
      bottleneck: ['event-loop lag p99 180 ms > 100 ms'],
    } as never;
    const html = renderHtmlReport(ctx);
    expect(html).toContain(
      'the generator was the bottleneck</b> (verdict inconclusive): event-loop lag p99 180 ms &gt; 100 ms',
    );
    // The verdict's reasons stand in the banner.
    expect(html).toContain(
      '<ul class="reasons"><li>the load generator, not the target, was the bottleneck: event-loop lag</li></ul>',
    );
  });
});
