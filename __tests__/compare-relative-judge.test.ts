import { describe, expect, it } from 'vitest';

import { judgeRelativeThreshold, MIN_INTERVALS } from '../src/compare/relative-judge.js';
import type { RelativeThreshold } from '../src/compare/types.js';
import { relativeThresholdProblems } from '../src/compare/validate-threshold.js';
import { uniforms } from './helpers/park-miller.js';

/** Per-interval values around `level`, spread ±spread/2 relative, uniform. */
function steady(seed: number, n: number, level: number, spread = 0.1): number[] {
  return uniforms(seed, n).map((u) => level * (1 + spread * (u - 0.5)));
}

/** Heavy-tailed per-interval values: Pareto with tail index 2 (infinite variance of the square). */
function heavy(seed: number, n: number, level: number): number[] {
  return uniforms(seed, n).map((u) => level / Math.sqrt(u));
}

function latency(
  canary: number[],
  baseline: number[],
  rest: Omit<RelativeThreshold, 'data'>,
): RelativeThreshold {
  return { data: { kind: 'latency', canary, baseline }, ...rest };
}

const within10 = { operator: '<', tolerance: { form: 'ratio', factor: 1.1 } } as const;

describe('judgeRelativeThreshold, latency against `baseline * k`', () => {
  it('20 % slower against a 10 % tolerance: fail, the shift reported as a relative change', () => {
    const j = judgeRelativeThreshold(latency(steady(1, 60, 120), steady(2, 60, 100), within10));
    expect(j.status).toBe('fail');
    expect(j.form).toBe('ratio');
    expect(j.method).toBe('rank-sum normal');
    expect(j.estimate).toBeGreaterThan(0.17);
    expect(j.estimate).toBeLessThan(0.23);
    expect(j.lower).toBeGreaterThan(0.1);
    expect(j.lower).toBeLessThan(j.estimate);
    expect(j.upper).toBeGreaterThan(j.estimate);
    expect(j.tolerance).toBeCloseTo(0.1, 12);
    expect(j.significant).toBe(true);
    expect(j.pValue).toBeLessThan(1e-6);
    expect(j).toMatchObject({ canarySize: 60, baselineSize: 60, confidence: 0.95 });
    expect(j.explanation).toMatch(/^canary \+\d+\.\d % \(\+\d+\.\d to \+\d+\.\d %\) against the baseline: /);
    expect(j.explanation).toContain('(< +10.0 %)');
  });

  it('3 % slower against a 10 % tolerance over 120 intervals: pass, the whole interval within', () => {
    const j = judgeRelativeThreshold(latency(steady(3, 120, 103), steady(4, 120, 100), within10));
    expect(j.status).toBe('pass');
    expect(j.upper).toBeLessThan(0.1);
    expect(j.estimate).toBeGreaterThan(0);
    expect(j.explanation).toContain('the whole 95 % interval is within the tolerance');
  });

  it('a faster canary passes too, however significant the change', () => {
    const j = judgeRelativeThreshold(latency(steady(5, 60, 80), steady(6, 60, 100), within10));
    expect(j.status).toBe('pass');
    expect(j.significant).toBe(true);
    expect(j.estimate).toBeLessThan(-0.15);
  });

  it('noisy, heavy-tailed, short: inconclusive, with the run length that would likely settle it', () => {
    const j = judgeRelativeThreshold(latency(heavy(7, 8, 105), heavy(8, 8, 100), within10));
    expect(j.status).toBe('inconclusive');
    expect(j.reason).toBe('interval-straddles');
    expect(j.method).toBe('rank-sum exact');
    expect(j.lower).toBeLessThan(0.1);
    expect(j.upper).toBeGreaterThan(0.1);
    const hint = j.runLength;
    expect(hint).toBeDefined();
    expect(hint?.lengthFactor).toBeGreaterThan(1);
    expect(hint?.additionalIntervals).toBe(Math.ceil(8 * ((hint?.lengthFactor ?? 0) - 1)));
    expect(hint?.additionalSeconds).toBe(hint?.additionalIntervals);
    expect(j.explanation).toContain(`about ${hint?.additionalSeconds} s more`);
  });

  it('runs of the suggested length mostly settle what short runs left straddling', () => {
    // No true change, heavy tails, 10 intervals a side: for each short run that straddles, a fresh run of
    // the suggested length from the same distributions. The hint aims at 80 % power if the estimate holds;
    // the short run's estimate is itself noisy, so fewer settle (62 % here), but more than a hint aimed at the
    // bare bound would (about half).
    let straddling = 0;
    let settled = 0;
    for (let seed = 100; seed < 400; seed += 2) {
      const short = judgeRelativeThreshold(latency(heavy(seed, 10, 100), heavy(seed + 1, 10, 100), within10));
      if (short.reason !== 'interval-straddles' || !short.runLength) continue;
      const n = 10 + (short.runLength.additionalIntervals ?? Number.NaN);
      // Estimates right at the tolerance ask for very long runs; leave those out to keep the test quick.
      if (n > 1000) continue;
      straddling++;
      const long = judgeRelativeThreshold(
        latency(heavy(seed + 1000, n, 100), heavy(seed + 1001, n, 100), within10),
      );
      if (long.status !== 'inconclusive') settled++;
    }
    expect(straddling).toBeGreaterThan(80);
    expect(settled / straddling).toBeGreaterThan(0.55);
  });

  it('states the seconds with longer intervals', () => {
    const j = judgeRelativeThreshold({
      data: { kind: 'latency', canary: heavy(7, 8, 105), baseline: heavy(8, 8, 100), intervalSeconds: 5 },
      ...within10,
    });
    expect(j.runLength?.additionalSeconds).toBe((j.runLength?.additionalIntervals ?? 0) * 5);
  });

  it(`fewer than ${MIN_INTERVALS} intervals on a side: inconclusive, saying so`, () => {
    const j = judgeRelativeThreshold(latency([100, 101], steady(13, 30, 100), within10));
    expect(j).toMatchObject({
      status: 'inconclusive',
      reason: 'too-few-samples',
      canarySize: 2,
      baselineSize: 30,
    });
    expect(j.runLength).toBeUndefined();
    expect(j.explanation).toBe('too few intervals to compare: canary 2, baseline 30 (at least 3 each)');
  });
});

