import { binomialMass } from './binomial.js';
import { normalCdf, normalQuantile } from './distributions.js';
import { checkAlpha, zForLevel } from './interval.js';
import {
  pairedDifferenceBounds,
  SMALL_DISCORDANT_COUNT,
  type PairedIntervalMethod,
} from './paired-binary.js';

export interface PowerOptions {
  /** Significance level per side (default 0.05, one-sided). */
  alpha?: number;
  /** Target power (default 0.8). */
  power?: number;
  /** 1 (default) for a one-sided test at α, 2 for a two-sided test at α. */
  sides?: 1 | 2;
}

/** z_{1−α/sides} + z_{power}. */
export function criticalSum(options: PowerOptions = {}): number {
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  const sides = options.sides ?? 1;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return normalQuantile(1 - alpha / sides) + normalQuantile(power);
}

function checkPositive(name: string, value: number): void {
  if (!(value > 0 && Number.isFinite(value)))
    throw new RangeError(`${name} must be a positive number, got ${value}`);
}

function checkDiscordance(discordance: number): void {
  if (!(discordance >= 0 && discordance <= 1))
    throw new RangeError(`discordance must be in [0, 1], got ${discordance}`);
}

/**
 * Minimum detectable effect of a paired binary comparison (McNemar / paired Wald) with discordance
 * ψ = (b + c)/n. Solves Δ = (z_{1−α} + z_{power})·√((ψ − Δ²)/n), using Var(d) = ψ − Δ² (statistics.md 1.9):
 * Δ = z·√(ψ/(n + z²)), which is the usual z·√ψ/√n refined. Infinity when n = 0.
 */
export function mdePairedBinary(args: { n: number; discordance: number } & PowerOptions): number {
  checkDiscordance(args.discordance);
  if (!(args.n > 0)) return Infinity;
  const z = criticalSum(args);
  return z * Math.sqrt(args.discordance / (args.n + z * z));
}

/** Pairs needed to detect a paired binary difference `effect` with discordance ψ: ⌈z²(ψ − Δ²)/Δ²⌉. */
export function sampleSizePairedBinary(args: { effect: number; discordance: number } & PowerOptions): number {
  checkPositive('effect', args.effect);
  checkDiscordance(args.discordance);
  if (args.effect > args.discordance) throw new RangeError('effect cannot exceed the discordance rate');
  const z = criticalSum(args);
  return Math.ceil((z * z * (args.discordance - args.effect ** 2)) / args.effect ** 2 - 1e-9);
}

/** MDE of a paired comparison of scores with SD of the differences σ_d: (z_{1−α} + z_{power})·σ_d/√n. */
export function mdePairedContinuous(args: { n: number; sdDiff: number } & PowerOptions): number {
  if (!(args.sdDiff >= 0)) throw new RangeError(`sdDiff must be non-negative, got ${args.sdDiff}`);
  if (!(args.n > 0)) return Infinity;
  return (criticalSum(args) * args.sdDiff) / Math.sqrt(args.n);
}

/** Pairs needed for a paired comparison of scores: ⌈(z·σ_d/Δ)²⌉. */
export function sampleSizePairedContinuous(args: { effect: number; sdDiff: number } & PowerOptions): number {
  checkPositive('effect', args.effect);
  const z = criticalSum(args);
  return Math.ceil(((z * args.sdDiff) / args.effect) ** 2 - 1e-9);
}

/**
 * MDE (a drop from `pBase`) of an unpaired comparison of proportions: the Δ that solves
 * Δ = z·√(p₁q₁/n_base + p₂q₂/n_new) with p₂ = p₁ − Δ (bisection). Infinity when even a drop to 0 is not
 * detectable.
 */
