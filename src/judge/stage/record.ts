// Record: what the verdicts add to each selected item. Its judgement (raw levels, reasoning, models), and for
// sampled items only the normalized scores (`judge_<metric>`, null for N/A; absent for a judge error, a budget
// gap and every unsampled item), so that the ordinary aggregation gives n, intervals and per-category values.
import type { ItemScores } from '../../core/types.js';
import { combineVerdicts } from '../panel.js';
import { PAIRWISE_SPECS } from '../specs.js';
import type { JudgeConfig, JudgeMetricDefinition } from '../../core/judge.js';
import type { ItemJudgement, JudgeVerdict, JudgedMetric } from '../../core/types.js';
import { pairwiseResult } from './pairwise-outcome.js';
import type { JudgeItemAddition, JudgePlan, JudgeVerdicts } from './types.js';

/** One addition per selected item, in plan order. */
export function recordJudgements(
  config: JudgeConfig,
  plan: JudgePlan,
  verdicts: JudgeVerdicts,
): JudgeItemAddition[] {
  const sampleSet = new Set(plan.selection.sample);
  return plan.selected.map((index) => {
    const inSample = sampleSet.has(index);
    const scores: ItemScores = {};
    const judge: ItemJudgement = {
      selection: inSample ? 'sample' : 'failed',
      metrics: {},
      costUsd: verdicts.cost.get(index) ?? 0,
    };
    for (const metric of config.metrics) {
      const judged = judgedMetric(config, metric, plan.contents[index] !== null, verdicts.point.get(index));
      judge.metrics[metric.name] = judged;
      if (inSample && judged.score !== undefined) scores[metric.scoreName] = judged.score;
    }
    if (config.pairwise) {
      const pair = pairwiseResult(
        plan.contents[index] !== null,
        plan.pairOf.get(index),
        verdicts.pair.get(index) ?? [],
        verdicts.pairBudget.has(index),
        config.models,
      );
      judge.pairwise = pair;
      // Identical answers are ties known without the judge: reported apart, never in the win rate's n.
      if (inSample && pair.outcome !== undefined && pair.status !== 'identical') {
        scores[PAIRWISE_SPECS.win.name] = pair.outcome === 'candidate' ? 1 : 0;
        scores[PAIRWISE_SPECS.loss.name] = pair.outcome === 'other' ? 1 : 0;
        scores[PAIRWISE_SPECS.tie.name] = pair.outcome === 'tie' ? 1 : 0;
      }
    }
    return { index, scores, judge };
  });
}

/** One metric of one item: its verdicts combined over the panel, or a model error when there was no answer. */
function judgedMetric(
  config: JudgeConfig,
  metric: JudgeMetricDefinition,
  hasAnswer: boolean,
  byMetric: ReadonlyMap<string, JudgeVerdict[]> | undefined,
): JudgedMetric {
  if (!hasAnswer) {
    const judged: JudgedMetric = { status: 'model_error', verdicts: [] };
    if (metric.onModelError === 'fail') judged.score = metric.higherIsBetter ? 0 : 1;
    return judged;
  }
  const verdicts = byMetric?.get(metric.name) ?? [];
  // Keep the panel's order stable in the record.
  verdicts.sort((a, b) => config.models.indexOf(a.model) - config.models.indexOf(b.model));
  return combineVerdicts(metric, verdicts, config.aggregate);
}
