/**
 * Relative thresholds judged against a baseline (slo/relative-thresholds.ts), on
 * synthetic runs recorded by the real recorder (real HDR histograms, real per-second
 * series): the point figure, the statistical judge, how they combine, a missing
 * baseline, the verdict's reasons and the regressions.
 */
import { describe, expect, it } from 'vitest';

import type { BaselineData } from '../src/metrics/baseline-data.js';
import type { RunMeasurements } from '../src/metrics/measurements.js';
import { comparisonReasons, regressionsOf, withComparisonReasons } from '../src/slo/baseline-comparison.js';
import { evaluateThresholds, type BaselineJudging } from '../src/slo/evaluate-thresholds.js';
import { combineStatuses } from '../src/slo/relative-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { heavyTailedLatency, noisyLatency, syntheticRun } from './helpers/synthetic-run.js';

const t = (text: string) => parseThreshold({ text, origin: 'test' });

function fromResults(measurements: RunMeasurements): BaselineData {
  return { origin: { kind: 'results', label: 'baseline/results.json' }, measurements };
}

function evaluate(texts: string[], canary: RunMeasurements, judging: BaselineJudging) {
  return evaluateThresholds(texts.map(t), canary, judging);
}

describe('latency against `baseline * k`', () => {
  // /a is the same on both; /b is 20 % slower on the canary.
  const baseline = syntheticRun(30, { 'GET /a': noisyLatency(1, 50), 'GET /b': noisyLatency(2, 80) });
  const canary = syntheticRun(30, { 'GET /a': noisyLatency(3, 50), 'GET /b': noisyLatency(4, 96) });
  const judging = { baseline: fromResults(baseline) };
  const evaluation = evaluate(
    [
      'http_req_duration{endpoint:GET /a}: p(95) < baseline * 1.10',
      'http_req_duration{endpoint:GET /b}: p(95) < baseline * 1.10',
    ],
    canary,
    judging,
  );
  const [a, b] = evaluation.results;

  it('fails the endpoint 20 % slower, on its own value and on the distribution of its seconds', () => {
    expect(b!.status).toBe('fail');
    const c = b!.comparison!;
    const canaryP95 = canary.endpoints[1]!.latency.p95;
    const baselineP95 = baseline.endpoints[1]!.latency.p95;
    expect(b!.actual).toBe(canaryP95);
    expect(c.baseline).toBe(baselineP95);
    expect(c.limit).toBeCloseTo(baselineP95 * 1.1, 9);
    expect(c.change).toBeCloseTo(canaryP95 / baselineP95 - 1, 12);
    expect(c.change!).toBeGreaterThan(0.15);
    expect(c.change!).toBeLessThan(0.25);
    expect(c.pointStatus).toBe('fail');
    expect(c.judge).toMatchObject({
      status: 'fail',
      form: 'ratio',
      significant: true,
      method: 'rank-sum normal',
      canarySize: 30,
      baselineSize: 30,
      confidence: 0.95,
      tolerance: expect.closeTo(0.1, 12),
    });
    expect(c.judge!.lower!).toBeGreaterThan(0.1);
    expect(c.judge!.estimate!).toBeGreaterThan(c.judge!.lower!);
    expect(c.judge!.upper!).toBeGreaterThan(c.judge!.estimate!);
    expect(c.judge!.pValue!).toBeLessThan(1e-6);
    expect(b!.note).toMatch(
      /^canary [\d.]+ ms against the baseline's [\d.]+ ms \(\+\d+\.\d %\), limit [\d.]+ ms; per second: canary \+/,
    );
  });

  it('passes the endpoint that did not change, and the verdict is the worst', () => {
    expect(a!.status).toBe('pass');
    expect(a!.comparison!.judge!.status).toBe('pass');
    expect(a!.comparison!.judge!.upper!).toBeLessThan(0.1);
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.baseline).toEqual({
      origin: { kind: 'results', label: 'baseline/results.json' },
      missing: null,
      onMissing: 'fail',
      confidence: 0.95,
    });
  });

  it('lists the regression with its endpoint, change and interval', () => {
    const [regression, ...more] = regressionsOf(evaluation.results);
    expect(more).toEqual([]);
    const j = b!.comparison!.judge!;
    const pct = (v: number) => `+${(v * 100).toFixed(0)}`;
    expect(regression).toEqual({
      threshold: 'http_req_duration{endpoint:GET /b}: p(95) < baseline * 1.10',
      endpoint: 'GET /b',
      change: `${pct(j.estimate!)} %`,
      interval: `${pct(j.lower!)} to ${pct(j.upper!)} %`,
      significant: true,
    });
  });

  it('passes 3 % slower against a 10 % tolerance', () => {
    const slower = syntheticRun(30, { 'GET /a': noisyLatency(5, 51.5), 'GET /b': noisyLatency(6, 82.4) });
    const result = evaluate(['http_req_duration: p(95) < baseline * 1.10'], slower, judging);
    expect(result.verdict).toBe('pass');
    const j = result.results[0]!.comparison!.judge!;
    expect(j.estimate!).toBeGreaterThan(0);
    expect(j.upper!).toBeLessThan(0.1);
  });

  it('judges `baseline + d` on the difference, in ms', () => {
    const result = evaluate(['http_req_duration{endpoint:GET /b}: p(95) < baseline + 5ms'], canary, judging);
    const j = result.results[0]!.comparison!.judge!;
    expect(j.form).toBe('difference');
    expect(j.estimate!).toBeGreaterThan(12);
    expect(result.results[0]!.status).toBe('fail');
    expect(regressionsOf(result.results)[0]!.change).toMatch(/^\+\d+(\.\d+)? ms$/);
  });

  it('puts a change inside the marginal band at marginal', () => {
    const result = evaluate(
      ['http_req_duration{endpoint:GET /b}: p(95) < baseline * 1.05 marginal baseline * 1.40'],
      canary,
      judging,
    );
    expect(result.results[0]!).toMatchObject({ status: 'marginal', comparison: { pointStatus: 'marginal' } });
    expect(result.results[0]!.note).toContain('within the marginal band');
    expect(result.verdict).toBe('marginal');
  });
});

