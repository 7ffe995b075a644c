import { describe, expect, it } from 'vitest';

import { compareProportions, intervalRates, wilsonInterval } from '../src/compare/count-tests.js';
import { relativeError } from './helpers/park-miller.js';

// Reference values from R 4.2.2, printed with sprintf("%.17g").
// The Newcombe interval is built in R from prop.test's Wilson intervals:
//   newcombe <- function(x1, n1, x2, n2, conf = 0.95) {
//     w1 <- prop.test(x1, n1, correct = FALSE, conf.level = conf)$conf.int
//     w2 <- prop.test(x2, n2, correct = FALSE, conf.level = conf)$conf.int
//     p1 <- x1/n1; p2 <- x2/n2; d <- p1 - p2
//     c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)) }
// and the p-value is prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value (X² = z²).
const REL = 1e-12;

interface Case {
  counts: [number, number, number, number];
  ci: [number, number];
  p: number;
  pGreater: number;
}

const cases: Case[] = [
  {
    counts: [56, 70, 48, 80],
    ci: [0.052431472402364926, 0.33387265403690586],
    p: 0.0080450813681965643,
    pGreater: 0.0040225406840982865,
  },
  {
    counts: [9, 10, 3, 10],
    ci: [0.17052272393450307, 0.80901797353548799],
    p: 0.0061698993205441532,
    pGreater: 0.0030849496602720801,
  },
  {
    counts: [5, 56, 0, 29],
    ci: [-0.038137147903536853, 0.19256001385511157],
    p: 0.097186568170579746,
    pGreater: 0.048593284085289866,
  },
  {
    counts: [10, 10, 0, 20],
    ci: [0.67908603714191484, 1],
    p: 4.3204630578274968e-8,
    pGreater: 2.1602315289137481e-8,
  },
  {
    counts: [50, 5000, 10, 5000],
    ci: [0.0050665336348156009, 0.011287951932300954],
    p: 2.2243396254722321e-7,
    pGreater: 1.1121698127361146e-7,
  },
  {
    counts: [6, 5000, 5, 5000],
    ci: [-0.0012883504826115919, 0.0017272546924270485],
    p: 0.76289806477036282,
    pGreater: 0.38144903238518141,
  },
  {
    counts: [3, 2000, 0, 2000],
    ci: [-0.00065746343014925828, 0.0044010325557706925],
    p: 0.083148881432470706,
    pGreater: 0.041574440716235478,
  },
];

describe('wilsonInterval', () => {
  it('matches prop.test(x, n, correct = FALSE)$conf.int', () => {
    // R: prop.test(3, 2000, correct = FALSE)$conf.int → [0.00051026358363848222, 0.0044010325557706925]
    const w = wilsonInterval(3, 2000, 1.959963984540054);
    expect(relativeError(w.lower, 0.00051026358363848222)).toBeLessThan(1e-9);
    expect(relativeError(w.upper, 0.0044010325557706925)).toBeLessThan(1e-9);
    // R: prop.test(0, 2000, correct = FALSE, conf.level = 0.9)$conf.int → [0, 0.0013509442079184147]
    const zero = wilsonInterval(0, 2000, 1.6448536269514722);
    expect(zero.lower).toBe(0);
    expect(relativeError(zero.upper, 0.0013509442079184147)).toBeLessThan(1e-9);
  });
});

describe('compareProportions', () => {
  it.each(cases)(
    '$counts.0/$counts.1 against $counts.2/$counts.3: Newcombe interval and pooled z test',
    (c) => {
      const [x1, n1, x2, n2] = c.counts;
      const r = compareProportions({ events: x1, trials: n1 }, { events: x2, trials: n2 });
      expect(r.difference).toBe(x1 / n1 - x2 / n2);
      expect(relativeError(r.lower, c.ci[0])).toBeLessThan(REL);
      expect(relativeError(r.upper, c.ci[1])).toBeLessThan(REL);
      expect(relativeError(r.pValue, c.p)).toBeLessThan(1e-9);
      const greater = compareProportions(
        { events: x1, trials: n1 },
        { events: x2, trials: n2 },
        { alternative: 'greater' },
      );
      expect(relativeError(greater.pValue, c.pGreater)).toBeLessThan(1e-9);
    },
  );

  it('agrees with Newcombe (1998), Table II, method 10, to the 4 decimals published', () => {
    const table: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, lower, upper] of table) {
      const r = compareProportions({ events: x1, trials: n1 }, { events: x2, trials: n2 });
      expect(r.lower).toBeCloseTo(lower, 4);
      expect(r.upper).toBeCloseTo(upper, 4);
    }
  });

  it('at 90 % confidence', () => {
    // R: newcombe(56, 70, 48, 80, 0.9) → [0.076564191544072138, 0.31364458358294378]
    const r = compareProportions({ events: 56, trials: 70 }, { events: 48, trials: 80 }, { confidence: 0.9 });
    expect(relativeError(r.lower, 0.076564191544072138)).toBeLessThan(REL);
    expect(relativeError(r.upper, 0.31364458358294378)).toBeLessThan(REL);
  });

  it('no event on either side: no evidence of a difference (R gives NaN), interval still defined', () => {
    const r = compareProportions({ events: 0, trials: 10 }, { events: 0, trials: 20 });
    expect(r.pValue).toBe(1);
    // R: newcombe(0, 10, 0, 20) → [-0.1611251580528193, 0.27753279986288915]
    expect(relativeError(r.lower, -0.1611251580528193)).toBeLessThan(REL);
    expect(relativeError(r.upper, 0.27753279986288915)).toBeLessThan(REL);
  });

  it('rejects counts that are not whole or exceed the trials', () => {
    expect(() => compareProportions({ events: 3, trials: 2 }, { events: 0, trials: 1 })).toThrow(/canary/);
    expect(() => compareProportions({ events: 1, trials: 2 }, { events: 0.5, trials: 1 })).toThrow(
      /baseline/,
    );
  });
});

describe('intervalRates', () => {
  it('divides each count by the interval length', () => {
    expect(intervalRates([10, 15, 0], 5)).toEqual([2, 3, 0]);
    expect(() => intervalRates([1], 0)).toThrow(/intervalSeconds/);
  });
});
