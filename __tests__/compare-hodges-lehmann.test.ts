import { describe, expect, it } from 'vitest';

import { hodgesLehmann, type ShiftEstimate } from '../src/compare/hodges-lehmann.js';
import { parkMiller, relativeError } from './helpers/park-miller.js';

// Reference values from R 4.2.2: r <- wilcox.test(x, y, conf.int = TRUE, ...), printed with
// sprintf("%.17g") as r$estimate, r$conf.int[1:2], attr(r$conf.int, "conf.level").
const hx = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const hy = [1.15, 0.88, 0.9, 0.74, 1.21];
const tiedA = [1, 2, 2, 3, 4, 5, 5, 5, 7];
const tiedB = [3, 3, 4, 6, 6, 8, 9];
// The series are rebuilt in R with pm() from helpers/park-miller.ts.
const x49 = parkMiller(3, 49).map((s) => 10 + (s % 100000) / 1000);
const y49 = parkMiller(5, 49).map((s) => 10.4 + (s % 100000) / 1000);
const x60 = parkMiller(11, 60).map((s) => 100 + (s % 100000) / 1000);
const y60 = parkMiller(29, 60).map((s) => 98 + (s % 100000) / 1000);
const x200 = parkMiller(7, 200).map((s) => 50 + (s % 400) / 10);
const y200 = parkMiller(13, 200).map((s) => 48 + (s % 400) / 10);

const REL = 1e-9;

function expectShift(
  actual: ShiftEstimate,
  expected: [number, number, number, number],
  method: 'exact' | 'normal',
) {
  const [estimate, lower, upper, confidence] = expected;
  expect(actual.method).toBe(method);
  expect(relativeError(actual.estimate, estimate)).toBeLessThan(REL);
  expect(relativeError(actual.lower, lower)).toBeLessThan(REL);
  expect(relativeError(actual.upper, upper)).toBeLessThan(REL);
  expect(relativeError(actual.confidence, confidence)).toBeLessThan(REL);
}

describe('hodgesLehmann, exact (small samples, no ties)', () => {
  it('Hollander & Wolfe, two-sided at 0.95 and 0.99', () => {
    // R: wilcox.test(hx, hy, conf.int = TRUE, conf.level = 0.95)
    //   → estimate 0.30500000000000005, CI [-0.15000000000000002, 0.7599999999999999]
    expectShift(
      hodgesLehmann(hx, hy),
      [0.30500000000000005, -0.15000000000000002, 0.7599999999999999, 0.95],
      'exact',
    );
    // R: wilcox.test(hx, hy, conf.int = TRUE, conf.level = 0.99) → CI [-0.34999999999999987, 1.0099999999999998]
    expectShift(
      hodgesLehmann(hx, hy, { confidence: 0.99 }),
      [0.30500000000000005, -0.34999999999999987, 1.0099999999999998, 0.99],
      'exact',
    );
  });

  it('one-sided intervals', () => {
    // R: wilcox.test(hx, hy, alternative = "greater", conf.int = TRUE) → CI [-0.07999999999999996, Inf]
    expectShift(
      hodgesLehmann(hx, hy, { alternative: 'greater' }),
      [0.30500000000000005, -0.07999999999999996, Infinity, 0.95],
      'exact',
    );
    // R: wilcox.test(hx, hy, alternative = "less", conf.int = TRUE, conf.level = 0.9) → CI [-Inf, 0.69999999999999996]
    expectShift(
      hodgesLehmann(hx, hy, { alternative: 'less', confidence: 0.9 }),
      [0.30500000000000005, -Infinity, 0.69999999999999996, 0.9],
      'exact',
    );
  });

  it('reports the confidence reached when the request cannot be met', () => {
    // R: wilcox.test(c(1,2,3), c(4,5), conf.int = TRUE) → warning "Requested conf.level not achievable",
    //   estimate -2.5, CI [-4, -1], conf.level 0.80000000000000004
    expectShift(hodgesLehmann([1, 2, 3], [4, 5]), [-2.5, -4, -1, 0.80000000000000004], 'exact');
  });

  it('49 × 49 (2401 pairwise differences)', () => {
    // R: wilcox.test(x49, y49, conf.int = TRUE) → estimate 2.8329999999999984,
    //   CI [-9.2190000000000083, 13.872999999999998]
    expectShift(
      hodgesLehmann(x49, y49),
      [2.8329999999999984, -9.2190000000000083, 13.872999999999998, 0.95],
      'exact',
    );
    // R: wilcox.test(x49, y49, alternative = "less", conf.int = TRUE) → CI [-Inf, 11.853999999999999]
    expectShift(
      hodgesLehmann(x49, y49, { alternative: 'less' }),
      [2.8329999999999984, -Infinity, 11.853999999999999, 0.95],
      'exact',
    );
  });

  it('the estimate is the median of the pairwise differences', () => {
    // R: wilcox.test(c(6,7,8,9,10), c(1,2,3,4,5), conf.int = TRUE) → estimate 5, CI [2, 8]
    expectShift(hodgesLehmann([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]), [5, 2, 8, 0.95], 'exact');
  });
});

