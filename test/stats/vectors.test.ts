// Every vector of stats-vectors.json that concerns src/stats (the text-metric vectors belong to the scorers).
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  cohensKappa,
  hashSample,
  holm,
  mcnemarTest,
  newcombeDifference,
  pairedDifferences,
  pairedTTest,
  tQuantile,
  twoProportionZTest,
  waldDifference,
  wilcoxonSignedRank,
  wilsonInterval,
} from '../../src/stats/index.js';
import { expectClose, trueIndices, vectors } from './helpers.js';

describe('stats-vectors.json', () => {
  it('wilson95: intervals, with exact 0 and 1 at the ends', () => {
    for (const vector of vectors.wilson95) {
      const interval = wilsonInterval(vector.x, vector.n, 0.95);
      expectClose(interval.lower, vector.ci[0]);
      expectClose(interval.upper, vector.ci[1]);
      if (vector.x === 0) expect(interval.lower).toBe(0);
      if (vector.x === vector.n) expect(interval.upper).toBe(1);
    }
  });

  it('mcnemar: exact, mid-p and chi-square with and without continuity correction', () => {
    for (const vector of vectors.mcnemar) {
      const result = mcnemarTest(vector.b, vector.c);
      expectClose(result.exactTwoSidedP, vector.exact_two_sided_p, 1e-12);
      expectClose(result.midP, vector.mid_p, 1e-12);
      expectClose(result.chi2Corrected, vector.chi2_cc, 1e-11);
      expectClose(result.chi2CorrectedP, vector.chi2_cc_p, 1e-9);
      expectClose(result.chi2, vector.chi2, 1e-12);
      expectClose(result.chi2P, vector.chi2_p, 1e-9);
    }
  });

  it('paired_t: mean, sd, se, t, p-values and the 95% interval', () => {
    for (const vector of vectors.paired_t) {
      const { diffs } = pairedDifferences(vector.base, vector.new);
      const result = pairedTTest(diffs, { level: 0.95 });
      expectClose(result.estimate, vector.mean_diff, 1e-12);
      expectClose(result.sdDiff, vector.sd_diff, 1e-10);
      expectClose(result.se, vector.se, 1e-10);
      expectClose(result.t, vector.t, 1e-10);
      expect(result.df).toBe(vector.df);
      expectClose(result.pTwoSided, vector.p_two_sided, 1e-9);
      expectClose(result.pNewWorse, vector.p_one_sided_new_worse, 1e-9);
      expectClose(tQuantile(0.975, vector.df), vector.t_0975_df9, 1e-7);
      expectClose(result.ci.lower, vector.ci95[0], 1e-7);
      expectClose(result.ci.upper, vector.ci95[1], 1e-7);
    }
  });

  it('wilcoxon_signed_rank: W+, W−, exact p and the continuity-corrected normal approximation', () => {
    for (const vector of vectors.wilcoxon_signed_rank) {
      const result = wilcoxonSignedRank(vector.d, { zeroMethod: 'wilcox' });
      expect(result.wPlus).toBe(vector.w_plus);
      expect(result.wMinus).toBe(vector.w_minus);
      expect(result.method).toBe('exact');
      expectClose(result.pExact!, vector.exact_two_sided_p, 1e-12);
      expectClose(result.z, vector.normal_cc_z, 1e-9);
      expectClose(result.pNormal, vector.normal_cc_p, 1e-9);
      // No zeros: Pratt and Wilcox agree.
      expect(wilcoxonSignedRank(vector.d, { zeroMethod: 'pratt' })).toMatchObject({ wPlus: vector.w_plus });
    }
  });

  it('two_proportions: pooled z, directional p, Wald and Newcombe intervals (diff = p1 − p2)', () => {
    for (const vector of vectors.two_proportions) {
      const test = twoProportionZTest(vector.x1, vector.n1, vector.x2, vector.n2);
      expectClose(test.z, vector.pooled_z, 1e-10);
      expectClose(test.pTwoSided, vector.p_two_sided, 1e-9);
      expectClose(test.pGreater, vector.p_one_sided, 1e-9);
      // The direction matters (unlike jstat's oneSidedDifferenceOfProportions): swapping the samples flips it.
      const swapped = twoProportionZTest(vector.x2, vector.n2, vector.x1, vector.n1);
      expectClose(swapped.pLess, vector.p_one_sided, 1e-9);
      expectClose(swapped.pGreater, 1 - vector.p_one_sided, 1e-9);
      const wald = waldDifference(vector.x1, vector.n1, vector.x2, vector.n2, 0.95);
      expectClose(wald.lower, vector.wald_ci95_diff[0], 1e-8);
      expectClose(wald.upper, vector.wald_ci95_diff[1], 1e-8);
      const newcombe = newcombeDifference(vector.x1, vector.n1, vector.x2, vector.n2, 0.95);
      expectClose(newcombe.lower, vector.newcombe10_ci95_diff[0], 1e-8);
      expectClose(newcombe.upper, vector.newcombe10_ci95_diff[1], 1e-8);
    }
  });

  it('multiplicity: Holm and Benjamini–Hochberg adjusted p and rejections at 0.05', () => {
    for (const vector of vectors.multiplicity) {
      const h = holm(vector.p, 0.05);
      h.adjusted.forEach((p, i) => expectClose(p, vector.holm_adjusted[i]!, 1e-12));
      expect(trueIndices(h.reject)).toEqual(vector['holm_reject_at_0.05']);
      const bh = benjaminiHochberg(vector.p, 0.05);
      bh.adjusted.forEach((p, i) => expectClose(p, vector.bh_adjusted[i]!, 1e-11));
      expect(trueIndices(bh.reject)).toEqual(vector['bh_reject_at_0.05']);
    }
  });

  it("cohen_kappa: p_o, p_e, Cohen's kappa, linear and quadratic weighted kappa", () => {
    for (const vector of vectors.cohen_kappa) {
      const plain = cohensKappa(vector.confusion_rows_rater1);
      expectClose(plain.observedAgreement, vector.p_o, 1e-12);
      expectClose(plain.chanceAgreement, vector.p_e, 1e-12);
      expectClose(plain.kappa, vector.kappa, 1e-11);
      expectClose(
        cohensKappa(vector.confusion_rows_rater1, 'linear').kappa,
        vector.linear_weighted_kappa,
        1e-11,
      );
      expectClose(
        cohensKappa(vector.confusion_rows_rater1, 'quadratic').kappa,
        vector.quadratic_weighted_kappa,
        1e-11,
      );
    }
  });

  it('hash_sampling: the 12 lowest SHA-256 keys of item-001..item-120 with seed judge-v1', () => {
    for (const vector of vectors.hash_sampling) {
      const ids = Array.from({ length: 120 }, (_, i) => `item-${String(i + 1).padStart(3, '0')}`);
      const sample = hashSample(ids, { seed: vector.seed });
      expect(sample.size).toBe(12);
      expect(sample.ids).toEqual(vector.sample);
      expect(sample.firstKey!.startsWith(vector.first_key_prefix)).toBe(true);
    }
  });
});
