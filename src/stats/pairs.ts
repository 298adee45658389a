/** A per-item value; null or undefined means N/A (never zero). */
export type MaybeNumber = number | null | undefined;

export interface DroppedPairs {
  /** Pairs dropped in all (either side N/A). */
  total: number;
  /** N/A in the baseline only. */
  baseOnly: number;
  /** N/A in the new run only. */
  newOnly: number;
  /** N/A on both sides. */
  both: number;
}

export interface Pairs {
  base: number[];
  next: number[];
  dropped: DroppedPairs;
}

/**
 * Aligns two per-item arrays (index i is the same item on both sides) and drops the pairs where either side
 * is null/undefined, counting them. Throws when the lengths differ or a kept value is not finite.
 */
export function pairValues(base: readonly MaybeNumber[], next: readonly MaybeNumber[]): Pairs {
  if (base.length !== next.length) {
    throw new RangeError(`paired arrays must have the same length (base ${base.length}, new ${next.length})`);
  }
  const kept: Pairs = { base: [], next: [], dropped: { total: 0, baseOnly: 0, newOnly: 0, both: 0 } };
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const n = next[i];
    const baseMissing = b === null || b === undefined;
    const newMissing = n === null || n === undefined;
    if (baseMissing || newMissing) {
      kept.dropped.total++;
      if (baseMissing && newMissing) kept.dropped.both++;
      else if (baseMissing) kept.dropped.baseOnly++;
      else kept.dropped.newOnly++;
      continue;
    }
    if (!Number.isFinite(b) || !Number.isFinite(n)) {
      throw new RangeError(`paired values must be finite numbers (item ${i}: base ${b}, new ${n})`);
    }
    kept.base.push(b);
    kept.next.push(n);
  }
  return kept;
}

/** Per-item differences new − base over the complete pairs, plus the dropped-pair counts. */
export function pairedDifferences(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
): { diffs: number[]; dropped: DroppedPairs } {
  const pairs = pairValues(base, next);
  return { diffs: pairs.next.map((value, i) => value - pairs.base[i]!), dropped: pairs.dropped };
}
