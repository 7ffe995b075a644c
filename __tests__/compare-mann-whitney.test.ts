import { describe, expect, it } from 'vitest';

import { mannWhitney } from '../src/compare/mann-whitney.js';
import { rankWithTies } from '../src/compare/rank.js';
import { rankSumCdf, rankSumCounts, rankSumQuantile } from '../src/compare/rank-sum-distribution.js';
import { parkMiller, relativeError } from './helpers/park-miller.js';

// Reference values from R 4.2.2, printed with sprintf("%.17g").
// Hollander & Wolfe (1973, p. 69), the example of R's ?wilcox.test.
const hx = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const hy = [1.15, 0.88, 0.9, 0.74, 1.21];
const tiedA = [1, 2, 2, 3, 4, 5, 5, 5, 7];
const tiedB = [3, 3, 4, 6, 6, 8, 9];
// R: x49 <- 10 + (pm(3, 49) %% 100000)/1000; y49 <- 10.4 + (pm(5, 49) %% 100000)/1000 (98 distinct values)
const x49 = parkMiller(3, 49).map((s) => 10 + (s % 100000) / 1000);
const y49 = parkMiller(5, 49).map((s) => 10.4 + (s % 100000) / 1000);
// R: x60 <- 100 + (pm(11, 60) %% 100000)/1000; y60 <- 98 + (pm(29, 60) %% 100000)/1000 (no ties)
const x60 = parkMiller(11, 60).map((s) => 100 + (s % 100000) / 1000);
const y60 = parkMiller(29, 60).map((s) => 98 + (s % 100000) / 1000);
// R: x200 <- 50 + (pm(7, 200) %% 400)/10; y200 <- 48 + (pm(13, 200) %% 400)/10 (258 distinct of 400)
const x200 = parkMiller(7, 200).map((s) => 50 + (s % 400) / 10);
const y200 = parkMiller(13, 200).map((s) => 48 + (s % 400) / 10);

const REL = 1e-12;

