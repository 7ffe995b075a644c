/**
 * A share of the load: part `index` of `count` equal parts, for the worker threads of
 * one runner and for the shards of a matrix (and both at once, composed).
 *
 * The split is by global position, not by a scaled figure, so the parts add up to
 * the configured load exactly: VU `i` (counted from 0 across the whole load) belongs
 * to the part with `i % count === index`, and so does the `i`th arrival of the open
 * model's schedule. Every part computes the same global plan and keeps its residue
 * class, so no coordination is needed while the load runs, and a data row follows
 * its VU (rows are handed out by global VU index) whichever part runs it.
 */
export interface LoadShare {
  /** This part, 0-based: 0 ≤ index < count. */
  index: number;
  /** How many parts the load is split into (≥ 1). */
  count: number;
}

/** The whole load: one part of one. */
export const WHOLE_LOAD: LoadShare = { index: 0, count: 1 };

/** Whether the VU (or arrival) at global position `position` belongs to this share. */
export function ownsPosition(share: LoadShare, position: number): boolean {
  return position % share.count === share.index;
}

/** How many of the first `total` positions belong to this share (the VUs it runs at a level of `total`). */
export function positionsOwned(share: LoadShare, total: number): number {
  if (total <= share.index) return 0;
  return Math.floor((total - share.index - 1) / share.count) + 1;
}

/** The global position of this share's `local`th position (0-based). */
export function globalPosition(share: LoadShare, local: number): number {
  return share.index + local * share.count;
}

/**
 * Part `inner` of part `outer`: shard k/n split again across m workers is part
 * k + n·j of n·m, so residue classes nest and the union over all workers of all
 * shards is still every position once.
 */
export function composeShares(outer: LoadShare, inner: LoadShare): LoadShare {
  return { index: outer.index + outer.count * inner.index, count: outer.count * inner.count };
}

/** "2/4" style, 1-based, as users write shards. */
export function describeShare(share: LoadShare): string {
  return `${share.index + 1}/${share.count}`;
}
