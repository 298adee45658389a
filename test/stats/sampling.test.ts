import { describe, expect, it } from 'vitest';
import {
  allocateProportional,
  hashOrder,
  hashSample,
  samplingKey,
  sampleSize,
  stratifiedHashSample,
} from '../../src/stats/index.js';

const ids = (count: number, prefix = 'item') =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);

describe('sampleSize', () => {
  it('is min(max(min, ⌈rate·N⌉), N, cap)', () => {
    expect(sampleSize(120)).toBe(12);
    expect(sampleSize(50)).toBe(10);
    expect(sampleSize(5)).toBe(5);
    expect(sampleSize(0)).toBe(0);
    expect(sampleSize(130)).toBe(13);
    expect(sampleSize(131)).toBe(14);
    expect(sampleSize(1000, 0.1, 10, 40)).toBe(40);
    expect(sampleSize(1000, 0.2, 10)).toBe(200);
    expect(sampleSize(70, 0.1, 10, 5)).toBe(5);
    expect(() => sampleSize(10, 1.5)).toThrow(RangeError);
  });
});

describe('hash sampling', () => {
  it('orders by the hex SHA-256 of seed:id', () => {
    expect(samplingKey('judge-v1', 'item-058').startsWith('039a92368453acad')).toBe(true);
    const order = hashOrder(ids(20), 'judge-v1');
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.key <= order[i]!.key).toBe(true);
  });

  it('is stable: adding items never reorders the others, and a superset sample keeps the lowest keys', () => {
    const small = hashOrder(ids(100), 's').map((entry) => entry.id);
    const large = hashOrder(ids(150), 's').map((entry) => entry.id);
    expect(large.filter((id) => small.includes(id))).toEqual(small);
    const sample = hashSample(ids(150), { seed: 's', size: 15 });
    expect(sample.ids).toEqual(large.slice(0, 15));
    expect(hashSample(ids(150), { seed: 't', size: 15 }).ids).not.toEqual(sample.ids);
  });

  it('honours size, cap and empty input', () => {
    expect(hashSample([], { seed: 'x' })).toMatchObject({ ids: [], firstKey: null, size: 0 });
    expect(hashSample(ids(500), { seed: 'x', cap: 20 }).size).toBe(20);
    expect(hashSample(ids(5), { seed: 'x', size: 10 }).size).toBe(5);
  });
});

describe('stratified sampling', () => {
  it('allocates by largest remainder with ties by name', () => {
    const populations = new Map([
      ['b', 10],
      ['a', 10],
      ['c', 10],
    ]);
    // 10·10/30 = 3.33 each: one leftover unit, tie on the remainder, goes to 'a'.
    expect(allocateProportional(populations, 10).map((s) => s.sampled)).toEqual([4, 3, 3]);
    const uneven = new Map([
      ['x', 50],
      ['y', 30],
      ['z', 20],
    ]);
    expect(allocateProportional(uneven, 10).map((s) => s.sampled)).toEqual([5, 3, 2]);
    expect(allocateProportional(uneven, 7).map((s) => s.sampled)).toEqual([4, 2, 1]);
  });

  it('guarantees a minimum per stratum and never exceeds a stratum', () => {
    const populations = new Map([
      ['big', 95],
      ['small', 3],
      ['tiny', 2],
    ]);
    expect(allocateProportional(populations, 10).map((s) => s.sampled)).toEqual([10, 0, 0]);
    const guaranteed = allocateProportional(populations, 10, 2);
    expect(guaranteed.map((s) => s.sampled)).toEqual([6, 2, 2]);
    const capped = allocateProportional(populations, 10, 5);
    expect(capped.map((s) => s.sampled)).toEqual([5, 3, 2]);
    expect(allocateProportional(new Map([['only', 4]]), 4)[0]!.sampled).toBe(4);
  });

  it('takes the lowest-hash items within each stratum', () => {
    const items = [
      ...ids(60, 'qa').map((id) => ({ id, stratum: 'qa' })),
      ...ids(40, 'math').map((id) => ({ id, stratum: 'math' })),
    ];
    const sample = stratifiedHashSample(items, { seed: 'judge-v1' });
    expect(sample.size).toBe(10);
    expect(sample.allocation).toEqual([
      { stratum: 'math', population: 40, sampled: 4 },
      { stratum: 'qa', population: 60, sampled: 6 },
    ]);
    const lowestMath = hashOrder(ids(40, 'math'), 'judge-v1')
      .slice(0, 4)
      .map((entry) => entry.id);
    expect(sample.ids.filter((id) => id.startsWith('math'))).toEqual(expect.arrayContaining(lowestMath));
    const keys = sample.ids.map((id) => samplingKey('judge-v1', id));
    expect([...keys].sort()).toEqual(keys);
  });
});
