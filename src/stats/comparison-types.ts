// The record the comparison stage produces for each metric: one row of the report.
import type { Interval } from './interval.js';
import type { Zone } from './noninferiority.js';
import type { McNemarResult, PairedBinaryTable } from './paired-binary.js';
import type { DroppedPairs, MaybeNumber } from './pairs.js';
import type { WilcoxonResult } from './wilcoxon.js';

export type MetricKind = 'binary' | 'continuous';

export interface ComparisonOptions {
  /** Non-inferiority margin δ > 0 in the metric's units (0.02 = 2 points for a rate). */
  margin: number;
  /** One-sided α per metric (default 0.05): the gate uses the two-sided (1 − 2α) interval. */
  alpha?: number;
  /**
   * Default true. For lower-is-better metrics the decision is taken on −Δ; values and intervals stay in
   * natural units.
   */
  higherIsBetter?: boolean;
  /** Power for the minimum detectable effect (default 0.8). */
  power?: number;
  /** Paired continuous metrics: bootstrap settings, or false to skip the bootstrap. */
  bootstrap?: { resamples?: number; seed?: number } | false;
}

/** An aggregate kept by a baseline without per-item results. */
export interface AggregateSummary {
  /** The rate (binary) or mean (continuous). */
  value: number;
  n: number;
  /** Sample standard deviation (continuous metrics; required for inference). */
  sd?: number;
}

export interface PairedBinaryExtra {
  type: 'paired-binary';
  /** The 2×2 table in natural terms: b = base 1 / new 0, c = base 0 / new 1. */
  table: PairedBinaryTable;
  /** Items that got worse (b when higher is better, c otherwise) and better. */
  regressions: number;
  improvements: number;
  /** ψ = (b + c)/n. */
  discordance: number;
  /** b + c < 25: the gate interval is Newcombe's paired score interval instead of Wald. */
  exact: boolean;
  /** McNemar on (regressions, improvements): pNewWorse is the exact one-sided p for "new is worse". */
  mcnemar: McNemarResult;
}

export interface PairedContinuousExtra {
  type: 'paired-continuous';
  /** SD of the per-item differences, standard error and df of the paired t. */
  sdDiff: number;
  se: number;
  df: number;
  t: number;
  /** Wilcoxon signed-rank (Pratt zeros, mid-ranks) on the oriented differences: the robust companion. */
  wilcoxon: WilcoxonResult;
  /** The t interval (cluster-robust when clustered), natural units: a companion when the bootstrap decides. */
  tInterval: { ciGate: Interval; ci95: Interval; zone: Zone };
  /**
   * The seeded bootstrap that decides the gate: bootstrap-t intervals (ciGate, ci95) and the percentile
   * interval of the same resamples (a companion), natural units. The log-ratio variant (strictly positive,
   * lower-is-better metrics such as latency and cost) bootstraps log(mean_new) − log(mean_base + δ), whose sign
   * is the non-inferiority verdict, and maps its bounds back to new − base. Null when switched off.
   */
  bootstrap: {
    method: 'bootstrap-t' | 'cluster bootstrap-t' | 'log-ratio bootstrap-t' | 'cluster log-ratio bootstrap-t';
    resamples: number;
    seed: number;
    ciGate: Interval;
    ci95: Interval;
    /** The percentile interval and the zone it would give (not computed for the log-ratio bootstrap). */
    percentileGate: Interval | null;
    percentileZone: Zone | null;
  } | null;
}

export interface UnpairedProportionExtra {
  type: 'unpaired-proportion';
  successesBase: number;
  successesNew: number;
  /** Pooled two-proportion z (natural orientation: positive when new is higher). */
  z: number;
}

export interface UnpairedMeanExtra {
  type: 'unpaired-mean';
  sdBase: number;
  sdNew: number;
  se: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  t: number;
}

/** Two aggregates with the standard errors a harness reported (src/compare/unpaired-aggregates.ts). */
export interface UnpairedReportedExtra {
  type: 'unpaired-reported-se';
  seBase: number;
  seNew: number;
  /** √(seBase² + seNew²), and z = Δ / se. */
  se: number;
  z: number;
}

export type ComparisonExtra =
  | PairedBinaryExtra
  | PairedContinuousExtra
  | UnpairedProportionExtra
  | UnpairedMeanExtra
  | UnpairedReportedExtra;

/** One metric compared with the baseline: a row of the report. */
export interface ComparisonStat {
  /** How the gate interval was computed, e.g. 'paired McNemar (Wald CI)', 'paired t', 'unpaired Newcombe'. */
  method: string;
  kind: MetricKind;
  paired: boolean;
  higherIsBetter: boolean;
  /** Pairs used (paired) or total items on both sides (unpaired). */
  n: number;
  nBase: number;
  nNew: number;
  /** Pairs left out because either side was N/A (all zero for unpaired comparisons). */
  dropped: DroppedPairs;
  /** Baseline and new values over the items used (rates or means); NaN without data. */
  base: number;
  new: number;
  /** new − base. */
  diff: number;
  /** Two-sided (1 − 2α) interval of new − base: the interval the gate decides on. */
  ciGate: Interval;
  ci95: Interval;
  /** One-sided p of H0 "new is worse by δ or more"; < α exactly when the verdict is PASS. */
  pNonInferiority: number;
  /** Two-sided p of H0 "no difference". */
  pDifference: number;
  /** The test behind pDifference, e.g. 'exact McNemar', 'paired t', 'pooled z', 'Welch t'. */
  pDifferenceMethod: string;
  zone: Zone;
  /** The gate interval lies entirely on the worse side of 0. */
  significantRegression: boolean;
  /** The gate interval lies entirely on the better side of 0. */
  significantImprovement: boolean;
  margin: number;
  alpha: number;
  /** Minimum detectable effect at `power` with one-sided α (Infinity when n = 0, NaN when unknown). */
  mde: number;
  power: number;
  /** Caveats worth printing (small samples, dropped pairs, degenerate data). */
  notes: string[];
  /**
   * Paired comparisons whose items share clusters (turns of one scenario): the number of clusters and the
   * design effect, the variance of the mean difference relative to independent items. Absent otherwise.
   */
  clusters?: number;
  designEffect?: number;
  extra: ComparisonExtra;
}

/** What to compare: per-item values on both sides (paired) or aggregates (unpaired). */
export type ComparisonInput =
  | {
      design: 'paired';
      kind: MetricKind;
      base: readonly MaybeNumber[];
      new: readonly MaybeNumber[];
      /** Cluster key per item (scenario id); items with the same key are not independent. */
      clusters?: readonly (string | undefined)[];
    }
  | { design: 'unpaired'; kind: MetricKind; base: AggregateSummary; new: AggregateSummary };
