// The pairwise summary: wins, losses and ties of the sampled items against the other answers, with the win
// rate's interval; inconclusive when the comparison could not happen or too many items went unjudged.
import { wilsonInterval } from '../../stats/index.js';
import { PAIRWISE_SPECS } from '../specs.js';
import type { PairwiseReport } from '../../core/judge.js';
import type { PairwiseItemResult } from '../../core/types.js';
import { percent } from './format.js';
import type { JudgeSummaryInput } from './types.js';
import { addWorstCase } from './worst-case.js';

export function summarizePairwise(input: JudgeSummaryInput, unavailable: string | undefined): PairwiseReport {
  const { config, records, judgedOf, advice, categories } = input;
  const sample = input.plan.selection.sample;
  const belowMinimum = input.plan.belowMinimum;
  const results = sample
    .map((index) => judgedOf.get(index)?.pairwise)
    .filter((r): r is PairwiseItemResult => r !== undefined);
  const count = (predicate: (result: PairwiseItemResult) => boolean) => results.filter(predicate).length;
  const decided = results.filter((result) => result.outcome !== undefined && result.status !== 'identical');
  const n = decided.length;
  const wins = decided.filter((result) => result.outcome === 'candidate').length;
  const losses = decided.filter((result) => result.outcome === 'other').length;
  const ties = n - wins - losses;
  const errors = count((result) => result.status === 'error');
  const budgetGaps = count((result) => result.status === 'budget');
  const noOther = count((result) => result.status === 'no_other');
  const identical = count((result) => result.status === 'identical');
  // The error-rate base: items the judge was asked about (identical answers needed no call).
  const planned = results.length - noOther - identical;
  const reasons: string[] = [];
  if (unavailable) reasons.push(unavailable);
  else if (planned === 0 && identical === 0)
    reasons.push('no sampled item has another answer to compare with');
  else if (planned === 0)
    reasons.push('every sampled answer is identical to the other one: nothing to judge');
  if (planned > 0 && (errors + budgetGaps) / planned > config.maxErrorRate) {
    reasons.push(
      `${errors} judge errors and ${budgetGaps} unjudged for budget of ${planned} (${percent((errors + budgetGaps) / planned)} > max-error-rate ${percent(config.maxErrorRate)})`,
    );
  }
  if (belowMinimum) reasons.push('the budget cut the sample below min-sample');
  const status = reasons.length > 0 ? 'inconclusive' : 'ok';
  for (const spec of Object.values(PAIRWISE_SPECS)) {
    const name = spec.aggregateName;
    if (status === 'inconclusive') {
      advice.inconclusiveMetrics.add(name);
      for (const category of categories) advice.inconclusiveMetrics.add(`${name}@${category}`);
    }
    const missingOf = (indices: readonly number[]) =>
      indices.filter((index) => {
        const status = judgedOf.get(index)?.pairwise?.status;
        return status === 'error' || status === 'budget';
      }).length;
    addWorstCase(
      advice,
      name,
      { scoreName: spec.name, higherIsBetter: spec.higherIsBetter },
      input.scoreOf,
      sample,
      missingOf(sample),
    );
    for (const category of categories) {
      const indices = sample.filter((index) => records[index]!.category === category);
      addWorstCase(
        advice,
        `${name}@${category}`,
        { scoreName: spec.name, higherIsBetter: spec.higherIsBetter },
        input.scoreOf,
        indices,
        missingOf(indices),
      );
    }
  }
  const interval = n > 0 ? wilsonInterval(wins, n, 0.95) : undefined;
  return {
    against: config.pairwise!.against,
    criterion: config.pairwise!.criterion,
    n,
    wins,
    losses,
    ties,
    inconsistent: decided.filter((result) => result.inconsistent === true).length,
    winRate: n > 0 ? wins / n : null,
    ...(interval
      ? { winInterval: { lower: interval.lower, upper: interval.upper, level: 0.95, method: 'wilson' } }
      : {}),
    tieRate: n > 0 ? ties / n : null,
    lossRate: n > 0 ? losses / n : null,
    identical,
    noOther,
    errors,
    budget: budgetGaps,
    status,
    reasons,
  };
}
