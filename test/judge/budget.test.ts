import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JudgeBudget, type Reservation } from '../../src/judge/budget.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { judgeConfig, makeRecords, readJudgeRequest, stageDeps, judgeAndMerge } from './helpers.js';

const PRICE = { input: 3, output: 15 }; // USD per million tokens

let server: OpenAIServer;
/** What the endpoint billed, from the usage it reported. */
let billed = 0;
let tokensPerChar = 0.25;

beforeAll(async () => {
  server = await startOpenAIServer({
    handler: (body) => {
      const request = readJudgeRequest(body);
      const content = JSON.stringify({
        reasoning: `Fine answer for ${request.itemId}. ${'More detail. '.repeat(40)}`,
        score: 4,
        na: false,
      });
      const chars = (body.messages ?? []).reduce((sum, message) => sum + String(message.content).length, 0);
      const prompt = Math.ceil(chars * tokensPerChar) + 7;
      const completion = Math.ceil(content.length / 4);
      billed += (prompt * PRICE.input + completion * PRICE.output) / 1e6;
      return {
        content,
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      };
    },
  });
});
afterAll(() => server.close());

const config = (budget: number, extra: Record<string, unknown> = {}) =>
  judgeConfig({
    'base-url': server.url,
    model: 'pricey-judge',
    metrics: ['accuracy', 'helpfulness'],
    prices: { 'pricey-judge': PRICE },
    'budget-usd': budget,
    'judge-all': true,
    concurrency: 6,
    // Answers turn out longer than expected: the sample is planned on 1 token each, so the budget runs out.
    'expected-output-tokens': 1,
    ...extra,
  });

