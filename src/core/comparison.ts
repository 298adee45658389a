import type { MetricValue } from './types.js';
import type { ComparisonStat } from '../stats/index.js';

/** One metric compared with the baseline. Δ = new − base, in the metric's own units. */
export interface ComparisonRow {
  metric: string;
  kind: MetricValue['kind'];
  higherIsBetter: boolean;
  base: number | null;
  new: number | null;
  diff: number | null;
  /** The statistics behind the row: method, intervals, p-values, zone. Absent for metrics that are not means of items. */
  stat?: ComparisonStat;
  /** Set when a regression gate decides on this row: its margin, and the verdict. */
  gate?: { name: string; margin: number; onInconclusive: 'pass' | 'warn' | 'block' };
  /** One-sided p for "new is worse", Holm-adjusted across the gated metrics. */
  pRegressionHolm?: number;
  /** Items right in the baseline and wrong now (binary metrics). */
  regressedItems: string[];
  improvedItems: string[];
}

export interface BaselineSummary {
  origin: string;
  createdAt: string;
  gitSha?: string;
  datasetHash: string;
  sameDataset: boolean;
  evalgateVersion: string;
}

export interface ComparisonReport {
  status: 'skipped' | 'compared';
  /** Why there was no comparison (no baseline yet, ...). */
  reason?: string;
  baseline?: BaselineSummary;
  /** True when rows carry paired (or unpaired) statistics rather than plain deltas. */
  statistical: boolean;
  /** One-sided alpha of the non-inferiority decisions. */
  alpha: number;
  /** Items paired by id. */
  paired: number;
  missingInBaseline: string[];
  missingInRun: string[];
  rows: ComparisonRow[];
  /** Metrics left out of the comparison, and why (their scorer changed since the baseline). */
  notComparable?: Record<string, string>;
  /** Per-category drops flagged by Benjamini–Hochberg at q = 0.10. */
  categoryWarnings: string[];
  warnings: string[];
}
