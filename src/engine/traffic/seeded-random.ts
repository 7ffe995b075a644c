/**
 * Reproducible random numbers for twin traffic (a canary and its live baseline). Two
 * twins must make the same choices for their k-th request however differently their
 * targets answer (a failed login, a 401 and its retry), so each choice is a function of
 * a seed and the request's number, never of how many numbers were drawn before it.
 */
import type { RandomSource } from './endpoint-picker.js';

/** A 32-bit integer hash with good avalanche (the `lowbias32` finaliser). */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A uniform number in [0, 1) that depends only on `seed` and `n` (both 32-bit integers). */
export function uniformAt(seed: number, n: number): number {
  return mix32((seed ^ mix32(n + 0x9e3779b9)) >>> 0) / 4294967296;
}

/** A seed for one purpose (picks, think times, templates) derived from a pair's seed. */
export function subSeed(seed: number, purpose: number): number {
  return mix32((seed + Math.imul(purpose, 0x85ebca6b)) >>> 0);
}

/** A seed drawn from `random` (e.g. `Math.random`, or a test's fixed source). */
export function drawSeed(random: RandomSource): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

/**
 * A stream of uniform numbers (mulberry32) that can be started again from a new seed
 * without allocating, so a request's template values can be drawn afresh per request.
 */
export class SeededStream {
  private state = 0;
  /** Bound once, to hand to code that takes a {@link RandomSource}. */
  readonly next: RandomSource = () => {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  constructor(seed = 0) {
    this.state = seed >>> 0;
  }

  /** Starts the stream again from `seed`. */
  reset(seed: number): this {
    this.state = seed >>> 0;
    return this;
  }
}
