// The worst case of a judge aggregate with gaps: its value if every judge error and budget gap had scored 0 or
// 1. A gate passes only if the extreme that works against it passes too.
import type { ItemRecord } from '../../core/types.js';
import type { JudgeGateAdvice } from '../../core/judge.js';
import type { JudgeItemAddition, ScoreLookup } from './types.js';

/** A record's score once the judge's additions are merged. */
export function scoresAfterMerge(
  records: readonly ItemRecord[],
  additions: readonly JudgeItemAddition[],
): ScoreLookup {
  const added = new Map(additions.map((addition) => [addition.index, addition.scores]));
  return (index, scoreName) => {
    const scores = added.get(index);
    return scores && Object.hasOwn(scores, scoreName) ? scores[scoreName] : records[index]!.scores[scoreName];
  };
}

/**
 * Records in `advice` the value of the aggregate `name` if every judge error and budget gap among `indices`
 * scored 0 (`low`) or 1 (`high`); returns the one that is worse for the metric (undefined when nothing is missing).
 */
export function addWorstCase(
  advice: JudgeGateAdvice,
  name: string,
  metric: { scoreName: string; higherIsBetter: boolean },
  scoreOf: ScoreLookup,
  indices: readonly number[],
  missing: number,
): number | undefined {
  if (missing <= 0) return undefined;
  let sum = 0;
  let n = 0;
  for (const index of indices) {
    const value = scoreOf(index, metric.scoreName);
    if (typeof value === 'number') {
      sum += value;
      n++;
    }
  }
  const low = sum / (n + missing);
  const high = (sum + missing) / (n + missing);
  advice.worstCase.set(name, { low, high, missing });
  return metric.higherIsBetter ? low : high;
}
