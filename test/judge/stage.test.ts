import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { judgeMetricSpecs } from '../../src/judge/index.js';
import { createMemoryCache } from '../../src/model/response-cache.js';
import { startOpenAIServer, type OpenAIServer, type ScriptedReply } from '../support/openai-server.js';
import {
  judgeConfig,
  makeRecords,
  notApplicable,
  readJudgeRequest,
  score,
  stageDeps,
  type SeenJudgeRequest,
  judgeAndMerge,
} from './helpers.js';

let server: OpenAIServer;
let script: (request: SeenJudgeRequest, attempt: number) => ScriptedReply | undefined;

beforeAll(async () => {
  server = await startOpenAIServer({
    handler: (body, info) => script(readJudgeRequest(body), info.attempt),
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  script = () => score(4);
});

const base = (url: string, extra: Record<string, unknown> = {}) =>
  judgeConfig({ 'base-url': url, model: 'judge-a', metrics: ['accuracy'], ...extra });

describe('the judge stage against a scripted endpoint', () => {
  it('scores the sample only, normalized 0–1, and keeps raw levels, reasoning and the model per item', async () => {
    const records = makeRecords(40);
    script = (request) => score(request.itemId.endsWith('1') ? 2 : 5, `reason for ${request.itemId}`);
    const result = await judgeAndMerge(base(server.url), records, stageDeps());
    const judged = records.filter((record) => record.judge);
    expect(judged).toHaveLength(10); // max(10, 10% of 40)
    for (const record of records) {
      if (!record.judge) {
        expect(record.scores).not.toHaveProperty('judge_accuracy'); // unsampled: absent, never 0
        continue;
      }
      const expected = record.id.endsWith('1') ? 0.25 : 1;
      expect(record.scores.judge_accuracy).toBe(expected);
      const judged = record.judge.metrics.accuracy!;
      expect(judged.raw).toBe(record.id.endsWith('1') ? 2 : 5);
      expect(judged.verdicts[0]).toMatchObject({ model: 'judge-a', reasoning: `reason for ${record.id}` });
    }
    expect(result.report.status).toBe('completed');
    expect(result.inconclusiveMetrics.size).toBe(0);
    const metrics = aggregate(records, judgeMetricSpecs(base(server.url)), { perCategory: true });
    expect(metrics.judge_accuracy_mean!.n).toBe(10);
    expect(metrics.judge_accuracy_mean!.interval).toBeDefined();
    // A strict JSON schema was asked for, reasoning first.
    const body = server.requests[0]!.body!;
    expect(body.temperature).toBe(0);
    expect(body.max_tokens).toBe(512);
    const format = body.response_format as {
      type: string;
      json_schema: { strict: boolean; schema: { required: string[] } };
    };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema.required).toEqual(['reasoning', 'score', 'na']);
  });

  it('asks once more after malformed JSON, then records a judge error: never a score, never a zero', async () => {
    const records = makeRecords(10);
    const bad = new Set(['item-003', 'item-007']);
    script = (request) => {
      if (request.itemId === 'item-003') return { content: 'The answer deserves a 5.' }; // never JSON
      if (request.itemId === 'item-007' && !request.reask)
        return { content: '{"reasoning": "ok", "score": 5' };
      return score(3);
    };
    const result = await judgeAndMerge(base(server.url), records, stageDeps());
    const r3 = records.find((record) => record.id === 'item-003')!;
    const r7 = records.find((record) => record.id === 'item-007')!;
    expect(r3.scores).not.toHaveProperty('judge_accuracy');
    expect(r3.judge!.metrics.accuracy!.status).toBe('error');
    expect(r3.judge!.metrics.accuracy!.verdicts[0]!.error!.message).toMatch(/unusable answer twice/);
    expect(
      server.requests.filter((request) => readJudgeRequest(request.body!).itemId === 'item-003'),
    ).toHaveLength(2);
    // item-007 was fixed by the re-ask.
    expect(r7.scores.judge_accuracy).toBe(0.5);
    for (const record of records) if (!bad.has(record.id)) expect(record.scores.judge_accuracy).toBe(0.5);
    const metric = result.report.metrics![0]!;
    expect(metric).toMatchObject({ planned: 10, scored: 9, errors: 1 });
    expect(result.report.warnings!.join(' ')).toMatch(/no usable answer 1 time/);
  });

  it('treats out-of-scale values, wrong types, extra keys, refusals and N/A where not allowed as errors', async () => {
    const records = makeRecords(12);
    const replies: Record<string, ScriptedReply> = {
      'item-001': score(9),
      'item-002': score(0),
      'item-003': score('5'),
      'item-004': { content: JSON.stringify({ reasoning: 'x', score: 5, na: false, bonus: true }) },
      'item-005': { content: JSON.stringify({ score: 5, na: false }) },
      'item-006': { content: null, refusal: 'I cannot evaluate this.' },
      'item-007': { content: '' },
      'item-008': { content: '[5]' },
      'item-009': score(4.5),
    };
    script = (request) => replies[request.itemId] ?? score(5);
    const result = await judgeAndMerge(
      base(server.url, { 'max-error-rate': 1, 'judge-all': true }),
      records,
      stageDeps(),
    );
    for (const id of Object.keys(replies)) {
      const record = records.find((candidate) => candidate.id === id)!;
      expect(record.scores, id).not.toHaveProperty('judge_accuracy');
      expect(record.judge!.metrics.accuracy!.status, id).toBe('error');
    }
    expect(result.report.metrics![0]).toMatchObject({ scored: 3, errors: 9 });
    // Harmfulness does not allow N/A: an N/A answer is unusable there.
    const harm = judgeConfig({
      'base-url': server.url,
      model: 'judge-a',
      metrics: ['Harmfulness'],
      'max-error-rate': 1,
    });
    const more = makeRecords(10);
    script = () => notApplicable();
    const second = await judgeAndMerge(harm, more, stageDeps());
    expect(second.report.metrics![0]).toMatchObject({ scored: 0, errors: 10 });
    expect(more.every((record) => record.scores.judge_harmfulness === undefined)).toBe(true);
  });

  it('records N/A as null, leaves it out of the mean, reports the rate, warns above 60% and goes INCONCLUSIVE above max-na-rate', async () => {
    const records = makeRecords(10);
    script = (request) => (Number(request.itemId.slice(-3)) <= 7 ? notApplicable() : score(5));
    const result = await judgeAndMerge(base(server.url, { 'max-na-rate': 0.5 }), records, stageDeps());
    expect(records.filter((record) => record.scores.judge_accuracy === null)).toHaveLength(7);
    const metrics = aggregate(records, judgeMetricSpecs(base(server.url)), { perCategory: false });
    expect(metrics.judge_accuracy_mean).toMatchObject({ value: 1, n: 3, naCount: 7 });
    const metric = result.report.metrics![0]!;
    expect(metric.naRate).toBeCloseTo(0.7);
    expect(metric.status).toBe('inconclusive');
    expect(result.report.status).toBe('inconclusive');
    expect(result.inconclusiveMetrics.has('judge_accuracy_mean')).toBe(true);
    expect(result.inconclusiveMetrics.has('judge_accuracy_mean@general')).toBe(true);
    expect(result.report.warnings!.join(' ')).toMatch(/70% of the judged items are N\/A \(above 60%\)/);
  });

  it('goes INCONCLUSIVE when judge errors exceed max-error-rate', async () => {
    const records = makeRecords(10);
    script = (request) => (Number(request.itemId.slice(-3)) <= 2 ? { content: 'nope' } : score(5));
    const result = await judgeAndMerge(base(server.url, { 'max-error-rate': 0.1 }), records, stageDeps());
    expect(result.report.metrics![0]!.reasons.join(' ')).toMatch(
      /2 judge errors of 10 \(20% > max-error-rate 10%\)/,
    );
    expect(result.inconclusiveMetrics.has('judge_accuracy_mean')).toBe(true);
  });

  it('retries 429s (honouring retry-after) and records persistent ones as judge errors', async () => {
    const records = makeRecords(10);
    script = (request, attempt) => {
      if (request.itemId === 'item-001') return { status: 429, headers: { 'retry-after-ms': '5' } };
      if (request.itemId === 'item-002' && attempt === 1)
        return { status: 429, headers: { 'retry-after-ms': '5' } };
      return score(5);
    };
    const result = await judgeAndMerge(base(server.url, { 'max-error-rate': 1 }), records, stageDeps());
    const r1 = records.find((record) => record.id === 'item-001')!;
    const r2 = records.find((record) => record.id === 'item-002')!;
    expect(r2.scores.judge_accuracy).toBe(1);
    expect(r1.scores.judge_accuracy).toBeUndefined();
    expect(r1.judge!.metrics.accuracy!.verdicts[0]!.error).toMatchObject({
      stage: 'judge',
      kind: 'rate_limited',
      status: 429,
    });
    expect(
      server.requestsFor(server.requests.find((r) => readJudgeRequest(r.body!).itemId === 'item-001')!.key),
    ).toHaveLength(3);
    expect(result.report.spend!.rateLimited).toBe(4);
  });

  it('retries timeouts and records a judge that never answers as a timeout error', async () => {
    const records = makeRecords(10);
    script = (request, attempt) => {
      if (request.itemId === 'item-004') return { hang: true };
      if (request.itemId === 'item-005' && attempt === 1) return { hang: true };
      return score(4);
    };
    const config = base(server.url, { 'timeout-ms': 1500, 'max-retries': 1, 'max-error-rate': 1 });
    const result = await judgeAndMerge(config, records, stageDeps());
    const r4 = records.find((record) => record.id === 'item-004')!;
    expect(r4.scores.judge_accuracy).toBeUndefined();
    expect(r4.judge!.metrics.accuracy!.verdicts[0]!.error!.kind).toBe('timeout');
    expect(records.find((record) => record.id === 'item-005')!.scores.judge_accuracy).toBe(0.75);
    expect(result.report.spend!.timeouts).toBe(3);
  });

  it('falls back to parse + validate when the endpoint rejects a JSON schema, and validates anyway', async () => {
    const records = makeRecords(10);
    script = (request) => {
      if (request.structured)
        return { status: 400, body: { error: { message: 'response_format json_schema is not supported' } } };
      return request.itemId === 'item-002'
        ? { content: '```json\n{"reasoning": "r", "score": 7, "na": false}\n```' }
        : { content: '```json\n{"reasoning": "r", "score": 2, "na": false}\n```' };
    };
    const result = await judgeAndMerge(base(server.url, { 'max-error-rate': 1 }), records, stageDeps());
    expect(result.report.spend!.structuredFallbacks).toBe(1);
    expect(server.requests.filter((request) => request.body!.response_format !== undefined)).toHaveLength(1);
    expect(records.find((record) => record.id === 'item-001')!.scores.judge_accuracy).toBe(0.25);
    expect(records.find((record) => record.id === 'item-002')!.scores.judge_accuracy).toBeUndefined();
    expect(result.report.warnings!.join(' ')).toMatch(/rejected strict JSON-schema output/);
  });

  it('reuses validated answers from the cache and never caches an unusable one', async () => {
    const cache = createMemoryCache('read-write');
    script = (request) => (request.itemId === 'item-001' ? { content: 'garbage' } : score(5));
    await judgeAndMerge(base(server.url, { 'max-error-rate': 1 }), makeRecords(10), stageDeps({ cache }));
    const first = server.requests.length;
    expect(first).toBe(11);
    server.reset();
    const again = makeRecords(10);
    const result = await judgeAndMerge(
      base(server.url, { 'max-error-rate': 1 }),
      again,
      stageDeps({ cache }),
    );
    expect(server.requests.map((request) => readJudgeRequest(request.body!).itemId)).toEqual([
      'item-001',
      'item-001',
    ]);
    expect(result.report.spend!.cachedCalls).toBe(9);
    expect(
      again.find((record) => record.id === 'item-002')!.judge!.metrics.accuracy!.verdicts[0]!.cached,
    ).toBe(true);
  });

  it('counts sampled items without a model answer as failures for quality metrics, without calling the judge', async () => {
    const records = makeRecords(10);
    records[0]!.output = null;
    records[0]!.error = { stage: 'model', kind: 'timeout', message: 'no answer' };
    script = () => score(5);
    const config = judgeConfig({
      'base-url': server.url,
      model: 'judge-a',
      metrics: ['accuracy', 'Harmfulness'],
    });
    const result = await judgeAndMerge(config, records, stageDeps());
    expect(records[0]!.scores.judge_accuracy).toBe(0);
    expect(records[0]!.scores).not.toHaveProperty('judge_harmfulness');
    expect(server.requests.some((request) => readJudgeRequest(request.body!).itemId === 'item-001')).toBe(
      false,
    );
    expect(result.report.sample!.modelErrors).toBe(1);
  });

  it('says what it will cost before judging, and logs it', async () => {
    const records = makeRecords(30, ['a', 'b', 'c']);
    const config = base(server.url, { prices: { 'judge-a': { input: 1, output: 2 } } });
    const deps = stageDeps();
    const result = await judgeAndMerge(config, records, deps);
    const estimate = result.report.estimate!;
    expect(estimate.calls).toBe(10);
    expect(estimate.expectedUsd).toBeCloseTo((estimate.promptTokens * 1 + 10 * 200 * 2) / 1e6, 12);
    // Worst case: every call asked twice, answers at max-tokens (and prompts at one token per byte).
    expect(estimate.worstCaseUsd).toBeGreaterThan((estimate.promptTokens * 2 + 10 * 2 * 512 * 2) / 1e6);
    expect(estimate.lowUsd).toBeLessThan(estimate.expectedUsd);
    expect(deps.lines[0]).toMatch(
      /^judge: 10 of 30 items sampled .* 10 calls to judge-a: estimated \$0\.\d+ \(range \$0\.\d+ to \$0\.\d+ worst case\), budget \$2\.00$/,
    );
    expect(result.report.spend!.usd).toBeGreaterThan(0);
    expect(result.report.spend!.usd).toBeLessThanOrEqual(estimate.worstCaseUsd);
  });

  it('never states a worst case below the expected cost: answers are at most max-tokens (issue 10 #3)', async () => {
    const records = makeRecords(30, ['a', 'b', 'c']);
    const config = base(server.url, {
      prices: { 'judge-a': { input: 1, output: 2 } },
      'max-tokens': 50,
      'expected-output-tokens': 400,
    });
    const result = await judgeAndMerge(config, records, stageDeps());
    const estimate = result.report.estimate!;
    expect(estimate.outputTokens).toBe(10 * 50);
    expect(estimate.expectedUsd).toBeCloseTo((estimate.promptTokens * 1 + 10 * 50 * 2) / 1e6, 12);
    expect(estimate.lowUsd).toBeLessThanOrEqual(estimate.expectedUsd);
    expect(estimate.worstCaseUsd).toBeGreaterThanOrEqual(estimate.expectedUsd);
  });
});
