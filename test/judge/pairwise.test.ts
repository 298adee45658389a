import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaselineRecord } from '../../src/baseline/types.js';
import { judgeMetricSpecs } from '../../src/judge/index.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { wilsonInterval } from '../../src/stats/index.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { judgeConfig, makeRecords, readJudgeRequest, stageDeps, winner, judgeAndMerge } from './helpers.js';

let server: OpenAIServer;

beforeAll(async () => {
  server = await startOpenAIServer({
    handler: (body) => {
      const request = readJudgeRequest(body);
      const a = request.blocks['response A'] ?? '';
      const b = request.blocks['response B'] ?? '';
      if (request.itemId === 'item-003') return winner('A', 'The first one reads better.'); // position bias
      if (request.itemId === 'item-006' && a.startsWith('old')) return { content: 'A, clearly' };
      if (a.includes('better') && !b.includes('better')) return winner('A');
      if (b.includes('better') && !a.includes('better')) return winner('B');
      return winner('tie');
    },
  });
});
afterAll(() => server.close());

function baselineWith(outputs: Record<string, string>): BaselineRecord {
  return {
    items: Object.entries(outputs).map(([id, output]) => ({
      id,
      category: 'general',
      scores: {},
      outputHash: null,
      output,
      error: false,
    })),
  } as unknown as BaselineRecord;
}

describe('pairwise judging', () => {
  it('judges both orders, counts a win only when they agree, makes disagreement a tie, and reports a Wilson win rate', async () => {
    server.reset();
    const records = makeRecords(10);
    const outputs: Record<string, string> = {};
    for (const record of records) {
      record.output = `new better answer ${record.id}`;
      outputs[record.id] = `old answer ${record.id}`;
    }
    records[1]!.output = 'new answer item-002';
    outputs['item-002'] = 'old better answer item-002';
    records[3]!.output = 'same answer';
    outputs['item-004'] = 'same answer';
    delete outputs['item-005'];
    const config = judgeConfig({
      'base-url': server.url,
      model: 'judge-a',
      metrics: [],
      pairwise: {},
      'max-error-rate': 0.2,
    });
    const result = await judgeAndMerge(config, records, stageDeps({ baseline: baselineWith(outputs) }));
    const outcome = Object.fromEntries(records.map((record) => [record.id, record.judge!.pairwise!]));
    expect(outcome['item-001']).toMatchObject({
      status: 'judged',
      outcome: 'candidate',
      inconsistent: false,
    });
    expect(outcome['item-001']!.verdicts.map((v) => [v.order, v.winner])).toEqual([
      ['candidate-first', 'candidate'],
      ['other-first', 'candidate'],
    ]);
    expect(outcome['item-002']).toMatchObject({ outcome: 'other' });
    expect(outcome['item-003']).toMatchObject({ outcome: 'tie', inconsistent: true });
    expect(outcome['item-004']).toMatchObject({ status: 'identical', outcome: 'tie' });
    expect(outcome['item-005']).toMatchObject({ status: 'no_other' });
    expect(outcome['item-006']).toMatchObject({ status: 'error' });
    // Each compared item: two calls (one per order); none for identical or missing answers.
    const calls = (id: string) =>
      server.requests.filter((request) => readJudgeRequest(request.body!).itemId === id).length;
    expect([calls('item-001'), calls('item-004'), calls('item-005'), calls('item-006')]).toEqual([
      2, 0, 0, 3,
    ]);

    // The identical pair (item-004) is a tie known without the judge: reported apart, not in n.
    const report = result.report.pairwise!;
    expect(report).toMatchObject({
      n: 7,
      wins: 5,
      losses: 1,
      ties: 1,
      inconsistent: 1,
      identical: 1,
      noOther: 1,
      errors: 1,
      status: 'ok',
    });
    const expected = wilsonInterval(5, 7, 0.95);
    expect(report.winInterval!.lower).toBeCloseTo(expected.lower, 12);
    expect(report.winRate).toBe(5 / 7);
    expect(report.tieRate).toBe(1 / 7);
    const metrics = aggregate(records, judgeMetricSpecs(config), { perCategory: false });
    expect(metrics.win_rate).toMatchObject({ value: 5 / 7, n: 7 });
    expect(metrics.win_rate!.interval!.lower).toBeCloseTo(expected.lower, 12);
    expect(metrics.tie_rate!.value).toBe(1 / 7);
    expect(metrics.loss_rate!.value).toBe(1 / 7);
    expect(records[3]!.scores).not.toHaveProperty('win');
  });

  it('leaves identical answers out of n and of the error-rate base (issue 10 #6)', async () => {
    server.reset();
    const records = makeRecords(10);
    const outputs: Record<string, string> = {};
    for (const record of records) {
      record.output = `same answer ${record.id}`;
      outputs[record.id] = `same answer ${record.id}`;
    }
    // Two items really differ; the judge answers one of them unusably (twice): 1 error of 2 asked, 50%.
    records[0]!.output = 'new better answer item-001';
    records[5]!.output = 'new better answer item-006';
    outputs['item-006'] = 'old answer item-006';
    const config = judgeConfig({
      'base-url': server.url,
      model: 'judge-a',
      metrics: [],
      pairwise: {},
      'max-error-rate': 0.2,
    });
    const result = await judgeAndMerge(config, records, stageDeps({ baseline: baselineWith(outputs) }));
    expect(result.report.pairwise).toMatchObject({ n: 1, wins: 1, ties: 0, identical: 8, errors: 1 });
    expect(result.report.pairwise!.winRate).toBe(1);
    expect(result.report.pairwise!.status).toBe('inconclusive');
    expect(result.report.pairwise!.reasons.join(' ')).toMatch(
      /1 judge errors and 0 unjudged for budget of 2 \(50%/,
    );
    const metrics = aggregate(records, judgeMetricSpecs(config), { perCategory: false });
    expect(metrics.win_rate).toMatchObject({ value: 1, n: 1 });
  });

  it('can compare with a reference model’s answers from a file', async () => {
    server.reset();
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-pairwise-'));
    const records = makeRecords(10);
    await writeFile(
      path.join(dir, 'reference.jsonl'),
      records
        .map((record) => JSON.stringify({ id: record.id, response: `reference better answer ${record.id}` }))
        .join('\n'),
    );
    const config = judgeConfig(
      { 'base-url': server.url, model: 'judge-a', metrics: [], pairwise: { reference: 'reference.jsonl' } },
      dir,
    );
    expect(config.pairwise).toMatchObject({ against: 'reference' });
    const result = await judgeAndMerge(config, records, stageDeps());
    expect(result.report.pairwise).toMatchObject({
      against: 'reference',
      n: 10,
      losses: 9,
      ties: 1,
      inconsistent: 1,
      winRate: 0,
    });
  });

  it('is INCONCLUSIVE without a baseline, and a gate on win_rate cannot pass', async () => {
    const records = makeRecords(10);
    const config = judgeConfig({ 'base-url': server.url, model: 'judge-a', metrics: [], pairwise: {} });
    const result = await judgeAndMerge(config, records, stageDeps({ baseline: null }));
    expect(result.report.pairwise).toMatchObject({ status: 'inconclusive', n: 0, noOther: 10 });
    expect(result.report.pairwise!.reasons[0]).toMatch(/no baseline/);
    expect(result.inconclusiveMetrics.has('win_rate')).toBe(true);
    expect(records.every((record) => record.scores.judge_pairwise_win === undefined)).toBe(true);
  });
});
