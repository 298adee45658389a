import { betaQuantile, normalCdf, normalSf } from './distributions.js';
import { checkLevel, zForLevel, type Interval } from './interval.js';

function checkCounts(successes: number, n: number, integers: boolean): void {
  if (!(Number.isFinite(n) && n >= 0) || (integers && !Number.isInteger(n))) {
    throw new RangeError(`n must be a non-negative ${integers ? 'integer' : 'number'}, got ${n}`);
  }
  if (!(successes >= 0 && successes <= n) || (integers && !Number.isInteger(successes))) {
    throw new RangeError(
      `successes must be ${integers ? 'an integer ' : ''}in [0, n], got ${successes} of ${n}`,
    );
  }
}

/** Wilson bounds for a critical value z (z < 0 swaps the roles of lower and upper). */
export function wilsonBounds(successes: number, n: number, z: number): { lower: number; upper: number } {
  if (n === 0) return { lower: 0, upper: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact ends: at x = 0 the lower bound is 0 and at x = n the upper bound is 1 (no 1e-17 residue).
  const lower = successes === 0 && z >= 0 ? 0 : Math.min(1, Math.max(0, center - half));
  const upper = successes === n && z >= 0 ? 1 : Math.min(1, Math.max(0, center + half));
  return { lower, upper };
}

/**
 * Wilson (1927) score interval for a proportion: centre (p̂ + z²/2n)/(1 + z²/n), half-width
 * z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²). Exactly 0 at x = 0 and 1 at x = n; [0, 1] when n = 0.
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval {
  checkCounts(successes, n, false);
  const { lower, upper } = wilsonBounds(successes, n, zForLevel(level));
  return { estimate: n > 0 ? successes / n : NaN, lower, upper, level, method: 'wilson' };
}

/**
 * Clopper–Pearson (1934) exact interval: [Beta⁻¹(α/2; x, n−x+1), Beta⁻¹(1−α/2; x+1, n−x)], with 0 at x = 0
 * and 1 at x = n; [0, 1] when n = 0.
 */
export function clopperPearsonInterval(successes: number, n: number, level = 0.95): Interval {
  checkCounts(successes, n, true);
  checkLevel(level);
  const alpha = 1 - level;
  const lower = successes === 0 ? 0 : betaQuantile(alpha / 2, successes, n - successes + 1);
  const upper = successes === n ? 1 : betaQuantile(1 - alpha / 2, successes + 1, n - successes);
  return { estimate: n > 0 ? successes / n : NaN, lower, upper, level, method: 'clopper-pearson' };
}

/** Newcombe method 10 bounds for p1 − p2 with critical value z (see `newcombeDifference`). */
export function newcombeBounds(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z: number,
): { lower: number; upper: number } {
  if (n1 === 0 || n2 === 0) return { lower: -1, upper: 1 };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const diff = p1 - p2;
  const w1 = wilsonBounds(x1, n1, Math.abs(z));
  const w2 = wilsonBounds(x2, n2, Math.abs(z));
  const lower = diff - Math.hypot(p1 - w1.lower, w2.upper - p2);
  const upper = diff + Math.hypot(w1.upper - p1, p2 - w2.lower);
  // z < 0 asks for the bounds of a "negative-confidence" interval (used to invert the interval into a p-value).
  return z >= 0
    ? { lower: Math.max(-1, lower), upper: Math.min(1, upper) }
    : { lower: Math.min(1, upper), upper: Math.max(-1, lower) };
}

/**
 * Newcombe (1998) hybrid score interval for the difference of two independent proportions, "method 10":
 * with Wilson limits (lᵢ, uᵢ), L = Δ̂ − √((p̂₁−l₁)² + (u₂−p̂₂)²), U = Δ̂ + √((u₁−p̂₁)² + (p̂₂−l₂)²),
 * Δ̂ = p̂₁ − p̂₂. [−1, 1] with a NaN estimate when either n is 0.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, level = 0.95): Interval {
  checkCounts(x1, n1, false);
  checkCounts(x2, n2, false);
  const { lower, upper } = newcombeBounds(x1, n1, x2, n2, zForLevel(level));
  const estimate = n1 > 0 && n2 > 0 ? x1 / n1 - x2 / n2 : NaN;
  return { estimate, lower, upper, level, method: 'newcombe-10' };
}

/** Wald interval for p1 − p2: Δ̂ ± z·√(p̂₁q̂₁/n₁ + p̂₂q̂₂/n₂) (acceptable for large n only). */
export function waldDifference(x1: number, n1: number, x2: number, n2: number, level = 0.95): Interval {
  checkCounts(x1, n1, false);
  checkCounts(x2, n2, false);
  if (n1 === 0 || n2 === 0) return { estimate: NaN, lower: -1, upper: 1, level, method: 'wald' };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const half = zForLevel(level) * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const estimate = p1 - p2;
  return { estimate, lower: estimate - half, upper: estimate + half, level, method: 'wald' };
}

export interface TwoProportionZTest {
  /** p̂₁ − p̂₂. */
  estimate: number;
  /** Pooled proportion (x₁ + x₂)/(n₁ + n₂). */
  pooled: number;
  z: number;
  pTwoSided: number;
  /** One-sided p for H1: p₁ > p₂. */
  pGreater: number;
  /** One-sided p for H1: p₁ < p₂. */
  pLess: number;
}

/**
 * Pooled two-proportion z test: z = (p̂₁ − p̂₂)/√(p̄(1−p̄)(1/n₁ + 1/n₂)). Directional p-values come from the
 * sign of z (unlike jstat's one-sided helpers). When the pooled variance is 0 (both samples all 0 or all 1)
 * or a sample is empty, every p is 1.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TwoProportionZTest {
  checkCounts(x1, n1, false);
  checkCounts(x2, n2, false);
  if (n1 === 0 || n2 === 0) {
    return { estimate: NaN, pooled: NaN, z: NaN, pTwoSided: 1, pGreater: 1, pLess: 1 };
  }
  const estimate = x1 / n1 - x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { estimate, pooled, z: 0, pTwoSided: 1, pGreater: 1, pLess: 1 };
  const z = estimate / se;
  return {
    estimate,
    pooled,
    z,
    pTwoSided: Math.min(1, 2 * normalSf(Math.abs(z))),
    pGreater: normalSf(z),
    pLess: normalCdf(z),
  };
}
