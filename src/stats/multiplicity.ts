export interface AdjustedPValues {
  /** Adjusted p-values, in the order of the input. */
  adjusted: number[];
  /** adjusted ≤ level, in the order of the input. */
  reject: boolean[];
  level: number;
  method: 'holm' | 'benjamini-hochberg';
}

function checkPValues(pValues: readonly number[]): void {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`);
  }
}

/** Indices sorted by ascending p (stable: equal p keep their input order). */
function ascendingOrder(pValues: readonly number[]): number[] {
  return pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
}

/**
 * Holm (1979) step-down adjustment (controls the family-wise error rate):
 * p̃₍ᵢ₎ = max_{j≤i} min(1, (m − j + 1)·p₍ⱼ₎). Returned in the input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  checkPValues(pValues);
  const m = pValues.length;
  const adjusted = new Array<number>(m);
  let running = 0;
  ascendingOrder(pValues).forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

/**
 * Benjamini & Hochberg (1995) step-up adjustment (controls the false discovery rate under independence or
 * positive dependence): p̃₍ᵢ₎ = min_{j≥i} min(1, m·p₍ⱼ₎/j). Returned in the input order.
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  checkPValues(pValues);
  const m = pValues.length;
  const adjusted = new Array<number>(m);
  const order = ascendingOrder(pValues);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, (m * pValues[index]!) / (rank + 1));
    adjusted[index] = running;
  }
  return adjusted;
}

/** Holm-adjusted p-values and which hypotheses are rejected at `level` (FWER). */
export function holm(pValues: readonly number[], level = 0.05): AdjustedPValues {
  const adjusted = holmAdjust(pValues);
  return { adjusted, reject: adjusted.map((p) => p <= level), level, method: 'holm' };
}

/** Benjamini–Hochberg adjusted p-values and which hypotheses are rejected at FDR `level`. */
export function benjaminiHochberg(pValues: readonly number[], level = 0.05): AdjustedPValues {
  const adjusted = benjaminiHochbergAdjust(pValues);
  return { adjusted, reject: adjusted.map((p) => p <= level), level, method: 'benjamini-hochberg' };
}