describe('inconclusive comparisons', () => {
  it('a 3 s run of heavy-tailed seconds: inconclusive, not a fail, with the run length it would need', () => {
    const baseline = syntheticRun(3, { 'GET /a': heavyTailedLatency(11, 30) });
    const canary = syntheticRun(3, { 'GET /a': heavyTailedLatency(12, 30) });
    const evaluation = withComparisonReasons(
      evaluate(['http_req_duration: p(95) < baseline * 1.10'], canary, { baseline: fromResults(baseline) }),
    );
    expect(evaluation.verdict).toBe('inconclusive');
    const j = evaluation.results[0]!.comparison!.judge!;
    expect(j.status).toBe('inconclusive');
    expect(j.reason).toBe('interval-straddles');
    expect(j.canarySize).toBe(3);
    expect(evaluation.reasons).toHaveLength(1);
    expect(evaluation.reasons![0]).toMatch(
      /^"http_req_duration: p\(95\) < baseline \* 1\.10" \(the whole run\): the comparison with the baseline is inconclusive; /,
    );
    expect(j.additionalSeconds).toBeGreaterThan(0);
    expect(evaluation.reasons![0]).toContain(
      `a run about ${j.additionalSeconds} s longer would likely settle it`,
    );
    expect(regressionsOf(evaluation.results)).toEqual([]);
  });

  it('too few seconds on a side: says how many seconds more the canary needs', () => {
    const baseline = syntheticRun(10, { 'GET /a': noisyLatency(1, 50) });
    const canary = syntheticRun(2, { 'GET /a': noisyLatency(2, 50) });
    const evaluation = evaluate(['p95: baseline * 1.1'], canary, { baseline: fromResults(baseline) });
    expect(evaluation.results[0]!.comparison!.judge).toMatchObject({
      reason: 'too-few-samples',
      canarySize: 2,
      baselineSize: 10,
      estimate: null,
      pValue: null,
    });
    expect(comparisonReasons(evaluation.results)[0]).toContain('a run at least 1 s longer is needed');
  });

  it('a burst of slow seconds lifts the run p95 while the other seconds are unchanged: inconclusive', () => {
    const baseline = syntheticRun(30, { 'GET /a': noisyLatency(1, 50) });
    const steady = noisyLatency(2, 50);
    const canary = syntheticRun(30, {
      'GET /a': (second, i) => (second >= 27 ? { latencyMs: 400 } : steady(second, i)),
    });
    const result = evaluate(['p95: baseline * 1.1'], canary, { baseline: fromResults(baseline) }).results[0]!;
    expect(result.comparison!.pointStatus).toBe('fail');
    expect(result.comparison!.judge!.status).toBe('pass');
    expect(result.status).toBe('inconclusive');
    expect(result.note).toContain("its seconds are unchanged but the run's value is beyond the limit");
    expect(comparisonReasons([result])[0]).toContain('a longer run would tell a lasting change from a burst');
  });

  it('a burst in the baseline run does not clear a shift of every second: the judge decides', () => {
    const steady = noisyLatency(1, 50);
    const baseline = syntheticRun(30, {
      'GET /a': (second, i) => (second >= 27 ? { latencyMs: 400 } : steady(second, i)),
    });
    const canary = syntheticRun(30, { 'GET /a': noisyLatency(2, 60) });
    const result = evaluate(['p95: baseline * 1.1'], canary, { baseline: fromResults(baseline) }).results[0]!;
    expect(result.comparison!.pointStatus).toBe('pass');
    expect(result.comparison!.judge!.status).toBe('fail');
    expect(result.status).toBe('fail');
  });

  it('combines point and judge as the table says', () => {
    const table = {
      pass: { pass: 'pass', marginal: 'inconclusive', fail: 'inconclusive' },
      marginal: { pass: 'marginal', marginal: 'marginal', fail: 'marginal' },
      fail: { pass: 'fail', marginal: 'fail', fail: 'fail' },
      inconclusive: { pass: 'inconclusive', marginal: 'inconclusive', fail: 'inconclusive' },
    } as const;
    for (const [judged, row] of Object.entries(table)) {
      for (const [point, expected] of Object.entries(row)) {
        expect(combineStatuses(point as 'pass', judged as 'pass'), `${judged} × ${point}`).toBe(expected);
      }
    }
  });

  it('a definite fail elsewhere outranks an inconclusive comparison', () => {
    const baseline = syntheticRun(3, { 'GET /a': heavyTailedLatency(11, 30) });
    const canary = syntheticRun(3, { 'GET /a': heavyTailedLatency(12, 30) });
    const evaluation = evaluate(['p95: baseline * 1.10', 'http_req_duration: p(50)<1'], canary, {
      baseline: fromResults(baseline),
    });
    expect(evaluation.results.map((r) => r.status)).toEqual(['inconclusive', 'fail']);
    expect(evaluation.verdict).toBe('fail');
  });
});

