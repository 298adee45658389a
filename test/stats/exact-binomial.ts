// An independent exact reference for Binomial(m, 1/2) tails: BigInt sums of binomial coefficients.

/** P(X ≤ k), X ~ Binomial(m, 1/2), as the correctly rounded double of Σ_{i≤k} C(m, i) / 2^m. */
export function exactHalfBinomialCdf(k: number, m: number): number {
  if (k < 0) return 0;
  if (k >= m) return 1;
  let coefficient = 1n;
  let sum = 1n;
  for (let i = 1; i <= k; i++) {
    coefficient = (coefficient * BigInt(m - i + 1)) / BigInt(i);
    sum += coefficient;
  }
  // Keep ~64 significant bits in the quotient, then scale back by powers of two (exact in floating point).
  let shift = Math.max(0, m - sum.toString(2).length + 64);
  let value = Number((sum << BigInt(shift)) >> BigInt(m));
  while (shift > 0) {
    const step = Math.min(shift, 500);
    value /= 2 ** step;
    shift -= step;
  }
  return value;
}
