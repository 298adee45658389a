// The estimate logged before any judge call: low <= expected <= worst case <= budget, from the planned calls.
import { describe, expect, it } from 'vitest';
import { messageBytes } from '../../src/judge/budget.js';
import { describePlan, estimateJudgeCost } from '../../src/judge/stage/estimate.js';
import { planJudge } from '../../src/judge/stage/plan.js';
import { judgeConfig, makeRecords } from './helpers.js';

const URL = 'http://127.0.0.1:9/v1';
const ANSWERS_ONLY = { input: 0, output: 1_000_000 }; // $1 per answer token
const PROMPTS_ONLY = { input: 1_000_000, output: 0 }; // $1 per prompt token

function planned(extra: Record<string, unknown>, price: { input: number; output: number }) {
  const config = judgeConfig({
    'base-url': URL,
    models: ['judge-a', 'judge-b'],
    metrics: ['accuracy'],
    'budget-usd': 1e9,
    'min-sample': 3,
    prices: { 'judge-a': price, 'judge-b': price },
    ...extra,
  });
  const plan = planJudge(config, makeRecords(3), { priceOf: () => price });
  return { config, plan, estimate: estimateJudgeCost(config, plan.tasks, plan.expectedPerItem, () => price) };
}

describe('estimateJudgeCost', () => {
  it('prices answers at 8 tokens (low), expected-output-tokens (expected) and twice max-tokens (worst)', () => {
    const { plan, estimate } = planned({ 'max-tokens': 300, 'expected-output-tokens': 120 }, ANSWERS_ONLY);
    expect(plan.tasks).toHaveLength(6); // 3 items x 1 metric x 2 judges
    expect(estimate.calls).toBe(6);
    expect(estimate.lowUsd).toBe(6 * 8);
    expect(estimate.expectedUsd).toBe(6 * 120);
    expect(estimate.outputTokens).toBe(6 * 120);
    expect(estimate.worstCaseUsd).toBe(6 * 2 * 300); // every call asked again
    expect(estimate.perItemUsd).toBe(plan.expectedPerItem);
    expect(estimate.prices).toEqual([
      { model: 'judge-a', key: 'judge-a', input: 0, output: 1_000_000 },
      { model: 'judge-b', key: 'judge-b', input: 0, output: 1_000_000 },
    ]);
  });

  it('counts prompts at 4 bytes a token for the expected cost and 5 for the low end', () => {
    const { plan, estimate } = planned({}, PROMPTS_ONLY);
    const bytes = plan.tasks.map((task) => messageBytes(task.messages));
    const atFour = bytes.reduce((sum, b) => sum + Math.ceil(b / 4), 0);
    expect(estimate.promptTokens).toBe(atFour);
    expect(estimate.expectedUsd).toBe(atFour);
    expect(estimate.lowUsd).toBe(bytes.reduce((sum, b) => sum + Math.ceil(b / 5), 0));
    // The worst case bounds a prompt at one token per byte plus framing, and adds the re-ask.
    expect(estimate.worstCaseUsd).toBeGreaterThan(2 * bytes.reduce((sum, b) => sum + b, 0));
  });

  it('never puts the worst case above the budget, nor the expected cost above the worst case', () => {
    const { config, plan } = planned({ 'expected-output-tokens': 200 }, ANSWERS_ONLY);
    // The 6 calls of a plan made with a large budget, priced under a $500 one: uncapped, the expected cost
    // is 6 x 200 = 1,200 and the worst case 6 x 2 x 512 = 6,144.
    const estimate = estimateJudgeCost(
      { ...config, budgetUsd: 500 },
      plan.tasks,
      plan.expectedPerItem,
      () => ANSWERS_ONLY,
    );
    expect(estimate.worstCaseUsd).toBe(500);
    expect(estimate.expectedUsd).toBe(500);
    expect(estimate.lowUsd).toBe(48);
  });
});

describe('describePlan', () => {
  it('says what is sampled, how many calls to which judges, the range and the budget', () => {
    const { config, plan, estimate } = planned({ 'budget-usd': 2000, 'sample-seed': 's1' }, ANSWERS_ONLY);
    expect(describePlan(config, 3, plan, estimate)).toBe(
      'judge: 3 of 3 items sampled (rate 10%, min 3, seed "s1"), 6 calls to judge-a, judge-b: estimated $1200.00 (range $48.00 to $2000.00 worst case), budget $2000.00',
    );
  });

  it('mentions the budget cap and the failed items judged on top of the sample', () => {
    const { config, plan, estimate } = planned({ 'budget-usd': 800, 'min-sample': 3 }, ANSWERS_ONLY);
    // $400 per item (2 judges x 200 tokens): the budget allows 2 of the 3.
    expect(plan.selection.budgetCap).toBe(2);
    const line = describePlan(config, 3, plan, estimate);
    expect(line).toMatch(
      /^judge: 2 of 3 items sampled \(rate 10%, min 3, seed "judge-v1"; the budget allows 2\), 4 calls/,
    );
    const withFailed = { ...plan, selection: { ...plan.selection, failed: [2] } };
    expect(describePlan(config, 3, withFailed, estimate)).toMatch(
      /the budget allows 2; plus 1 failed items\)/,
    );
  });
});
