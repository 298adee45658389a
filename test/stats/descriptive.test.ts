import { describe, expect, it } from 'vitest';
import {
  mean,
  meanInterval,
  median,
  quantile,
  standardDeviation,
  tInterval,
  variance,
} from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

describe('descriptive statistics', () => {
  it('mean, sample variance and sd', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expectClose(variance([1, 2, 3, 4, 5]), 2.5, 1e-15);
    expectClose(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), Math.sqrt(32 / 7), 1e-15);
    expect(mean([])).toBeNaN();
    expect(variance([3])).toBeNaN();
    // Large offsets do not destroy the variance (two-pass).
    expectClose(variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), 1, 1e-9);
  });

  it('quantile is type 7 (linear interpolation, numpy default)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30], 0.95)).toBeCloseTo(29, 12);
    expect(quantile([5], 0.3)).toBe(5);
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('meanInterval is the t interval, with explicit small-n cases', () => {
    const interval = meanInterval([7.1, 6.4, 8.0, 5.5, 6.9], 0.95);
    expect(interval).toMatchObject({ n: 5, df: 4, method: 't', level: 0.95 });
    expectClose(interval.upper - interval.mean, 2.7764451051977987 * interval.se, 1e-7);
    expect(meanInterval([], 0.95)).toMatchObject({ lower: -Infinity, upper: Infinity });
    expect(meanInterval([], 0.95).mean).toBeNaN();
    expect(meanInterval([3], 0.95)).toMatchObject({ mean: 3, lower: -Infinity, upper: Infinity });
    expect(meanInterval([2, 2, 2], 0.95)).toMatchObject({ lower: 2, upper: 2 });
    expect(() => meanInterval([1, 2], 1)).toThrow(RangeError);
    expect(tInterval(1, 0.5, 0, 0.9)).toMatchObject({ lower: -Infinity, upper: Infinity });
  });
});