describe('rankWithTies', () => {
  it('gives tied values their mean rank and counts Σ(t³ − t), as R rank()', () => {
    // R: rank(c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)) → 4.5 1.5 6 1.5 8 11 3 10 8 4.5 8
    const { ranks, tieTerm } = rankWithTies([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    expect([...ranks]).toEqual([4.5, 1.5, 6, 1.5, 8, 11, 3, 10, 8, 4.5, 8]);
    // Groups of 2 (the 1s), 2 (the 3s), 3 (the 5s): 6 + 6 + 24.
    expect(tieTerm).toBe(36);
  });
});

describe('exact rank-sum distribution', () => {
  it('counts arrangements: they sum to choose(n + m, n) and are symmetric', () => {
    const counts = rankSumCounts(7, 5);
    expect(counts.length).toBe(36);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(792); // choose(12, 5)
    for (let u = 0; u <= 35; u++) expect(counts[u]).toBe(counts[35 - u]);
  });

  it('matches R pwilcox and qwilcox', () => {
    // R: sprintf("%.17g", pwilcox(10, 7, 5)) → 0.13383838383838387
    expect(relativeError(rankSumCdf(10, 7, 5), 0.13383838383838387)).toBeLessThan(REL);
    // R: pwilcox(20, 7, 5, lower.tail = FALSE) → 0.31944444444444448
    expect(relativeError(rankSumCdf(20, 7, 5, false), 0.31944444444444448)).toBeLessThan(REL);
    // R: pwilcox(954, 49, 49) → 0.040229351813003474 (counts near 1e28: no cancellation)
    expect(relativeError(rankSumCdf(954, 49, 49), 0.040229351813003474)).toBeLessThan(1e-10);
    // R: qwilcox(0.025, 10, 5) → 9; qwilcox(0.975, 10, 5) → 41; qwilcox(0.025, 49, 49) → 925
    expect(rankSumQuantile(0.025, 10, 5)).toBe(9);
    expect(rankSumQuantile(0.975, 10, 5)).toBe(41);
    expect(rankSumQuantile(0.025, 49, 49)).toBe(925);
  });
});

describe('mannWhitney', () => {
  it('exact, two-sided and one-sided (Hollander & Wolfe)', () => {
    // R: wilcox.test(hx, hy) → W = 35, p-value = 0.2544122544122544 (exact)
    const two = mannWhitney(hx, hy);
    expect(two).toMatchObject({ u: 35, method: 'exact', ties: false, n: 10, m: 5 });
    expect(relativeError(two.pValue, 0.2544122544122544)).toBeLessThan(REL);
    // R: wilcox.test(hx, hy, alternative = "greater") → p-value = 0.1272061272061272
    expect(
      relativeError(mannWhitney(hx, hy, { alternative: 'greater' }).pValue, 0.1272061272061272),
    ).toBeLessThan(REL);
    // R: wilcox.test(hx, hy, alternative = "less") → p-value = 0.89676989676989671
    expect(
      relativeError(mannWhitney(hx, hy, { alternative: 'less' }).pValue, 0.89676989676989671),
    ).toBeLessThan(REL);
  });

  it('exact when every x exceeds every y', () => {
    // R: wilcox.test(c(6,7,8,9,10), c(1,2,3,4,5)) → W = 25, p-value = 0.0079365079365079361 (2/252)
    const r = mannWhitney([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]);
    expect(r.u).toBe(25);
    expect(relativeError(r.pValue, 0.0079365079365079361)).toBeLessThan(REL);
  });

  it('exact at the largest exact size, 49 × 49', () => {
    // R: wilcox.test(x49, y49) → W = 1259, p-value = 0.68158156986936869
    const two = mannWhitney(x49, y49);
    expect(two).toMatchObject({ u: 1259, method: 'exact' });
    expect(relativeError(two.pValue, 0.68158156986936869)).toBeLessThan(1e-10);
    // R: wilcox.test(x49, y49, alternative = "less") → p-value = 0.6618011795308858
    expect(
      relativeError(mannWhitney(x49, y49, { alternative: 'less' }).pValue, 0.6618011795308858),
    ).toBeLessThan(1e-10);
  });

  it('normal approximation with tie and continuity correction when values repeat', () => {
    // R: wilcox.test(tiedA, tiedB) → W = 17.5, p-value = 0.14967180134478916 (with continuity correction)
    const two = mannWhitney(tiedA, tiedB);
    expect(two).toMatchObject({ u: 17.5, method: 'normal', ties: true });
    expect(relativeError(two.pValue, 0.14967180134478916)).toBeLessThan(REL);
    // R: wilcox.test(tiedA, tiedB, alternative = "greater") → p-value = 0.93911774629783951
    expect(
      relativeError(mannWhitney(tiedA, tiedB, { alternative: 'greater' }).pValue, 0.93911774629783951),
    ).toBeLessThan(REL);
    // R: wilcox.test(tiedA, tiedB, correct = FALSE) → p-value = 0.13516238131035532
    expect(
      relativeError(mannWhitney(tiedA, tiedB, { correct: false }).pValue, 0.13516238131035532),
    ).toBeLessThan(REL);
  });

  it('normal approximation for large samples (n = 60, n = 200)', () => {
    // R: wilcox.test(x60, y60) → W = 1770, p-value = 0.87695152018682465
    const r60 = mannWhitney(x60, y60);
    expect(r60).toMatchObject({ u: 1770, method: 'normal', ties: false });
    expect(relativeError(r60.pValue, 0.87695152018682465)).toBeLessThan(REL);
    // R: wilcox.test(x60, y60, alternative = "greater") → p-value = 0.56359234427168325
    expect(
      relativeError(mannWhitney(x60, y60, { alternative: 'greater' }).pValue, 0.56359234427168325),
    ).toBeLessThan(REL);
    // R: wilcox.test(x200, y200) → W = 22444.5, p-value = 0.034519266875881242
    const r200 = mannWhitney(x200, y200);
    expect(r200).toMatchObject({ u: 22444.5, method: 'normal', ties: true });
    expect(relativeError(r200.pValue, 0.034519266875881242)).toBeLessThan(REL);
    // R: wilcox.test(x200, y200, alternative = "less") → p-value = 0.98277727452055808
    expect(
      relativeError(mannWhitney(x200, y200, { alternative: 'less' }).pValue, 0.98277727452055808),
    ).toBeLessThan(REL);
    // R: wilcox.test(x200, y200[1:150], correct = FALSE) → W = 17168, p-value = 0.020644539764068395
    const unequal = mannWhitney(x200, y200.slice(0, 150), { correct: false });
    expect(unequal.u).toBe(17168);
    expect(relativeError(unequal.pValue, 0.020644539764068395)).toBeLessThan(REL);
  });

  it('a long series: a far-tail p-value keeps its digits', () => {
    // R: (the series of the long hodgesLehmann case) wilcox.test(x, y) → W = 13708386,
    //    p-value = 5.6878787556863826e-17
    const x = parkMiller(17, 5000).map((s) => 100 + (s % 10_000) / 100);
    const y = parkMiller(19, 5000).map((s) => 95 + (s % 10_000) / 100);
    const r = mannWhitney(x, y);
    expect(r.u).toBe(13708386);
    expect(relativeError(r.pValue, 5.6878787556863826e-17)).toBeLessThan(1e-9);
  });

  it('rejects an empty sample or one that is not all finite numbers', () => {
    expect(() => mannWhitney([], [1])).toThrow(/x is empty/);
    expect(() => mannWhitney([1, Number.NaN], [1])).toThrow(/finite/);
  });
});
