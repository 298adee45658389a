// Stage 2: the LLM judge scores a deterministic sample of the answers within a hard budget, and fails closed.
//   plan (plan.ts)           which items, and every call, before any call is made;
//   estimate (estimate.ts)   the range the spend falls in, logged before any call and kept in the report;
//   execute (execute.ts)     the calls, through the connection's client (cache, concurrency, retries, budget);
//   record (record.ts)       what the verdicts add to each item: returned, merged into the records by the pipeline;
//   summarize (summarize.ts) the report, and what the gates must know (inconclusive metrics, worst cases).
import type { ItemRecord } from '../../core/types.js';
import type { JudgeConfig } from '../../core/judge.js';
import { describePlan, estimateJudgeCost } from './estimate.js';
import { executeTasks } from './execute.js';
import { loadOtherAnswers } from './other-answers.js';
import { planJudge } from './plan.js';
import { judgePriceOf } from './prices.js';
import { recordJudgements } from './record.js';
import { callFacts } from './spend.js';
import { emptyAdvice } from './skipped.js';
import { describeOutcome, summarizeJudge } from './summarize.js';
import type { JudgeStageDeps, JudgeStageResult } from './types.js';
import { scoresAfterMerge } from './worst-case.js';

/** Judges the records without changing them: the result carries what to add to each. */
export async function runJudgeStage(
  config: JudgeConfig,
  records: readonly ItemRecord[],
  deps: JudgeStageDeps,
): Promise<JudgeStageResult> {
  const priceOf = judgePriceOf(config);
  const others = await loadOtherAnswers(config, deps.baseline);
  const plan = planJudge(config, records, { priceOf, others: others?.answers, specs: deps.specs });
  const estimate = estimateJudgeCost(config, plan.tasks, plan.expectedPerItem, priceOf);
  deps.log(describePlan(config, records.length, plan, estimate));

  const connection = deps.connect();
  const verdicts = await executeTasks(plan.tasks, connection.client, {
    concurrency: config.endpoint.concurrency,
    log: deps.log,
    progressIntervalMs: deps.progressIntervalMs,
  }).finally(() => connection.close());

  const additions = recordJudgements(config, plan, verdicts);
  const advice = emptyAdvice();
  const report = summarizeJudge(
    {
      config,
      records,
      plan,
      judgedOf: new Map(additions.map((addition) => [addition.index, addition.judge])),
      scoreOf: scoresAfterMerge(records, additions),
      categories: [...new Set(records.map((record) => record.category))].sort(),
      advice,
    },
    estimate,
    callFacts(connection),
    others?.unavailable,
  );
  deps.log(describeOutcome(config, report));
  return { report, inconclusiveMetrics: advice.inconclusiveMetrics, advice, additions };
}
