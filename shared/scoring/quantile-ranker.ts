/**
 * Percent ranks within a population, from one sorted copy and binary search (O(n log n) to build,
 * O(log n) per look-up). NaN marks a missing value: excluded from the population.
 */
export class QuantileRanker {
  private readonly sorted: Float64Array;

  constructor(values: ArrayLike<number>) {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
    const sorted = new Float64Array(n);
    let j = 0;
    for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) sorted[j++] = values[i];
    sorted.sort();
    this.sorted = sorted;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Values strictly below v. */
  countBelow(v: number): number {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Values strictly above v. */
  countAbove(v: number): number {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return a.length - lo;
  }

  /**
   * Excel PERCENTRANK.INC style: share of the other customers with a strictly lower value (strictly
   * higher when inverted), in 0..1; ties share a rank; 1 for a population of one.
   */
  percentRank(v: number, invert = false): number {
    const n = this.sorted.length;
    if (n <= 1) return 1;
    return (invert ? this.countAbove(v) : this.countBelow(v)) / (n - 1);
  }
}
