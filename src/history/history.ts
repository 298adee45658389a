import type { BaselineRecord } from '../baseline/types.js';
import type { HistoryEntry, Report } from '../core/report.js';
import { historyEntryOf, historyEntryOfBaseline } from './entry.js';

/** A baseline keeps the aggregates of this many accepted runs; a report shows as many, itself included. */
export const HISTORY_LIMIT = 50;

/** The accepted runs a baseline stands for, oldest first; a baseline without a history stands for itself. */
export function acceptedHistory(record: BaselineRecord | null | undefined): HistoryEntry[] {
  if (!record) return [];
  return record.history ?? [historyEntryOfBaseline(record)];
}

/** `history` with `entry` appended, keeping the newest HISTORY_LIMIT entries. */
export function appendHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [...history, entry].slice(-HISTORY_LIMIT);
}

/** report.history: the accepted runs of the baseline, then this run (whatever its decision). */
export function reportHistory(baseline: BaselineRecord | null | undefined, report: Report): HistoryEntry[] {
  return appendHistory(acceptedHistory(baseline), historyEntryOf(report));
}

/** The history an accepted run leaves in its baseline: its report's history, which ends with itself. */
export function baselineHistory(report: Report): HistoryEntry[] {
  const history = report.history && report.history.length > 0 ? report.history : [historyEntryOf(report)];
  return history.slice(-HISTORY_LIMIT);
}
