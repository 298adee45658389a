import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectForJudge } from '../../src/judge/sample.js';
import { makeRecords } from './helpers.js';

const vectors = JSON.parse(readFileSync('/work/shared/reference/stats-vectors.json', 'utf8')) as {
  hash_sampling: { seed: string; sample: string[]; first_key_prefix: string }[];
};

const sampling = (extra: Partial<Parameters<typeof selectForJudge>[1]> = {}) => ({
  rate: 0.1,
  minSample: 10,
  seed: 'judge-v1',
  includeFailed: false,
  judgeAll: false,
  minPerCategory: 0,
  ...extra,
});

describe('which items the judge scores', () => {
  it('matches the reference hash-sampling vector (120 items, seed judge-v1, k = 12)', () => {
    const vector = vectors.hash_sampling[0]!;
    const records = makeRecords(120);
    const selection = selectForJudge(records, sampling({ seed: vector.seed }), {
      budgetCap: 1000,
      specs: [],
    });
    expect(selection.sample.map((index) => records[index]!.id)).toEqual(vector.sample);
    expect(selection).toMatchObject({ wanted: 12, budgetLimited: false });
  });

  it('takes 10%, at least 10, never more than N', () => {
    const size = (n: number) =>
      selectForJudge(makeRecords(n), sampling(), { budgetCap: 1e9, specs: [] }).sample.length;
    expect([5, 10, 50, 100, 101, 300, 1319].map(size)).toEqual([5, 10, 10, 10, 11, 30, 132]);
  });

  it('is stratified by category in proportion (largest remainder), lowest keys within each', () => {
    const records = makeRecords(200, ['a', 'a', 'a', 'b', 'c']); // 120 a, 40 b, 40 c
    const selection = selectForJudge(records, sampling(), { budgetCap: 1e9, specs: [] });
    expect(selection.allocation).toEqual([
      { stratum: 'a', population: 120, sampled: 12 },
      { stratum: 'b', population: 40, sampled: 4 },
      { stratum: 'c', population: 40, sampled: 4 },
    ]);
    const categories = selection.sample.map((index) => records[index]!.category);
    expect(categories.filter((category) => category === 'b')).toHaveLength(4);
  });

  it('judges the same items on a rerun, and adding items barely moves the sample', () => {
    const records = makeRecords(100);
    const first = selectForJudge(records, sampling(), { budgetCap: 1e9, specs: [] }).sample.map(
      (i) => records[i]!.id,
    );
    expect(
      selectForJudge(records, sampling(), { budgetCap: 1e9, specs: [] }).sample.map((i) => records[i]!.id),
    ).toEqual(first);
    const more = [...records, ...makeRecords(9, ['general'], 'extra')];
    const second = selectForJudge(more, sampling(), { budgetCap: 1e9, specs: [] }).sample.map(
      (i) => more[i]!.id,
    );
    const kept = second.filter((id) => first.includes(id)).length;
    expect(second).toHaveLength(11);
    expect(kept).toBeGreaterThanOrEqual(first.length - 2);
    const reseeded = selectForJudge(records, sampling({ seed: 'judge-v2' }), {
      budgetCap: 1e9,
      specs: [],
    }).sample.map((i) => records[i]!.id);
    expect(reseeded).not.toEqual(first);
  });

  it('is capped by the budget, and says so', () => {
    const selection = selectForJudge(makeRecords(300), sampling(), { budgetCap: 7.9, specs: [] });
    expect(selection).toMatchObject({ wanted: 30, budgetCap: 7, budgetLimited: true });
    expect(selection.sample).toHaveLength(7);
  });

  it('judges everything with judge-all, and adds failed items apart from the sample with include-failed', () => {
    const records = makeRecords(50);
    expect(
      selectForJudge(records, sampling({ judgeAll: true }), { budgetCap: 1e9, specs: [] }).sample,
    ).toHaveLength(50);
    records.forEach((record, index) => (record.scores.accuracy = index % 5 === 0 ? 0 : 1));
    records[1]!.output = null;
    records[1]!.error = { stage: 'model', kind: 'timeout', message: 'x' };
    const spec = {
      name: 'accuracy',
      kind: 'binary' as const,
      higherIsBetter: true,
      description: '',
      onError: 'fail' as const,
    };
    const selection = selectForJudge(records, sampling({ includeFailed: true }), {
      budgetCap: 1e9,
      specs: [spec],
    });
    const failedIds = new Set(records.filter((r, i) => i % 5 === 0 || i === 1).map((record) => record.id));
    const sampled = new Set(selection.sample);
    expect(selection.failed.every((index) => failedIds.has(records[index]!.id) && !sampled.has(index))).toBe(
      true,
    );
    expect(
      selection.failed.length + selection.sample.filter((i) => failedIds.has(records[i]!.id)).length,
    ).toBe(failedIds.size);
    // ...within the budget cap.
    const capped = selectForJudge(records, sampling({ includeFailed: true }), {
      budgetCap: 12,
      specs: [spec],
    });
    expect(capped.sample.length + capped.failed.length).toBe(12);
  });
});
