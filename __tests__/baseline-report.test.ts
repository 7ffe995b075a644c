import { describe, expect, it } from 'vitest';

import { buildPrComment } from '../src/integrations/pr-comment.js';
import { SLACK_LIMITS } from '../src/integrations/slack-limits.js';
import { buildSlackMessage } from '../src/integrations/slack.js';
import { renderJunitReport } from '../src/report/junit-report.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { renderHtmlReport } from '../src/report/html/html-report.js';
import { BASELINE_COLOR, CANARY_COLOR } from '../src/report/html/html-baseline.js';
import { buildBaselineFixture, buildReportFixture } from './helpers/report-fixture.js';

describe('reports with a baseline', () => {
  const ctx = buildBaselineFixture();
  const cart = ctx.evaluation.results[0]!;
  const products = ctx.evaluation.results[1]!;

  it('the fixture regresses the cart and not the products', () => {
    expect(cart.status).toBe('fail');
    expect(products.status).not.toBe('fail');
    expect(ctx.evaluation.verdict).toBe('fail');
  });

  it('report.md shows canary beside baseline per endpoint and the relative thresholds', () => {
    const md = renderMarkdownReport(ctx);
    expect(md).toContain('## Compared with the baseline');
    expect(md).toContain('stable.shop.example.com');
    const base = 'measurements' in ctx.baseline! ? ctx.baseline.measurements : undefined;
    const baseCart = base!.endpoints.find((e) => e.name === 'POST /api/cart')!;
    const canaryCart = ctx.measurements.endpoints.find((e) => e.name === 'POST /api/cart')!;
    const change = Math.round((canaryCart.latency.p95 / baseCart.latency.p95 - 1) * 100);
    const cartRow = md.split('\n').find((l) => l.startsWith('| POST /api/cart |') && l.includes(' / '))!;
    expect(cartRow).toBeDefined();
    expect(cartRow).toContain(`(+${change} %)`);
    expect(md).toContain('### Relative thresholds');
    expect(md).toMatch(
      /\*\*Regressions:\*\*\n\n- p95 of "POST \/api\/cart" \+\d+ % \(\+\d+ to \+\d+ %\), significant/,
    );
    expect(md).not.toMatch(/- p95 of "GET \/api\/products"/);
  });

  it('the PR comment leads with the regressions', () => {
    const body = buildPrComment(ctx, { marker: '<!-- loadgate:x -->' });
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    expect(lines[2]).toBe('**Regressions against the baseline:**');
    expect(lines[3]).toMatch(/^- 🔺 p95 of "POST \/api\/cart" \+\d+ % \(\+\d+ to \+\d+ %\), significant$/);
    expect(body.indexOf('Regressions')).toBeLessThan(body.indexOf('| Status |'));
  });

  it('the text summary ends with the verdict and the regression line', () => {
    const text = renderTextSummary(ctx).trimEnd().split('\n');
    expect(text.at(-1)).toMatch(/^ {2}regression: p95 of "POST \/api\/cart" \+\d+ %/);
    expect(text.join('\n')).toContain(
      'baseline: compared with the baseline measured live beside the canary at',
    );
  });

  it('a missing baseline is said plainly, and baseline-missing: pass is named when it let the run through', () => {
    const missing = buildBaselineFixture({ missing: 'pass' });
    const md = renderMarkdownReport(missing);
    expect(md).toContain('No baseline (measured live beside the canary at');
    expect(md).toContain('baseline-missing: pass let the relative thresholds pass');
    expect(renderTextSummary(missing)).toContain('baseline: No baseline');
  });

  it('the artifact origin names the run, its age and links it', () => {
    const withRun = buildBaselineFixture({
      origin: {
        kind: 'artifact',
        label: 'run 4711 of deploy.yml on main',
        runId: 4711,
        runUrl: 'https://github.com/o/r/actions/runs/4711',
        ageMs: 3 * 3600_000,
      },
    });
    const md = renderMarkdownReport(withRun);
    expect(md).toContain('run 4711 of deploy.yml on main, 3 h old');
    expect(md).toContain('(https://github.com/o/r/actions/runs/4711)');
  });

  it('a run without a baseline has no baseline section', () => {
    const plain = buildReportFixture();
    expect(renderMarkdownReport(plain)).not.toContain('Compared with the baseline');
    expect(buildPrComment(plain, { marker: '<!-- m -->' })).not.toContain('Regressions');
  });
});

describe('report.html with a baseline', () => {
  it('overlays the canary and the baseline p95 in one chart with a legend', () => {
    const html = renderHtmlReport(buildBaselineFixture());
    const section = html.slice(html.indexOf('<section class="baseline">'));
    const chart = section.slice(section.indexOf('<svg'), section.indexOf('</svg>'));
    expect(chart).toContain(`stroke="${CANARY_COLOR}"`);
    expect(chart).toContain(`stroke="${BASELINE_COLOR}"`);
    expect(chart).toContain('>canary p95</text>');
    expect(chart).toContain('>baseline p95</text>');
    expect(section).toMatch(/<li>p95 of &quot;POST \/api\/cart&quot; \+\d+ %/);
  });

  it('says a missing baseline plainly', () => {
    const html = renderHtmlReport(buildBaselineFixture({ missing: 'fail' }));
    expect(html).toContain('No baseline (measured live beside the canary at');
    expect(html).not.toContain('canary p95');
  });
});

describe('Slack with a baseline', () => {
  it('a section lists the regressions, every section within Block Kit limits', () => {
    const message = buildSlackMessage(buildBaselineFixture());
    const texts = (message.blocks ?? []).flatMap((b) => {
      const t = (b as { text?: { text?: string } }).text?.text;
      return t === undefined ? [] : [t];
    });
    const regression = texts.find((t) => t.startsWith('*Regressions against the baseline*'));
    expect(regression).toMatch(/\n• p95 of "POST \/api\/cart" \+\d+ % \(\+\d+ to \+\d+ %\), significant/);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  });
});

describe('JUnit with a baseline', () => {
  it("a relative threshold's failure names the change and its interval", () => {
    const xml = renderJunitReport(buildBaselineFixture());
    expect(xml).toMatch(
      /<failure message="p95 of &quot;POST \/api\/cart&quot; \+\d+ % \(\+\d+ to \+\d+ %\), significant against the baseline/,
    );
  });
});
