// One item's pairwise outcome from its judges' verdicts in both orders.
import type { PairwiseItemResult, PairwiseOrderVerdict, PairwiseWinner } from '../../core/types.js';
import type { PairContext } from './types.js';

/**
 * One item's pairwise result: per judge, a win only when both orders agree (disagreeing orders are a tie,
 * counted as inconsistent); over the panel, the majority of the judges' results, a tied vote being a tie.
 */
export function pairwiseResult(
  hasAnswer: boolean,
  pair: PairContext | undefined,
  verdicts: PairwiseOrderVerdict[],
  budgetHit: boolean,
  models: readonly string[],
): PairwiseItemResult {
  if (!hasAnswer) return { status: 'model_error', outcome: 'other', verdicts: [] };
  if (!pair || pair.other === undefined) return { status: 'no_other', verdicts: [] };
  if (pair.identical) return { status: 'identical', outcome: 'tie', verdicts: [] };
  verdicts.sort((a, b) => models.indexOf(a.model) - models.indexOf(b.model) || (a.order < b.order ? -1 : 1));
  const votes: PairwiseWinner[] = [];
  let inconsistent = false;
  let errors = 0;
  for (const model of models) {
    const mine = verdicts.filter((verdict) => verdict.model === model);
    const first = mine.find((verdict) => verdict.order === 'candidate-first');
    const second = mine.find((verdict) => verdict.order === 'other-first');
    if (!first || !second || first.winner === null || second.winner === null) {
      if (first?.error || second?.error) errors++;
      continue;
    }
    if (first.winner === second.winner) votes.push(first.winner);
    else {
      votes.push('tie');
      inconsistent = true;
    }
  }
  if (votes.length === 0) return { status: errors > 0 || !budgetHit ? 'error' : 'budget', verdicts };
  const tally = (winner: PairwiseWinner) => votes.filter((vote) => vote === winner).length;
  const wins = tally('candidate');
  const losses = tally('other');
  const outcome: PairwiseWinner =
    wins > losses && wins > tally('tie')
      ? 'candidate'
      : losses > wins && losses > tally('tie')
        ? 'other'
        : 'tie';
  return { status: 'judged', outcome, inconsistent, verdicts };
}
