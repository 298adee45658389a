import { halfBinomialCdf, halfBinomialPmf, halfBinomialSf } from './binomial.js';
import { chiSquareSf, normalSf } from './distributions.js';
import { checkLevel, pValueByInversion, zForLevel, type Interval } from './interval.js';
import {
  checkFinitePair,
  checkPairedLengths,
  countDropped,
  noDroppedPairs,
  type DroppedPairs,
  type MaybeNumber,
} from './pairs.js';
import { wilsonBounds } from './proportion.js';

/**
 * The paired 2×2 table over the same items:
 * a = both correct, b = base correct and new wrong (regressions), c = base wrong and new correct
 * (improvements), d = both wrong.
 */
export interface PairedBinaryTable {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Below this many discordant pairs (b + c) the paired interval switches from Wald to Newcombe's score method. */
export const SMALL_DISCORDANT_COUNT = 25;

function checkTable(table: PairedBinaryTable): number {
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const value = table[key];
    if (!(Number.isInteger(value) && value >= 0))
      throw new RangeError(`${key} must be a non-negative integer, got ${value}`);
  }
  return table.a + table.b + table.c + table.d;
}

/**
 * Builds the 2×2 table from per-item 0/1 outcomes, dropping (and counting) pairs with an N/A side. Counted in one
 * pass, without copying the complete pairs out (pairValues); its checks and messages are the same.
 */
export function pairedBinaryTable(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
): PairedBinaryTable & { n: number; dropped: DroppedPairs } {
  checkPairedLengths(base, next);
  const dropped = noDroppedPairs();
  const table = { a: 0, b: 0, c: 0, d: 0 };
  let notBinary: string | undefined;
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const n = next[i];
    if (b === null || b === undefined || n === null || n === undefined) {
      countDropped(dropped, b, n);
      continue;
    }
    checkFinitePair(b, n, i);
    if (b === 1 && n === 1) table.a++;
    else if (b === 1 && n === 0) table.b++;
    else if (b === 0 && n === 1) table.c++;
    else if (b === 0 && n === 0) table.d++;
    else notBinary ??= `binary outcomes must be 0 or 1 (got base ${b}, new ${n})`;
  }
  // Every pair is checked for a value that is not finite first, as pairValues does before the table is counted.
  if (notBinary !== undefined) throw new RangeError(notBinary);
  return { ...table, n: table.a + table.b + table.c + table.d, dropped };
}

export interface McNemarResult {
  b: number;
  c: number;
  /** Discordant pairs b + c. */
  discordant: number;
  /** Exact (binomial) two-sided p: min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, 1/2). */
  exactTwoSidedP: number;
  /** Mid-p: min(1, 2·[P(X < k) + P(X = k)/2]), k = min(b, c). */
  midP: number;
  /** Exact one-sided p for H1 "new is worse" (more regressions than improvements): P(X ≥ b). */
  pNewWorse: number;
  /** Exact one-sided p for H1 "new is better": P(X ≥ c). */
  pNewBetter: number;
  /** (b − c)²/(b + c); 0 when b + c = 0. */
  chi2: number;
  chi2P: number;
  /** Edwards (1948) continuity-corrected (max(0, |b − c| − 1))²/(b + c). */
  chi2Corrected: number;
  chi2CorrectedP: number;
}

/**
 * McNemar (1947) test on the discordant counts. Exact tails use a log-space binomial sum (accurate for
 * b + c up to 1e6 and beyond). With no discordant pairs every p is 1.
 */
export function mcnemarTest(b: number, c: number): McNemarResult {
  checkTable({ a: 0, b, c, d: 0 });
  const m = b + c;
  if (m === 0) {
    return {
      b,
      c,
      discordant: 0,
      exactTwoSidedP: 1,
      midP: 1,
      pNewWorse: 1,
      pNewBetter: 1,
      chi2: 0,
      chi2P: 1,
      chi2Corrected: 0,
      chi2CorrectedP: 1,
    };
  }
  const k = Math.min(b, c);
  const lowerTail = halfBinomialCdf(k, m);
  const chi2 = ((b - c) * (b - c)) / m;
  const corrected = Math.max(0, Math.abs(b - c) - 1) ** 2 / m;
  return {
    b,
    c,
    discordant: m,
    exactTwoSidedP: Math.min(1, 2 * lowerTail),
    midP: Math.min(1, 2 * (lowerTail - halfBinomialPmf(k, m) / 2)),
    pNewWorse: halfBinomialSf(b, m),
    pNewBetter: halfBinomialSf(c, m),
    chi2,
    chi2P: chiSquareSf(chi2, 1),
    chi2Corrected: corrected,
    chi2CorrectedP: chiSquareSf(corrected, 1),
  };
}

/** Wald standard error of Δ̂ = (c − b)/n: √(b + c − (c − b)²/n)/n. */
export function pairedDifferenceSe(table: PairedBinaryTable): number {
  const n = checkTable(table);
  if (n === 0) return NaN;
  const { b, c } = table;
  return Math.sqrt(Math.max(0, b + c - ((c - b) * (c - b)) / n)) / n;
}

