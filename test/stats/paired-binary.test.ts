import { describe, expect, it } from 'vitest';
import {
  halfBinomialCdf,
  halfBinomialPmf,
  halfBinomialSf,
  mcnemarTest,
  normalCdf,
  newcombePairedBounds,
  pairedBinaryTable,
  pairedProportionDifference,
  regularizedBeta,
  zForLevel,
} from '../../src/stats/index.js';
import { exactHalfBinomialCdf } from './exact-binomial.js';
import { expectClose } from './helpers.js';

describe('exact Binomial(m, 1/2) tails', () => {
  it('match exact rational sums', () => {
    for (const [k, m] of [
      [3, 15],
      [0, 40],
      [25, 65],
      [950, 2000],
      [100, 1000],
      [499, 1000],
      [500, 1000],
      [1400, 3000],
      [7, 7],
    ] as const) {
      expectClose(halfBinomialCdf(k, m), exactHalfBinomialCdf(k, m), 1e-12, 0);
    }
    // The value jstat's rounded binomial.cdf gets wrong (statistics.md 2.3).
    expectClose(halfBinomialCdf(950, 2000), 0.01341207312, 1e-9);
    expect(halfBinomialCdf(0, 40)).toBeGreaterThan(0);
  });

  it('are consistent: cdf + sf = 1, pmf = cdf differences, symmetry', () => {
    for (const m of [1, 2, 10, 31, 200]) {
      for (let k = 0; k <= m; k++) {
        expectClose(halfBinomialCdf(k, m) + halfBinomialSf(k + 1, m), 1, 1e-13);
        expectClose(halfBinomialCdf(k, m) - halfBinomialCdf(k - 1, m), halfBinomialPmf(k, m), 1e-9, 1e-15);
        expectClose(halfBinomialSf(k, m), halfBinomialCdf(m - k, m), 1e-13);
      }
    }
    expect(halfBinomialCdf(-1, 5)).toBe(0);
    expect(halfBinomialCdf(5, 5)).toBe(1);
  });

  it('work for a million discordant pairs', () => {
    const m = 1_000_000;
    // Tails agree with the incomplete beta; near the centre jstat's ibeta is off (0.517 for 0.4996), so the
    // centre is checked against symmetry and the continuity-corrected normal approximation (error O(1/m)).
    for (const k of [497_000, 499_000, 501_500])
      expectClose(halfBinomialCdf(k, m), regularizedBeta(0.5, m - k, k + 1), 1e-6);
    for (const k of [499_000, 499_500, 499_999, 500_000, 500_700]) {
      expectClose(halfBinomialCdf(k, m), normalCdf((k + 0.5 - m / 2) / Math.sqrt(m / 4)), 1e-5);
    }
    expectClose(halfBinomialCdf(499_999, m) + halfBinomialPmf(500_000, m) / 2, 0.5, 1e-13);
    expect(halfBinomialCdf(490_000, m)).toBeGreaterThan(0);
    expect(halfBinomialCdf(490_000, m)).toBeLessThan(1e-80);
  });
});

describe('mcnemarTest', () => {
  it('gives p = 1 without discordant pairs or with b = c', () => {
    expect(mcnemarTest(0, 0)).toMatchObject({ exactTwoSidedP: 1, midP: 1, pNewWorse: 1, chi2: 0, chi2P: 1 });
    const equal = mcnemarTest(7, 7);
    expect(equal.exactTwoSidedP).toBe(1);
    expectClose(equal.midP, 1, 1e-12);
    expect(equal.chi2Corrected).toBe(0);
  });

  it('is directional: more regressions make "new is worse" significant, not the reverse', () => {
    const worse = mcnemarTest(30, 10);
    const better = mcnemarTest(10, 30);
    expect(worse.pNewWorse).toBeLessThan(0.01);
    expect(better.pNewWorse).toBeGreaterThan(0.99);
    expect(better.pNewBetter).toBeLessThan(0.01);
    expect(worse.exactTwoSidedP).toBe(better.exactTwoSidedP);
  });

  it('reports tiny exact p-values (jstat rounds them to 0)', () => {
    expectClose(mcnemarTest(0, 40).exactTwoSidedP, 2 * 0.5 ** 40, 1e-12);
    expectClose(mcnemarTest(40, 25).exactTwoSidedP, Math.min(1, 2 * exactHalfBinomialCdf(25, 65)), 1e-12);
  });

  it('keeps p in [0, 1] and rejects bad counts', () => {
    for (const [b, c] of [
      [0, 1],
      [1, 0],
      [3, 4],
      [100, 101],
    ] as const) {
      for (const p of Object.values(mcnemarTest(b, c))) expect(p).toBeGreaterThanOrEqual(0);
      const result = mcnemarTest(b, c);
      for (const p of [
        result.exactTwoSidedP,
        result.midP,
        result.pNewWorse,
        result.chi2P,
        result.chi2CorrectedP,
      ]) {
        expect(p).toBeLessThanOrEqual(1);
      }
    }
    expect(() => mcnemarTest(-1, 2)).toThrow(RangeError);
    expect(() => mcnemarTest(1.5, 2)).toThrow(RangeError);
  });
});

