// Summarize: the judge's report from the plan, the judgements and what the calls cost. A metric whose share of
// judge errors and budget gaps exceeds max-error-rate, whose N/A share exceeds max-na-rate, that scored nothing,
// or whose sample the budget cut below min-sample, is INCONCLUSIVE: a gate on it cannot pass. For metrics with
// some errors, the value with each of them taken as the worst score is given to the gates too.
import { stableHash } from '../../core/hash.js';
import { PROMPT_VERSION } from '../prompt.js';
import type { JudgeConfig, JudgeEstimate, JudgeReport } from '../../core/judge.js';
import { lowScoreAlerts } from './alerts.js';
import { dollars } from './format.js';
import { summarizeMetric } from './metric-summary.js';
import { summarizePairwise } from './pairwise-summary.js';
import { summarizePanel } from './panel-summary.js';
import { callWarnings, judgeSpend, unjudgedForBudget, type JudgeCallFacts } from './spend.js';
import type { JudgeSummaryInput } from './types.js';

/** The report; fills `input.advice` for the gates. */
export function summarizeJudge(
  input: JudgeSummaryInput,
  estimate: JudgeEstimate,
  facts: JudgeCallFacts,
  pairwiseUnavailable: string | undefined,
): JudgeReport {
  const { config, plan } = input;
  const inconclusiveReasons: string[] = [];
  if (plan.belowMinimum) {
    inconclusiveReasons.push(
      `the budget of ${dollars(config.budgetUsd)} allows only ${plan.selection.sample.length} items at about ${dollars(plan.expectedPerItem)} each, fewer than min-sample ${plan.minWanted}`,
    );
  }
  const metricSummaries = config.metrics.map((metric) => summarizeMetric(input, metric));
  const metrics = metricSummaries.map((summary) => summary.report);
  for (const summary of metricSummaries)
    if (summary.inconclusive) inconclusiveReasons.push(summary.inconclusive);
  const pairwise = config.pairwise ? summarizePairwise(input, pairwiseUnavailable) : undefined;
  if (pairwise?.status === 'inconclusive')
    inconclusiveReasons.push(`pairwise: ${pairwise.reasons.join('; ')}`);
  const { panel, warnings: panelWarnings } = summarizePanel(input);
  const unjudged = unjudgedForBudget(input);
  const judgeErrors = metrics.reduce((sum, metric) => sum + metric.errors, 0) + (pairwise?.errors ?? 0);
  const sampledModelErrors = plan.selection.sample.filter((index) => !plan.contents[index]).length;
  const warnings = [
    ...metricSummaries.flatMap((summary) => (summary.warning ? [summary.warning] : [])),
    ...panelWarnings,
    ...callWarnings(config, facts, { unjudged, judgeErrors, sampledModelErrors }),
  ];
  return {
    status: inconclusiveReasons.length > 0 ? 'inconclusive' : 'completed',
    identity: judgeIdentity(config),
    sample: sampleReport(input, sampledModelErrors),
    estimate,
    spend: judgeSpend(config, facts, unjudged),
    metrics,
    ...(panel ? { panel } : {}),
    ...(pairwise ? { pairwise } : {}),
    alerts: lowScoreAlerts(input),
    inconclusiveReasons,
    warnings,
  };
}

function judgeIdentity(config: JudgeConfig): NonNullable<JudgeReport['identity']> {
  return {
    models: [...config.models],
    baseUrl: config.endpoint.baseUrl,
    temperature: config.endpoint.temperature,
    seed: config.endpoint.seed,
    rubricHash: stableHash({
      PROMPT_VERSION,
      metrics: config.metrics,
      pairwise: config.pairwise?.criterion ?? null,
    }),
    promptVersion: PROMPT_VERSION,
    sampleSeed: config.sampling.seed,
    aggregate: config.aggregate,
  };
}

function sampleReport(input: JudgeSummaryInput, modelErrors: number): NonNullable<JudgeReport['sample']> {
  const { config } = input;
  const { selection } = input.plan;
  return {
    population: input.records.length,
    wanted: selection.wanted,
    size: selection.sample.length,
    rate: config.sampling.rate,
    minSample: config.sampling.minSample,
    seed: config.sampling.seed,
    judgeAll: config.sampling.judgeAll,
    budgetCap: selection.budgetCap,
    budgetLimited: selection.budgetLimited,
    allocation: selection.allocation,
    extraFailed: selection.failed.length,
    modelErrors,
  };
}

/** The log line that closes the stage: spend, errors, budget gaps and the status. */
export function describeOutcome(config: JudgeConfig, report: JudgeReport): string {
  const spend = report.spend!;
  const judgeErrors =
    (report.metrics ?? []).reduce((sum, metric) => sum + metric.errors, 0) + (report.pairwise?.errors ?? 0);
  const panel = report.panel;
  const memberErrors = (panel?.agreement ?? []).reduce(
    (sum, entry) => sum + entry.memberErrors.reduce((total, member) => total + member.errors, 0),
    0,
  );
  return `judge: spent ${dollars(spend.usd)} of ${dollars(config.budgetUsd)} on ${spend.requests} requests (${spend.cachedCalls} cached answers); ${judgeErrors} judge errors${
    panel ? `, ${memberErrors} panel member errors` : ''
  }, ${spend.unjudgedForBudget} items unjudged for budget; ${report.status.toUpperCase()}`;
}
