import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';
import {
  checkShardSpec,
  itemsOfShard,
  jumpConsistentHash,
  parseShardSpec,
  partitionKey,
  shardFileName,
  shardOfItem,
  shardOfKey,
} from '../../src/shard/index.js';
import { UserError } from '../../src/core/errors.js';
import { taskApi } from './helpers.js';

describe('parseShardSpec', () => {
  it('reads "i/n"', () => {
    expect(parseShardSpec('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
    expect(parseShardSpec('04/10')).toEqual({ index: 4, total: 10 });
    expect(shardFileName({ index: 2, total: 4 })).toBe('shard-2-of-4.json');
  });

  it.each([
    ['2-4', /"2-4" is not a shard: expected "i\/n"/],
    ['2', /is not a shard/],
    ['a/b', /is not a shard/],
    ['-1/4', /is not a shard/],
    ['1.5/4', /is not a shard/],
    ['', /is not a shard/],
    ['0/4', /shard 0 of 4 does not exist: shards are numbered 1 to 4/],
    ['5/4', /shard 5 of 4 does not exist/],
    ['1/0', /number of shards must be a whole number of at least 1/],
  ])('rejects %j with a clear error', (text, message) => {
    let caught: unknown;
    try {
      parseShardSpec(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).describe()).toMatch(message);
    expect((caught as UserError).describe()).toContain('--shard');
  });

  it('checks the numeric form the API takes', () => {
    expect(() => checkShardSpec({ index: 3, total: 2 })).toThrow(/does not exist/);
    expect(() => checkShardSpec({ index: 1.5, total: 2 })).toThrow(/does not exist/);
    expect(checkShardSpec({ index: 2, total: 2 })).toEqual({ index: 2, total: 2 });
  });
});

describe('the partition', () => {
  const keys = Array.from({ length: 10_000 }, (_, index) => `item-${index}`);

  it('is pinned: these assignments must not change between versions (merges check the scheme)', () => {
    expect(
      ['ta-001', 'ta-002', 'ta-003', 'ta-150', 'greet-then-create'].map((key) => shardOfKey(key, 4)),
    ).toEqual(PINNED);
    // As documented: 1 + jump(first 8 bytes of sha256(key), n).
    for (const key of ['ta-001', 'x', 'scenario-1']) {
      const h = BigInt(`0x${createHash('sha256').update(key).digest('hex').slice(0, 16)}`);
      expect(shardOfKey(key, 7)).toBe(jumpConsistentHash(h, 7) + 1);
    }
    expect(jumpConsistentHash(0n, 1000)).toBe(0);
    for (let key = 1n; key < 50n; key++) expect(jumpConsistentHash(key * 0x9e3779b97f4a7c15n, 1)).toBe(0);
  });

  it('puts every key in exactly one shard, 1..n, evenly', () => {
    for (const total of [1, 2, 3, 4, 7, 16]) {
      const counts = new Array<number>(total + 2).fill(0);
      for (const key of keys) counts[Math.min(Math.max(shardOfKey(key, total), 0), total + 1)]!++;
      expect(counts[0]).toBe(0);
      expect(counts[total + 1]).toBe(0);
      const expected = keys.length / total;
      const spread = counts.slice(1, total + 1).map((count) => Math.abs(count - expected) / expected);
      expect(Math.max(...spread)).toBeLessThan(0.08);
    }
  });

  it('moves a key only into the new shard when the split grows (jump consistent hash)', () => {
    const hashes = keys.map((key) =>
      BigInt(`0x${createHash('sha256').update(key).digest('hex').slice(0, 16)}`),
    );
    for (let total = 1; total < 12; total++) {
      let moved = 0;
      let elsewhere = 0;
      for (const h of hashes) {
        const before = jumpConsistentHash(h, total);
        const after = jumpConsistentHash(h, total + 1);
        if (after === before) continue;
        moved++;
        if (after !== total) elsewhere++;
      }
      expect(elsewhere).toBe(0);
      expect(Math.abs(moved / keys.length - 1 / (total + 1))).toBeLessThan(0.02);
    }
  });

  it('splits the Task API benchmark into disjoint shards that cover it, in dataset order', async () => {
    const dataset = await loadDataset(
      { path: taskApi.benchmark, format: 'auto', fields: DEFAULT_FIELDS },
      '/',
    );
    const parts = [1, 2, 3, 4].map((index) => itemsOfShard(dataset.items, { index, total: 4 }));
    const ids = parts.flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(dataset.items.length);
    expect(ids).toHaveLength(dataset.items.length);
    for (const [position, part] of parts.entries()) {
      expect(part.length).toBeGreaterThan(0);
      for (const item of part) expect(shardOfItem(item, 4)).toBe(position + 1);
      const order = part.map((item) => dataset.items.indexOf(item));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // Independent of the other items: a shuffled copy splits the same way.
    const shuffled = [...dataset.items].reverse();
    expect(
      itemsOfShard(shuffled, { index: 3, total: 4 })
        .map((item) => item.id)
        .sort(),
    ).toEqual(parts[2]!.map((item) => item.id).sort());
  });

  it('keeps the turns of a multi-turn scenario together', async () => {
    const dataset = await loadDataset(
      { path: taskApi.scenarios, format: 'auto', fields: DEFAULT_FIELDS },
      '/',
    );
    const scenarios = new Set(dataset.items.map((item) => item.conversation?.scenarioId));
    expect(scenarios.size).toBeGreaterThan(1);
    expect(dataset.items.length).toBeGreaterThan(scenarios.size);
    for (const total of [2, 3, 4, 5]) {
      for (const item of dataset.items) {
        expect(partitionKey(item)).toBe(item.conversation!.scenarioId);
        expect(shardOfItem(item, total)).toBe(shardOfKey(item.conversation!.scenarioId, total));
      }
    }
  });
});

const PINNED = [1, 4, 3, 3, 1];
