// Comparing two runs from the aggregates a harness reported (lm-eval results_*.json without per-sample files):
// no item pairs, only each side's value and standard error. Unpaired, from reported standard errors:
// Δ = new − base, SE = √(se_base² + se_new²), normal intervals; the gate decides on the two-sided (1 − 2α)
// interval with the three-zone non-inferiority rule, like every regression gate. Paired data, when both sides
// have per-item scores, always comes first (compare.ts); a side without a standard error is not compared.
import type { MetricValue } from '../core/types.js';
import type { ComparisonReport } from '../core/comparison.js';
import {
  normalQuantile,
  normalSf,
  threeZoneDecision,
  type ComparisonStat,
  type Interval,
} from '../stats/index.js';

export const REPORTED_METHOD = 'unpaired, from reported standard errors';

/** What the comparison knows of one side: an aggregate of this run or of the baseline. */
export interface AggregateSide {
  value: number | null;
  n: number;
  kind?: MetricValue['kind'];
  standardError?: number | null;
}

/** Whether either side is a reported aggregate (a standard error, or null for none): then this module decides. */
export function isReportedComparison(next: AggregateSide, base: AggregateSide | undefined): boolean {
  return next.standardError !== undefined || base?.standardError !== undefined;
}

/**
 * A side's standard error: the reported one; for a rate computed from items, √(p(1−p)/(n−1)), the formula lm_eval
 * reports for 0/1 values (so a per-sample run compares with a results-only one); otherwise none.
 */
export function standardErrorOf(side: AggregateSide): number | undefined {
  if (typeof side.standardError === 'number') return side.standardError;
  if (side.standardError === undefined && side.kind === 'rate' && side.value !== null && side.n > 1) {
    return Math.sqrt((side.value * (1 - side.value)) / (side.n - 1));
  }
  return undefined;
}

/** Why the two sides cannot be compared, or undefined when they can. */
export function whyNotComparable(next: AggregateSide, base: AggregateSide | undefined): string | undefined {
  if (!base || base.value === null) return undefined; // no baseline value: the usual "not compared" applies
  if (next.value === null) return 'this run has no value for it';
  const sides: [string, AggregateSide][] = [
    ['the baseline', base],
    ['this run', next],
  ];
  const missing = sides.filter(([, side]) => standardErrorOf(side) === undefined);
  if (missing.length === 0) return undefined;
  const reported = missing.filter(([, side]) => side.standardError === null).map(([who]) => who);
  const computed = missing.filter(([, side]) => side.standardError === undefined).map(([who]) => who);
  const why = [
    reported.length > 0
      ? `${reported.join(' and ')} reported no standard error for it (lm_eval's stderr "N/A")`
      : '',
    computed.length > 0
      ? `${computed.join(' and ')} computed it from items without a standard error to compare with`
      : '',
  ].filter(Boolean);
  return `${why.join('; ')}: without per-item scores on both sides there is no interval to decide on. Run lm_eval with --log_samples to compare item by item`;
}

/**
 * The comparison of two reported aggregates at one-sided level α: the gate interval Δ ± z_{1−α}·SE, the 95%
 * interval Δ ± z_{0.975}·SE, p(non-inferiority) = P(Z > (Δ′ + δ)/SE) on the oriented Δ′, the two-sided z test of
 * Δ = 0, and the MDE (z_{1−α} + z_power)·SE. Undefined when a side has no standard error.
 */
export function compareReportedAggregates(
  next: AggregateSide,
  base: AggregateSide,
  options: { margin: number; alpha: number; higherIsBetter: boolean; power?: number },
): ComparisonStat | undefined {
  const seBase = standardErrorOf(base);
  const seNew = standardErrorOf(next);
  if (seBase === undefined || seNew === undefined || base.value === null || next.value === null)
    return undefined;
  const power = options.power ?? 0.8;
  const sign = options.higherIsBetter ? 1 : -1;
  const diff = next.value - base.value;
  const se = Math.sqrt(seBase ** 2 + seNew ** 2);
  const interval = (level: number): Interval => {
    const half = normalQuantile(1 - (1 - level) / 2) * se;
    return { estimate: diff, lower: diff - half, upper: diff + half, level, method: 'normal' };
  };
  const ciGate = interval(1 - 2 * options.alpha);
  const oriented = sign === 1 ? ciGate : { lower: -ciGate.upper, upper: -ciGate.lower };
  const decision = threeZoneDecision(oriented, options.margin);
  const orientedDiff = sign * diff;
  const z = se > 0 ? diff / se : diff === 0 ? 0 : Math.sign(diff) * Infinity;
  const pNonInferiority =
    se > 0 ? normalSf((orientedDiff + options.margin) / se) : orientedDiff > -options.margin ? 0 : 1;
  const derived = [base, next].some((side) => typeof side.standardError !== 'number');
  return {
    method: REPORTED_METHOD,
    kind: next.kind === 'rate' ? 'binary' : 'continuous',
    paired: false,
    higherIsBetter: options.higherIsBetter,
    n: base.n + next.n,
    nBase: base.n,
    nNew: next.n,
    dropped: { total: 0, baseOnly: 0, newOnly: 0, both: 0 },
    base: base.value,
    new: next.value,
    diff,
    ciGate,
    ci95: interval(0.95),
    pNonInferiority,
    pDifference: Math.min(1, 2 * normalSf(Math.abs(z))),
    pDifferenceMethod: 'z (reported SEs)',
    zone: decision.zone,
    significantRegression: decision.significantDecrease,
    significantImprovement: decision.significantImprovement,
    margin: options.margin,
    alpha: options.alpha,
    mde: (normalQuantile(1 - options.alpha) + normalQuantile(power)) * se,
    power,
    notes: [
      `${REPORTED_METHOD} (Δ ± z·√(se_base² + se_new²)): conservative when both runs scored the same documents; lm_eval --log_samples gives a paired comparison`,
      ...(derived ? ['one side is a rate computed from items: its standard error is √(p(1−p)/(n−1))'] : []),
    ],
    extra: { type: 'unpaired-reported-se', seBase, seNew, se, z },
  };
}

/** Rows compared (or found not comparable) between reported aggregates: they stand for paired items in the baseline requirement. */
export function comparedFromReportedErrors(comparison: ComparisonReport): number {
  return comparison.rows.filter(
    (row) => row.stat?.extra.type === 'unpaired-reported-se' || comparison.notComparable?.[row.metric],
  ).length;
}