describe('judgeRelativeThreshold, marginal band', () => {
  const band = {
    operator: '<',
    tolerance: { form: 'ratio', factor: 1.05 },
    marginal: { form: 'ratio', factor: 1.15 },
  } as const;

  it('8 % slower between a 5 % tolerance and a 15 % marginal bound: marginal', () => {
    const j = judgeRelativeThreshold(latency(steady(14, 120, 108), steady(15, 120, 100), band));
    expect(j.status).toBe('marginal');
    expect(j.tolerance).toBeCloseTo(0.05, 12);
    expect(j.marginal).toBeCloseTo(0.15, 12);
    expect(j.lower).toBeGreaterThan(0.05);
    expect(j.upper).toBeLessThan(0.15);
    expect(j.explanation).toContain('not beyond the marginal bound (< +15.0 %)');
  });

  it('25 % slower: beyond the marginal bound, fail', () => {
    const j = judgeRelativeThreshold(latency(steady(16, 120, 125), steady(17, 120, 100), band));
    expect(j.status).toBe('fail');
    expect(j.explanation).toContain('beyond the marginal bound (< +15.0 %)');
  });

  it('2 % slower: pass', () => {
    expect(judgeRelativeThreshold(latency(steady(18, 120, 102), steady(19, 120, 100), band)).status).toBe(
      'pass',
    );
  });

  it('a significant change whose interval straddles the tolerance: marginal (estimate in the band)', () => {
    // Wide spread: the estimate sits near +7 %, significant against 0, interval across +5 %.
    const j = judgeRelativeThreshold(latency(steady(20, 60, 107, 0.3), steady(21, 60, 100, 0.3), band));
    expect(j.significant).toBe(true);
    expect(j.lower).toBeLessThan(0.05);
    expect(j.estimate).toBeGreaterThan(0.05);
    expect(j.status).toBe('marginal');
    expect(j.explanation).toContain('a significant change');
  });
});

describe('judgeRelativeThreshold, throughput (`rate > baseline * k`)', () => {
  const atLeast80 = { operator: '>', tolerance: { form: 'ratio', factor: 0.8 } } as const;
  const rate = (canary: number[], baseline: number[]): RelativeThreshold => ({
    data: { kind: 'rate', canary, baseline },
    ...atLeast80,
  });

  it('30 % lower throughput: fail', () => {
    const j = judgeRelativeThreshold(rate(steady(22, 60, 140), steady(23, 60, 200)));
    expect(j.status).toBe('fail');
    expect(j.estimate).toBeLessThan(-0.25);
    expect(j.explanation).toContain('(> -20.0 %)');
  });

  it('2 % lower throughput: pass', () => {
    expect(judgeRelativeThreshold(rate(steady(24, 60, 196), steady(25, 60, 200))).status).toBe('pass');
  });

  it('idle seconds (rate 0) are judged, not turned into NaN', () => {
    const canary = steady(26, 60, 190);
    canary[10] = 0;
    canary[11] = 0;
    const j = judgeRelativeThreshold(rate(canary, steady(27, 60, 200)));
    expect(Number.isFinite(j.estimate) && Number.isFinite(j.lower) && Number.isFinite(j.upper)).toBe(true);
    expect(j.status).toBe('pass');
  });
});

