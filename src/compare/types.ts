import type { MetricValue } from '../core/types.js';

/** One metric compared with the baseline. Δ = new − base. */
export interface ComparisonRow {
  metric: string;
  kind: MetricValue['kind'];
  higherIsBetter: boolean;
  base: number | null;
  new: number | null;
  diff: number | null;
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
  /** False while the comparison is plain deltas with no statistics behind them. */
  statistical: boolean;
  /** Items paired by id. */
  paired: number;
  missingInBaseline: string[];
  missingInRun: string[];
  rows: ComparisonRow[];
  warnings: string[];
}
