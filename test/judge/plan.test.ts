// The judge stage's plan, without any call: the expected cost per item, the budget-capped sample, and every call
// item by item (pointwise and both pairwise orders).
import { describe, expect, it } from 'vitest';
import { expectedCostPerItem, planJudge, planTasks } from '../../src/judge/stage/plan.js';
import { judgedContents, promptsOf } from '../../src/judge/stage/judged-content.js';
import { judgeConfig, makeRecords } from './helpers.js';

const URL = 'http://127.0.0.1:9/v1';
/** $1 per completion token, prompts free: a call's expected cost is its expected answer length. */
const PER_ANSWER_TOKEN = { input: 0, output: 1_000_000 };
/** $4 per prompt token, answers free. */
const PER_PROMPT_TOKEN = { input: 4_000_000, output: 0 };

describe('expectedCostPerItem', () => {
  it('charges each metric by each judge its expected answer, and pairwise two answers per judge', () => {
    const records = makeRecords(3);
    const prompts = promptsOf(records);
    const panel = judgeConfig({
      'base-url': URL,
      models: ['judge-a', 'judge-b'],
      metrics: ['accuracy', 'helpfulness'],
      prices: { 'judge-a': PER_ANSWER_TOKEN, 'judge-b': PER_ANSWER_TOKEN },
    });
    // 2 judges x 2 metrics x 200 expected tokens.
    expect(expectedCostPerItem(panel, records, prompts, () => PER_ANSWER_TOKEN)).toBe(800);
    const short = judgeConfig({
      'base-url': URL,
      model: 'judge-a',
      metrics: ['accuracy'],
      'max-tokens': 100,
      pairwise: {},
    });
    // The answer never exceeds max-tokens: 100 for the metric, 2 x 100 for the two pairwise orders.
    expect(expectedCostPerItem(short, records, prompts, () => PER_ANSWER_TOKEN)).toBe(300);
  });

  it('grows by one prompt token per metric for every 4 more characters of average item', () => {
    const config = judgeConfig({ 'base-url': URL, model: 'judge-a', metrics: ['accuracy', 'helpfulness'] });
    const records = makeRecords(4);
    const longer = makeRecords(4).map((record) => ({
      ...record,
      output: `${record.output}${'x'.repeat(40)}`,
    }));
    const base = expectedCostPerItem(config, records, promptsOf(records), () => PER_PROMPT_TOKEN);
    const grown = expectedCostPerItem(config, longer, promptsOf(longer), () => PER_PROMPT_TOKEN);
    expect(base).toBeGreaterThan(0);
    // 40 characters = 10 tokens at $4, for each of the 2 metrics.
    expect(grown - base).toBeCloseTo(80, 9);
  });
});

describe('planTasks', () => {
  it('plans each metric by each judge, item by item, and skips items without an answer', () => {
    const config = judgeConfig({
      'base-url': URL,
      models: ['judge-a', 'judge-b'],
      metrics: ['accuracy', 'helpfulness'],
    });
    const records = makeRecords(3);
    records[1]!.output = null;
    const contents = judgedContents(records, promptsOf(records));
    expect(contents[1]).toBeNull();
    const { tasks, pairOf } = planTasks(config, records, contents, [2, 1, 0], undefined);
    expect(
      tasks.map((task) => [task.index, task.kind === 'point' ? task.metric.name : '', task.model]),
    ).toEqual([
      [2, 'accuracy', 'judge-a'],
      [2, 'accuracy', 'judge-b'],
      [2, 'helpfulness', 'judge-a'],
      [2, 'helpfulness', 'judge-b'],
      [0, 'accuracy', 'judge-a'],
      [0, 'accuracy', 'judge-b'],
      [0, 'helpfulness', 'judge-a'],
      [0, 'helpfulness', 'judge-b'],
    ]);
    expect(pairOf.size).toBe(0);
  });

  it('plans both pairwise orders per judge, and none when the other answer is missing or the same', () => {
    const config = judgeConfig({ 'base-url': URL, model: 'judge-a', metrics: [], pairwise: {} });
    const records = makeRecords(3);
    const others = new Map([
      ['item-001', 'a different answer'],
      ['item-002', `  ${records[1]!.output!}\n`],
    ]);
    const contents = judgedContents(records, promptsOf(records));
    const { tasks, pairOf } = planTasks(config, records, contents, [0, 1, 2], others);
    expect(tasks.map((task) => (task.kind === 'pair' ? [task.index, task.order] : []))).toEqual([
      [0, 'candidate-first'],
      [0, 'other-first'],
    ]);
    const [first, second] = tasks.map((task) => task.messages.map((message) => message.content).join('\n'));
    // The candidate's answer is shown first in one order and second in the other.
    expect(first!.indexOf('answer item-001')).toBeLessThan(first!.indexOf('a different answer'));
    expect(second!.indexOf('a different answer')).toBeLessThan(second!.indexOf('answer item-001'));
    expect(pairOf.get(0)).toEqual({ other: 'a different answer', identical: false });
    expect(pairOf.get(1)).toEqual({ other: `  answer item-002\n`, identical: true });
    expect(pairOf.get(2)).toEqual({ other: undefined, identical: false });
  });
});

describe('planJudge', () => {
  it('caps the sample at what the budget buys, and says when that is below min-sample', () => {
    // $200 per item (one metric, one judge, 200 expected answer tokens at $1): a $1,000 budget buys 5 items.
    const config = judgeConfig({
      'base-url': URL,
      model: 'judge-a',
      metrics: ['accuracy'],
      'budget-usd': 1000,
      'min-sample': 10,
      prices: { 'judge-a': PER_ANSWER_TOKEN },
    });
    const records = makeRecords(20);
    const plan = planJudge(config, records, { priceOf: () => PER_ANSWER_TOKEN });
    expect(plan.expectedPerItem).toBe(200);
    expect(plan.selection.budgetCap).toBe(5);
    expect(plan.selection.budgetLimited).toBe(true);
    expect(plan.selection.sample).toHaveLength(5);
    expect(plan.selected).toEqual(plan.selection.sample);
    expect(plan.minWanted).toBe(10);
    expect(plan.belowMinimum).toBe(true);
    expect(plan.tasks.map((task) => task.index)).toEqual(plan.selection.sample);
  });

  it('with free judges, samples min-sample (never more than the items) and is not budget-limited', () => {
    const config = judgeConfig({
      'base-url': URL,
      model: 'judge-a',
      metrics: ['accuracy'],
      'min-sample': 10,
    });
    const plan = planJudge(config, makeRecords(6), { priceOf: () => ({ input: 0, output: 0 }) });
    expect(plan.expectedPerItem).toBe(0);
    expect(plan.selection.budgetCap).toBe(6);
    expect([...plan.selection.sample].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(plan.minWanted).toBe(6);
    expect(plan.belowMinimum).toBe(false);
    expect(plan.tasks).toHaveLength(6);
  });
});
