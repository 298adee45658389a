// A skewness-corrected t interval for θ = log(mean_new) − log(mean_base + δ) of strictly positive values
// (latency, cost). The studentized statistic of a mean of skewed values is itself skewed; its quantiles are
// t_p − γ(2z_p² + 1)/(6√n) to first order (the Edgeworth / Cornish–Fisher expansion behind Johnson's 1978
// modified t; Hall 1992, "The Bootstrap and Edgeworth Expansion", §2.6 and §3.5). The bootstrap-t estimates γ
// from the sample, which at small n badly underestimates the skewness of heavy-tailed latencies (the values
// that make the mean large are the ones a small sample lacks). Here γ instead comes from a bivariate lognormal
// fit of the two versions (log-scale moments are estimated with little bias), taking the larger of the two
// log-variances for both so that a new run that happens to miss its slow tail does not also shrink γ.
import { normalQuantile, tQuantile } from './distributions.js';
import { checkLevel } from './interval.js';

/**
 * Skewness of the influence value ψ = X/E[X] − (Y + δ)/(E[Y] + δ) of θ under a bivariate lognormal fit of
 * (X, Y) = (new, base): log-variances both set to the larger of the two, log-correlation as observed.
 * 0 without spread; +Infinity when the moments overflow (log-sd above about 8).
 */
export function lognormalRatioSkewness(
  base: readonly number[],
  next: readonly number[],
  offset: number,
): number {
  const n = base.length;
  if (n !== next.length) throw new RangeError('paired arrays must have the same length');
  if (n < 2) return 0;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += Math.log(next[i]!);
    meanY += Math.log(base[i]!);
  }
  meanX /= n;
  meanY /= n;
  let vx = 0;
  let vy = 0;
  let cxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = Math.log(next[i]!) - meanX;
    const dy = Math.log(base[i]!) - meanY;
    vx += dx * dx;
    vy += dy * dy;
    cxy += dx * dy;
  }
  const v = Math.max(vx, vy) / (n - 1);
  if (!(v > 0)) return 0;
  const rho = vx > 0 && vy > 0 ? Math.max(-1, Math.min(1, cxy / Math.sqrt(vx * vy))) : 0;
  const c = rho * v;
  // Scale-free: X in units of e^{meanX}, Y and δ in units of e^{meanY}. E[X^i Y^j] for the fitted lognormal.
  const moment = (i: number, j: number) => Math.exp(0.5 * (i * i * v + 2 * i * j * c + j * j * v));
  const d = offset / Math.exp(meanY);
  const binomial = [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]];
  // E[X^i (Y + δ)^j]
  const shifted = (i: number, j: number) =>
    binomial[j]!.reduce((sum, coefficient, k) => sum + coefficient * moment(i, k) * d ** (j - k), 0);
  const a = moment(1, 0);
  const b = shifted(0, 1);
  const u2 = moment(2, 0) / a ** 2;
  const u3 = moment(3, 0) / a ** 3;
  const v2 = shifted(0, 2) / b ** 2;
  const v3 = shifted(0, 3) / b ** 3;
  const uv = shifted(1, 1) / (a * b);
  const u2v = shifted(2, 1) / (a * a * b);
  const uv2 = shifted(1, 2) / (a * b * b);
  // ψ = U − V with E[U] = E[V] = 1: central moments are the raw moments of U − V.
  const second = u2 - 2 * uv + v2;
  const third = u3 - 3 * u2v + 3 * uv2 - v3;
  if (!Number.isFinite(second) || !Number.isFinite(third)) return Infinity;
  if (!(second > 0)) return 0;
  return third / second ** 1.5;
}

export interface SkewCorrectedInterval {
  lower: number;
  upper: number;
  level: number;
}

/**
 * [θ̂ − q_{(1+L)/2}·se, θ̂ − q_{(1−L)/2}·se] with the Cornish–Fisher quantiles of the studentized statistic,
 * q_p = t_{p, C−1} − γ(2z_p² + 1)/(6√C), over C independent units (clusters). Unbounded for infinite γ.
 */
export function skewCorrectedInterval(
  estimate: number,
  se: number,
  units: number,
  skewness: number,
  level: number,
): SkewCorrectedInterval {
  checkLevel(level);
  if (!Number.isFinite(skewness) || !(units > 1)) return { lower: -Infinity, upper: Infinity, level };
  const quantile = (p: number) => {
    const z = normalQuantile(p);
    return tQuantile(p, units - 1) - (skewness * (2 * z * z + 1)) / (6 * Math.sqrt(units));
  };
  return {
    lower: estimate - quantile((1 + level) / 2) * se,
    upper: estimate - quantile((1 - level) / 2) * se,
    level,
  };
}

/**
 * One-sided p of H0 "θ ≥ 0" consistent with the interval: the p at which the upper bound θ̂ − q_p·se reaches 0
 * (bisection on p; q_p increases with p over the range that matters).
 */
export function skewCorrectedPBelowZero(
  estimate: number,
  se: number,
  units: number,
  skewness: number,
): number {
  if (!Number.isFinite(skewness) || !(units > 1) || !(se > 0)) return 1;
  const upper = (p: number) => skewCorrectedInterval(estimate, se, units, skewness, 1 - 2 * p).upper;
  let lo = 1e-12;
  let hi = 0.5 - 1e-12;
  if (upper(lo) < 0) return lo;
  if (!(upper(hi) < 0)) return 1;
  // Invariant: upper(lo) ≥ 0 > upper(hi).
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (upper(mid) < 0) hi = mid;
    else lo = mid;
  }
  return hi;
}
