// The per-item metrics the judge adds, declared before any call so that gates naming them are checked early.
import type { MetricSpec } from '../core/types.js';
import { judgeMetricSpec } from './metrics.js';
import type { JudgeConfig } from '../core/judge.js';

type PairwiseSpec = MetricSpec & { aggregateName: string };

/** Pairwise outcomes per sampled item (1 or 0), aggregated as rates with Wilson intervals. */
export const PAIRWISE_SPECS: Readonly<Record<'win' | 'loss' | 'tie', PairwiseSpec>> = {
  win: {
    name: 'judge_pairwise_win',
    aggregateName: 'win_rate',
    kind: 'binary',
    higherIsBetter: true,
    description:
      'LLM judge, pairwise: share of sampled items where the answer beat the other one in both orders.',
    onError: 'exclude',
  },
  loss: {
    name: 'judge_pairwise_loss',
    aggregateName: 'loss_rate',
    kind: 'binary',
    higherIsBetter: false,
    description: 'LLM judge, pairwise: share of sampled items where the other answer won in both orders.',
    onError: 'exclude',
  },
  tie: {
    name: 'judge_pairwise_tie',
    aggregateName: 'tie_rate',
    kind: 'binary',
    higherIsBetter: false,
    description: 'LLM judge, pairwise: share of ties (including the two orders disagreeing).',
    onError: 'exclude',
  },
};

/** The metric specs a judge config produces (none without a judge). */
export function judgeMetricSpecs(config?: JudgeConfig): MetricSpec[] {
  if (!config) return [];
  const specs = config.metrics.map(judgeMetricSpec);
  if (config.pairwise) specs.push(...Object.values(PAIRWISE_SPECS).map((spec) => ({ ...spec })));
  return specs;
}
