import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { clusteredMean, describeClustering, tInterval, wilsonInterval } from '../../src/stats/index.js';
import { accuracySpec, latencySpec, record } from './helpers.js';

const error = { stage: 'model' as const, kind: 'timeout' as const, message: 'timed out' };

describe('aggregate', () => {
  const records = [
    record('a1', 'x', { accuracy: 1, latency_ms: 100 }),
    record('a2', 'x', { accuracy: 0, latency_ms: 300 }),
    record('a3', 'y', { accuracy: 1, latency_ms: 200 }),
    record('a4', 'y', { accuracy: null, latency_ms: 400 }),
    record('a5', 'y', { accuracy: 0 }, { error }),
  ];
  const metrics = aggregate(records, [accuracySpec, latencySpec], { perCategory: true });

  it('computes rates with n, N/A and error counts and a Wilson interval', () => {
    const accuracy = metrics.accuracy!;
    expect(accuracy.value).toBeCloseTo(2 / 4, 12);
    expect(accuracy.n).toBe(4);
    expect(accuracy.naCount).toBe(1);
    expect(accuracy.errorCount).toBe(1);
    expect(accuracy.interval?.method).toBe('wilson');
    expect(accuracy.interval!.lower).toBeGreaterThan(0);
    expect(accuracy.interval!.upper).toBeLessThan(1);
  });

  it('counts error items in error_rate', () => {
    expect(metrics.error_rate!.value).toBeCloseTo(1 / 5, 12);
    expect(metrics.error_rate!.n).toBe(5);
    expect(metrics.error_rate!.higherIsBetter).toBe(false);
  });

  it('leaves error items out of latency and gives quantiles', () => {
    expect(metrics.latency_ms_mean!.value).toBeCloseTo(250, 12);
    expect(metrics.latency_ms_mean!.n).toBe(4);
    expect(metrics.latency_ms_mean!.errorCount).toBe(1);
    expect(metrics.latency_p50_ms!.value).toBeCloseTo(250, 12);
    expect(metrics.latency_max_ms!.value).toBe(400);
    expect(metrics.latency_p95_ms!.value).toBeGreaterThan(350);
  });

  it('aggregates per category', () => {
    expect(metrics['accuracy@x']!.value).toBeCloseTo(0.5, 12);
    expect(metrics['accuracy@x']!.category).toBe('x');
    expect(metrics['accuracy@y']!.n).toBe(2);
    expect(metrics['accuracy@y']!.value).toBeCloseTo(0.5, 12);
    expect(metrics['error_rate@y']!.value).toBeCloseTo(1 / 3, 12);
  });

  it('gives no value when nothing could be scored', () => {
    const empty = aggregate([record('b1', 'x', { accuracy: null })], [accuracySpec], { perCategory: false });
    expect(empty.accuracy!.value).toBeNull();
    expect(empty.accuracy!.interval).toBeUndefined();
  });

  it('builds a weighted composite', () => {
    const withComposite = aggregate(records, [accuracySpec, latencySpec], {
      perCategory: false,
      composite: { name: 'quality', weights: { accuracy: 3, error_rate: 1 } },
    });
    expect(withComposite.quality!.value).toBeCloseTo((3 * 0.5 + 1 * 0.2) / 4, 12);
  });

  it('widens the intervals of items that share a scenario (turns of one conversation)', () => {
    const turns = [
      // scenario, accuracy, latency
      ['s1', 1, 100],
      ['s1', 1, 120],
      ['s1', 1, 110],
      ['s2', 0, 300],
      ['s2', 0, 280],
      ['s3', 1, 90],
      [undefined, 0, 200],
      ['s4', 1, 150],
      ['s4', 0, 500],
    ] as const;
    const clustered = turns.map(([scenarioId, accuracy, latency], index) =>
      record(`c${index + 1}`, index < 5 ? 'x' : 'y', { accuracy, latency_ms: latency }, { scenarioId }),
    );
    const result = aggregate(clustered, [accuracySpec, latencySpec], { perCategory: true });
    const clusters = turns.map(([scenario]) => scenario);

    const accuracy = clusteredMean(
      turns.map(([, value]) => value),
      clusters,
    );
    const inflation = Math.max(accuracy.designEffect, 1);
    const wilson = wilsonInterval(5 / inflation, 9 / inflation);
    expect(result.accuracy).toMatchObject({ value: 5 / 9, n: 9 });
    expect(result.accuracy!.interval).toEqual({
      lower: wilson.lower,
      upper: wilson.upper,
      level: 0.95,
      method: `wilson (${describeClustering(accuracy.clusters, accuracy.designEffect)})`,
    });

    const latency = clusteredMean(
      turns.map(([, , value]) => value),
      clusters,
    );
    const t = tInterval(latency.mean, latency.se, latency.df, 0.95);
    expect(result.latency_ms_mean!.value).toBe(latency.mean);
    expect(result.latency_ms_mean!.interval).toEqual({
      lower: t.lower,
      upper: t.upper,
      level: 0.95,
      method: `cluster-robust t (${describeClustering(latency.clusters, latency.designEffect)})`,
    });
    // Each category is clustered on its own: x holds the turns of s1 and s2, y those of s3 and s4 and a lone item.
    expect(result['accuracy@x']!.interval!.method).toMatch(/^wilson \(clustered by scenario: 2 clusters/);
    expect(result['accuracy@y']!.interval!.method).toMatch(/^wilson \(clustered by scenario: 3 clusters/);
    expect(result['latency_p50_ms@x']!.value).toBe(120);
  });
});
