// The studentized (bootstrap-t) interval of a mean of per-item values, resampling whole clusters when items
// come in groups. It holds its level on skewed values (latency, cost) and on heavily tied ones (1-5 judge
// scores), where the t interval does not at small n: the bootstrap estimates the skewness of the t statistic
// instead of assuming it away (Efron & Tibshirani 1993, ch. 12; Hall 1992).
import { clusterSums } from './cluster.js';
import { checkLevel, unboundedInterval, type Interval } from './interval.js';
import { createRng } from './rng.js';

/** Resamples when the data are small enough; (B + 1)·α is a whole number for α = 0.05, 0.025 and 0.01. */
export const STUDENTIZED_RESAMPLES = 999;
/** Fewest resamples, used only for very large benchmarks: (B + 1)·0.05 = 10. */
export const STUDENTIZED_MIN_RESAMPLES = 199;
/** Cluster draws per comparison (B·C) above which B shrinks (down to 199 at 20,000 clusters). */
export const RESAMPLING_BUDGET = 4_000_000;
/**
 * Above this many clusters the comparison skips the bootstrap and the t interval decides: the skewness error
 * of the t interval shrinks like 1/√n and is negligible there, and 100,000 items stay well under a second.
 */
export const BOOTSTRAP_MAX_CLUSTERS = 20_000;

export interface StudentizedBootstrapOptions {
  /** Largest number of resamples (default 999); fewer when clusters × B exceeds the budget. */
  resamples?: number;
  seed?: number;
  /** Two-sided levels, e.g. [0.9, 0.95]. */
  levels: readonly number[];
  /** Non-inferiority threshold −δ on the values' scale (oriented so that lower is worse). */
  threshold?: number;
}

export interface StudentizedBootstrapResult {
  estimate: number;
  /** Cluster-robust standard error of the mean (s/√n without clusters). */
  se: number;
  n: number;
  clusters: number;
  resamples: number;
  seed: number;
  /** Bootstrap-t intervals, one per level. */
  intervals: Interval[];
  /** Percentile intervals of the same resamples, one per level (a companion; they under-cover at small n). */
  percentile: Interval[];
  /** Share of studentized replicates at or above (mean + δ)/se: one-sided p of H0 "worse by δ or more". */
  pNonInferiority: number | null;
  degenerate: 'insufficient-data' | 'zero-variance' | null;
}

/** B for C clusters: the requested count, reduced (to 20k − 1, at least 199) to keep B·C within the budget. */
export function resamplesFor(clusters: number, requested = STUDENTIZED_RESAMPLES): number {
  const affordable = Math.floor(RESAMPLING_BUDGET / Math.max(1, clusters) / 20) * 20 - 1;
  return Math.max(Math.min(requested, STUDENTIZED_MIN_RESAMPLES), Math.min(requested, affordable));
}

/** The k-th order statistic with k = ⌈(B + 1)·p⌉, clamped to [1, B] (no interpolation across ±∞). */
function orderStatistic(sorted: Float64Array, p: number): number {
  const k = Math.min(sorted.length, Math.max(1, Math.ceil((sorted.length + 1) * p - 1e-9)));
  return sorted[k - 1]!;
}

/**
 * Bootstrap-t interval of the mean: t*_b = (x̄*_b − x̄)/se*_b over B resamples of whole clusters, where se* is
 * the cluster-robust standard error of the resample; the interval at level L is
 * [x̄ − t*_{(1+L)/2}·se, x̄ − t*_{(1−L)/2}·se] with order statistics at ⌈(B + 1)·p⌉. Seeded: the same data
 * and seed give the same interval.
 */
