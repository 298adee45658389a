import { describe, expect, it } from 'vitest';
import {
  lognormalRatioSkewness,
  skewCorrectedInterval,
  skewCorrectedPBelowZero,
  tQuantile,
} from '../../src/stats/index.js';

/** Values whose logs have mean 0 and sample variance exactly `variance` (pairs ±a, a = √(v·(n−1)/n)). */
function logSpread(n: number, variance: number): number[] {
  const a = Math.sqrt((variance * (n - 1)) / n);
  return Array.from({ length: n }, (_, i) => Math.exp(i % 2 === 0 ? a : -a));
}

describe('skewness of the log-ratio influence values under a lognormal fit', () => {
  it('with a huge offset the base side is constant and ψ has the lognormal skewness (e^v + 2)·√(e^v − 1)', () => {
    const v = 0.64;
    const next = logSpread(40, v);
    const base = next.map((_, i) => Math.exp(i % 4 < 2 ? 0.5 : -0.5));
    const expected = (Math.exp(v) + 2) * Math.sqrt(Math.exp(v) - 1);
    expect(lognormalRatioSkewness(base, next, 1e7)).toBeCloseTo(expected, 5);
  });

  it('is 0 when the two versions are identical item by item (ψ is then 0 with no offset)', () => {
    const values = logSpread(30, 1);
    expect(lognormalRatioSkewness(values, values, 0)).toBe(0);
  });

  it('uses the larger log-variance for both versions: a new run that lost its tail keeps the base skewness', () => {
    const spread = logSpread(50, 1);
    const narrow = logSpread(50, 0.25);
    const base = spread;
    const tailless = narrow.map((value, i) => (i % 4 < 2 ? value : 1 / value));
    const wideBoth = spread.map((value, i) => (i % 4 < 2 ? value : 1 / value));
    expect(lognormalRatioSkewness(base, tailless, 0.5)).toBeCloseTo(
      lognormalRatioSkewness(base, wideBoth, 0.5),
      12,
    );
    expect(lognormalRatioSkewness(base, wideBoth, 0.5)).toBeGreaterThan(1);
  });

  it('overflowing moments give an infinite skewness, and then an unbounded interval', () => {
    const next = logSpread(10, 400);
    const skewness = lognormalRatioSkewness(next, next.slice().reverse(), 1);
    expect(skewness).toBe(Infinity);
    expect(skewCorrectedInterval(0, 1, 10, skewness, 0.9)).toEqual({
      lower: -Infinity,
      upper: Infinity,
      level: 0.9,
    });
  });
});

describe('Cornish–Fisher (skewness-corrected) t interval', () => {
  it('is the t interval when the skewness is 0', () => {
    const interval = skewCorrectedInterval(0.1, 0.05, 50, 0, 0.9);
    const t = tQuantile(0.95, 49);
    expect(interval.lower).toBeCloseTo(0.1 - t * 0.05, 12);
    expect(interval.upper).toBeCloseTo(0.1 + t * 0.05, 12);
  });

  it('moves both bounds up by γ(2z² + 1)/(6√C)·se for right-skewed values', () => {
    const plain = skewCorrectedInterval(0, 1, 50, 0, 0.9);
    const skewed = skewCorrectedInterval(0, 1, 50, 3, 0.9);
    const shift = (3 * (2 * 1.6448536269514722 ** 2 + 1)) / (6 * Math.sqrt(50));
    expect(skewed.upper - plain.upper).toBeCloseTo(shift, 9);
    expect(skewed.lower - plain.lower).toBeCloseTo(shift, 9);
  });

  it('its p of "θ ≥ 0" is the level at which the upper bound reaches 0', () => {
    const p = skewCorrectedPBelowZero(-0.4, 0.15, 50, 2.5);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.5);
    expect(skewCorrectedInterval(-0.4, 0.15, 50, 2.5, 1 - 2 * p).upper).toBeCloseTo(0, 8);
    expect(skewCorrectedPBelowZero(0.1, 0.15, 50, 2.5)).toBe(1);
  });
});
