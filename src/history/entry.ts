import type { MetricValue } from '../core/types.js';
import type { BaselineRecord } from '../baseline/types.js';
import type { HistoryEntry, HistoryMetric, Report } from '../core/report.js';

/** A run as one point of the trend: its overall metrics and any gated per-category metric. */
export function historyEntryOf(report: Report): HistoryEntry {
  const gated = new Set(report.gates.map((result) => result.gate.metric));
  const metrics = Object.fromEntries(
    Object.entries(report.metrics)
      .filter(([name, metric]) => metric.category === undefined || gated.has(name))
      .map(([name, metric]) => [name, historyMetricOf(metric)]),
  );
  return {
    date: report.finishedAt,
    ...(report.git?.sha ? { sha: report.git.sha } : {}),
    ...(report.git?.runId ? { runId: report.git.runId } : {}),
    decision: report.decision,
    metrics,
  };
}

/**
 * The one accepted run a baseline written before histories existed stands for: its stored aggregates (the
 * per-category ones included, they are few and a gate may name one).
 */
export function historyEntryOfBaseline(record: BaselineRecord): HistoryEntry {
  return {
    date: record.createdAt,
    ...(record.gitSha ? { sha: record.gitSha } : {}),
    ...(record.runId ? { runId: record.runId } : {}),
    decision: 'deploy',
    metrics: Object.fromEntries(
      Object.entries(record.aggregates).map(([name, metric]) => [name, historyMetricOf(metric)]),
    ),
  };
}

function historyMetricOf(metric: Pick<MetricValue, 'value' | 'n' | 'interval'>): HistoryMetric {
  return {
    value: metric.value,
    ...(metric.interval ? { lower: metric.interval.lower, upper: metric.interval.upper } : {}),
    n: metric.n,
  };
}
