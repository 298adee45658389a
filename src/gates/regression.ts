import type { RegressionGate } from '../core/config.js';
import type { ItemRecord, MetricsMap } from '../core/types.js';
import type { ComparisonReport } from '../core/comparison.js';
import { formatDifference } from '../core/format.js';
import { formatP } from '../stats/index.js';
import { effectOfFailure } from './evaluate.js';
import type { GateEffect, GateResult } from '../core/gates.js';

/**
 * A regression gate: three-zone non-inferiority against the baseline (statistics.md 1.8). PASS when the whole
 * (1 − 2α) interval of new − base lies above −margin, FAIL when it lies below, INCONCLUSIVE otherwise,
 * which `on-inconclusive` turns into pass, warn or block.
 */
export function evaluateRegressionGate(
  gate: RegressionGate,
  metrics: MetricsMap,
  comparison: ComparisonReport,
  records: readonly ItemRecord[],
  maxFailingItems: number,
): GateResult {
  const metric = metrics[gate.metric];
  const base = { gate, metric, failingItems: [], failingCount: 0 };
  // A gate that compared nothing never passes: it warns, and `regression.require-baseline` decides
  // whether the run is an error (src/baseline/requirement.ts).
  if (comparison.status === 'skipped') {
    return {
      ...base,
      status: 'inconclusive',
      effect: 'warn',
      explanation: `NOT COMPARED: ${comparison.reason ?? 'no baseline'}`,
    };
  }
  const notComparable = comparison.notComparable?.[gate.metric];
  if (notComparable) {
    return {
      ...base,
      status: 'inconclusive',
      effect: 'warn',
      explanation: `NOT COMPARED: ${notComparable}.`,
    };
  }
  const row = comparison.rows.find((candidate) => candidate.metric === gate.metric);
  const stat = row?.stat;
  if (!metric || !row || !stat || stat.n === 0) {
    return {
      ...base,
      status: 'inconclusive',
      effect: gate.onInconclusive === 'block' ? effectOfFailure(gate) : 'warn',
      explanation: `NOT COMPARED: ${gate.metric} could not be compared with the baseline (${
        stat?.n === 0
          ? 'no item has a value on both sides'
          : 'the baseline has no per-item scores or aggregate for it'
      }).`,
    };
  }
  const points = (value: number): string => formatDifference(metric, value);
  // A lower-is-better metric (latency, harmful rate) gets worse by rising.
  const worse = metric.higherIsBetter
    ? { moved: 'dropped', change: 'drop' }
    : { moved: 'rose', change: 'rise' };
  const interval = `${Math.round(stat.ciGate.level * 100)}% CI ${points(stat.ciGate.lower)} to ${points(stat.ciGate.upper)}`;
  const margin = points(gate.margin).replace(/^[+−±]/, '');
  const evidence = `Δ = ${points(stat.diff)} (${interval}; ${stat.method}, n=${stat.n}; p(non-inferiority) ${formatP(
    stat.pNonInferiority,
  )}, margin ${margin})`;
  const shown = row.regressedItems.slice(0, maxFailingItems);
  const byId = recordsById(records, shown);
  const failingItems = shown.flatMap((id) => {
    const record = byId.get(id);
    return record
      ? [
          {
            id,
            category: record.category,
            source: record.source,
            value: record.error ? null : (record.scores[metric.base] ?? null),
            output: record.output,
            expected: record.expectedOutput,
            error: record.error?.message,
            reason: record.notes?.[metric.base],
          },
        ]
      : [];
  });
  const regressed =
    row.regressedItems.length > 0
      ? row.regressedItems.length === 1
        ? ' 1 item was right before and is wrong now.'
        : ` ${row.regressedItems.length} items were right before and are wrong now.`
      : '';
  if (stat.zone === 'pass') {
    return {
      ...base,
      status: 'pass',
      effect: 'none',
      explanation: `no ${worse.change} beyond ${margin}: ${evidence}.`,
    };
  }
  if (stat.zone === 'fail') {
    return {
      ...base,
      status: 'fail',
      effect: effectOfFailure(gate),
      explanation: `${gate.metric} ${worse.moved} by more than ${margin}: ${evidence}.${regressed}`,
      failingItems,
      failingCount: row.regressedItems.length,
    };
  }
  const mde = Number.isFinite(stat.mde)
    ? ` This benchmark detects ${worse.change}s of ${points(stat.mde).replace(/^[+−±]/, '')} or more.`
    : '';
  return {
    ...base,
    status: 'inconclusive',
    effect: inconclusiveEffect(gate),
    explanation: `cannot tell whether ${gate.metric} ${worse.moved} by more than ${margin}: ${evidence}.${regressed}${mde} on-inconclusive: ${gate.onInconclusive}.`,
    failingItems,
    failingCount: row.regressedItems.length,
  };
}

/** The records of the given ids (the last one, when an id repeats), without a map of every record. */
function recordsById(records: readonly ItemRecord[], ids: readonly string[]): Map<string, ItemRecord> {
  const byId = new Map<string, ItemRecord>();
  if (ids.length === 0) return byId;
  const wanted = new Set(ids);
  for (const record of records) if (wanted.has(record.id)) byId.set(record.id, record);
  return byId;
}

function inconclusiveEffect(gate: RegressionGate): GateEffect {
  if (gate.onInconclusive === 'pass') return 'none';
  if (gate.onInconclusive === 'warn') return 'warn';
  return effectOfFailure(gate);
}
