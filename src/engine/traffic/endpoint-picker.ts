/**
 * Weighted choice of the next endpoint: cumulative weights and a binary search,
 * O(log n) per pick with no allocation. The random source is injectable for tests.
 */

/** Returns a number in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

export class EndpointPicker {
  private readonly cumulative: Float64Array;
  private readonly total: number;
  private readonly random: RandomSource;

  /**
   * @param weights one weight per endpoint; each must be a finite number ≥ 0 and at least one > 0
   * @param random source of uniform numbers in [0, 1)
   */
  constructor(weights: readonly number[], random: RandomSource = Math.random) {
    if (weights.length === 0) throw new RangeError('EndpointPicker needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      if (!Number.isFinite(weight) || weight < 0) {
        throw new RangeError(`weight ${index} is ${weight}; expected a finite number ≥ 0`);
      }
      sum += weight;
      this.cumulative[index] = sum;
    });
    if (sum <= 0) throw new RangeError('EndpointPicker needs at least one weight above 0');
    this.total = sum;
    this.random = random;
  }

  /** Index of the next endpoint. */
  next(): number {
    return this.cumulative.length === 1 ? 0 : this.indexAt(this.random());
  }

  /** The endpoint a given uniform number in [0, 1) chooses (twins choose alike from the same number). */
  indexAt(uniform: number): number {
    const cumulative = this.cumulative;
    const last = cumulative.length - 1;
    if (last === 0) return 0;
    const point = uniform * this.total;
    // The first index whose cumulative weight is above `point` (zero-weight entries are never chosen).
    let low = 0;
    let high = last;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! > point) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
