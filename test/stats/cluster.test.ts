import { describe, expect, it } from 'vitest';
import type { RegressionGate } from '../../src/core/config.js';
import type { ItemRecord } from '../../src/core/types.js';
import { compareWithBaseline } from '../../src/compare/compare.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import {
  clusteredMean,
  compareBinaryPaired,
  compareContinuousPaired,
  createRng,
  hasSharedClusters,
} from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

describe('clusteredMean', () => {
  it('computes the cluster-robust SE with C/(C − 1) and the design effect (worked example)', () => {
    // Mean 0.5; cluster sums of the residuals 0, 1, −1: SE = √(3/2 · 2)/6; independent SE = √(0.3/6).
    const result = clusteredMean([1, 0, 1, 1, 0, 0], ['a', 'a', 'b', 'b', 'c', 'c']);
    expectClose(result.se, Math.sqrt(3) / 6, 1e-12);
    expectClose(result.seIndependent, Math.sqrt(0.05), 1e-12);
    expectClose(result.designEffect, 3 / 36 / 0.05, 1e-12);
    expect(result).toMatchObject({ clusters: 3, df: 2, n: 6 });
  });

  it('equals s/√n with singleton clusters', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const result = clusteredMean(values);
    expectClose(result.se, result.seIndependent, 1e-12);
    expectClose(result.designEffect, 1, 1e-12);
    expect(hasSharedClusters(['a', 'b', undefined, undefined])).toBe(false);
    expect(hasSharedClusters(['a', 'b', 'a'])).toBe(true);
  });
});

/** 40 scenarios of 5 turns whose per-turn changes share a scenario effect (ICC about 0.6). */
function multiTurn(seed: number): { base: number[]; next: number[]; scenario: string[] } {
  const rng = createRng(seed);
  const base: number[] = [];
  const next: number[] = [];
  const scenario: string[] = [];
  let shared = 0;
  for (let i = 0; i < 200; i++) {
    if (i % 5 === 0) shared = rng.next() - 0.5;
    const b = 3 + rng.next();
    base.push(b);
    next.push(b + shared + 0.4 * (rng.next() - 0.5));
    scenario.push(`s${Math.floor(i / 5)}`);
  }
  return { base, next, scenario };
}

describe('clustered comparisons', () => {
  it('widens a continuous comparison by the design effect and says so', () => {
    const { base, next, scenario } = multiTurn(5);
    const plain = compareContinuousPaired(base, next, { margin: 0.1 });
    const clustered = compareContinuousPaired(base, next, { margin: 0.1 }, scenario);
    expect(clustered.method).toBe('paired cluster bootstrap-t ∪ t');
    expect(clustered.clusters).toBe(40);
    expect(clustered.designEffect).toBeGreaterThan(2);
    expect(clustered.notes.join(' ')).toMatch(/clustered by scenario: 40 clusters, design effect \d/);
    const width = (stat: typeof plain) => stat.ciGate.upper - stat.ciGate.lower;
    expect(width(clustered) / width(plain)).toBeGreaterThan(1.3);
    expect(clustered.mde / plain.mde).toBeGreaterThan(1.3);
    expect(clustered.pDifferenceMethod).toBe('cluster-robust t');
  });

  it('clusters a paired rate by scenario', () => {
    const rng = createRng(8);
    const base: number[] = [];
    const next: number[] = [];
    const scenario: string[] = [];
    let flips = false;
    for (let i = 0; i < 300; i++) {
      if (i % 5 === 0) flips = rng.next() < 0.3;
      base.push(1);
      next.push(flips && rng.next() < 0.8 ? 0 : 1);
      scenario.push(`s${Math.floor(i / 5)}`);
    }
    const stat = compareBinaryPaired(base, next, { margin: 0.05 }, scenario);
    expect(stat.method).toBe('paired cluster-robust (t on clusters) ∪ cluster bootstrap-t');
    expect(stat.designEffect).toBeGreaterThan(2);
    expect(stat.pDifferenceMethod).toBe('cluster-robust t');
    const plain = compareBinaryPaired(base, next, { margin: 0.05 });
    expect(stat.ciGate.upper - stat.ciGate.lower).toBeGreaterThan(
      1.3 * (plain.ciGate.upper - plain.ciGate.lower),
    );
  });

  it('compareWithBaseline clusters multi-turn items by scenario id; aggregate reports the design effect', () => {
    const { base, next, scenario } = multiTurn(11);
    const spec = {
      name: 'score',
      kind: 'continuous' as const,
      higherIsBetter: true,
      description: 'score',
      onError: 'exclude' as const,
    };
    const recordsOf = (values: number[]): ItemRecord[] =>
      values.map((value, i) => ({
        id: `${scenario[i]}#${i % 5}`,
        category: 'all',
        input: '',
        output: '',
        scores: { score: value },
        source: { file: 'scenarios.yaml', line: i + 1 },
        scenarioId: scenario[i],
        turn: i % 5,
      }));
    const baseRecords = recordsOf(base);
    const newRecords = recordsOf(next);
    const metrics = aggregate(newRecords, [spec], { perCategory: false });
    expect(metrics.score_mean!.interval!.method).toMatch(
      /^cluster-robust t \(clustered by scenario: 40 clusters, design effect \d/,
    );
    const gate: RegressionGate = {
      type: 'regression',
      name: 'g',
      metric: 'score_mean',
      margin: 0.1,
      severity: 'blocking',
      onInconclusive: 'block',
    };
    const comparison = compareWithBaseline(
      {
        origin: 'test',
        record: {
          kind: 'evalgate-baseline',
          schemaVersion: 1,
          evalgateVersion: 'test',
          name: 'test',
          createdAt: '2026-01-01T00:00:00.000Z',
          datasetHash: 'h',
          configHash: 'c',
          judge: null,
          metricSpecs: [spec],
          items: baseRecords.map((record) => ({
            id: record.id,
            category: record.category,
            scores: record.scores,
            outputHash: null,
            output: null,
            error: false,
          })),
          aggregates: aggregate(baseRecords, [spec], { perCategory: false }),
        },
      },
      newRecords,
      metrics,
      'h',
      {
        gates: [gate],
        regression: { baselineDir: '.', alpha: 0.05, requireSameDataset: true, requireBaseline: 'auto' },
        configFile: 'c.yml',
      },
    );
    const row = comparison.rows.find((candidate) => candidate.metric === 'score_mean')!;
    expect(row.stat!.method).toBe('paired cluster bootstrap-t ∪ t');
    expect(row.stat!.clusters).toBe(40);
    expect(row.stat!.designEffect).toBeGreaterThan(2);
  });
});