describe('hodgesLehmann, normal approximation (ties or large samples)', () => {
  it('tied small samples, with and without continuity correction', () => {
    // R: wilcox.test(tiedA, tiedB, conf.int = TRUE) → estimate -1.9999797001322739,
    //   CI [-4.0000314821479481, 0.99999933332539459]
    expectShift(
      hodgesLehmann(tiedA, tiedB),
      [-1.9999797001322739, -4.0000314821479481, 0.99999933332539459, 0.95],
      'normal',
    );
    // R: wilcox.test(tiedA, tiedB, conf.int = TRUE, correct = FALSE) → CI [-4.0000089096686047, 0.99991600927908153]
    expectShift(
      hodgesLehmann(tiedA, tiedB, { correct: false }),
      [-1.9999797001322739, -4.0000089096686047, 0.99991600927908153, 0.95],
      'normal',
    );
    // R: wilcox.test(tiedA, tiedB, alternative = "greater", conf.int = TRUE) → CI [-3.9999276321798005, Inf]
    expectShift(
      hodgesLehmann(tiedA, tiedB, { alternative: 'greater' }),
      [-1.9999797001322739, -3.9999276321798005, Infinity, 0.95],
      'normal',
    );
  });

  it('n = 60 each, no ties', () => {
    // R: wilcox.test(x60, y60, conf.int = TRUE) → estimate -0.80017590716486109,
    //   CI [-11.433062868971927, 10.730038618165775]
    expectShift(
      hodgesLehmann(x60, y60),
      [-0.80017590716486109, -11.433062868971927, 10.730038618165775, 0.95],
      'normal',
    );
    // R: wilcox.test(x60, y60, alternative = "greater", conf.int = TRUE, conf.level = 0.9) → CI [-7.9390465360010429, Inf]
    expectShift(
      hodgesLehmann(x60, y60, { alternative: 'greater', confidence: 0.9 }),
      [-0.80017590716486109, -7.9390465360010429, Infinity, 0.9],
      'normal',
    );
  });

  it('n = 200 each with ties, and 200 against 150', () => {
    // R: wilcox.test(x200, y200, conf.int = TRUE) → estimate 2.5000652050350989,
    //   CI [0.19998602805813379, 4.7999289443749298]
    expectShift(
      hodgesLehmann(x200, y200),
      [2.5000652050350989, 0.19998602805813379, 4.7999289443749298, 0.95],
      'normal',
    );
    // R: wilcox.test(x200, y200, alternative = "less", conf.int = TRUE, conf.level = 0.99) → CI [-Inf, 5.2000381527580668]
    expectShift(
      hodgesLehmann(x200, y200, { alternative: 'less', confidence: 0.99 }),
      [2.5000652050350989, -Infinity, 5.2000381527580668, 0.99],
      'normal',
    );
    // R: wilcox.test(x200, y200[1:150], conf.int = TRUE, correct = FALSE) → estimate 2.9000148752198465,
    //   CI [0.40002790195351434, 5.4999547132644642]
    expectShift(
      hodgesLehmann(x200, y200.slice(0, 150), { correct: false }),
      [2.9000148752198465, 0.40002790195351434, 5.4999547132644642, 0.95],
      'normal',
    );
  });

  it('a long series, without forming the n·m differences', () => {
    // 5 000 per side would be 2.5·10⁷ differences; the rank-based root finding needs none.
    // R: x <- 100 + (pm(17, 5000) %% 10000)/100; y <- 95 + (pm(19, 5000) %% 10000)/100
    //    wilcox.test(x, y, conf.int = TRUE) → estimate 4.9500325221661141,
    //    CI [3.8100234803223616, 6.0900383382828114]
    const x = parkMiller(17, 5000).map((s) => 100 + (s % 10_000) / 100);
    const y = parkMiller(19, 5000).map((s) => 95 + (s % 10_000) / 100);
    expectShift(
      hodgesLehmann(x, y),
      [4.9500325221661141, 3.8100234803223616, 6.0900383382828114, 0.95],
      'normal',
    );
  });

  it('two constant samples: the shift is their difference', () => {
    expect(hodgesLehmann([5, 5, 5], [3, 3, 3])).toMatchObject({ estimate: 2, lower: 2, upper: 2 });
  });

  it('rejects a confidence outside (0, 1)', () => {
    expect(() => hodgesLehmann(hx, hy, { confidence: 1.5 })).toThrow(/between 0 and 1/);
  });
});
