/**
 * The exact null distribution of the Mann-Whitney U statistic (R's `dwilcox`,
 * `pwilcox`, `qwilcox`), used when both samples are small and untied.
 *
 * The counts are built by adding one pooled position at a time, so every step
 * is a sum of non-negative numbers: no cancellation, and the small tail counts
 * that p-values depend on stay exact. Cost is O(N·n·nm) for N = n + m, about
 * 12 million additions at the largest exact size (49 × 49).
 */

const cache = new Map<string, Float64Array>();
const CACHE_LIMIT = 16;

/**
 * counts[u] = number of ways to place the n x-values among n + m positions so
 * that U = u (U = Σ ranks of x − n(n+1)/2 = number of (x, y) pairs with x > y).
 */
export function rankSumCounts(n: number, m: number): Float64Array {
  const small = Math.min(n, m);
  const large = Math.max(n, m);
  const key = `${small}x${large}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const maxU = small * large;
  // poly[k][u]: ways to choose k of the positions seen so far with partial U = u.
  const poly = Array.from({ length: small + 1 }, () => new Float64Array(maxU + 1));
  (poly[0] as Float64Array)[0] = 1;
  for (let j = 1; j <= small + large; j++) {
    for (let k = Math.min(j, small); k >= 1; k--) {
      // The k-th chosen value at position j has j − k of the others below it.
      const shift = j - k;
      if (shift > large) continue;
      const from = poly[k - 1] as Float64Array;
      const to = poly[k] as Float64Array;
      for (let u = maxU - shift; u >= 0; u--) {
        const ways = from[u] as number;
        if (ways !== 0) to[u + shift] = (to[u + shift] as number) + ways;
      }
    }
  }
  const counts = poly[small] as Float64Array;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, counts);
  return counts;
}

function total(counts: Float64Array): number {
  let sum = 0;
  for (const c of counts) sum += c;
  return sum;
}

/** P(U ≤ q) (lowerTail) or P(U > q), summing over the shorter side as R does. */
export function rankSumCdf(q: number, n: number, m: number, lowerTail = true): number {
  const nm = n * m;
  q = Math.floor(q + 1e-7);
  if (q < 0) return lowerTail ? 0 : 1;
  if (q >= nm) return lowerTail ? 1 : 0;
  const counts = rankSumCounts(n, m);
  const c = total(counts);
  let p = 0;
  if (q <= nm / 2) {
    for (let i = 0; i <= q; i++) p += (counts[i] as number) / c;
    return lowerTail ? p : 1 - p;
  }
  // By symmetry P(U > q) = P(U < nm − q).
  for (let i = 0; i < nm - q; i++) p += (counts[i] as number) / c;
  return lowerTail ? 1 - p : p;
}

/** Smallest q with P(U ≤ q) ≥ p, with R's 10·ε fuzz so round p-values land as R's. */
export function rankSumQuantile(p: number, n: number, m: number): number {
  const counts = rankSumCounts(n, m);
  const c = total(counts);
  let cumulative = 0;
  let q = 0;
  if (p <= 0.5) {
    const target = p - 10 * 2 ** -52;
    for (;;) {
      cumulative += (counts[q] as number) / c;
      if (cumulative >= target) return q;
      q++;
    }
  }
  const target = 1 - p + 10 * 2 ** -52;
  for (;;) {
    cumulative += (counts[q] as number) / c;
    if (cumulative > target) return n * m - q;
    q++;
  }
}