describe('pairedBinaryTable', () => {
  it('counts a, b, c, d and drops pairs with an N/A side', () => {
    const base = [1, 1, 0, 0, 1, null, 1, undefined];
    const next = [1, 0, 1, 0, null, 1, 1, null];
    const table = pairedBinaryTable(base, next);
    expect(table).toMatchObject({ a: 2, b: 1, c: 1, d: 1, n: 5 });
    expect(table.dropped).toEqual({ total: 3, baseOnly: 1, newOnly: 1, both: 1 });
  });

  it('rejects non-binary values and misaligned arrays', () => {
    expect(() => pairedBinaryTable([0.5], [1])).toThrow(RangeError);
    expect(() => pairedBinaryTable([1, 0], [1])).toThrow(RangeError);
  });

  it('names a value that is not finite before one that is not 0 or 1, wherever each is', () => {
    expect(() => pairedBinaryTable([0.5, Infinity], [1, 1])).toThrow(
      'paired values must be finite numbers (item 1: base Infinity, new 1)',
    );
    expect(() => pairedBinaryTable([0.5, 2], [1, 1])).toThrow(
      'binary outcomes must be 0 or 1 (got base 0.5, new 1)',
    );
  });
});

describe('pairedProportionDifference', () => {
  // TV6 of statistics.md 7.4: n = 1000, b = 40, c = 25.
  const tv6 = { a: 772, b: 40, c: 25, d: 163 };

  it('Wald interval Δ̂ ± z·√(b + c − (c − b)²/n)/n (the report example)', () => {
    const gate = pairedProportionDifference(tv6, { level: 0.9, margin: 0.02 });
    expect(gate.exact).toBe(false);
    expect(gate.ci.method).toBe('wald');
    expectClose(gate.estimate, -0.015, 1e-12);
    const se = Math.sqrt(65 - 225 / 1000) / 1000;
    expectClose(gate.se, se, 1e-12);
    expectClose(gate.ci.lower, -0.015 - 1.6448536269514722 * se, 1e-9);
    expectClose(gate.ci.upper, -0.015 + 1.6448536269514722 * se, 1e-9);
    expect(gate.ci.lower * 100).toBeCloseTo(-2.82, 2);
    expect(gate.ci.upper * 100).toBeCloseTo(-0.18, 2);
    expect(gate.pNonInferiority!).toBeCloseTo(0.27, 2);
    const wide = pairedProportionDifference(tv6, { level: 0.95 });
    expect(wide.ci.lower * 100).toBeCloseTo(-3.08, 2);
    expect(wide.ci.upper * 100).toBeCloseTo(0.08, 2);
    expectClose(wide.discordance, 0.065, 1e-12);
  });

  it("Newcombe's paired method 10 reproduces a published example (Cavo et al. 2012: −0.0621, −0.1186 to −0.0046)", () => {
    const z = zForLevel(0.95);
    // Rows: first measurement (59, 6 / 16, 80); the published difference is p1 − p2 = (b − c)/n.
    const first = newcombePairedBounds({ a: 59, b: 16, c: 6, d: 80 }, z);
    expect(first.lower).toBeCloseTo(-0.1186, 4);
    expect(first.upper).toBeCloseTo(-0.0046, 4);
    const mirrored = newcombePairedBounds({ a: 59, b: 6, c: 16, d: 80 }, z);
    expectClose(mirrored.lower, -first.upper, 1e-12);
    expectClose(mirrored.upper, -first.lower, 1e-12);
  });

  it('switches to the score interval below 25 discordant pairs, which does not collapse to a point', () => {
    const none = pairedProportionDifference({ a: 40, b: 0, c: 0, d: 10 }, { level: 0.9, margin: 0.05 });
    expect(none.exact).toBe(true);
    expect(none.ci.method).toBe('newcombe-paired');
    expect(none.ci.lower).toBeLessThan(0);
    expect(none.ci.upper).toBeGreaterThan(0);
    expect(pairedProportionDifference({ a: 40, b: 12, c: 13, d: 10 }).exact).toBe(false);
    expect(pairedProportionDifference({ a: 40, b: 12, c: 12, d: 10 }).exact).toBe(true);
  });

  it('has a non-inferiority p that is below α exactly when the (1 − 2α) lower bound clears −δ', () => {
    const tables = [
      { a: 30, b: 2, c: 1, d: 7 },
      { a: 300, b: 20, c: 14, d: 66 },
      { a: 5, b: 0, c: 3, d: 2 },
      { a: 772, b: 40, c: 25, d: 163 },
      { a: 80, b: 9, c: 2, d: 9 },
    ];
    for (const table of tables) {
      for (const margin of [0.01, 0.03, 0.1]) {
        for (const alpha of [0.025, 0.05, 0.1]) {
          const result = pairedProportionDifference(table, { level: 1 - 2 * alpha, margin });
          expect(result.pNonInferiority! < alpha).toBe(result.ci.lower > -margin);
          expect(result.pNonInferiority).toBeGreaterThanOrEqual(0);
          expect(result.pNonInferiority).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('handles n = 0', () => {
    const empty = pairedProportionDifference({ a: 0, b: 0, c: 0, d: 0 }, { margin: 0.02 });
    expect(empty.estimate).toBeNaN();
    expect(empty.ci).toMatchObject({ lower: -1, upper: 1 });
    expect(empty.pNonInferiority).toBe(1);
  });
});