describe('error rates and throughput', () => {
  const baseline = syntheticRun(20, {
    'GET /a': { perSecond: 100, request: (s, i) => ({ latencyMs: 20, failed: i === 0 }) },
  });

  it('compares error rates as two proportions', () => {
    const worse = syntheticRun(20, {
      'GET /a': { perSecond: 100, request: (s, i) => ({ latencyMs: 20, failed: i < 4 }) },
    });
    const result = evaluate(['error_rate: baseline + 1%'], worse, { baseline: fromResults(baseline) })
      .results[0]!;
    expect(result.actual).toBeCloseTo(0.04, 12);
    expect(result.comparison).toMatchObject({
      baseline: expect.closeTo(0.01, 12),
      limit: expect.closeTo(0.02, 12),
    });
    expect(result.comparison!.judge).toMatchObject({
      status: 'fail',
      method: 'two-proportion score',
      form: 'difference',
      canarySize: 2000,
      baselineSize: 2000,
      significant: true,
    });
    expect(result.status).toBe('fail');
    expect(regressionsOf([result])[0]).toMatchObject({
      change: '+3.0 pp',
      endpoint: null,
      significant: true,
    });

    const same = evaluate(['error_rate: baseline + 1%'], baseline, { baseline: fromResults(baseline) });
    expect(same.verdict).toBe('pass');
  });

  it('compares throughput as the series of per-second rates', () => {
    const slow = syntheticRun(20, { 'GET /a': { perSecond: 60, request: () => ({ latencyMs: 20 }) } });
    const result = evaluate(['throughput: baseline * 0.8'], slow, { baseline: fromResults(baseline) })
      .results[0]!;
    expect(result.actual).toBe(60);
    expect(result.comparison!.baseline).toBe(100);
    expect(result.comparison!.judge).toMatchObject({ status: 'fail', canarySize: 20, baselineSize: 20 });
    expect(result.comparison!.judge!.estimate!).toBeCloseTo(-0.4, 6);
    expect(result.status).toBe('fail');
  });

  it('judges other metrics on the values alone', () => {
    const result = evaluate(['data_received: count > baseline * 0.9'], baseline, {
      baseline: fromResults(baseline),
    }).results[0]!;
    expect(result.status).toBe('pass');
    expect(result.comparison).toMatchObject({ judge: null, pointStatus: 'pass', change: 0 });
  });

  it('judges on the values alone, and says so, when a run has no per-second data', () => {
    const old = syntheticRun(20, { 'GET /a': () => ({ latencyMs: 20 }) }, { keepIntervals: false });
    const result = evaluate(['p95: baseline * 1.1'], baseline, { baseline: fromResults(old) }).results[0]!;
    expect(result.comparison!.judge).toBeNull();
    expect(result.status).toBe('pass');
    expect(result.note).toContain('judged on the values alone: a run holds no per-second data');
  });
});

