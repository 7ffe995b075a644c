/** A measured `error` (no request reached the target): every renderer says why, none signals a rollback. */
import { describe, expect, it } from 'vitest';

import { buildPrComment, prCommentMarker } from '../src/integrations/pr-comment.js';
import { buildSlackMessage, shouldNotifySlack } from '../src/integrations/slack.js';
import { renderHtmlReport } from '../src/report/html/html-report.js';
import { renderJunitReport } from '../src/report/junit-report.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { renderPrometheusMetrics } from '../src/report/prometheus-metrics.js';
import type { ReportContext } from '../src/report/report-context.js';
import { buildResultsDocument } from '../src/report/results-document.js';
import { renderTextSummary } from '../src/report/text-summary.js';
import { buildReportFixture } from './helpers/report-fixture.js';

const REASON =
  'no request reached the target: the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT) — ' +
  'trust its CA with ca-file (a PEM bundle in the workspace), or for a test target only set insecure-tls: true; or check target-url';

function notJudged(): ReportContext {
  const base = buildReportFixture({ verdict: 'fail' });
  return {
    ...base,
    evaluation: { ...base.evaluation, verdict: 'error', reasons: [REASON] },
    rollback: false,
    measurements: { ...base.measurements, stoppedEarly: 'cancelled (SIGTERM)' },
  };
}

describe('a measured error verdict', () => {
  const ctx = notJudged();

  it('results.json: verdict error, the reason, no rollback', () => {
    const doc = buildResultsDocument(ctx);
    expect(doc).toMatchObject({ verdict: 'error', verdictReasons: [REASON], rollback: false });
    expect(buildResultsDocument(buildReportFixture()).verdictReasons).toEqual([]);
  });

  it('report.md, report.html and the text summary give the reason with the verdict', () => {
    const markdown = renderMarkdownReport(ctx);
    expect(markdown.split('\n')[0]).toContain('ERROR');
    expect(markdown).toContain('> **Not judged**: no request reached the target');
    expect(markdown).not.toContain('Rollback signalled');
    const html = renderHtmlReport(ctx);
    expect(html).toContain('class="banner verdict-error"');
    expect(html).toContain('Not judged: no request reached the target: the TLS certificate is self-signed');
    expect(html).toContain('No rollback');
    const text = renderTextSummary(ctx);
    expect(text).toMatch(/verdict: ✗ ERROR .*\n\s+not judged: no request reached the target/);
  });

  it('junit.xml: one system-err with the reason and the early stop', () => {
    const xml = renderJunitReport(ctx);
    expect(xml.match(/<system-err>/g)).toHaveLength(1);
    expect(xml).toContain('<property name="verdict" value="error"/>');
    expect(xml).toContain('Not judged: no request reached the target');
    expect(xml).toContain('Load stopped early: cancelled (SIGTERM)</system-err>');
  });

  it('Prometheus: not passed, no rollback', () => {
    const text = renderPrometheusMetrics(ctx);
    expect(text).toMatch(/^loadgate_slo_passed(\{[^}]*\})? 0$/m);
    expect(text).toMatch(/^loadgate_rollback(\{[^}]*\})? 0$/m);
  });

  it('Slack (notified on failure) and the PR comment give the reason', () => {
    expect(shouldNotifySlack('error', 'failure')).toBe(true);
    const slack = JSON.stringify(buildSlackMessage(ctx));
    expect(slack).toContain('*Not judged*');
    expect(slack).toContain('the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)');
    const comment = buildPrComment(ctx, { marker: prCommentMarker('gate') });
    expect(comment).toContain('**Not judged**: no request reached the target');
    expect(comment).toContain('No rollback.');
  });
});