describe('judgeRelativeThreshold, `baseline + d`', () => {
  const plus20 = { operator: '<', tolerance: { form: 'difference', delta: 20 }, unit: 'ms' } as const;

  it('40 ms slower against +20 ms: fail, the shift in ms', () => {
    const j = judgeRelativeThreshold(latency(steady(28, 60, 140), steady(29, 60, 100), plus20));
    expect(j.status).toBe('fail');
    expect(j.form).toBe('difference');
    expect(j.estimate).toBeGreaterThan(35);
    expect(j.estimate).toBeLessThan(45);
    expect(j.tolerance).toBe(20);
    expect(j.explanation).toContain('(< +20 ms)');
  });

  it('5 ms slower over 120 intervals: pass', () => {
    expect(judgeRelativeThreshold(latency(steady(30, 120, 105), steady(31, 120, 100), plus20)).status).toBe(
      'pass',
    );
  });

  it('`<` is strict and `<=` is not, at the bound itself', () => {
    const canary = [120, 120, 120, 120];
    const baseline = [100, 100, 100, 100];
    const strict = judgeRelativeThreshold(latency(canary, baseline, plus20));
    expect(strict).toMatchObject({ estimate: 20, lower: 20, upper: 20, status: 'fail' });
    expect(judgeRelativeThreshold(latency(canary, baseline, { ...plus20, operator: '<=' })).status).toBe(
      'pass',
    );
  });
});

describe('judgeRelativeThreshold, error rate (`rate < baseline + d`)', () => {
  const errors = (
    canary: [number, number],
    baseline: [number, number],
    delta: number,
  ): RelativeThreshold => ({
    data: {
      kind: 'proportion',
      canary: { events: canary[0], trials: canary[1] },
      baseline: { events: baseline[0], trials: baseline[1] },
    },
    operator: '<',
    tolerance: { form: 'difference', delta },
  });

  it('1.0 % against 0.2 % with +0.5 points allowed: fail', () => {
    const j = judgeRelativeThreshold(errors([50, 5000], [10, 5000], 0.005));
    expect(j).toMatchObject({ status: 'fail', method: 'two-proportion score', significant: true });
    // R: newcombe(50, 5000, 10, 5000) → [0.0050665336348156009, 0.011287951932300954]
    expect(j.lower).toBeCloseTo(0.0050665336348156009, 15);
    expect(j.explanation).toContain('+0.80 pp');
  });

  it('0.12 % against 0.10 % with +1 point allowed: pass', () => {
    expect(judgeRelativeThreshold(errors([6, 5000], [5, 5000], 0.01)).status).toBe('pass');
  });

  it('3 errors in 2000 against none with +0.1 points allowed: inconclusive, in requests', () => {
    const j = judgeRelativeThreshold(errors([3, 2000], [0, 2000], 0.001));
    expect(j.status).toBe('inconclusive');
    expect(j.runLength?.lengthFactor).toBeGreaterThan(1);
    expect(j.runLength?.additionalIntervals).toBeUndefined();
    expect(j.explanation).toMatch(/a run about [\d.]+× as long would likely settle it$/);
  });

  it('`baseline * k` on error rates is judged as the difference (k − 1) · baseline rate', () => {
    const j = judgeRelativeThreshold({
      ...errors([60, 5000], [50, 5000], 0),
      tolerance: { form: 'ratio', factor: 1.5 },
    });
    expect(j.form).toBe('difference');
    expect(j.tolerance).toBeCloseTo(0.005, 15);
  });

  it('no request on a side: inconclusive', () => {
    const j = judgeRelativeThreshold(errors([0, 0], [5, 5000], 0.01));
    expect(j).toMatchObject({ status: 'inconclusive', reason: 'too-few-samples' });
    expect(j.explanation).toContain('too few requests');
  });
});

describe('relativeThresholdProblems', () => {
  it('gathers every problem, each naming its field and the value', () => {
    const problems = relativeThresholdProblems({
      data: { kind: 'latency', canary: [1, Number.NaN, 3], baseline: [1, 2, 3] },
      operator: '<',
      tolerance: { form: 'ratio', factor: 1.1 },
      marginal: { form: 'ratio', factor: 1.05 },
      confidence: 95,
    });
    expect(problems).toEqual([
      'marginal: must be looser than the tolerance (at least 1.1), got 1.05',
      'confidence: expected a number between 0 and 1 (e.g. 0.95), got 95',
      'canary[1]: expected a finite value ≥ 0, got NaN',
    ]);
  });

  it('a marginal bound of another form, a factor that is not positive', () => {
    expect(
      relativeThresholdProblems({
        data: { kind: 'proportion', canary: { events: 3, trials: 2 }, baseline: { events: 0, trials: 10 } },
        operator: '>',
        tolerance: { form: 'ratio', factor: -1 },
        marginal: { form: 'difference', delta: 1 },
      }),
    ).toEqual([
      'tolerance: the factor of "baseline * k" must be a positive number, got -1',
      'marginal: must have the same form as the tolerance ("baseline * …")',
      'canary: expected whole counts with 0 ≤ events ≤ trials, got 3 of 2',
    ]);
  });

  it('the judge refuses an invalid threshold rather than guess', () => {
    expect(() =>
      judgeRelativeThreshold(
        latency([1, 2, 3], [1, 2, 3], {
          operator: '>',
          tolerance: { form: 'ratio', factor: 0.9 },
          marginal: { form: 'ratio', factor: 0.95 },
        }),
      ),
    ).toThrow(/marginal: must be looser than the tolerance \(at most 0.9\)/);
  });
});
