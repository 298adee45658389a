import { normalQuantile, normalSf } from './distributions.js';

/**
 * A two-sided confidence interval. Same shape as the pipeline's `Interval` (core/types.ts), plus the point
 * estimate. Bounds are ±Infinity when the data carry no information (for example n < 2 for a mean).
 */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  /** Two-sided confidence level, e.g. 0.95. */
  level: number;
  method: string;
}

/** Throws unless 0 < level < 1. */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
}

/** Throws unless 0 < alpha < 0.5 (a one-sided significance level). */
export function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`alpha must be in (0, 0.5), got ${alpha}`);
}

/** The normal critical value z_{1−(1−level)/2} of a two-sided interval. */
export function zForLevel(level: number): number {
  checkLevel(level);
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * The one-sided p-value of H0: Δ ≤ threshold against H1: Δ > threshold obtained by inverting a family of
 * intervals: the smallest one-sided α at which the lower confidence bound exceeds the threshold.
 * `boundAt(z)` must return the lower bound of the two-sided interval with critical value z for z > 0, the upper
 * bound of the interval with critical value −z for z < 0, and the point estimate for z = 0, so that it decreases
 * with z. Then p = Φ(−z*) where boundAt(z*) = threshold (bisection on z, which keeps tiny p-values precise).
 * Used for the non-inferiority p of the score intervals (Newcombe), which have no closed-form test.
 */
export function pValueByInversion(boundAt: (z: number) => number, threshold: number): number {
  let lo = -40;
  let hi = 40;
  if (Number.isNaN(boundAt(0))) return 1;
  if (boundAt(hi) > threshold) return 0;
  if (!(boundAt(lo) > threshold)) return 1;
  // Invariant: boundAt(lo) > threshold >= boundAt(hi).
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (boundAt(mid) > threshold) lo = mid;
    else hi = mid;
  }
  return normalSf((lo + hi) / 2);
}

/** An interval with no information: (−∞, +∞). */
export function unboundedInterval(estimate: number, level: number, method: string): Interval {
  return { estimate, lower: -Infinity, upper: Infinity, level, method };
}
