/**
 * The one rule every report text counts things with, so no report says "all 1
 * thresholds met" or "1 SLOs failed": the noun agrees with its number.
 */
import { formatNumber } from './format.js';

/** The noun for `n` of them: `threshold` for 1, `thresholds` otherwise (0 included). */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** `1 threshold`, `3 thresholds`, `1,200 requests`. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${noun(n, one, many)}`;
}

/** `the 1 threshold` or `all 3 thresholds`: the whole of a set, without "all 1". */
export function allOf(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? `the 1 ${one}` : `all ${formatNumber(n)} ${many}`;
}

/** `2 of 3 SLOs`, `1 of 1 SLO`: a part of a set, the noun agreeing with the whole. */
export function partOf(part: number, whole: number, one: string, many = `${one}s`): string {
  return `${formatNumber(part)} of ${countOf(whole, one, many)}`;
}
