import { describe, expect, it } from 'vitest';
import { createRng, rngFromState } from '../../src/stats/index.js';

describe('xoshiro128**', () => {
  it('matches the reference stream from state (1, 2, 3, 4)', () => {
    const rng = rngFromState([1, 2, 3, 4]);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([11520, 0, 5927040]);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(a.seed).toBe(42);
  });

  it('draws doubles in [0, 1) and unbiased integers', () => {
    const rng = createRng(1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      counts[rng.nextInt(10)]!++;
    }
    // χ² with 9 df: 99.9% quantile 27.9.
    const chi2 = counts.reduce((sum, count) => sum + (count - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.9);
    expect(() => rng.nextInt(0)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(RangeError);
  });
});
