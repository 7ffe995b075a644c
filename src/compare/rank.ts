/**
 * Mid-ranks of a pooled sample, as R's `rank(ties.method = "average")`.
 *
 * The rank-sum test and the shift interval both need the ranks and the tie
 * term Σ(t³ − t) over groups of equal values: the term shrinks the variance of
 * the rank sum, so leaving it out would make a tied sample look more certain
 * than it is.
 */

export interface Ranking {
  /** Rank of each value, in input order; tied values share their mean rank. */
  readonly ranks: Float64Array;
  /** Σ(t³ − t) over the groups of tied values (0 when all values differ). */
  readonly tieTerm: number;
}

export function rankWithTies(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start] as number];
    while (end < n && values[order[end] as number] === value) end++;
    // Positions start..end-1 hold ranks start+1..end: their mean.
    const meanRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = meanRank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { ranks, tieTerm };
}
