import { describe, expect, it } from 'vitest';

import type { Settings } from '../src/config/settings.js';
import type { ReportContext } from '../src/report/report-context.js';
import { buildResultsDocument, REDACTED, RESULTS_SETTINGS_KEYS } from '../src/report/results-document.js';
import { evaluateThresholds } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { buildReportFixture, FIXTURE_SECRETS } from './helpers/report-fixture.js';
import { noisyLatency, syntheticRun } from './helpers/synthetic-run.js';

const RUN_URL = 'https://github.com/acme/shop/actions/runs/777';

/** The fixture run judged by real thresholds, one of them on an endpoint that was not measured. */
function judged(): ReportContext {
  const ctx = buildReportFixture({ runUrl: RUN_URL });
  const thresholds = [
    'http_req_duration: p(95)<250',
    'http_req_duration: p(99)<250 marginal 400',
    'error_rate: 0.5%',
    'http_req_duration{endpoint:GET /gone}: avg<100',
  ].map((text, i) => parseThreshold({ text, origin: `.github/loadgate.yml:${i + 3}:5 (thresholds[${i}])` }));
  const evaluation = evaluateThresholds(thresholds, ctx.measurements);
  return {
    ...ctx,
    settings: { ...ctx.settings, thresholds },
    evaluation,
    rollback: evaluation.verdict === 'fail',
  };
}

