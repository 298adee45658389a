// The judge's summary from hand-made verdicts: counts, inconclusive metrics and their reasons, worst cases for
// the gates, low-score alerts, warnings and the closing log line. No endpoint: the pieces are pure.
import { describe, expect, it } from 'vitest';
import type { JudgeEstimate } from '../../src/core/judge.js';
import type { JudgeVerdict } from '../../src/core/types.js';
import { tallyProblems } from '../../src/judge/stage/metric-summary.js';
import { planJudge } from '../../src/judge/stage/plan.js';
import { recordJudgements } from '../../src/judge/stage/record.js';
import type { JudgeCallFacts } from '../../src/judge/stage/spend.js';
import { emptyAdvice } from '../../src/judge/stage/skipped.js';
import { describeOutcome, summarizeJudge } from '../../src/judge/stage/summarize.js';
import type { JudgeVerdicts } from '../../src/judge/stage/types.js';
import { scoresAfterMerge } from '../../src/judge/stage/worst-case.js';
import { judgeConfig, makeRecords } from './helpers.js';

const FREE = () => ({ input: 0, output: 0 });

function verdict(raw: number): JudgeVerdict {
  return {
    model: 'judge-a',
    raw,
    normalized: (raw - 1) / 4,
    na: false,
    reasoning: `rated ${raw}`,
    attempts: 1,
    cached: false,
  };
}

const unusable: JudgeVerdict = {
  model: 'judge-a',
  raw: null,
  normalized: null,
  na: false,
  reasoning: '',
  error: { stage: 'judge', kind: 'judge', message: 'unusable answer twice', attempts: 2 },
  attempts: 2,
  cached: false,
};

const facts: JudgeCallFacts = {
  stats: {
    requests: 5,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    calls: 4,
    cachedCalls: 1,
    promptTokens: 900,
    completionTokens: 80,
    structuredFallbacks: 0,
  },
  spentUsd: 0.0042,
  budgetExhausted: false,
  overrunUsd: 0,
};

const ESTIMATE: JudgeEstimate = {
  calls: 4,
  promptTokens: 1000,
  outputTokens: 800,
  lowUsd: 0.001,
  expectedUsd: 0.01,
  worstCaseUsd: 0.02,
  perItemUsd: 0,
  prices: [],
};

/** Four items in categories a, b, a, b: rated 5, 2, unusable, 3 on accuracy (1-5, normalized 1, 0.25, -, 0.5). */
function judged(extra: Record<string, unknown> = {}) {
  const config = judgeConfig({
    'base-url': 'http://127.0.0.1:9/v1',
    model: 'judge-a',
    metrics: ['accuracy'],
    'max-error-rate': 0.1,
    'alert-below': 0.5,
    ...extra,
  });
  const records = makeRecords(4, ['a', 'b']);
  const plan = planJudge(config, records, { priceOf: FREE });
  const given = [[verdict(5)], [verdict(2)], [unusable], [verdict(3)]];
  const verdicts: JudgeVerdicts = {
    point: new Map(given.map((list, index) => [index, new Map([['accuracy', list]])])),
    pair: new Map(),
    pairBudget: new Set(),
    cost: new Map([[0, 0.01]]),
  };
  const additions = recordJudgements(config, plan, verdicts);
  const advice = emptyAdvice();
  const input = {
    config,
    records,
    plan,
    judgedOf: new Map(additions.map((addition) => [addition.index, addition.judge])),
    scoreOf: scoresAfterMerge(records, additions),
    categories: ['a', 'b'],
    advice,
  };
  return {
    config,
    records,
    plan,
    additions,
    advice,
    report: summarizeJudge(input, ESTIMATE, facts, undefined),
  };
}

describe('recordJudgements', () => {
  it('adds normalized scores for scored sampled items only, and every selected item its judgement', () => {
    const { additions } = judged();
    const byIndex = new Map(additions.map((addition) => [addition.index, addition]));
    expect([...byIndex.keys()].sort()).toEqual([0, 1, 2, 3]);
    expect(byIndex.get(0)!.scores).toEqual({ judge_accuracy: 1 });
    expect(byIndex.get(1)!.scores).toEqual({ judge_accuracy: 0.25 });
    expect(byIndex.get(2)!.scores).toEqual({}); // a judge error is never a score
    expect(byIndex.get(2)!.judge.metrics.accuracy!.status).toBe('error');
    expect(byIndex.get(0)!.judge).toMatchObject({ selection: 'sample', costUsd: 0.01 });
    expect(byIndex.get(3)!.judge.costUsd).toBe(0);
  });
});

