import { describe, expect, it } from 'vitest';
import {
  bootstrapMeanDifference,
  createRng,
  median,
  normalQuantile,
  pairedBootstrap,
  pairedDifferences,
  pairedTTest,
  standardDeviation,
} from '../../src/stats/index.js';
import { vectors } from './helpers.js';

const tv3 = vectors.paired_t[0]!;
const tv3Diffs = pairedDifferences(tv3.base, tv3.new).diffs;

describe('paired bootstrap', () => {
  it('gives a zero difference and an interval containing 0 for identical data', () => {
    const same = [0.7, 0.1, 0.4, 0.9, 0.3];
    const result = bootstrapMeanDifference(pairedDifferences(same, same).diffs, { levels: [0.9, 0.95] });
    expect(result.estimate).toBe(0);
    for (const interval of result.intervals) {
      expect(interval.lower).toBeLessThanOrEqual(0);
      expect(interval.upper).toBeGreaterThanOrEqual(0);
    }
  });

  it('reproduces exactly with a fixed seed and records seed and B', () => {
    const first = bootstrapMeanDifference(tv3Diffs, { seed: 7, resamples: 2000 });
    const second = bootstrapMeanDifference(tv3Diffs, { seed: 7, resamples: 2000 });
    expect(second).toEqual(first);
    expect(first).toMatchObject({ seed: 7, resamples: 2000 });
    const other = bootstrapMeanDifference(tv3Diffs, { seed: 8, resamples: 2000 });
    expect(other.intervals[0]).not.toEqual(first.intervals[0]);
    expect(bootstrapMeanDifference(tv3Diffs)).toMatchObject({ seed: 12345, resamples: 10000 });
  });

  it('approximates the plug-in normal interval on TV3 within 0.02 at B = 10⁴', () => {
    // The percentile bootstrap estimates the SE with the n (not n − 1) denominator and uses z, not t, so at
    // n = 10 it is compared with d̄ ± z·s·√((n−1)/n)/√n; the t interval is wider (half-width 0.208 vs 0.171).
    const result = bootstrapMeanDifference(tv3Diffs, { levels: [0.95] });
    const n = tv3Diffs.length;
    const plugInSe = (standardDeviation(tv3Diffs) * Math.sqrt((n - 1) / n)) / Math.sqrt(n);
    const z = normalQuantile(0.975);
    expect(Math.abs(result.intervals[0]!.lower - (tv3.mean_diff - z * plugInSe))).toBeLessThan(0.02);
    expect(Math.abs(result.intervals[0]!.upper - (tv3.mean_diff + z * plugInSe))).toBeLessThan(0.02);
    expect(Math.abs(result.se / plugInSe - 1)).toBeLessThan(0.05);
    const t = pairedTTest(tv3Diffs);
    expect(result.intervals[0]!.lower).toBeGreaterThan(t.ci.lower);
    expect(result.intervals[0]!.upper).toBeLessThan(t.ci.upper);
  });

  it('agrees with the t interval within 0.02 SD at n = 400', () => {
    const rng = createRng(99);
    const diffs = Array.from({ length: 400 }, () => normalQuantile(rng.next() * 0.998 + 0.001));
    const sd = standardDeviation(diffs);
    const t = pairedTTest(diffs);
    const boot = bootstrapMeanDifference(diffs);
    expect(Math.abs(boot.intervals[0]!.lower - t.ci.lower) / sd).toBeLessThan(0.02);
    expect(Math.abs(boot.intervals[0]!.upper - t.ci.upper) / sd).toBeLessThan(0.02);
  });

  it('resamples the same indices on both sides for any statistic (difference of medians)', () => {
    const base = [3, 4, 4, 5, 2, 3, 5, 4, 3, 4];
    const next = base.map((value) => value + 1);
    const result = pairedBootstrap(
      base.length,
      (indices) =>
        median(Array.from(indices, (i) => next[i]!)) - median(Array.from(indices, (i) => base[i]!)),
      { resamples: 500 },
    );
    // new = base + 1 item by item, so every resample has a median difference of exactly 1.
    expect(result.intervals[0]).toMatchObject({ lower: 1, upper: 1 });
    expect(result.shareAtOrBelowZero).toBe(0);
  });

  it('handles n = 0 and n = 1', () => {
    expect(bootstrapMeanDifference([]).intervals[0]).toMatchObject({ lower: -Infinity, upper: Infinity });
    expect(bootstrapMeanDifference([0.5], { resamples: 10 }).intervals[0]).toMatchObject({
      lower: 0.5,
      upper: 0.5,
    });
  });
});
