/**
 * The final verdict (slo/verdict.ts): the thresholds' verdict with the run's own facts
 * (a partial plan, the generator as bottleneck, an undecidable threshold), the lower
 * bound of a breakpoint capacity that never broke, and how much of a plan ran.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, type RawInputs } from '../src/config/index.js';
import { planProgress, PLAN_SLACK_MS } from '../src/engine/executors/load-run.js';
import type { BreakpointMeasurements, RunMeasurements } from '../src/metrics/measurements.js';
import { MetricsRecorder } from '../src/metrics/metrics-recorder.js';
import { applyAbort } from '../src/slo/abort-rules.js';
import { evaluateThresholds, judgeLowerBound } from '../src/slo/evaluate-thresholds.js';
import { parseThreshold } from '../src/slo/threshold-parser.js';
import { decideVerdict, describePlan } from '../src/slo/verdict.js';
import { capacityText } from '../src/report/verdict-notes.js';

const parse = (text: string) => parseThreshold({ text, origin: 'test' });

/** A real recorder's snapshot of `latenciesMs` over a run of `durationMs` (its own clock). */
function measured(latenciesMs: number[], durationMs: number): RunMeasurements {
  let clock = 0;
  const recorder = new MetricsRecorder([{ name: 'GET /', method: 'GET', path: '/' }], {
    now: () => clock,
  });
  recorder.start();
  const ok = { status: 200, ok: true, errorClass: null, sent: true, bytesSent: 10, bytesReceived: 10 };
  latenciesMs.forEach((ms, i) => recorder.record(0, ms * 1000, ok, (i * durationMs) / latenciesMs.length));
  clock = durationMs;
  recorder.finish();
  return recorder.snapshot();
}

function decide(thresholds: string[], m: RunMeasurements) {
  return decideVerdict(
    applyAbort(
      evaluateThresholds(
        thresholds.map((t) => parse(t)),
        m,
      ),
      m,
    ),
    m,
  );
}

const fast = (): number[] => Array.from({ length: 100 }, (_, i) => 5 + (i % 10));
const slow = (): number[] => Array.from({ length: 100 }, (_, i) => 300 + (i % 10));

describe('decideVerdict with the plan', () => {
  const cancelled = planProgress(30_000, 2000, 'cancelled (SIGTERM)');

  it('a run cut short with every threshold met is inconclusive, saying how much ran', () => {
    const m = { ...measured(fast(), 2000), stoppedEarly: 'cancelled (SIGTERM)', plan: cancelled };
    const evaluation = decide(['http_req_duration: p(95)<100'], m);
    expect(evaluation.results[0]!.status).toBe('pass');
    expect(evaluation.verdict).toBe('inconclusive');
    expect(evaluation.reasons).toEqual(['ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)']);
  });

  it('a run cut short on a breach it already measured fails, with no reason to doubt it', () => {
    const m = { ...measured(slow(), 2000), stoppedEarly: 'cancelled (SIGTERM)', plan: cancelled };
    const evaluation = decide(['http_req_duration: p(95)<100'], m);
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.reasons).toEqual([]);
  });

  it('a marginal run cut short is inconclusive, never marginal', () => {
    const m = { ...measured(slow(), 2000), plan: cancelled };
    expect(decide(['http_req_duration: p(95)<250 marginal 400'], m).verdict).toBe('inconclusive');
  });

  it('an abortOnFail stop fails as before: a breach, not a partial plan', () => {
    const m: RunMeasurements = {
      ...measured(slow(), 4000),
      plan: planProgress(30_000, 4000, 'http_req_duration: p(95)<100 abortOnFail failed during the run'),
      abortedBy: { threshold: 'http_req_duration: p(95)<100 abortOnFail', atMs: 4000, actual: 305 },
    };
    const evaluation = decide(['http_req_duration: p(95)<100 abortOnFail'], m);
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.reasons).toEqual([]);
  });

  it('a whole plan is judged by the thresholds alone', () => {
    const m = { ...measured(fast(), 3000), plan: planProgress(3000, 3004, undefined) };
    expect(decide(['http_req_duration: p(95)<100'], m)).toMatchObject({ verdict: 'pass', reasons: [] });
  });

  it('the generator as bottleneck outweighs even a breach, and each cause is a reason', () => {
    const m = measured(slow(), 3000);
    m.generator = { bottleneck: ['the event loop lagged', 'the CPU was saturated'] } as never;
    const evaluation = decide(['http_req_duration: p(95)<100'], m);
    expect(evaluation.verdict).toBe('inconclusive');
    expect(evaluation.reasons).toEqual([
      'the load generator, not the target, was the bottleneck: the event loop lagged',
      'the load generator, not the target, was the bottleneck: the CPU was saturated',
    ]);
  });

  it('takes another rule as one more entry', () => {
    const m = measured(fast(), 3000);
    const thresholds = evaluateThresholds([parse('http_req_duration: p(95)<100')], m);
    const evaluation = decideVerdict(thresholds, m, [
      () => [{ verdict: 'inconclusive', reason: 'the baseline could not be read' }],
    ]);
    expect(evaluation).toMatchObject({
      verdict: 'inconclusive',
      reasons: ['the baseline could not be read'],
    });
  });
});

