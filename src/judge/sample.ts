// Which items the judge scores (statistics.md section 5), through src/stats/sampling.ts:
//   k = min(max(min-sample, ⌈rate·N⌉), N, ⌊budget / expected cost per item⌋)   (k = min(N, cap) with judge-all)
// allocated to categories in proportion to their sizes (largest remainder), and within each category the items
// with the lowest SHA-256(seed + ":" + id). A rerun judges the same items, and adding items barely moves the
// sample. Failed items added with `include-failed` come after the sample, within the same budget cap, and are
// kept apart: they are listed, not counted in the estimates (they would bias them).
import type { ItemRecord, MetricSpec } from '../core/types.js';
import { hashOrder, sampleSize, stratifiedHashSample, type StratumAllocation } from '../stats/sampling.js';
import type { JudgeSamplingConfig } from '../core/judge.js';

export interface JudgeSelection {
  /** Indices (into the records) of the random sample, in hash order. */
  sample: number[];
  /** Indices of failed items judged on top of the sample. */
  failed: number[];
  wanted: number;
  budgetCap: number;
  budgetLimited: boolean;
  allocation: StratumAllocation[];
}

/** Unique sampling ids: a repeated id gets `#2`, `#3`, ... so that every record can be told apart. */
export function samplingIds(records: readonly { id: string }[]): string[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const count = (seen.get(record.id) ?? 0) + 1;
    seen.set(record.id, count);
    return count === 1 ? record.id : `${record.id}#${count}`;
  });
}

/** An item failed stage 1: it has no answer, or a binary metric scored it as a failure. */
export function failedStageOne(record: ItemRecord, specs: readonly MetricSpec[]): boolean {
  if (record.error) return true;
  return specs.some((spec) => {
    if (spec.kind !== 'binary') return false;
    const value = record.scores[spec.name];
    return typeof value === 'number' && value === (spec.higherIsBetter ? 0 : 1);
  });
}

export function selectForJudge(
  records: readonly ItemRecord[],
  config: JudgeSamplingConfig,
  options: { budgetCap: number; specs: readonly MetricSpec[] },
): JudgeSelection {
  const ids = samplingIds(records);
  const index = new Map(ids.map((id, position) => [id, position]));
  const population = records.length;
  const wanted = config.judgeAll
    ? population
    : sampleSize(population, config.rate, Math.min(config.minSample, population));
  const budgetCap = Math.max(0, Math.floor(options.budgetCap));
  const size = Math.min(wanted, budgetCap);
  const stratified = stratifiedHashSample(
    records.map((record, position) => ({ id: ids[position]!, stratum: record.category })),
    {
      seed: config.seed,
      size,
      minPerStratum: Math.min(config.minPerCategory, size > 0 ? config.minPerCategory : 0),
    },
  );
  const sample = stratified.ids.map((id) => index.get(id)!);
  const failed: number[] = [];
  if (config.includeFailed) {
    const inSample = new Set(sample);
    let room = Math.max(0, budgetCap - sample.length);
    for (const { id } of hashOrder(ids, config.seed)) {
      if (room <= 0) break;
      const position = index.get(id)!;
      if (inSample.has(position) || !failedStageOne(records[position]!, options.specs)) continue;
      failed.push(position);
      room--;
    }
  }
  return {
    sample,
    failed,
    wanted,
    budgetCap,
    budgetLimited: size < wanted,
    allocation: stratified.allocation,
  };
}
