import { describe, expect, it } from 'vitest';
import { normalSf, wilcoxonSignedRank } from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

/** Brute force: the mid-ranks of |d| (over all d for Pratt, over non-zero d for Wilcox) and all 2^m sign flips. */
function bruteForce(diffs: number[], zeroMethod: 'pratt' | 'wilcox') {
  const kept = zeroMethod === 'pratt' ? diffs : diffs.filter((d) => d !== 0);
  const ranks = kept.map((d) => {
    const below = kept.filter((x) => Math.abs(x) < Math.abs(d)).length;
    const equal = kept.filter((x) => Math.abs(x) === Math.abs(d)).length;
    return below + (equal + 1) / 2;
  });
  const signed = kept.flatMap((d, i) => (d === 0 ? [] : [{ rank: ranks[i]!, positive: d > 0 }]));
  const wPlus = signed.reduce((sum, s) => sum + (s.positive ? s.rank : 0), 0);
  let lower = 0;
  let upper = 0;
  const total = 2 ** signed.length;
  for (let mask = 0; mask < total; mask++) {
    let w = 0;
    signed.forEach((s, i) => {
      if (mask & (1 << i)) w += s.rank;
    });
    if (w <= wPlus + 1e-9) lower++;
    if (w >= wPlus - 1e-9) upper++;
  }
  return { wPlus, pTwoSided: Math.min(1, (2 * Math.min(lower, upper)) / total), pLower: lower / total };
}

describe('wilcoxonSignedRank', () => {
  it('gives the exact permutation p-value with ties and zeros (checked by enumeration)', () => {
    const cases = [
      [1, -2, 2, 3, 0, 0, -1, 4, 2, 1, 3],
      [0.5, 0.5, -0.5, 1, 1, 1, 0, -1.5, 2, 0.5],
      [-1, -1, -2, 1, -3, 0, -1, -2],
      [2, 3, -1, 4, 5, 6, -7, 8, 9, 10, 11, 12],
    ];
    for (const diffs of cases) {
      for (const zeroMethod of ['pratt', 'wilcox'] as const) {
        const expected = bruteForce(diffs, zeroMethod);
        const result = wilcoxonSignedRank(diffs, { zeroMethod });
        expect(result.method).toBe('exact');
        expectClose(result.wPlus, expected.wPlus, 1e-12);
        expectClose(result.pExact!, expected.pTwoSided, 1e-12);
        expectClose(result.pNewWorse, expected.pLower, 1e-12);
      }
    }
  });

  it('uses the tie-corrected variance m(m+1)(2m+1)/24 − Σ(t³ − t)/48 (Wilcox zeros)', () => {
    const diffs = [1, 1, 1, -2, 2, 3, 3, 4, -5, 0, 0];
    const result = wilcoxonSignedRank(diffs, { zeroMethod: 'wilcox' });
    const m = 9;
    // Tie groups among |d|: {1,1,1} and {2,2} and {3,3}.
    expectClose(result.variance, (m * (m + 1) * (2 * m + 1)) / 24 - (24 + 6 + 6) / 48, 1e-12);
    expect(result).toMatchObject({ nonZero: 9, zeros: 2, ties: true });
    const z = (Math.abs(result.wPlus - (m * (m + 1)) / 4) - 0.5) / Math.sqrt(result.variance);
    expectClose(result.pNormal, 2 * normalSf(z), 1e-12);
  });

  it("ranks zeros under Pratt's method and drops them under Wilcoxon's", () => {
    const diffs = [0, 0, 1, 2, -3, 4];
    const pratt = wilcoxonSignedRank(diffs, { zeroMethod: 'pratt' });
    expect(pratt).toMatchObject({ wPlus: 3 + 4 + 6, wMinus: 5, zeros: 2 });
    const wilcox = wilcoxonSignedRank(diffs, { zeroMethod: 'wilcox' });
    expect(wilcox).toMatchObject({ wPlus: 1 + 2 + 4, wMinus: 3 });
  });

  it('treats floating-point noise as a tie (0.3 vs 0.30000000000000004)', () => {
    const result = wilcoxonSignedRank([0.1 + 0.2, 0.3, -0.5]);
    expect(result.ties).toBe(true);
    expect(result.wPlus).toBe(3);
  });

  it('falls back to the normal approximation for large samples, and can be forced either way', () => {
    const diffs = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 13) - 6 + (i % 3) * 0.1);
    expect(wilcoxonSignedRank(diffs).method).toBe('normal');
    const small = [1, 2, -3, 4, 5];
    expect(wilcoxonSignedRank(small, { exact: false })).toMatchObject({ method: 'normal', pExact: null });
    expect(wilcoxonSignedRank(diffs.slice(0, 50), { exact: true }).method).toBe('exact');
  });

  it('returns p = 1 when every difference is zero and is directional', () => {
    expect(wilcoxonSignedRank([0, 0, 0])).toMatchObject({ pTwoSided: 1, pNewWorse: 1, nonZero: 0 });
    const worse = wilcoxonSignedRank([-1, -2, -3, -4, -5, -6, 1]);
    const better = wilcoxonSignedRank([1, 2, 3, 4, 5, 6, -1]);
    expect(worse.pNewWorse).toBeLessThan(0.05);
    expect(better.pNewWorse).toBeGreaterThan(0.95);
  });
});