describe('buildResultsDocument', () => {
  const ctx = judged();
  const doc = buildResultsDocument(ctx);

  it('has the documented top-level shape', () => {
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'tool',
      'generatedAt',
      'verdict',
      'verdictReasons',
      'rollback',
      'target',
      'environment',
      'runUrl',
      'settings',
      'traffic',
      'measurements',
      'thresholds',
      'failedSlos',
      'baseline',
      'comparison',
    ]);
    expect(doc).toMatchObject({
      schemaVersion: 2,
      baseline: null,
      comparison: null,
      tool: { name: 'loadgate', version: '0.1.0' },
      generatedAt: '2024-06-11T09:30:31.250Z',
      verdict: 'fail',
      rollback: true,
      target: 'https://canary.shop.example.com',
      environment: 'staging',
      runUrl: RUN_URL,
    });
    expect(doc.measurements).toBe(ctx.measurements);
  });

  it('records every threshold with its result; absent parts are null', () => {
    expect(doc.thresholds).toHaveLength(4);
    expect(doc.thresholds[0]).toEqual({
      source: 'http_req_duration: p(95)<250',
      origin: '.github/loadgate.yml:3:5 (thresholds[0])',
      metric: 'http_req_duration',
      tags: {},
      aggregation: 'p',
      percentile: 95,
      operator: '<',
      limit: 250,
      marginalLimit: null,
      relative: null,
      actual: ctx.evaluation.results[0]!.actual,
      status: 'pass',
      note: null,
    });
    expect(doc.thresholds[0]!.actual).toBeGreaterThan(150);
    expect(doc.thresholds[1]).toMatchObject({ marginalLimit: 400, status: 'marginal' });
    expect(doc.thresholds[1]!.note).toMatch(/^within the marginal band \(250 ms to 400 ms\)$/);
    expect(doc.thresholds[2]).toMatchObject({
      source: 'error_rate: 0.5%',
      metric: 'http_req_failed',
      aggregation: 'rate',
      percentile: null,
      limit: 0.005,
      status: 'fail',
    });
    expect(doc.thresholds[3]).toMatchObject({
      tags: { endpoint: 'GET /gone' },
      actual: null,
      status: 'fail',
      note: 'no endpoint named "GET /gone" was measured, so there is nothing to judge',
    });
    for (const record of doc.thresholds) expect(Object.keys(record)).toHaveLength(13);
  });

  it('lists the failed SLOs as written', () => {
    expect(doc.failedSlos).toEqual(['error_rate: 0.5%', 'http_req_duration{endpoint:GET /gone}: avg<100']);
  });

  it('replaces every header value with ***, keeping the names', () => {
    expect(doc.settings.headers).toEqual({ Authorization: REDACTED, 'X-Client': REDACTED });
    expect(doc.settings.endpoints.map((e) => e.headers)).toEqual([
      {},
      { 'X-Api-Key': REDACTED, 'Content-Type': REDACTED },
    ]);
    const json = JSON.stringify(doc);
    for (const secret of FIXTURE_SECRETS) expect(json).not.toContain(secret);
    // The context itself is left as it was.
    expect(ctx.settings.headers.Authorization).toBe('Bearer s3cr3t-token-value-XYZ');
  });

  it('keeps the rest of the settings, but neither the thresholds (they are above) nor unlisted fields', () => {
    expect(Object.keys(doc.settings).sort()).toEqual([...RESULTS_SETTINGS_KEYS].sort());
    expect(doc.settings).toMatchObject({
      stages: ctx.settings.stages,
      maxVus: 20,
      timeoutMs: 10_000,
      failOnBreach: true,
      autoRollback: true,
      reportDir: 'loadgate-report',
      configPath: '.github/loadgate.yml',
    });
    expect(doc.settings.endpoints[1]).toMatchObject({
      name: 'POST /api/cart',
      body: '{"sku":"A-100","qty":1}',
    });
    // A field added to Settings later (here: publishing secrets) is not copied.
    const withPublish = {
      ...ctx,
      settings: {
        ...ctx.settings,
        publish: {
          slackWebhookUrl: 'https://hooks.slack.example/T000/B000/XXXXSECRET',
          githubToken: 'ghp_SECRET',
        },
      } as Settings,
    };
    const json = JSON.stringify(buildResultsDocument(withPublish));
    expect(json).not.toContain('XXXXSECRET');
    expect(json).not.toContain('ghp_SECRET');
  });

  it('strips credentials from the target URL', () => {
    const doc2 = buildResultsDocument({
      ...ctx,
      settings: { ...ctx.settings, targetUrl: 'https://user:pa55@canary.example.com/base' },
    });
    expect(doc2.target).toBe('https://canary.example.com/base');
    expect(doc2.settings.targetUrl).toBe('https://canary.example.com/base');
    expect(JSON.stringify(doc2)).not.toContain('pa55');
  });

  it('uses null for an absent environment and run URL, and survives a JSON round trip', () => {
    const fixture = buildReportFixture({ verdict: 'pass' });
    const plain = buildResultsDocument({
      ...fixture,
      settings: { ...fixture.settings, environment: undefined },
    });
    expect(plain.environment).toBeNull();
    expect(plain.runUrl).toBeNull();
    expect('environment' in plain.settings).toBe(false);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('keeps the baseline and the comparison, in plain JSON (no NaN), with the per-second series', () => {
    const fixture = buildReportFixture({ runUrl: RUN_URL });
    const canary = syntheticRun(2, { 'GET /a': noisyLatency(1, 60) });
    const measurements = syntheticRun(10, { 'GET /a': noisyLatency(2, 50) });
    const baseline = { origin: { kind: 'results' as const, label: 'prod/results.json' }, measurements };
    const thresholds = ['p95: 1000ms', 'p95: baseline * 1.1', 'p99: baseline * 1.5'].map((text) =>
      parseThreshold({ text, origin: 'x' }),
    );
    const evaluation = evaluateThresholds(thresholds, canary, { baseline, confidence: 0.9 });
    const doc = buildResultsDocument({
      ...fixture,
      settings: { ...fixture.settings, thresholds },
      measurements: canary,
      evaluation,
      baseline,
    });
    expect(doc.baseline).toBe(baseline);
    expect(doc.measurements.intervals!.endpoints[0]!.points).toHaveLength(2);
    expect(doc.thresholds[1]!.relative).toEqual({ tolerance: { form: 'ratio', factor: 1.1 } });
    expect(doc.thresholds[0]!.relative).toBeNull();
    expect(doc.comparison).toMatchObject({
      origin: baseline.origin,
      missing: null,
      onMissing: 'fail',
      confidence: 0.9,
      regressions: [],
    });
    // Two canary seconds are too few to judge: inconclusive, with a reason per threshold.
    expect(doc.comparison!.thresholds.map((c) => [c.index, c.source, c.status])).toEqual([
      [1, 'p95: baseline * 1.1', 'inconclusive'],
      [2, 'p99: baseline * 1.5', 'inconclusive'],
    ]);
    expect(doc.comparison!.thresholds[0]!.judge).toMatchObject({ estimate: null, reason: 'too-few-samples' });
    expect(doc.comparison!.reasons).toHaveLength(2);
    const json = JSON.stringify(doc);
    expect(json).not.toContain('NaN');
    expect(JSON.parse(json).comparison).toEqual(doc.comparison);
  });
});
