import { quantileSorted } from './descriptive.js';
import { checkLevel, type Interval } from './interval.js';
import { createRng } from './rng.js';

/** Default number of resamples (statistics.md 1.4). */
export const DEFAULT_BOOTSTRAP_RESAMPLES = 10_000;
/** Default seed, recorded in every result so a report can be reproduced. */
export const DEFAULT_BOOTSTRAP_SEED = 12_345;

export interface BootstrapOptions {
  /** Number of resamples B (default 10,000). */
  resamples?: number;
  /** PRNG seed (default 12345). */
  seed?: number;
  /** Two-sided levels of the percentile intervals (default [0.95]). */
  levels?: readonly number[];
}

export interface BootstrapResult {
  /** The statistic on the original sample. */
  estimate: number;
  /** Standard deviation of the bootstrap replicates. */
  se: number;
  resamples: number;
  seed: number;
  /** Percentile intervals, one per requested level, in the same order. */
  intervals: Interval[];
  /** Share of replicates ≤ 0 (a bootstrap analogue of the one-sided p for "new is worse"). */
  shareAtOrBelowZero: number;
}

/**
 * Paired bootstrap (Koehn 2004): draw B resamples of the n item indices with replacement (the same indices
 * for both systems) and recompute `statistic` on each. Percentile intervals take type 7 quantiles of the sorted
 * replicates at (1−level)/2 and (1+level)/2. Seeded xoshiro128**: a fixed seed reproduces the result exactly.
 */
export function pairedBootstrap(
  n: number,
  statistic: (indices: Uint32Array) => number,
  options: BootstrapOptions = {},
): BootstrapResult {
  const resamples = options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES;
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const levels = options.levels ?? [0.95];
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!(Number.isInteger(resamples) && resamples >= 1))
    throw new RangeError(`resamples must be a positive integer`);
  levels.forEach(checkLevel);
  const method = 'percentile bootstrap';
  if (n === 0) {
    return {
      estimate: NaN,
      se: NaN,
      resamples,
      seed,
      intervals: levels.map((level) => ({ estimate: NaN, lower: -Infinity, upper: Infinity, level, method })),
      shareAtOrBelowZero: NaN,
    };
  }
  const identity = new Uint32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const estimate = statistic(identity);
  const rng = createRng(seed);
  const replicates = new Float64Array(resamples);
  const indices = new Uint32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextInt(n);
    replicates[b] = statistic(indices);
  }
  replicates.sort();
  let sum = 0;
  let atOrBelowZero = 0;
  for (const value of replicates) {
    sum += value;
    if (value <= 0) atOrBelowZero++;
  }
  const average = sum / resamples;
  let squares = 0;
  for (const value of replicates) squares += (value - average) ** 2;
  return {
    estimate,
    se: resamples > 1 ? Math.sqrt(squares / (resamples - 1)) : 0,
    resamples,
    seed: seed >>> 0,
    intervals: levels.map((level) => ({
      estimate,
      lower: quantileSorted(replicates, (1 - level) / 2),
      upper: quantileSorted(replicates, (1 + level) / 2),
      level,
      method,
    })),
    shareAtOrBelowZero: atOrBelowZero / resamples,
  };
}

/** Paired bootstrap of the mean difference d̄ = mean(new − base) from per-item differences. */
export function bootstrapMeanDifference(
  diffs: readonly number[],
  options: BootstrapOptions = {},
): BootstrapResult {
  const values = Float64Array.from(diffs);
  return pairedBootstrap(
    values.length,
    (indices) => {
      let sum = 0;
      for (let i = 0; i < indices.length; i++) sum += values[indices[i]!]!;
      return sum / indices.length;
    },
    options,
  );
}
