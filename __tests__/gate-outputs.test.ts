import { describe, expect, it } from 'vitest';

import type { GateOutcome } from '../src/gate.js';
import { errorOutputs, gateOutputs } from '../src/gate-outputs.js';
import { buildReportFixture, hostileResult } from './helpers/report-fixture.js';

function outcomeOf(ctx: ReturnType<typeof buildReportFixture>): GateOutcome {
  return {
    settings: ctx.settings,
    measurements: ctx.measurements,
    evaluation: ctx.evaluation,
    rollback: ctx.rollback,
    report: ctx,
    markdown: '',
    reportPath: '/r/report.md',
    resultsPath: '/r/results.json',
    bundleFiles: [],
    reportDir: '/r',
  };
}

describe('failed-slos-json', () => {
  it('keeps thresholds with commas apart, where failed-slos cannot', () => {
    const comma = hostileResult('fail');
    comma.threshold = {
      ...comma.threshold,
      source: 'http_req_duration{endpoint:GET /a,b}: p(95)<250, p(99)<400',
    };
    const ctx = buildReportFixture({ extraResults: [comma] });
    const outputs = gateOutputs(outcomeOf(ctx));
    const failed = ctx.evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
    expect(failed).toHaveLength(2);
    expect(JSON.parse(outputs['failed-slos-json']!)).toEqual(failed);
    expect(outputs['failed-slos']!.split(', ')).not.toHaveLength(failed.length);
  });

  it('is an empty array when nothing failed and when the gate could not run', () => {
    expect(gateOutputs(outcomeOf(buildReportFixture({ verdict: 'pass' })))['failed-slos-json']).toBe('[]');
    expect(errorOutputs()['failed-slos-json']).toBe('[]');
  });
});
