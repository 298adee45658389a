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
  checkPairedLengths(base, next);
  const kept: Pairs = { base: [], next: [], dropped: noDroppedPairs() };
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const n = next[i];
    if (b === null || b === undefined || n === null || n === undefined) {
      countDropped(kept.dropped, b, n);
      continue;
    }
    checkFinitePair(b, n, i);
    kept.base.push(b);
    kept.next.push(n);
  }
  return kept;
}

export function checkPairedLengths(base: readonly MaybeNumber[], next: readonly MaybeNumber[]): void {
  if (base.length !== next.length) {
    throw new RangeError(`paired arrays must have the same length (base ${base.length}, new ${next.length})`);
  }
}

export const noDroppedPairs = (): DroppedPairs => ({ total: 0, baseOnly: 0, newOnly: 0, both: 0 });

/** Counts a pair with an N/A side (null or undefined) as dropped. */
export function countDropped(dropped: DroppedPairs, base: MaybeNumber, next: MaybeNumber): void {
  const baseMissing = base === null || base === undefined;
  const newMissing = next === null || next === undefined;
  dropped.total++;
  if (baseMissing && newMissing) dropped.both++;
  else if (baseMissing) dropped.baseOnly++;
  else dropped.newOnly++;
}

export function checkFinitePair(base: number, next: number, index: number): void {
  if (!Number.isFinite(base) || !Number.isFinite(next)) {
    throw new RangeError(`paired values must be finite numbers (item ${index}: base ${base}, new ${next})`);
  }
}

/** Per-item differences new − base over the complete pairs, plus the dropped-pair counts. */
export function pairedDifferences(
  base: readonly MaybeNumber[],
  next: readonly MaybeNumber[],
): { diffs: number[]; dropped: DroppedPairs } {
  const pairs = pairValues(base, next);
  return { diffs: pairs.next.map((value, i) => value - pairs.base[i]!), dropped: pairs.dropped };
}
