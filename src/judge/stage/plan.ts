// The plan: which items the judge scores (a sample capped by what the budget buys at the expected cost per
// item, plus failed items with include-failed) and every call it takes, before any call is made.
import type { Price } from '../../core/types.js';
import type { ItemRecord, MetricSpec } from '../../core/types.js';
import { messageCharacters, usd } from '../budget.js';
import { pairwiseMessages, pointwiseMessages, type JudgedContent } from '../prompt.js';
import { selectForJudge } from '../sample.js';
import type { JudgeConfig } from '../../core/judge.js';
import { judgedContents, promptsOf } from './judged-content.js';
import type { JudgePlan, JudgeTask, PairContext } from './types.js';

const averageLength = (values: number[]) =>
  values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;

/**
 * The expected USD of judging one item: per judge, each metric's prompt (its template plus the average item at
 * 4 characters a token) and expected answer, and for pairwise both orders with two answers each.
 */
export function expectedCostPerItem(
  config: JudgeConfig,
  records: readonly ItemRecord[],
  prompts: readonly string[],
  priceOf: (model: string) => Price,
): number {
  const hasReference = records.some((record) => record.expectedOutput !== undefined);
  const blank: JudgedContent = { id: '', prompt: '', response: '', reference: hasReference ? '' : undefined };
  const avgContent = averageLength(
    records.map(
      (record, index) =>
        prompts[index]!.length + (record.output ?? '').length + (record.expectedOutput ?? '').length,
    ),
  );
  const avgPair = averageLength(
    records.map((record, index) => prompts[index]!.length + 2 * (record.output ?? '').length),
  );
  const completion = Math.min(config.expectedOutputTokens, config.endpoint.maxTokens);
  let perItem = 0;
  for (const model of config.models) {
    const price = priceOf(model);
    for (const metric of config.metrics) {
      const overhead = messageCharacters(pointwiseMessages(metric, blank));
      perItem += usd({ prompt: Math.ceil((overhead + avgContent) / 4), completion }, price);
    }
    if (config.pairwise) {
      const overhead = messageCharacters(pairwiseMessages(config.pairwise.criterion, '', '', ''));
      perItem += 2 * usd({ prompt: Math.ceil((overhead + avgPair) / 4), completion }, price);
    }
  }
  return perItem;
}

/**
 * Every call for the selected items, item by item: each metric by each judge, then for pairwise both orders by
 * each judge (none when the other answer is missing or identical). `pairOf` gets each item's pairwise context.
 */
export function planTasks(
  config: JudgeConfig,
  records: readonly ItemRecord[],
  contents: readonly (JudgedContent | null)[],
  selected: readonly number[],
  others: ReadonlyMap<string, string> | undefined,
): { tasks: JudgeTask[]; pairOf: Map<number, PairContext> } {
  const tasks: JudgeTask[] = [];
  const pairOf = new Map<number, PairContext>();
  for (const index of selected) {
    const content = contents[index];
    if (!content) continue;
    for (const metric of config.metrics) {
      for (const model of config.models) {
        tasks.push({ kind: 'point', index, metric, model, messages: pointwiseMessages(metric, content) });
      }
    }
    if (!config.pairwise || !others) continue;
    const other = others.get(records[index]!.id);
    const identical = other !== undefined && other.trim() === content.response.trim();
    pairOf.set(index, { other, identical });
    if (other === undefined || identical) continue;
    const { criterion } = config.pairwise;
    for (const model of config.models) {
      tasks.push({
        kind: 'pair',
        index,
        model,
        order: 'candidate-first',
        messages: pairwiseMessages(criterion, content.prompt, content.response, other, content.reference),
      });
      tasks.push({
        kind: 'pair',
        index,
        model,
        order: 'other-first',
        messages: pairwiseMessages(criterion, content.prompt, other, content.response, content.reference),
      });
    }
  }
  return { tasks, pairOf };
}

/** The whole plan: contents, the budget-capped selection, and the calls. */
export function planJudge(
  config: JudgeConfig,
  records: readonly ItemRecord[],
  options: {
    priceOf: (model: string) => Price;
    others?: ReadonlyMap<string, string>;
    specs?: readonly MetricSpec[];
  },
): JudgePlan {
  const prompts = promptsOf(records);
  const contents = judgedContents(records, prompts);
  const expectedPerItem = expectedCostPerItem(config, records, prompts, options.priceOf);
  const budgetCap = expectedPerItem > 0 ? Math.floor(config.budgetUsd / expectedPerItem) : records.length;
  const selection = selectForJudge(records, config.sampling, { budgetCap, specs: options.specs ?? [] });
  const minWanted = Math.min(config.sampling.minSample, records.length);
  const selected = [...selection.sample, ...selection.failed];
  const { tasks, pairOf } = planTasks(config, records, contents, selected, options.others);
  return {
    contents,
    selection,
    selected,
    tasks,
    pairOf,
    expectedPerItem,
    minWanted,
    belowMinimum: selection.budgetLimited && selection.sample.length < minWanted,
  };
}