describe('the judge budget', () => {
  it('reserves, waits for calls in flight, and stops for good once a call cannot fit', async () => {
    const budget = new JudgeBudget(1);
    const a = (await budget.reserve(0.6))!;
    const waiting = budget.reserve(0.6); // does not fit while a is in flight: waits
    let settledB: unknown = 'pending';
    void waiting.then((value) => (settledB = value));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settledB).toBe('pending');
    budget.settle(a, 0.3); // a cost less than reserved: b fits now
    const b = (await waiting)!;
    expect(b.usd).toBe(0.6);
    expect(budget.spentUsd + budget.reservedUsd).toBeCloseTo(0.9);
    budget.settle(b, 0.6);
    expect(await budget.reserve(0.2)).toBeNull(); // 0.9 + 0.2 > 1 with nothing in flight
    expect(budget.exhausted).toBe(true);
    expect(await budget.reserve(0.0001)).toBeNull(); // stopped for good
  });

  it('does not hang when settled costs leave a floating-point residue in the reserved total (issue 10 #1)', async () => {
    // The figures, and figures whose float sum minus its parts leaves ~1e-19 reserved with nothing
    // in flight: a reservation that cannot fit must then end judging at once, never wait forever.
    const cases = [
      { limit: 0.001, reserve: [0.0002387, 0.0002455, 0.000227], settle: [0.0001757, 0.0002004, 0.0001881] },
      { limit: 0.003, reserve: [0.0008996, 0.0007279, 0.0005062], settle: [0.0008, 0.0007, 0.0005] },
    ];
    for (const figures of cases) {
      const budget = new JudgeBudget(figures.limit);
      const reservations: Reservation[] = [];
      for (const usd of figures.reserve) reservations.push((await budget.reserve(usd))!);
      figures.settle.forEach((usd, index) => budget.settle(reservations[index]!, usd));
      const outcome = await Promise.race([
        budget.reserve(0.0015),
        new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000)),
      ]);
      expect(outcome).toBeNull();
      expect(budget.exhausted).toBe(true);
      expect(budget.reservedUsd).toBe(0);
    }
  });

  it('is never exceeded: judging stops before a call that could cross it, and the report counts what went unjudged', async () => {
    for (const budgetUsd of [0.03, 0.05, 0.08]) {
      billed = 0;
      const records = makeRecords(60, ['a', 'b']);
      const deps = stageDeps();
      const result = await judgeAndMerge(config(budgetUsd), records, deps);
      const spend = result.report.spend!;
      expect(billed).toBeGreaterThan(0);
      expect(billed).toBeLessThanOrEqual(budgetUsd); // what the endpoint billed
      expect(spend.usd).toBeCloseTo(billed, 10); // what we counted
      expect(spend.budgetExhausted).toBe(true);
      expect(spend.unjudgedForBudget).toBeGreaterThan(0);
      const unjudged = records.filter(
        (record) => record.judge && Object.values(record.judge.metrics).some((m) => m.status === 'budget'),
      );
      expect(unjudged).toHaveLength(spend.unjudgedForBudget);
      for (const record of unjudged) {
        for (const [name, judged] of Object.entries(record.judge!.metrics)) {
          if (judged.status === 'budget') expect(record.scores).not.toHaveProperty(`judge_${name}`);
        }
      }
      expect(result.report.metrics![0]!.budget).toBeGreaterThan(0);
      expect(result.report.status).toBe('inconclusive'); // the gaps exceed max-error-rate
      expect(result.report.warnings!.join(' ')).toMatch(
        /budget of \$0\.0\d ran out: \d+ sampled items went \(partly\) unjudged/,
      );
    }
  });

  it('stays within budget even when the endpoint counts twice the tokens characters/4 suggests', async () => {
    tokensPerChar = 0.5;
    billed = 0;
    try {
      const result = await judgeAndMerge(config(0.02), makeRecords(60), stageDeps());
      expect(billed).toBeGreaterThan(0);
      expect(billed).toBeLessThanOrEqual(0.02);
      expect(result.report.spend!.usd).toBeLessThanOrEqual(0.02);
    } finally {
      tokensPerChar = 0.25;
    }
  });

  it('stays within budget when the tokenizer makes a token of every byte (CJK, emoji): issue 10 #2', async () => {
    // Before any usage is seen, the bound must hold for any text: characters / 4 undercounts such text ~12×.
    const wide = await startOpenAIServer({
      handler: (body) => {
        const request = readJudgeRequest(body);
        const content = JSON.stringify({ reasoning: `ok ${request.itemId}`, score: 4, na: false });
        const bytes = (body.messages ?? []).reduce(
          (sum, message) => sum + Buffer.byteLength(String(message.content), 'utf8'),
          0,
        );
        const prompt = bytes + 7;
        const completion = Buffer.byteLength(content, 'utf8');
        billed += (prompt * PRICE.input + completion * PRICE.output) / 1e6;
        return {
          content,
          usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
        };
      },
    });
    try {
      // $0.015 is above what characters / 4 reserves for one call and below what one call bills.
      for (const budgetUsd of [0.015, 0.05, 0.2]) {
        billed = 0;
        const records = makeRecords(40).map((record, index) => ({
          ...record,
          output: `${index % 2 === 0 ? '答案是正确的。' : '🙂🚀✅'.repeat(2)}`.repeat(300),
        }));
        const result = await judgeAndMerge(
          judgeConfig({
            'base-url': wide.url,
            model: 'pricey-judge',
            metrics: ['accuracy'],
            prices: { 'pricey-judge': PRICE },
            'budget-usd': budgetUsd,
            'judge-all': true,
            concurrency: 6,
          }),
          records,
          stageDeps(),
        );
        if (budgetUsd > 0.015) expect(billed).toBeGreaterThan(0);
        expect(billed).toBeLessThanOrEqual(budgetUsd);
        expect(result.report.spend!.usd).toBeCloseTo(billed, 10);
        expect(result.report.spend!.budgetExhausted).toBe(true);
        expect(result.report.warnings!.join(' ')).not.toMatch(/more than their reserved worst case/);
      }
    } finally {
      await wide.close();
    }
  });

  it('caps the sample at what the budget buys, and is INCONCLUSIVE below min-sample', async () => {
    billed = 0;
    const records = makeRecords(300);
    const result = await judgeAndMerge(
      config(0.005, { 'judge-all': false, 'expected-output-tokens': 200 }),
      records,
      stageDeps(),
    );
    const sample = result.report.sample!;
    expect(sample.wanted).toBe(30);
    expect(sample.budgetLimited).toBe(true);
    expect(sample.size).toBe(sample.budgetCap);
    expect(sample.size).toBeLessThan(10);
    expect(result.report.status).toBe('inconclusive');
    expect(result.report.inconclusiveReasons!.join(' ')).toMatch(
      /allows only \d items at about \$0\.\d+ each, fewer than min-sample 10/,
    );
    expect(result.inconclusiveMetrics.has('judge_accuracy_mean')).toBe(true);
    expect(billed).toBeLessThanOrEqual(0.005);
  });
});