export function mdeUnpairedProportions(
  args: { pBase: number; nBase: number; nNew: number } & PowerOptions,
): number {
  const { pBase, nBase, nNew } = args;
  if (!(pBase >= 0 && pBase <= 1)) throw new RangeError(`pBase must be in [0, 1], got ${pBase}`);
  if (!(nBase > 0 && nNew > 0)) return Infinity;
  const z = criticalSum(args);
  const gap = (delta: number): number => {
    const pNew = pBase - delta;
    return delta - z * Math.sqrt((pBase * (1 - pBase)) / nBase + (pNew * (1 - pNew)) / nNew);
  };
  if (gap(pBase) < 0) return Infinity;
  let lo = 0;
  let hi = pBase;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Items per arm to detect a drop `effect` from `pBase` without pairing: ⌈z²(p₁q₁ + p₂q₂)/Δ²⌉. */
export function sampleSizeUnpairedProportions(
  args: { pBase: number; effect: number } & PowerOptions,
): number {
  checkPositive('effect', args.effect);
  const p1 = args.pBase;
  const p2 = p1 - args.effect;
  if (!(p1 >= 0 && p1 <= 1 && p2 >= 0)) throw new RangeError('pBase and pBase − effect must be in [0, 1]');
  const z = criticalSum(args);
  return Math.ceil((z * z * (p1 * (1 - p1) + p2 * (1 - p2))) / args.effect ** 2 - 1e-9);
}

/** MDE of an unpaired comparison of means (Welch): z·√(s₁²/n₁ + s₂²/n₂). */
export function mdeUnpairedMeans(
  args: { sdBase: number; nBase: number; sdNew: number; nNew: number } & PowerOptions,
): number {
  if (!(args.nBase > 0 && args.nNew > 0)) return Infinity;
  return criticalSum(args) * Math.sqrt(args.sdBase ** 2 / args.nBase + args.sdNew ** 2 / args.nNew);
}

export interface PassProbabilityArgs {
  /** Paired items. */
  n: number;
  /** Discordance rate ψ = P(b) + P(c). */
  discordance: number;
  /** Non-inferiority margin δ > 0. */
  margin: number;
  /** One-sided α of the gate (default 0.05): the decision uses the two-sided (1 − 2α) interval. */
  alpha?: number;
  /** True difference Δ = P(c) − P(b) (default 0: an unchanged model). */
  trueDifference?: number;
  /**
   * Base accuracy P(a) + P(b). Needed only to model the Newcombe score interval the gate uses when
   * b + c < 25; without it those rare tables are decided with the Wald rule.
   */
  baseRate?: number;
  /** 'exact' enumerates the tables, 'normal' uses Φ((Δ + δ)/SE − z); 'auto' (default) enumerates when n·ψ ≤ 5000. */
  method?: 'auto' | 'exact' | 'normal';
}

/**
 * Probability that the three-zone paired-binary gate returns PASS (lower bound of the two-sided (1 − 2α)
 * interval above −δ) when the true difference is Δ: the "power to pass" of an unchanged model when Δ = 0.
 * Exact mode sums over m = b + c ~ Bin(n, ψ) and b | m ~ Bin(m, P(b)/ψ), with the same interval rule as
 * `compareBinaryPaired` (Wald, or Newcombe when b + c < 25). Normal mode: Φ((Δ + δ)/SE − z_{1−α}) with
 * SE = √((ψ − Δ²)/n).
 */
export function passProbabilityPairedBinary(args: PassProbabilityArgs): number {
  const { n, discordance, margin } = args;
  const alpha = args.alpha ?? 0.05;
  const delta = args.trueDifference ?? 0;
  checkAlpha(alpha);
  checkPositive('margin', margin);
  checkDiscordance(discordance);
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (Math.abs(delta) > discordance)
    throw new RangeError('|trueDifference| cannot exceed the discordance rate');
  if (n === 0) return 0;
  const z = zForLevel(1 - 2 * alpha);
  const method = args.method ?? 'auto';
  if (method === 'normal' || (method === 'auto' && n * discordance > 5000)) {
    const se = Math.sqrt((discordance - delta * delta) / n);
    if (se === 0) return delta > -margin ? 1 : 0;
    return normalCdf((delta + margin) / se - z);
  }
  const pB = (discordance - delta) / 2;
  const pC = (discordance + delta) / 2;
  const shareB = discordance > 0 ? pB / discordance : 0.5;
  const baseRate = args.baseRate;
  let concordantA = NaN;
  if (baseRate !== undefined) {
    const pA = baseRate - pB;
    const pD = 1 - baseRate - pC;
    if (!(pA >= 0 && pD >= 0))
      throw new RangeError('baseRate is inconsistent with the discordance and difference');
    concordantA = pA + pD > 0 ? pA / (pA + pD) : 0;
  }
  const passes = (a: number, b: number, c: number, d: number, method: PairedIntervalMethod): boolean =>
    pairedDifferenceBounds({ a, b, c, d }, z, method).lower > -margin;
  let probability = 0;
  const discordant = binomialMass(n, discordance);
  discordant.probabilities.forEach((pM, offset) => {
    const m = discordant.start + offset;
    const split = binomialMass(m, shareB);
    split.probabilities.forEach((pSplit, splitOffset) => {
      const b = split.start + splitOffset;
      const c = m - b;
      if (m >= SMALL_DISCORDANT_COUNT || Number.isNaN(concordantA)) {
        // The Wald interval depends on b, c and n only (a + d = n − m).
        if (passes(n - m, b, c, 0, 'wald')) probability += pM * pSplit;
        return;
      }
      const concordant = binomialMass(n - m, concordantA);
      concordant.probabilities.forEach((pA, aOffset) => {
        const a = concordant.start + aOffset;
        if (passes(a, b, c, n - m - a, 'newcombe-paired')) probability += pM * pSplit * pA;
      });
    });
  });
  return Math.min(1, Math.max(0, probability));
}
