import { normalCdf, normalSf } from './distributions.js';

export type ZeroMethod = 'pratt' | 'wilcox';

export interface WilcoxonOptions {
  /** 'pratt' (default) ranks the zero differences with the others, then drops them; 'wilcox' drops them first. */
  zeroMethod?: ZeroMethod;
  /** Continuity correction of ½ in the normal approximation (default true). */
  correction?: boolean;
  /**
   * Exact permutation p-value: true, false, or 'auto' (default: exact when the DP is cheap, i.e. at most
   * 300 non-zero differences and a bounded table).
   */
  exact?: boolean | 'auto';
}

export interface WilcoxonResult {
  /** All differences given. */
  n: number;
  /** Non-zero differences (the ones whose signs are tested). */
  nonZero: number;
  zeros: number;
  /** True when some non-zero |d| share a rank (mid-ranks used). */
  ties: boolean;
  zeroMethod: ZeroMethod;
  /** Sum of the ranks of the positive differences (new better). */
  wPlus: number;
  wMinus: number;
  /** E[W⁺] = Σr/2 and Var[W⁺] = Σr²/4 over the signed ranks (exact under H0, ties and zeros included). */
  expected: number;
  variance: number;
  /** (|W⁺ − E| − ½)/√Var with the sign of W⁺ − E (no ½ without correction); 0 when Var = 0. */
  z: number;
  pNormal: number;
  pExact: number | null;
  /** The p-value to report: exact when computed, otherwise the normal approximation. */
  pTwoSided: number;
  /** One-sided p for H1 "new is worse" (W⁺ small): exact when computed, otherwise normal. */
  pNewWorse: number;
  method: 'exact' | 'normal';
}

const EXACT_MAX_NONZERO = 300;
const EXACT_MAX_WORK = 5e7;
/** Relative tolerance under which two |d| count as tied (absorbs floating-point noise like 0.1 + 0.2). */
const TIE_TOLERANCE = 1e-12;

/** Mid-ranks (1-based) of values sorted ascending, with ties within a relative tolerance. */
function midRanks(sorted: readonly number[]): number[] {
  const ranks = new Array<number>(sorted.length);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (
      end + 1 < sorted.length &&
      sorted[end + 1]! - sorted[end]! <= TIE_TOLERANCE * Math.abs(sorted[end + 1]!)
    )
      end++;
    const rank = (start + end + 2) / 2;
    for (let i = start; i <= end; i++) ranks[i] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Exact null distribution of W⁺ given the (mid-)ranks: each rank carries a + sign with probability ½
 * independently. DP over doubled ranks (integers even with mid-ranks), probabilities rather than counts so
 * nothing overflows. Returns P(2W⁺ = s) for s = 0..Σ2r.
 */
function signedRankDistribution(doubledRanks: readonly number[]): Float64Array {
  const total = doubledRanks.reduce((sum, r) => sum + r, 0);
  const dp = new Float64Array(total + 1);
  dp[0] = 1;
  let reach = 0;
  for (const r of doubledRanks) {
    reach += r;
    for (let s = reach; s >= 0; s--) dp[s] = 0.5 * dp[s]! + (s >= r ? 0.5 * dp[s - r]! : 0);
  }
  return dp;
}

/**
 * Wilcoxon (1945) signed-rank test on paired differences d = new − base, with Pratt's (1959) or Wilcoxon's
 * zero method and mid-ranks for ties. The normal approximation uses the tie-corrected variance
 * Σr²/4 (= m(m+1)(2m+1)/24 − Σ(t³−t)/48 without zeros). The exact p is the permutation distribution of W⁺
 * given the observed mid-ranks (valid with ties and Pratt zeros, i.e. the exact conditional test), by DP;
 * two-sided p = min(1, 2·min(P(W⁺ ≤ w), P(W⁺ ≥ w))).
 */
export function wilcoxonSignedRank(diffs: readonly number[], options: WilcoxonOptions = {}): WilcoxonResult {
  const zeroMethod = options.zeroMethod ?? 'pratt';
  const correction = options.correction ?? true;
  for (const d of diffs)
    if (!Number.isFinite(d)) throw new RangeError(`differences must be finite, got ${d}`);
  const zeros = diffs.filter((d) => d === 0).length;
  const ranked = (zeroMethod === 'pratt' ? [...diffs] : diffs.filter((d) => d !== 0)).sort(
    (x, y) => Math.abs(x) - Math.abs(y),
  );
  const ranks = midRanks(ranked.map(Math.abs));
  const signed: { rank: number; positive: boolean }[] = [];
  ranked.forEach((d, i) => {
    if (d !== 0) signed.push({ rank: ranks[i]!, positive: d > 0 });
  });
  const nonZeroAbs = signed.map((entry) => entry.rank);
  const ties = new Set(nonZeroAbs).size < nonZeroAbs.length;
  let wPlus = 0;
  let sumRanks = 0;
  let sumSquares = 0;
  for (const { rank, positive } of signed) {
    if (positive) wPlus += rank;
    sumRanks += rank;
    sumSquares += rank * rank;
  }
  const expected = sumRanks / 2;
  const variance = sumSquares / 4;
  const deviation = wPlus - expected;
  const cc = correction ? 0.5 : 0;
  const sd = Math.sqrt(variance);
  const z = variance > 0 ? (Math.sign(deviation) * Math.max(0, Math.abs(deviation) - cc)) / sd : 0;
  const pNormal = variance > 0 ? Math.min(1, 2 * normalSf(Math.abs(z))) : 1;
  // One-sided (new worse = W⁺ small): P(W⁺ ≤ w) ≈ Φ((w − E + ½)/sd).
  const pNewWorseNormal = variance > 0 ? Math.min(1, normalCdf((deviation + cc) / sd)) : 1;

  const m = signed.length;
  const doubled = signed.map((entry) => Math.round(2 * entry.rank));
  const work = m * doubled.reduce((sum, r) => sum + r, 0);
  const wantExact =
    options.exact === true ||
    ((options.exact ?? 'auto') === 'auto' && m <= EXACT_MAX_NONZERO && work <= EXACT_MAX_WORK);
  let pExact: number | null = null;
  let pNewWorseExact: number | null = null;
  if (wantExact && m > 0) {
    const distribution = signedRankDistribution(doubled);
    const observed = Math.round(2 * wPlus);
    let lower = 0;
    let upper = 0;
    for (let s = 0; s < distribution.length; s++) {
      if (s <= observed) lower += distribution[s]!;
      if (s >= observed) upper += distribution[s]!;
    }
    pExact = Math.min(1, 2 * Math.min(lower, upper));
    pNewWorseExact = Math.min(1, lower);
  } else if (wantExact) {
    pExact = 1;
    pNewWorseExact = 1;
  }
  return {
    n: diffs.length,
    nonZero: m,
    zeros,
    ties,
    zeroMethod,
    wPlus,
    wMinus: sumRanks - wPlus,
    expected,
    variance,
    z,
    pNormal,
    pExact,
    pTwoSided: pExact ?? pNormal,
    pNewWorse: pNewWorseExact ?? pNewWorseNormal,
    method: pExact === null ? 'normal' : 'exact',
  };
}
