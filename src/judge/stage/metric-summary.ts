// Per judge metric: counts, N/A and error shares, overall and per category; whether it is inconclusive (a gate
// on it cannot pass); and its worst case when judge errors or budget gaps left items without a score.
import { describeScale, judgeAggregateName } from '../metrics.js';
import type {
  JudgeConfig,
  JudgeMetricCategoryReport,
  JudgeMetricDefinition,
  JudgeMetricReport,
} from '../../core/judge.js';
import { percent } from './format.js';
import type { JudgeSummaryInput } from './types.js';
import { addWorstCase } from './worst-case.js';

/** Above this share of N/A among the judged items, a metric gets a warning that it may be too narrow. */
const NA_WARNING_SHARE = 0.6;

export interface MetricTally {
  /** Items with an answer the judge was to score. */
  planned: number;
  scored: number;
  na: number;
  errors: number;
  budget: number;
  modelErrors: number;
}

export function tallyMetric(
  metricName: string,
  judgedOf: JudgeSummaryInput['judgedOf'],
  indices: readonly number[],
): MetricTally {
  const tally = { planned: 0, scored: 0, na: 0, errors: 0, budget: 0, modelErrors: 0 };
  for (const index of indices) {
    const judged = judgedOf.get(index)?.metrics[metricName];
    if (!judged) continue;
    if (judged.status === 'model_error') {
      tally.modelErrors++;
      continue;
    }
    tally.planned++;
    if (judged.status === 'scored') tally.scored++;
    else if (judged.status === 'na') tally.na++;
    else if (judged.status === 'error') tally.errors++;
    else tally.budget++;
  }
  return tally;
}

/** Why a tally cannot be trusted: too many judge errors and budget gaps, too many N/A, or nothing scored. */
export function tallyProblems(config: JudgeConfig, tally: MetricTally): string[] {
  const reasons: string[] = [];
  if (tally.planned > 0) {
    const missing = tally.errors + tally.budget;
    if (missing / tally.planned > config.maxErrorRate) {
      reasons.push(
        `${tally.errors} judge error${tally.errors === 1 ? '' : 's'}${tally.budget > 0 ? ` and ${tally.budget} unjudged for budget` : ''} of ${tally.planned} (${percent(
          missing / tally.planned,
        )} > max-error-rate ${percent(config.maxErrorRate)})`,
      );
    }
    const answered = tally.scored + tally.na;
    if (answered > 0 && tally.na / answered > config.maxNaRate) {
      reasons.push(`${percent(tally.na / answered)} N/A (> max-na-rate ${percent(config.maxNaRate)})`);
    }
  }
  if (tally.scored === 0 && tally.modelErrors === 0) reasons.push('no item was scored');
  return reasons;
}

export interface MetricSummary {
  report: JudgeMetricReport;
  /** The report's line on why the metric is inconclusive, when it is. */
  inconclusive?: string;
  warning?: string;
}

export function summarizeMetric(input: JudgeSummaryInput, metric: JudgeMetricDefinition): MetricSummary {
  const { config, plan, advice } = input;
  const sample = plan.selection.sample;
  const aggregateName = judgeAggregateName(metric);
  const overall = tallyMetric(metric.name, input.judgedOf, sample);
  const reasons = tallyProblems(config, overall);
  if (plan.belowMinimum)
    reasons.push(`sample cut to ${sample.length} by the budget (min-sample ${plan.minWanted})`);
  const status = reasons.length > 0 ? 'inconclusive' : 'ok';
  if (status === 'inconclusive') {
    advice.inconclusiveMetrics.add(aggregateName);
    for (const category of input.categories) advice.inconclusiveMetrics.add(`${aggregateName}@${category}`);
  }
  const perCategory = input.categories.map((category) =>
    summarizeCategory(input, metric, category, status === 'inconclusive'),
  );
  const missing = overall.errors + overall.budget;
  const worst = addWorstCase(advice, aggregateName, metric, input.scoreOf, sample, missing);
  const answered = overall.scored + overall.na;
  const naRate = answered > 0 ? overall.na / answered : null;
  const report: JudgeMetricReport = {
    name: metric.name,
    displayName: metric.displayName,
    source: metric.source,
    scoreName: metric.scoreName,
    aggregateName,
    kind: metric.kind,
    higherIsBetter: metric.higherIsBetter,
    scale: describeScale(metric),
    planned: overall.planned,
    scored: overall.scored,
    na: overall.na,
    naRate,
    errors: overall.errors,
    errorRate: overall.planned > 0 ? missing / overall.planned : null,
    budget: overall.budget,
    modelErrors: overall.modelErrors,
    status,
    reasons,
    ...(worst !== undefined ? { worstCase: worst } : {}),
    perCategory,
  };
  return {
    report,
    ...(status === 'inconclusive' ? { inconclusive: `${metric.displayName}: ${reasons.join('; ')}` } : {}),
    ...(naRate !== null && naRate > NA_WARNING_SHARE
      ? {
          warning: `judge metric ${metric.displayName}: ${percent(naRate)} of the judged items are N/A (above 60%): the metric may be too narrow for this dataset.`,
        }
      : {}),
  };
}

function summarizeCategory(
  input: JudgeSummaryInput,
  metric: JudgeMetricDefinition,
  category: string,
  metricInconclusive: boolean,
): JudgeMetricCategoryReport {
  const aggregateName = judgeAggregateName(metric);
  const name = `${aggregateName}@${category}`;
  const indices = input.plan.selection.sample.filter((index) => input.records[index]!.category === category);
  const tally = tallyMetric(metric.name, input.judgedOf, indices);
  const inconclusive = metricInconclusive || tallyProblems(input.config, tally).length > 0;
  if (inconclusive) input.advice.inconclusiveMetrics.add(name);
  addWorstCase(input.advice, name, metric, input.scoreOf, indices, tally.errors + tally.budget);
  return {
    category,
    scored: tally.scored,
    na: tally.na,
    errors: tally.errors,
    budget: tally.budget,
    inconclusive,
  };
}
