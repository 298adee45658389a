import { describe, expect, it } from 'vitest';
import {
  BOOTSTRAP_MAX_CLUSTERS,
  compareContinuousPaired,
  createRng,
  normalQuantile,
  pairedTTest,
  resamplesFor,
  standardDeviation,
  studentizedBootstrapLogRatio,
  studentizedBootstrapMean,
} from '../../src/stats/index.js';

function normals(seed: number, n: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => normalQuantile(rng.next() * 0.998 + 0.001));
}

describe('studentizedBootstrapMean', () => {
  it('reproduces exactly with a fixed seed and records seed and B', () => {
    const values = normals(1, 40);
    const first = studentizedBootstrapMean(values, { levels: [0.9], seed: 7 });
    expect(studentizedBootstrapMean(values, { levels: [0.9], seed: 7 })).toEqual(first);
    expect(first).toMatchObject({ seed: 7, resamples: 999, clusters: 40 });
    expect(studentizedBootstrapMean(values, { levels: [0.9], seed: 8 }).intervals[0]).not.toEqual(
      first.intervals[0],
    );
  });

  it('agrees with the t interval within 0.03 SD on 400 normal values', () => {
    const values = normals(99, 400);
    const sd = standardDeviation(values);
    const boot = studentizedBootstrapMean(values, { levels: [0.9] }).intervals[0]!;
    const t = pairedTTest(values, { level: 0.9 }).ci;
    expect(Math.abs(boot.lower - t.lower) / sd).toBeLessThan(0.03);
    expect(Math.abs(boot.upper - t.upper) / sd).toBeLessThan(0.03);
  });

  it('stretches the interval on the side of a long right tail', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 60 }, () =>
      Math.exp(1.2 * normalQuantile(rng.next() * 0.998 + 0.001)),
    );
    const boot = studentizedBootstrapMean(values, { levels: [0.9] });
    const interval = boot.intervals[0]!;
    expect(interval.upper - boot.estimate).toBeGreaterThan(1.2 * (boot.estimate - interval.lower));
  });

  it('gives the non-inferiority p consistent with the interval', () => {
    const values = normals(4, 80).map((value) => value * 0.5 + 0.1);
    const result = studentizedBootstrapMean(values, { levels: [0.9], threshold: -0.05 });
    expect(result.pNonInferiority! < 0.05).toBe(result.intervals[0]!.lower > -0.05);
  });

  it('handles n < 2 and equal values', () => {
    expect(studentizedBootstrapMean([1], { levels: [0.9] }).intervals[0]).toMatchObject({
      lower: -Infinity,
      upper: Infinity,
    });
    expect(studentizedBootstrapMean([2, 2, 2], { levels: [0.9] })).toMatchObject({
      degenerate: 'zero-variance',
    });
  });

  it('keeps B·C within the budget: 999 resamples for small data, 199 at 20,000 clusters', () => {
    expect(resamplesFor(1000)).toBe(999);
    expect(resamplesFor(BOOTSTRAP_MAX_CLUSTERS)).toBe(199);
    expect((resamplesFor(BOOTSTRAP_MAX_CLUSTERS) + 1) * 0.05).toBe(10);
  });
});

describe('studentizedBootstrapLogRatio', () => {
  it('is 0 exactly when the new mean is the base mean plus the offset', () => {
    const base = [100, 220, 150, 400, 130, 180];
    const next = base.map((value, i) => value + 20 + (i % 2 === 0 ? 5 : -5));
    const result = studentizedBootstrapLogRatio(base, next, { offset: 20, levels: [0.9] });
    expect(result.estimate).toBeCloseTo(0, 12);
    expect(result.intervals[0]!.lower).toBeLessThan(0);
    expect(result.intervals[0]!.upper).toBeGreaterThan(0);
  });

  it('refuses values that are not strictly positive', () => {
    expect(() => studentizedBootstrapLogRatio([1, 0], [1, 2], { offset: 1, levels: [0.9] })).toThrow(
      /strictly positive/,
    );
  });
});

describe('choice of interval per metric kind', () => {
  const rng = createRng(12);
  const base = Array.from({ length: 120 }, () => Math.exp(normalQuantile(rng.next() * 0.998 + 0.001)));
  const next = base.map((value) => value * Math.exp(0.3 * normalQuantile(rng.next() * 0.998 + 0.001)));

  it('latency and cost (positive, lower is better): log-ratio bootstrap-t ∪ skew-corrected t, mapped to new − base', () => {
    const stat = compareContinuousPaired(base, next, { margin: 0.2, higherIsBetter: false });
    expect(stat.method).toBe('paired log-ratio bootstrap-t ∪ skew-corrected t ∪ t');
    expect(stat.notes.join(' ')).toMatch(/lognormal-fit skewness of the log-ratio influence values: \d/);
    if (stat.extra.type !== 'paired-continuous') throw new Error('wrong extra');
    expect(stat.extra.bootstrap).toMatchObject({
      method: 'log-ratio bootstrap-t',
      resamples: 999,
      seed: 12345,
    });
    expect(stat.ciGate.lower).toBeLessThan(stat.diff);
    expect(stat.ciGate.upper).toBeGreaterThan(stat.diff);
    expect(stat.pNonInferiority < stat.alpha).toBe(stat.zone === 'pass');
    // The gate holds the bootstrap-t interval and reaches at least as far up (toward "worse") as the
    // Cornish–Fisher interval with the lognormal-fit skewness.
    const boot = stat.extra.bootstrap!.ciGate;
    expect(stat.ciGate.lower).toBeLessThanOrEqual(boot.lower);
    expect(stat.ciGate.upper).toBeGreaterThan(boot.upper);
  });

  it('scores (higher is better): bootstrap-t on the differences', () => {
    const stat = compareContinuousPaired(base, next, { margin: 0.2 });
    expect(stat.method).toBe('paired bootstrap-t ∪ t');
  });

  it('more than 20,000 pairs: the t interval decides, and says why', () => {
    const many = Array.from({ length: BOOTSTRAP_MAX_CLUSTERS + 1 }, (_, i) => 1 + (i % 7));
    const stat = compareContinuousPaired(
      many,
      many.map((value, i) => value + (i % 3) - 1),
      { margin: 0.1 },
    );
    expect(stat.method).toBe('paired t');
    expect(stat.notes.join(' ')).toMatch(/the t interval decides/);
  });
});