export function studentizedBootstrapMean(
  values: readonly number[],
  options: StudentizedBootstrapOptions & { clusters?: readonly (string | undefined)[] },
): StudentizedBootstrapResult {
  options.levels.forEach(checkLevel);
  const seed = (options.seed ?? 12_345) >>> 0;
  const grouped = clusterSums(values, options.clusters);
  const n = grouped.n;
  const count = grouped.sums.length;
  const method = count === n ? 'bootstrap-t' : 'cluster bootstrap-t';
  let total = 0;
  for (const value of values) total += value;
  const estimate = n > 0 ? total / n : NaN;
  const centred = new Float64Array(count);
  let squares = 0;
  for (let c = 0; c < count; c++) {
    centred[c] = grouped.sums[c]! - grouped.sizes[c]! * estimate;
    squares += centred[c]! * centred[c]!;
  }
  const factor = count > 1 ? count / (count - 1) : NaN;
  const se = Math.sqrt(factor * squares) / n;
  const resamples = resamplesFor(count, options.resamples);
  const base = { estimate, se, n, clusters: count, resamples, seed };
  if (!(count > 1) || Number.isNaN(se)) {
    const open = options.levels.map((level) => unboundedInterval(estimate, level, method));
    return {
      ...base,
      intervals: open,
      percentile: open,
      pNonInferiority: options.threshold === undefined ? null : 1,
      degenerate: 'insufficient-data',
    };
  }
  if (se === 0) {
    const point = options.levels.map((level) => ({
      estimate,
      lower: estimate,
      upper: estimate,
      level,
      method,
    }));
    return {
      ...base,
      intervals: point,
      percentile: point,
      pNonInferiority: options.threshold === undefined ? null : estimate > options.threshold ? 0 : 1,
      degenerate: 'zero-variance',
    };
  }

  const rng = createRng(seed);
  const studentized = new Float64Array(resamples);
  const shifts = new Float64Array(resamples);
  const sizes = grouped.sizes;
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    let items = 0;
    let sumSquares = 0;
    let cross = 0;
    let sizeSquares = 0;
    for (let j = 0; j < count; j++) {
      const k = rng.nextInt(count);
      const s = centred[k]!;
      const m = sizes[k]!;
      sum += s;
      items += m;
      sumSquares += s * s;
      cross += s * m;
      sizeSquares += m * m;
    }
    const shift = sum / items;
    const residual = Math.max(0, sumSquares - 2 * shift * cross + shift * shift * sizeSquares);
    const seStar = Math.sqrt(factor * residual) / items;
    shifts[b] = shift;
    studentized[b] = seStar > 0 ? shift / seStar : shift === 0 ? 0 : shift > 0 ? Infinity : -Infinity;
  }
  let pNonInferiority: number | null = null;
  if (options.threshold !== undefined) {
    const tThreshold = (estimate - options.threshold) / se;
    let atOrAbove = 0;
    for (const t of studentized) if (t >= tThreshold) atOrAbove++;
    pNonInferiority = (atOrAbove + 0.5) / (resamples + 1);
  }
  studentized.sort();
  shifts.sort();
  const intervals = options.levels.map((level) => ({
    estimate,
    lower: estimate - orderStatistic(studentized, (1 + level) / 2) * se,
    upper: estimate - orderStatistic(studentized, (1 - level) / 2) * se,
    level,
    method,
  }));
  const percentile = options.levels.map((level) => ({
    estimate,
    lower: estimate + orderStatistic(shifts, (1 - level) / 2),
    upper: estimate + orderStatistic(shifts, (1 + level) / 2),
    level,
    method: 'percentile bootstrap',
  }));
  return { ...base, intervals, percentile, pNonInferiority, degenerate: null };
}

export interface LogRatioBootstrapResult {
  /** θ̂ = log(x̄_new) − log(x̄_base + offset). */
  estimate: number;
  /** Delta-method (cluster-robust) standard error of θ̂. */
  se: number;
  n: number;
  clusters: number;
  resamples: number;
  seed: number;
  /** Bootstrap-t intervals of θ, one per level. */
  intervals: { lower: number; upper: number; level: number }[];
  /** Share of studentized replicates at or below θ̂/se: one-sided p of H0 "θ ≥ 0" (new worse by the offset). */
  pBelowZero: number;
  degenerate: 'insufficient-data' | 'zero-variance' | null;
}

/**
 * Bootstrap-t interval of θ = log(mean_new) − log(mean_base + offset) for strictly positive values (latency,
 * cost, tokens), resampling whole clusters. With offset = δ, "new is worse by δ or more" is exactly θ ≥ 0, so
 * the non-inferiority test needs no ratio margin; on the log scale the mean of a skewed positive metric is
 * close to symmetric, which is where the bootstrap-t is accurate. The standard error is the delta-method one,
 * from the influence values new_i/x̄_new − (base_i + offset)/(x̄_base + offset), summed per cluster.
 */