/** Wald bounds of Δ = p_new − p_base for critical value z. */
function waldBounds(table: PairedBinaryTable, z: number): { lower: number; upper: number } {
  const n = checkTable(table);
  if (n === 0) return { lower: -1, upper: 1 };
  const estimate = (table.c - table.b) / n;
  const half = z * pairedDifferenceSe(table);
  return { lower: Math.max(-1, estimate - half), upper: Math.min(1, estimate + half) };
}

/**
 * Newcombe (1998, Stat Med 17:2635) paired "method 10" bounds of Δ = p_new − p_base for critical value z,
 * from the Wilson limits of both marginal proportions and the continuity-adjusted φ correlation.
 * z < 0 returns the bounds of the mirrored interval (for inversion into a p-value).
 */
export function newcombePairedBounds(table: PairedBinaryTable, z: number): { lower: number; upper: number } {
  const n = checkTable(table);
  if (n === 0) return { lower: -1, upper: 1 };
  const { a, b, c, d } = table;
  const pNew = (a + c) / n;
  const pBase = (a + b) / n;
  const estimate = pNew - pBase;
  const zAbs = Math.abs(z);
  const wNew = wilsonBounds(a + c, n, zAbs);
  const wBase = wilsonBounds(a + b, n, zAbs);
  // φ: correlation of the two marginal indicators; AD − BC is shrunk by n/2 towards 0 when positive.
  const marginals = (a + b) * (c + d) * (a + c) * (b + d);
  const cross = a * d - b * c;
  const adjusted = cross > n / 2 ? cross - n / 2 : cross >= 0 ? 0 : cross;
  const phi = marginals === 0 ? 0 : adjusted / Math.sqrt(marginals);
  const spread = (x: number, y: number): number => Math.sqrt(Math.max(0, x * x - 2 * phi * x * y + y * y));
  const lower = estimate - spread(pNew - wNew.lower, wBase.upper - pBase);
  const upper = estimate + spread(wNew.upper - pNew, pBase - wBase.lower);
  return z >= 0
    ? { lower: Math.max(-1, lower), upper: Math.min(1, upper) }
    : { lower: Math.min(1, upper), upper: Math.max(-1, lower) };
}

export type PairedIntervalMethod = 'wald' | 'newcombe-paired';

export interface PairedProportionDifference {
  n: number;
  /** Δ̂ = (c − b)/n = p_new − p_base. */
  estimate: number;
  /** Wald standard error √(b + c − (c − b)²/n)/n. */
  se: number;
  /** Discordance rate ψ = (b + c)/n. */
  discordance: number;
  /** True when b + c < 25: the interval is then Newcombe's paired score interval, not Wald. */
  exact: boolean;
  /** Interval at the requested level with the method chosen by `exact`. */
  ci: Interval;
  /** One-sided p of H0: Δ ≤ −margin against H1: Δ > −margin, consistent with `ci` (when a margin is given). */
  pNonInferiority: number | null;
}

/** Bounds of the chosen paired method for critical value z. */
export function pairedDifferenceBounds(
  table: PairedBinaryTable,
  z: number,
  method: PairedIntervalMethod,
): { lower: number; upper: number } {
  return method === 'wald' ? waldBounds(table, z) : newcombePairedBounds(table, z);
}

/**
 * Paired difference of proportions Δ = (c − b)/n with an interval at `level`: Wald (Δ̂ ± z·SE) when b + c ≥ 25,
 * otherwise Newcombe's paired score method 10 (Wald collapses to a point when b + c is small). The
 * non-inferiority p is 1 − Φ((Δ̂ + δ)/SE) for Wald and the inverted score interval otherwise, so that
 * p < α exactly when the (1 − 2α) interval's lower bound is above −δ.
 */
export function pairedProportionDifference(
  table: PairedBinaryTable,
  options: { level?: number; margin?: number; method?: PairedIntervalMethod | 'auto' } = {},
): PairedProportionDifference {
  const n = checkTable(table);
  const level = options.level ?? 0.95;
  checkLevel(level);
  const exact = table.b + table.c < SMALL_DISCORDANT_COUNT;
  const method =
    options.method === undefined || options.method === 'auto'
      ? exact
        ? 'newcombe-paired'
        : 'wald'
      : options.method;
  const estimate = n > 0 ? (table.c - table.b) / n : NaN;
  const se = pairedDifferenceSe(table);
  const { lower, upper } = pairedDifferenceBounds(table, zForLevel(level), method);
  let pNonInferiority: number | null = null;
  if (options.margin !== undefined) {
    const margin = options.margin;
    if (n === 0) pNonInferiority = 1;
    else if (method === 'wald') {
      pNonInferiority = se > 0 ? normalSf((estimate + margin) / se) : estimate > -margin ? 0 : 1;
    } else {
      pNonInferiority = pValueByInversion((z) => newcombePairedBounds(table, z).lower, -margin);
    }
  }
  return {
    n,
    estimate,
    se,
    discordance: n > 0 ? (table.b + table.c) / n : NaN,
    exact,
    ci: { estimate, lower, upper, level, method },
    pNonInferiority,
  };
}
