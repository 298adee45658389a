import { describe, expect, it } from 'vitest';
import { newcombeDifference, twoProportionZTest, wilsonInterval } from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

describe('wilsonInterval', () => {
  it('has the shape the aggregation stage uses and exact ends', () => {
    expect(wilsonInterval(0, 0)).toEqual({
      estimate: NaN,
      lower: 0,
      upper: 1,
      level: 0.95,
      method: 'wilson',
    });
    expect(wilsonInterval(0, 1).lower).toBe(0);
    expect(wilsonInterval(1, 1).upper).toBe(1);
    const ninety = wilsonInterval(45, 50, 0.9);
    const ninetyFive = wilsonInterval(45, 50, 0.95);
    expect(ninety.lower).toBeGreaterThan(ninetyFive.lower);
    expect(ninety.upper).toBeLessThan(ninetyFive.upper);
  });

  it('equals the closed form at an arbitrary level', () => {
    const z = 1.6448536269514722;
    const p = 0.3;
    const n = 40;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    const interval = wilsonInterval(12, 40, 0.9);
    expectClose(interval.lower, centre - half, 1e-12);
    expectClose(interval.upper, centre + half, 1e-12);
  });

  it('rejects impossible counts and levels', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(RangeError);
  });
});

describe('newcombeDifference and twoProportionZTest', () => {
  it('is antisymmetric in the two samples', () => {
    const forward = newcombeDifference(30, 40, 20, 45);
    const backward = newcombeDifference(20, 45, 30, 40);
    expectClose(forward.lower, -backward.upper, 1e-12);
    expectClose(forward.upper, -backward.lower, 1e-12);
  });

  it('stays within [−1, 1] and handles empty samples', () => {
    const extreme = newcombeDifference(10, 10, 0, 10);
    expect(extreme.upper).toBeLessThanOrEqual(1);
    expect(extreme.lower).toBeGreaterThan(0);
    expect(newcombeDifference(0, 0, 3, 5)).toMatchObject({ lower: -1, upper: 1 });
    expect(twoProportionZTest(0, 0, 3, 5)).toMatchObject({ pTwoSided: 1, pGreater: 1, pLess: 1 });
  });

  it('gives p = 1 when the pooled variance is 0', () => {
    expect(twoProportionZTest(0, 10, 0, 12)).toMatchObject({ z: 0, pTwoSided: 1, pGreater: 1, pLess: 1 });
    expect(twoProportionZTest(10, 10, 12, 12)).toMatchObject({ pTwoSided: 1 });
  });
});
