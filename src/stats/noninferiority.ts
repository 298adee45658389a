export type Zone = 'pass' | 'fail' | 'inconclusive';

export interface ThreeZoneDecision {
  zone: Zone;
  /** U < 0: the difference is significantly negative (worse) at the interval's level. */
  significantDecrease: boolean;
  /** L > 0: the difference is significantly positive (better) at the interval's level. */
  significantImprovement: boolean;
}

/**
 * Three-zone non-inferiority decision (statistics.md 1.8) from the two-sided (1 − 2α) interval [L, U] of
 * Δ = new − base, oriented so that negative is worse (flip the sign first for lower-is-better metrics), and a
 * margin δ > 0: PASS when L > −δ, FAIL when U < −δ, INCONCLUSIVE otherwise (including NaN bounds).
 */
export function threeZoneDecision(
  interval: { lower: number; upper: number },
  margin: number,
): ThreeZoneDecision {
  if (!(margin > 0 && Number.isFinite(margin)))
    throw new RangeError(`margin must be a positive number, got ${margin}`);
  const { lower, upper } = interval;
  const zone: Zone = lower > -margin ? 'pass' : upper < -margin ? 'fail' : 'inconclusive';
  return { zone, significantDecrease: upper < 0, significantImprovement: lower > 0 };
}

/** The worst zone of several (fail > inconclusive > pass); 'pass' for none. */
export function worstZone(zones: readonly Zone[]): Zone {
  if (zones.includes('fail')) return 'fail';
  if (zones.includes('inconclusive')) return 'inconclusive';
  return 'pass';
}
