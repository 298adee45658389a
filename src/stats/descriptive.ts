import { tQuantile } from './distributions.js';
import { checkLevel, unboundedInterval, type Interval } from './interval.js';

/** Arithmetic mean; NaN for an empty array. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const value of values) sum += value;
  const first = sum / values.length;
  // A second pass removes most of the rounding error of the first (corrected two-pass mean).
  let correction = 0;
  for (const value of values) correction += value - first;
  return first + correction / values.length;
}

/** Sample variance with the n − 1 denominator (two-pass); NaN when n < 2. */
export function variance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let squares = 0;
  let sum = 0;
  for (const value of values) {
    const deviation = value - m;
    squares += deviation * deviation;
    sum += deviation;
  }
  return Math.max(0, (squares - (sum * sum) / n) / (n - 1));
}

/** Sample standard deviation (n − 1 denominator); NaN when n < 2. */
export function standardDeviation(values: readonly number[]): number {
  return Math.sqrt(variance(values));
}

/**
 * Quantile by linear interpolation between order statistics, Hyndman & Fan (1996) type 7 (the default of
 * numpy and R): h = (n − 1)·q, Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Sorts a copy; NaN when empty.
 */
export function quantile(values: readonly number[], q: number): number {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    q,
  );
}

/** Type 7 quantile of values already sorted ascending (no copy, no check). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${q}`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex]!;
  if (lowIndex >= n - 1) return sorted[n - 1]!;
  const high = sorted[lowIndex + 1]!;
  return low + (h - lowIndex) * (high - low);
}

/** Median (type 7 quantile at 0.5). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/**
 * Student t interval `estimate ± t_{1−(1−level)/2, df}·se`. Degenerate [estimate, estimate] when se = 0;
 * (−∞, +∞) when the standard error is unknown (df not > 0 or se NaN).
 */
export function tInterval(estimate: number, se: number, df: number, level: number, method = 't'): Interval {
  checkLevel(level);
  if (!(df > 0) || Number.isNaN(se) || Number.isNaN(estimate))
    return unboundedInterval(estimate, level, method);
  if (se === 0) return { estimate, lower: estimate, upper: estimate, level, method };
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { estimate, lower: estimate - half, upper: estimate + half, level, method };
}

export interface MeanSummary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); NaN when n < 2. */
  sd: number;
  /** Standard error sd/√n; NaN when n < 2. */
  se: number;
}

/** n, mean, sample sd and standard error of the mean. */
export function summarize(values: readonly number[]): MeanSummary {
  const n = values.length;
  const sd = standardDeviation(values);
  return { n, mean: mean(values), sd, se: sd / Math.sqrt(n) };
}

export interface MeanInterval extends Interval, MeanSummary {
  df: number;
}

/**
 * t interval for a mean: x̄ ± t_{1−(1−level)/2, n−1}·s/√n (Miller 2024, with a t quantile). For n < 2 the
 * bounds are ±Infinity (estimate NaN when n = 0); when all values are equal the interval is [x̄, x̄].
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  const summary = summarize(values);
  const df = summary.n - 1;
  return { ...summary, df, ...tInterval(summary.mean, summary.se, df, level, 't') };
}
