/**
 * Small seeded PRNG (mulberry32) so generated tenants are identical on every
 * machine and Node version; Math.random cannot be seeded.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    // Mix the seed once so neighbouring seeds (1, 2, 3...) do not start in step.
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0x6d2b79f5) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** Picks one element; the array must not be empty. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError("pick() needs a non-empty array");
    return item;
  }

  /** Picks an index according to relative weights (need not sum to 1). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /**
   * k distinct integers from [0, n), sorted ascending (Floyd's algorithm):
   * O(k) time, so a 5 000-member group of a 100 000-user tenant stays cheap.
   */
  sample(n: number, k: number, scratch: Uint8Array): Int32Array {
    const count = Math.min(k, n);
    const out = new Int32Array(count);
    let filled = 0;
    for (let j = n - count; j < n; j++) {
      const t = this.int(j + 1);
      const chosen = scratch[t] === 1 ? j : t;
      scratch[chosen] = 1;
      out[filled++] = chosen;
    }
    for (let i = 0; i < count; i++) scratch[out[i] ?? 0] = 0; // leave scratch clean for the next call
    return out.sort();
  }
}
