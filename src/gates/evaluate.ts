import type { GateConfig, GateOperator, ThresholdGate } from '../core/config.js';
import type { ItemRecord, MetricValue, MetricsMap } from '../core/types.js';
import { formatMetricValue } from '../core/format.js';
import type { FailingItem, GateEffect, GateResult } from '../core/gates.js';

/** Whether a value meets a threshold gate's comparison. */
export const meetsThreshold: Record<GateOperator, (value: number, threshold: number) => boolean> = {
  '<': (value, threshold) => value < threshold,
  '<=': (value, threshold) => value <= threshold,
  '>': (value, threshold) => value > threshold,
  '>=': (value, threshold) => value >= threshold,
  '==': (value, threshold) => Math.abs(value - threshold) <= 1e-12,
};

/**
 * Stage 5 for threshold gates: each gate compares one aggregated metric with its threshold.
 * A metric with no value (no item could be scored) fails its gate: nothing passes by default.
 */
export function evaluateThresholdGate(
  gate: ThresholdGate,
  metrics: MetricsMap,
  records: readonly ItemRecord[],
  maxFailingItems: number,
): GateResult {
  const metric = metrics[gate.metric];
  if (!metric || metric.value === null) {
    return {
      gate,
      status: 'fail',
      effect: effectOfFailure(gate),
      metric,
      explanation: `${gate.metric} has no value: no item could be scored for it${
        metric ? ` (${metric.naCount} N/A, ${metric.errorCount} errors)` : ''
      }, so the gate cannot pass.`,
      failingItems: [],
      failingCount: 0,
    };
  }
  const passed = meetsThreshold[gate.op](metric.value, gate.threshold);
  const { items, count } = passed ? { items: [], count: 0 } : failingItems(metric, records, maxFailingItems);
  return {
    gate,
    status: passed ? 'pass' : 'fail',
    effect: passed ? 'none' : effectOfFailure(gate),
    metric,
    explanation: explainThreshold(gate, metric, passed, count),
    failingItems: items,
    failingCount: count,
  };
}

export function effectOfFailure(gate: GateConfig): GateEffect {
  return gate.severity === 'blocking' ? 'block' : 'warn';
}

function explainThreshold(
  gate: ThresholdGate,
  metric: MetricValue,
  passed: boolean,
  failing: number,
): string {
  const value = formatMetricValue(metric, metric.value);
  const threshold = formatMetricValue(metric, gate.threshold);
  const interval = metric.interval
    ? `, ${Math.round(metric.interval.level * 100)}% CI ${formatMetricValue(metric, metric.interval.lower)}–${formatMetricValue(
        metric,
        metric.interval.upper,
      )}`
    : '';
  const counts = [
    `n=${metric.n}`,
    metric.errorCount > 0 ? `${metric.errorCount} error item${metric.errorCount === 1 ? '' : 's'}` : '',
    metric.naCount > 0 ? `${metric.naCount} N/A` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const head = `${gate.metric} is ${value} (${counts}${interval})`;
  if (passed) return `${head}, meets ${gate.op} ${threshold}.`;
  const what =
    metric.kind === 'rate' && failing > 0
      ? `; ${failing} item${failing === 1 ? '' : 's'} ${metric.higherIsBetter ? 'failed' : 'counted against it'}`
      : '';
  const near =
    metric.interval &&
    meetsThreshold[gate.op](metric.interval.upper, gate.threshold) !==
      meetsThreshold[gate.op](metric.interval.lower, gate.threshold)
      ? ' The threshold lies inside the interval: more items would tell a real shortfall from noise.'
      : '';
  return `${head}, needs ${gate.op} ${threshold}${what}.${near}`;
}

/** The items behind a failed gate: wrong answers for a rate, the worst values for a mean or quantile. */
function failingItems(
  metric: MetricValue,
  records: readonly ItemRecord[],
  max: number,
): { items: FailingItem[]; count: number } {
  const inScope =
    metric.category === undefined ? records : records.filter((r) => r.category === metric.category);
  const valueOf = (record: ItemRecord): number | null | undefined =>
    metric.base === 'error' ? (record.error ? 1 : 0) : record.scores[metric.base];
  let chosen: ItemRecord[];
  if (metric.kind === 'rate') {
    const bad = metric.higherIsBetter ? 0 : 1;
    chosen = inScope.filter((record) => valueOf(record) === bad);
  } else {
    chosen = inScope
      .filter((record) => typeof valueOf(record) === 'number')
      .sort((a, b) => (valueOf(b)! - valueOf(a)!) * (metric.higherIsBetter ? -1 : 1));
    if (metric.kind !== 'quantile') chosen = chosen.slice(0, max);
  }
  return {
    count: metric.kind === 'rate' ? chosen.length : 0,
    items: chosen.slice(0, max).map((record) => ({
      id: record.id,
      category: record.category,
      source: record.source,
      value: record.error ? null : (valueOf(record) ?? null),
      output: record.output,
      expected: record.expectedOutput,
      error: record.error?.message,
      reason: record.notes?.[metric.base],
    })),
  };
}