export function studentizedBootstrapLogRatio(
  base: readonly number[],
  next: readonly number[],
  options: {
    offset: number;
    levels: readonly number[];
    resamples?: number;
    seed?: number;
    clusters?: readonly (string | undefined)[];
  },
): LogRatioBootstrapResult {
  options.levels.forEach(checkLevel);
  if (base.length !== next.length) throw new RangeError('paired arrays must have the same length');
  if (![...base, ...next].every((value) => value > 0))
    throw new RangeError('a log-ratio interval needs strictly positive values');
  const seed = (options.seed ?? 12_345) >>> 0;
  const offset = options.offset;
  const baseSums = clusterSums(base, options.clusters);
  const newSums = clusterSums(next, options.clusters);
  const count = baseSums.sums.length;
  const n = base.length;
  const sizes = baseSums.sizes;
  const newTotals = newSums.sums;
  const baseTotals = baseSums.sums;
  // θ and its delta-method SE from the cluster sums picked by `pick` (identity for the sample itself).
  const moments = (pick: Uint32Array | null) => {
    let sN = 0,
      sB = 0,
      m = 0,
      nn = 0,
      bb = 0,
      mm = 0,
      nb = 0,
      nm = 0,
      bm = 0;
    for (let j = 0; j < count; j++) {
      const k = pick === null ? j : pick[j]!;
      const x = newTotals[k]!;
      const y = baseTotals[k]!;
      const z = sizes[k]!;
      sN += x;
      sB += y;
      m += z;
      nn += x * x;
      bb += y * y;
      mm += z * z;
      nb += x * y;
      nm += x * z;
      bm += y * z;
    }
    const a = sN / m;
    const b = sB / m + offset;
    const c = offset / b;
    // Σ_c (X_c/a − Y_c/b − m_c·δ/b)²
    const squares =
      nn / (a * a) + bb / (b * b) + c * c * mm - (2 * nb) / (a * b) - (2 * c * nm) / a + (2 * c * bm) / b;
    const se = Math.sqrt((count / (count - 1)) * Math.max(0, squares)) / m;
    return { theta: Math.log(a) - Math.log(b), se };
  };
  const full = count > 0 ? moments(null) : { theta: NaN, se: NaN };
  const resamples = resamplesFor(count, options.resamples);
  const common = { estimate: full.theta, se: full.se, n, clusters: count, resamples, seed };
  if (!(count > 1) || Number.isNaN(full.se)) {
    return {
      ...common,
      intervals: options.levels.map((level) => ({ lower: -Infinity, upper: Infinity, level })),
      pBelowZero: 1,
      degenerate: 'insufficient-data',
    };
  }
  if (full.se === 0) {
    return {
      ...common,
      intervals: options.levels.map((level) => ({ lower: full.theta, upper: full.theta, level })),
      pBelowZero: full.theta < 0 ? 0 : 1,
      degenerate: 'zero-variance',
    };
  }
  const rng = createRng(seed);
  const studentized = new Float64Array(resamples);
  const picks = new Uint32Array(count);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < count; j++) picks[j] = rng.nextInt(count);
    const replicate = moments(picks);
    const shift = replicate.theta - full.theta;
    studentized[b] =
      replicate.se > 0 ? shift / replicate.se : shift === 0 ? 0 : shift > 0 ? Infinity : -Infinity;
  }
  const tObserved = full.theta / full.se;
  let atOrBelow = 0;
  for (const t of studentized) if (t <= tObserved) atOrBelow++;
  studentized.sort();
  return {
    ...common,
    intervals: options.levels.map((level) => ({
      lower: full.theta - orderStatistic(studentized, (1 + level) / 2) * full.se,
      upper: full.theta - orderStatistic(studentized, (1 - level) / 2) * full.se,
      level,
    })),
    pBelowZero: (atOrBelow + 0.5) / (resamples + 1),
    degenerate: null,
  };
}