describe('summarizeJudge', () => {
  it('makes a metric with too many judge errors INCONCLUSIVE, overall and in every category', () => {
    const { report, advice, config } = judged();
    const metric = report.metrics![0]!;
    expect(metric).toMatchObject({
      name: 'accuracy',
      aggregateName: 'judge_accuracy_mean',
      planned: 4,
      scored: 3,
      na: 0,
      errors: 1,
      errorRate: 0.25,
      budget: 0,
      status: 'inconclusive',
      reasons: ['1 judge error of 4 (25% > max-error-rate 10%)'],
    });
    expect(metric.perCategory).toEqual([
      { category: 'a', scored: 1, na: 0, errors: 1, budget: 0, inconclusive: true },
      { category: 'b', scored: 2, na: 0, errors: 0, budget: 0, inconclusive: true },
    ]);
    expect(report.status).toBe('inconclusive');
    expect(report.inconclusiveReasons).toEqual([
      `${config.metrics[0]!.displayName}: 1 judge error of 4 (25% > max-error-rate 10%)`,
    ]);
    expect([...advice.inconclusiveMetrics]).toEqual([
      'judge_accuracy_mean',
      'judge_accuracy_mean@a',
      'judge_accuracy_mean@b',
    ]);
  });

  it('gives the gates the value with each judge error taken as 0 and as 1', () => {
    const { report, advice } = judged();
    // Scored 1, 0.25, 0.5 and one error: (1.75 + 0) / 4 and (1.75 + 1) / 4.
    expect(advice.worstCase.get('judge_accuracy_mean')).toEqual({ low: 0.4375, high: 0.6875, missing: 1 });
    expect(advice.worstCase.get('judge_accuracy_mean@a')).toEqual({ low: 0.5, high: 1, missing: 1 });
    expect(advice.worstCase.has('judge_accuracy_mean@b')).toBe(false); // nothing missing there
    expect(report.metrics![0]!.worstCase).toBe(0.4375);
  });

  it('lists low scores as alerts, warns about judge errors, and reports the sample and the spend', () => {
    const { report, config } = judged();
    expect(report.alerts).toEqual([
      {
        id: 'item-002',
        category: 'b',
        metric: config.metrics[0]!.displayName,
        raw: 2,
        normalized: 0.25,
        reasoning: 'rated 2',
        model: 'judge-a',
      },
    ]);
    expect(report.warnings).toEqual([
      'the judge gave no usable answer 1 time (after retries): those items count as judge errors, never as scores.',
    ]);
    expect(report.sample).toMatchObject({ population: 4, size: 4, extraFailed: 0, modelErrors: 0 });
    expect(report.spend).toMatchObject({ usd: 0.0042, requests: 5, cachedCalls: 1, unjudgedForBudget: 0 });
    expect(describeOutcome(config, report)).toBe(
      'judge: spent $0.0042 of $2.00 on 5 requests (1 cached answers); 1 judge errors, 0 items unjudged for budget; INCONCLUSIVE',
    );
  });

  it('completes when the errors stay within max-error-rate, a category above it staying inconclusive', () => {
    const { report, advice } = judged({ 'max-error-rate': 0.25 });
    expect(report.status).toBe('completed');
    expect(report.metrics![0]!.status).toBe('ok');
    // Category a has 1 error in 2 items (50%).
    expect(report.metrics![0]!.perCategory.map((entry) => entry.inconclusive)).toEqual([true, false]);
    expect([...advice.inconclusiveMetrics]).toEqual(['judge_accuracy_mean@a']);
    expect(advice.worstCase.get('judge_accuracy_mean')!.low).toBe(0.4375); // the worst case still applies
  });
});

describe('tallyProblems', () => {
  const config = judgeConfig({
    'base-url': 'http://127.0.0.1:9/v1',
    model: 'judge-a',
    metrics: ['accuracy'],
  });
  const tally = { planned: 10, scored: 1, na: 9, errors: 0, budget: 0, modelErrors: 0 };

  it('flags too many N/A, budget gaps with errors, and a metric that scored nothing', () => {
    expect(tallyProblems(config, tally)).toEqual(['90% N/A (> max-na-rate 80%)']);
    expect(tallyProblems(config, { ...tally, scored: 6, na: 0, errors: 1, budget: 3 })).toEqual([
      '1 judge error and 3 unjudged for budget of 10 (40% > max-error-rate 10%)',
    ]);
    expect(tallyProblems(config, { ...tally, planned: 0, scored: 0, na: 0 })).toEqual(['no item was scored']);
    // Only model errors: nothing to judge, which is not the judge's failure.
    expect(tallyProblems(config, { ...tally, planned: 0, scored: 0, na: 0, modelErrors: 2 })).toEqual([]);
  });
});
