// Exact tails of X ~ Binomial(m, 1/2), the null distribution of McNemar's test and of the sign test.
// Computed relative to the largest term with power-of-two rescaling, so they are accurate (relative error
// ~1e-12) for any m up to well beyond 1e6. jstat is not used: binomial.cdf is rounded to 1e-10, binomial.pdf
// overflows near n ≈ 1030 (statistics.md 2.3), and ibeta loses accuracy near the centre for huge parameters
// (I_0.5(500001, 500000) comes out as 0.517 instead of 0.4996).

function checkArguments(k: number, m: number): void {
  if (!(Number.isInteger(m) && m >= 0)) throw new RangeError(`m must be a non-negative integer, got ${m}`);
  if (!Number.isInteger(k)) throw new RangeError(`k must be an integer, got ${k}`);
}

const TWO_POW_512 = 2 ** 512;

/**
 * C(m, k)·2^−m as a product of the exact ratios (m − j + i)/i, renormalized by powers of two (exact) so it
 * neither overflows nor underflows before the end: relative error ≲ 2k·2^−53, better than summing logarithms.
 */
function scaledChoose(m: number, k: number): number {
  const j = Math.min(k, m - k);
  let value = 1;
  let exponent = -m;
  for (let i = 1; i <= j; i++) {
    value *= (m - j + i) / i;
    if (value > TWO_POW_512) {
      value /= TWO_POW_512;
      exponent += 512;
    }
  }
  while (exponent < -512 && value > 0) {
    value /= TWO_POW_512;
    exponent += 512;
  }
  return value * 2 ** exponent;
}

/** P(X = k) for X ~ Binomial(m, 1/2). */
export function halfBinomialPmf(k: number, m: number): number {
  checkArguments(k, m);
  if (k < 0 || k > m) return 0;
  return scaledChoose(m, k);
}

/**
 * Lower tail P(X ≤ k) for k ≤ m/2: the terms C(m, i) grow with i up to k, so sum the ratios
 * C(m, i)/C(m, k) backwards from i = k (stopping once they no longer change the sum) and scale by P(X = k).
 */
function lowerTail(k: number, m: number): number {
  let term = 1;
  let sum = 1;
  for (let i = k; i >= 1; i--) {
    term *= i / (m - i + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum * scaledChoose(m, k));
}

/** P(X ≤ k) for X ~ Binomial(m, 1/2). */
export function halfBinomialCdf(k: number, m: number): number {
  checkArguments(k, m);
  if (k < 0) return 0;
  if (k >= m) return 1;
  if (2 * k <= m) return lowerTail(k, m);
  // By symmetry P(X ≤ k) = 1 − P(X ≤ m − k − 1), and the subtracted tail is below 1/2 (no cancellation).
  return 1 - lowerTail(m - k - 1, m);
}

/** P(X ≥ k) for X ~ Binomial(m, 1/2) (= P(X ≤ m − k) by symmetry). */
export function halfBinomialSf(k: number, m: number): number {
  checkArguments(k, m);
  return halfBinomialCdf(m - k, m);
}

/**
 * The probabilities of Binomial(n, p) that matter: P(X = k) for k = start..start + length − 1, the terms
 * below 1e-18 of the mode left out. Built by the ratio recurrence from the mode outwards and normalized by
 * their sum (no factorials, so it works for any n).
 */
export function binomialMass(n: number, p: number): { start: number; probabilities: Float64Array } {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (p === 0 || n === 0) return { start: 0, probabilities: Float64Array.of(1) };
  if (p === 1) return { start: n, probabilities: Float64Array.of(1) };
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  const above: number[] = [];
  let term = 1;
  for (let k = mode; k < n; k++) {
    term *= ((n - k) / (k + 1)) * odds;
    if (term < 1e-18) break;
    above.push(term);
  }
  const below: number[] = [];
  term = 1;
  for (let k = mode; k > 0; k--) {
    term *= k / (n - k + 1) / odds;
    if (term < 1e-18) break;
    below.push(term);
  }
  const start = mode - below.length;
  const probabilities = Float64Array.from([...below.reverse(), 1, ...above]);
  const total = probabilities.reduce((sum, value) => sum + value, 0);
  for (let i = 0; i < probabilities.length; i++) probabilities[i] = probabilities[i]! / total;
  return { start, probabilities };
}