describe('a missing baseline', () => {
  const canary = syntheticRun(5, { 'GET /a': noisyLatency(1, 50) });
  const missing: BaselineData = {
    origin: { kind: 'artifact', label: 'the last successful run of deploy.yml on main' },
    missing: 'no earlier successful run',
  };

  it('fails relative thresholds with the reason, and leaves absolute ones alone', () => {
    const evaluation = evaluate(['p95: baseline * 1.1', 'p95: 1000ms'], canary, { baseline: missing });
    expect(evaluation.results.map((r) => r.status)).toEqual(['fail', 'pass']);
    expect(evaluation.results[0]!.note).toBe('nothing to compare with: no earlier successful run');
    expect(evaluation.results[0]!.actual).toBe(canary.overall.latency.p95);
    expect(evaluation.baseline).toMatchObject({ missing: 'no earlier successful run', onMissing: 'fail' });
  });

  it('passes them with a note under baseline-missing: pass', () => {
    const evaluation = evaluate(['p95: baseline * 1.1'], canary, { baseline: missing, missing: 'pass' });
    expect(evaluation.verdict).toBe('pass');
    expect(evaluation.results[0]!.note).toBe(
      'not compared, no earlier successful run; passed because baseline-missing is pass',
    );
  });

  it('fails them when no baseline was given at all, and when the baseline lacks the endpoint', () => {
    expect(evaluate(['p95: baseline * 1.1'], canary, {}).results[0]!.note).toBe(
      'nothing to compare with: no baseline was measured or loaded',
    );
    const other = syntheticRun(5, { 'GET /other': noisyLatency(1, 50) });
    const result = evaluate(['http_req_duration{endpoint:GET /a}: p(95) < baseline * 1.1'], canary, {
      baseline: fromResults(other),
    }).results[0]!;
    expect(result.status).toBe('fail');
    expect(result.note).toBe(
      'nothing to compare with: in the baseline, no endpoint named "GET /a" was measured, so there is nothing to judge',
    );
  });

  it('still fails a canary with no data of its own, whatever baseline-missing says', () => {
    const result = evaluate(['http_req_duration{endpoint:GET /zzz}: p(95) < baseline * 1.1'], canary, {
      baseline: missing,
      missing: 'pass',
    }).results[0]!;
    expect(result.status).toBe('fail');
    expect(result.note).toMatch(/no endpoint named "GET \/zzz"/);
  });

  it('keeps evaluations without relative thresholds as they were', () => {
    const evaluation = evaluate(['p95: 1000ms'], canary, { baseline: missing });
    expect(evaluation.baseline).toBeUndefined();
    expect(evaluation.results[0]!.comparison).toBeUndefined();
  });
});
