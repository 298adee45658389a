import { tCdf, tSf } from './distributions.js';
import { summarize, tInterval } from './descriptive.js';
import { checkLevel, type Interval } from './interval.js';

/** Why a t statistic could not be computed the usual way. */
export type Degenerate = 'no-data' | 'insufficient-data' | 'zero-variance' | null;

export interface TTestResult {
  /** Difference new − base (paired: mean of the per-item differences). */
  estimate: number;
  se: number;
  df: number;
  /** estimate/se; ±Infinity for a deterministic non-zero difference, NaN without data. */
  t: number;
  pTwoSided: number;
  /** One-sided p for H1 "new is worse" (difference < 0): F_t(t). */
  pNewWorse: number;
  /** One-sided p for H0: Δ ≤ −δ vs H1: Δ > −δ: 1 − F_t((Δ̂ + δ)/se); null without a margin. */
  pNonInferiority: number | null;
  margin: number | null;
  ci: Interval;
  degenerate: Degenerate;
}

/**
 * Inference from an estimate, its standard error and t degrees of freedom (paired t, Welch). Directional
 * p-values follow the sign of t. Degenerate cases are explicit, and agree with the interval:
 * - df ≤ 0 or se unknown (n < 2): the interval is (−∞, +∞) and every p is 1;
 * - se = 0 (all differences equal): the difference is deterministic; the interval is [Δ̂, Δ̂], the two-sided p is
 *   1 when Δ̂ = 0 and 0 otherwise, and the one-sided ones are 0 or 1 accordingly.
 */
export function tTestFromEstimate(
  estimate: number,
  se: number,
  df: number,
  options: { level?: number; margin?: number; method?: string } = {},
): TTestResult {
  const level = options.level ?? 0.95;
  checkLevel(level);
  const margin = options.margin ?? null;
  const method = options.method ?? 't';
  const ci = tInterval(estimate, se, df, level, method);
  const common = { estimate, se, df, margin, ci };
  if (Number.isNaN(estimate) || !(df > 0) || Number.isNaN(se)) {
    const degenerate = Number.isNaN(estimate) ? 'no-data' : 'insufficient-data';
    return {
      ...common,
      t: NaN,
      pTwoSided: 1,
      pNewWorse: 1,
      pNonInferiority: margin === null ? null : 1,
      degenerate,
    };
  }
  if (se === 0) {
    return {
      ...common,
      t: estimate === 0 ? 0 : estimate > 0 ? Infinity : -Infinity,
      pTwoSided: estimate === 0 ? 1 : 0,
      pNewWorse: estimate < 0 ? 0 : 1,
      pNonInferiority: margin === null ? null : estimate > -margin ? 0 : 1,
      degenerate: 'zero-variance',
    };
  }
  const t = estimate / se;
  return {
    ...common,
    t,
    pTwoSided: Math.min(1, 2 * tCdf(-Math.abs(t), df)),
    pNewWorse: tCdf(t, df),
    pNonInferiority: margin === null ? null : tSf((estimate + margin) / se, df),
    degenerate: null,
  };
}

export interface PairedTTestResult extends TTestResult {
  n: number;
  /** Sample standard deviation of the differences. */
  sdDiff: number;
}

/**
 * Paired t test on per-item differences d = new − base: t = d̄/(s_d/√n), df = n − 1, CI d̄ ± t·s_d/√n, and the
 * non-inferiority p 1 − F_t((d̄ + δ)/SE) (statistics.md 1.3). See `tTestFromEstimate` for n < 2 and zero variance.
 */
export function pairedTTest(
  diffs: readonly number[],
  options: { level?: number; margin?: number } = {},
): PairedTTestResult {
  const summary = summarize(diffs);
  const allEqual = diffs.length >= 2 && diffs.every((d) => d === diffs[0]);
  const se = allEqual ? 0 : summary.se;
  const result = tTestFromEstimate(allEqual ? diffs[0]! : summary.mean, se, summary.n - 1, {
    ...options,
    method: 'paired t',
  });
  return { ...result, n: summary.n, sdDiff: allEqual ? 0 : summary.sd };
}

/** Aggregate of one sample: its mean, sample standard deviation and size. */
export interface SampleSummary {
  mean: number;
  sd: number;
  n: number;
}

export interface WelchTTestResult extends TTestResult {
  base: SampleSummary;
  next: SampleSummary;
}

/**
 * Welch (1947) unpaired t test for new − base: se = √(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite
 * df = (v₁ + v₂)²/(v₁²/(n₁−1) + v₂²/(n₂−1)) with vᵢ = sᵢ²/nᵢ. Needs n ≥ 2 on both sides (otherwise the
 * interval is unbounded and p = 1); both sds 0 gives a deterministic difference.
 */
export function welchTTest(
  base: SampleSummary,
  next: SampleSummary,
  options: { level?: number; margin?: number } = {},
): WelchTTestResult {
  for (const [name, sample] of [
    ['base', base],
    ['new', next],
  ] as const) {
    if (!(Number.isInteger(sample.n) && sample.n >= 0))
      throw new RangeError(`${name} n must be a non-negative integer`);
    if (sample.n >= 2 && !(sample.sd >= 0)) throw new RangeError(`${name} sd must be a non-negative number`);
  }
  const estimate = base.n > 0 && next.n > 0 ? next.mean - base.mean : NaN;
  let se = NaN;
  let df = NaN;
  if (base.n >= 2 && next.n >= 2) {
    const vBase = (base.sd * base.sd) / base.n;
    const vNew = (next.sd * next.sd) / next.n;
    se = Math.sqrt(vBase + vNew);
    const denominator = (vBase * vBase) / (base.n - 1) + (vNew * vNew) / (next.n - 1);
    df = denominator > 0 ? ((vBase + vNew) * (vBase + vNew)) / denominator : base.n + next.n - 2;
  }
  const result = tTestFromEstimate(estimate, se, df, { ...options, method: 'welch t' });
  return { ...result, base, next };
}
