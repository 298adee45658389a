import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** The shared reference vectors, read at test time (the project keeps no copy). */
export interface StatsVectors {
  wilson95: { x: number; n: number; ci: [number, number] }[];
  mcnemar: {
    b: number;
    c: number;
    exact_two_sided_p: number;
    mid_p: number;
    chi2_cc: number;
    chi2_cc_p: number;
    chi2: number;
    chi2_p: number;
  }[];
  paired_t: {
    base: number[];
    new: number[];
    mean_diff: number;
    sd_diff: number;
    se: number;
    t: number;
    df: number;
    p_two_sided: number;
    p_one_sided_new_worse: number;
    t_0975_df9: number;
    ci95: [number, number];
  }[];
  wilcoxon_signed_rank: {
    d: number[];
    w_plus: number;
    w_minus: number;
    exact_two_sided_p: number;
    normal_cc_z: number;
    normal_cc_p: number;
  }[];
  two_proportions: {
    x1: number;
    n1: number;
    x2: number;
    n2: number;
    pooled_z: number;
    p_two_sided: number;
    p_one_sided: number;
    wald_ci95_diff: [number, number];
    newcombe10_ci95_diff: [number, number];
  }[];
  multiplicity: {
    p: number[];
    holm_adjusted: number[];
    'holm_reject_at_0.05': number[];
    bh_adjusted: number[];
    'bh_reject_at_0.05': number[];
  }[];
  cohen_kappa: {
    confusion_rows_rater1: number[][];
    p_o: number;
    p_e: number;
    kappa: number;
    linear_weighted_kappa: number;
    quadratic_weighted_kappa: number;
  }[];
  hash_sampling: { ids: string; seed: string; sample: string[]; first_key_prefix: string }[];
}

export const vectors: StatsVectors = JSON.parse(
  readFileSync(new URL('../../../shared/reference/stats-vectors.json', import.meta.url), 'utf8'),
) as StatsVectors;

/** Asserts |actual − expected| ≤ rel·|expected| + abs. */
export function expectClose(actual: number, expected: number, rel = 1e-9, abs = 1e-12): void {
  const tolerance = rel * Math.abs(expected) + abs;
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`expected ${actual} to be within ${tolerance} of ${expected}`);
  }
}

/** Indices where a boolean array is true. */
export function trueIndices(flags: readonly boolean[]): number[] {
  return flags.flatMap((flag, i) => (flag ? [i] : []));
}