describe('planProgress', () => {
  it('counts a stop within the scheduler slack of the end as the whole plan', () => {
    expect(planProgress(10_000, 10_000 - PLAN_SLACK_MS + 1, 'cancelled (SIGINT)')).toEqual({
      plannedMs: 10_000,
      ranMs: 10_000 - PLAN_SLACK_MS + 1,
      fraction: 0.995,
      completed: true,
    });
    expect(planProgress(10_000, 7000, 'cancelled (SIGINT)')).toEqual({
      plannedMs: 10_000,
      ranMs: 7000,
      fraction: 0.7,
      completed: false,
      stoppedBy: 'cancelled (SIGINT)',
    });
    expect(describePlan(planProgress(60_000, 2500, 'cancelled (SIGTERM)'))).toBe(
      'ran 2.5 s of a 60 s plan (4 %): cancelled (SIGTERM)',
    );
  });
});

describe('capacity_rps', () => {
  const bound = (capacityRps: number, capacityBound: BreakpointMeasurements['capacityBound']) => {
    const step = {
      rate: 100,
      achievedRps: 100,
      requests: 100,
      p95: 5,
      errorRate: 0,
      dropped: 0,
      held: capacityRps > 0,
      failed: [],
      judgedFromMs: 250,
      judgedToMs: 1000,
    };
    return { ...measured(fast(), 3000), breakpoint: { steps: [step], capacityRps, capacityBound } };
  };

  it('an exact capacity is judged like any value', () => {
    const m = bound(320, 'exact');
    expect(decide(['capacity_rps: value>=300'], m).verdict).toBe('pass');
    expect(decide(['capacity_rps: value>=500'], m).verdict).toBe('fail');
    expect(decide(['capacity_rps: value<500'], m).verdict).toBe('pass');
  });

  it('"at least X" passes value>=N when X >= N, and cannot decide an upper limit or a bound above X', () => {
    const m = bound(640, 'at-least');
    expect(decide(['capacity_rps: value>=500'], m)).toMatchObject({ verdict: 'pass', reasons: [] });
    const upper = decide(['capacity_rps: value<1000'], m);
    expect(upper.results[0]).toMatchObject({ status: 'inconclusive', actual: 640 });
    expect(upper.verdict).toBe('inconclusive');
    expect(upper.reasons[0]).toMatch(
      /^capacity_rps: value<1000 cannot be decided: only a lower bound is known \(at least 640 req\/s\)/,
    );
    expect(decide(['capacity_rps: value>=1000'], m).verdict).toBe('inconclusive');
    // A value below the bound can be decided: capacity is at least 640, so < 500 fails.
    expect(decide(['capacity_rps: value<500'], m).verdict).toBe('fail');
    expect(capacityText(m.breakpoint)).toBe('at least 640 req/s (no step broke)');
  });

  it('an undecidable threshold gives way to one that fails', () => {
    const m = bound(640, 'at-least');
    expect(decide(['capacity_rps: value<1000', 'http_req_duration: p(95)<1'], m).verdict).toBe('fail');
  });

  it('judges the lower bound at both ends of [bound, ∞)', () => {
    const t = (text: string) => parse(`capacity_rps: ${text}`);
    expect(judgeLowerBound(500, t('value>=500'))).toBe('pass');
    expect(judgeLowerBound(499, t('value>=500'))).toBe('inconclusive');
    expect(judgeLowerBound(500, t('value>500'))).toBe('inconclusive');
    expect(judgeLowerBound(500, t('value<=500'))).toBe('inconclusive');
    expect(judgeLowerBound(501, t('value<=500'))).toBe('fail');
    expect(judgeLowerBound(600, t('value==500'))).toBe('fail');
    expect(judgeLowerBound(400, t('value==500'))).toBe('inconclusive');
  });

  it('says when the first step broke already', () => {
    expect(capacityText(bound(0, 'exact').breakpoint)).toBe(
      '0 req/s (the first step, 100 req/s, already broke)',
    );
  });
});

describe('capacity_rps in the settings', () => {
  const settings = (inputs: Partial<RawInputs>) => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-verdict-'));
    return resolveSettings(rawInputs({ 'report-dir': path.join(workspace, 'report'), ...inputs }), {
      workspace,
    });
  };

  it('is refused outside the breakpoint scenario, at the threshold line', () => {
    expect(() =>
      settings({
        'target-url': 'http://127.0.0.1:1',
        rate: '50',
        thresholds: 'http_req_duration: p(95)<250\ncapacity_rps: value>=500',
      }),
    ).toThrow(
      /input 'thresholds' line 2: got "capacity_rps: value>=500", but capacity_rps is measured by the breakpoint scenario only; expected scenario: breakpoint/,
    );
    expect(() =>
      settings({
        'target-url': 'http://127.0.0.1:1',
        scenario: 'load',
        rate: '50',
        thresholds: 'capacity_rps: value>=5',
      }),
    ).toThrow(/this run is the load scenario/);
  });

  it('is accepted with the breakpoint scenario', () => {
    const s = settings({
      'target-url': 'http://127.0.0.1:1',
      scenario: 'breakpoint',
      rate: '100',
      thresholds: 'capacity_rps: value>=500',
    });
    expect(s.thresholds.map((t) => t.metric)).toEqual(['capacity_rps']);
  });
});
