import { describe, expect, it } from 'vitest';
import {
  pairedDifferences,
  pairedTTest,
  summarize,
  tTestFromEstimate,
  welchTTest,
} from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

// Student's sleep data (R `sleep`): extra hours of sleep with drug 1 and drug 2 on the same 10 patients.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('pairedTTest', () => {
  it("matches R's t.test(paired = TRUE) on the sleep data", () => {
    const { diffs } = pairedDifferences(drug2, drug1); // new − base = drug1 − drug2
    const result = pairedTTest(diffs);
    expectClose(result.t, -4.0621, 1e-4);
    expect(result.df).toBe(9);
    expectClose(result.pTwoSided, 0.002833, 1e-3);
    expectClose(result.ci.lower, -2.4598858, 1e-7);
    expectClose(result.ci.upper, -0.7001142, 1e-6);
    expectClose(result.pNewWorse, result.pTwoSided / 2, 1e-12);
  });

  it('computes the non-inferiority p as 1 − F_t((d̄ + δ)/se), below α exactly when the (1 − 2α) bound clears −δ', () => {
    const diffs = [-0.3, 0.1, -0.2, 0.05, -0.1, 0, 0.2, -0.15, -0.05, 0.1, -0.2, 0.1];
    for (const margin of [0.05, 0.1, 0.2, 0.3]) {
      for (const alpha of [0.025, 0.05]) {
        const result = pairedTTest(diffs, { level: 1 - 2 * alpha, margin });
        expect(result.pNonInferiority! < alpha).toBe(result.ci.lower > -margin);
      }
    }
  });

  it('is directional: an improvement never has a small "new is worse" p', () => {
    const better = pairedTTest([0.5, 0.4, 0.6, 0.3, 0.7]);
    expect(better.pNewWorse).toBeGreaterThan(0.99);
    const worse = pairedTTest([-0.5, -0.4, -0.6, -0.3, -0.7]);
    expect(worse.pNewWorse).toBeLessThan(0.01);
    expect(worse.pTwoSided).toBeCloseTo(better.pTwoSided, 12);
  });

  it('handles n = 0 and n = 1 explicitly: no interval, p = 1', () => {
    for (const diffs of [[], [0.4]]) {
      const result = pairedTTest(diffs, { margin: 0.1 });
      expect(result.ci.lower).toBe(-Infinity);
      expect(result.ci.upper).toBe(Infinity);
      expect(result).toMatchObject({ pTwoSided: 1, pNewWorse: 1, pNonInferiority: 1 });
    }
    expect(pairedTTest([]).degenerate).toBe('no-data');
    expect(pairedTTest([0.4]).degenerate).toBe('insufficient-data');
  });

  it('handles all-equal differences: deterministic difference, degenerate interval', () => {
    const zero = pairedTTest([0, 0, 0, 0], { margin: 0.1 });
    expect(zero).toMatchObject({
      estimate: 0,
      t: 0,
      pTwoSided: 1,
      pNewWorse: 1,
      pNonInferiority: 0,
      degenerate: 'zero-variance',
    });
    expect(zero.ci).toMatchObject({ lower: 0, upper: 0 });
    const drop = pairedTTest([-0.5, -0.5, -0.5], { margin: 0.1 });
    expect(drop).toMatchObject({ t: -Infinity, pTwoSided: 0, pNewWorse: 0, pNonInferiority: 1 });
    expect(drop.ci).toMatchObject({ lower: -0.5, upper: -0.5 });
    const gain = pairedTTest([0.3, 0.3], { margin: 0.1 });
    expect(gain).toMatchObject({ t: Infinity, pTwoSided: 0, pNewWorse: 1, pNonInferiority: 0 });
  });

  it('keeps p-values in [0, 1] for extreme t', () => {
    const result = pairedTTest([1, 1.0000001, 0.9999999, 1, 1.00000005], { margin: 0.1 });
    for (const p of [result.pTwoSided, result.pNewWorse, result.pNonInferiority!]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(result.pNewWorse).toBe(1);
  });
});

describe('welchTTest', () => {
  it("matches R's t.test(extra ~ group, data = sleep) (Welch)", () => {
    const base = summarize(drug2);
    const next = summarize(drug1);
    const result = welchTTest(
      { mean: base.mean, sd: base.sd, n: base.n },
      { mean: next.mean, sd: next.sd, n: next.n },
    );
    expectClose(result.estimate, 0.75 - 2.33, 1e-12);
    expectClose(result.t, -1.8608, 1e-4);
    expectClose(result.df, 17.776, 1e-4);
    expectClose(result.pTwoSided, 0.07939, 1e-4);
    expectClose(result.ci.lower, -3.3654832, 1e-7);
    expectClose(result.ci.upper, 0.2054832, 1e-6);
  });

  it('needs two items per side, and treats two zero sds as a deterministic difference', () => {
    const few = welchTTest({ mean: 1, sd: 0, n: 1 }, { mean: 2, sd: 1, n: 5 }, { margin: 0.5 });
    expect(few.ci.lower).toBe(-Infinity);
    expect(few.pNonInferiority).toBe(1);
    const exact = welchTTest({ mean: 1, sd: 0, n: 4 }, { mean: 1, sd: 0, n: 4 }, { margin: 0.5 });
    expect(exact).toMatchObject({ pTwoSided: 1, pNonInferiority: 0, degenerate: 'zero-variance' });
    const oneSided = welchTTest({ mean: 1, sd: 0, n: 4 }, { mean: 2, sd: 1, n: 5 });
    expectClose(oneSided.df, 4, 1e-12);
    expect(() => welchTTest({ mean: 1, sd: -1, n: 4 }, { mean: 1, sd: 1, n: 4 })).toThrow(RangeError);
  });
});

describe('tTestFromEstimate', () => {
  it('follows the sign of t for directional p-values (unlike jstat ttest)', () => {
    const negative = tTestFromEstimate(-3, 1, 10);
    const positive = tTestFromEstimate(3, 1, 10);
    expectClose(negative.pNewWorse, 1 - positive.pNewWorse, 1e-12);
    expect(negative.pNewWorse).toBeLessThan(0.01);
  });
});
