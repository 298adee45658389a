// The estimate, before any call: a range that the spend falls in.
// - low: every call answered once with the shortest usable answer, prompts at 5 bytes a token (dense English);
// - expected: every call answered once, prompts at 4 bytes a token, answers of expected-output-tokens (never
//   more than max-tokens);
// - worst case: every call asked twice (the re-ask after an unusable answer), prompts at the budget's bound
//   (one token per UTF-8 byte plus framing), answers of max-tokens; never above the budget, which is hard.
import type { Price } from '../../core/types.js';
import { findPrice } from '../../scorers/prices.js';
import { PromptTokenBound, messageBytes, usd } from '../budget.js';
import { withCorrection } from '../prompt.js';
import type { JudgeConfig, JudgeEstimate } from '../../core/judge.js';
import { dollars, percent } from './format.js';
import type { JudgePlan, JudgeTask } from './types.js';

/** The shortest usable judge answer, in tokens (a JSON object with a score), for the low end of the estimate. */
const MIN_ANSWER_TOKENS = 8;
/** Room for the problem a re-ask quotes, in the worst case of the estimate. */
const REASK_PROBLEM_BYTES = 1024;

export function estimateJudgeCost(
  config: JudgeConfig,
  tasks: readonly JudgeTask[],
  expectedPerItem: number,
  priceOf: (model: string) => Price,
): JudgeEstimate {
  const tokenBound = new PromptTokenBound();
  const { maxTokens } = config.endpoint;
  const expectedOutput = Math.min(config.expectedOutputTokens, maxTokens);
  const minOutput = Math.min(MIN_ANSWER_TOKENS, maxTokens);
  let promptTokens = 0;
  let lowUsd = 0;
  let expectedUsd = 0;
  let worstUsd = 0;
  for (const task of tasks) {
    const price = priceOf(task.model);
    const bytes = messageBytes(task.messages);
    const tokens = Math.ceil(bytes / 4);
    promptTokens += tokens;
    lowUsd += usd({ prompt: Math.ceil(bytes / 5), completion: minOutput }, price);
    expectedUsd += usd({ prompt: tokens, completion: expectedOutput }, price);
    const reask = withCorrection(task.messages, 'x'.repeat(REASK_PROBLEM_BYTES));
    worstUsd +=
      usd({ prompt: tokenBound.bound(task.messages), completion: maxTokens }, price) +
      usd({ prompt: tokenBound.bound(reask), completion: maxTokens }, price);
  }
  const worstCaseUsd = Math.min(worstUsd, config.budgetUsd);
  expectedUsd = Math.min(expectedUsd, worstCaseUsd);
  lowUsd = Math.min(lowUsd, expectedUsd);
  return {
    calls: tasks.length,
    promptTokens,
    outputTokens: tasks.length * expectedOutput,
    lowUsd,
    expectedUsd,
    worstCaseUsd,
    perItemUsd: expectedPerItem,
    prices: config.models.map((model) => {
      const match = findPrice(config.prices, model)!;
      return { model, key: match.key, input: match.price.input, output: match.price.output };
    }),
  };
}

/** The log line that announces the plan and its estimate, before any call. */
export function describePlan(
  config: JudgeConfig,
  population: number,
  plan: JudgePlan,
  estimate: JudgeEstimate,
): string {
  const { selection } = plan;
  return `judge: ${selection.sample.length} of ${population} items sampled (rate ${percent(config.sampling.rate)}, min ${config.sampling.minSample}, seed "${config.sampling.seed}"${
    selection.budgetLimited ? `; the budget allows ${selection.budgetCap}` : ''
  }${selection.failed.length > 0 ? `; plus ${selection.failed.length} failed items` : ''}), ${plan.tasks.length} calls to ${config.models.join(', ')}: estimated ${dollars(
    estimate.expectedUsd,
  )} (range ${dollars(estimate.lowUsd)} to ${dollars(estimate.worstCaseUsd)} worst case), budget ${dollars(config.budgetUsd)}`;
}
