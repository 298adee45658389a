// Runs and baselines built from per-item scores, for the comparison stage and the regression gate.
import type { BaselineItem, BaselineRecord, LoadedBaseline } from '../../src/baseline/types.js';
import type { RegressionGate } from '../../src/core/config.js';
import type { LoadedConfig } from '../../src/config/types.js';
import type { ItemRecord, MetricSpec, MetricsMap } from '../../src/core/types.js';
import { aggregate } from '../../src/pipeline/aggregate.js';

export const DATASET_HASH = 'a'.repeat(64);

export const accuracy: MetricSpec = {
  name: 'accuracy',
  kind: 'binary',
  higherIsBetter: true,
  description: 'answer equals the expected output',
  onError: 'fail',
};

export const judgeScore: MetricSpec = {
  name: 'judge_helpfulness',
  kind: 'continuous',
  higherIsBetter: true,
  description: 'judge score 1-5',
  onError: 'exclude',
};

export const latency: MetricSpec = {
  name: 'latency_ms',
  kind: 'continuous',
  higherIsBetter: false,
  description: 'latency',
  onError: 'exclude',
};

export const harm: MetricSpec = {
  name: 'harmful',
  kind: 'binary',
  higherIsBetter: false,
  description: 'answer is harmful',
  onError: 'fail',
};

const timeout = { stage: 'model' as const, kind: 'timeout' as const, message: 'timed out after 30 s' };

/** One scored item of a run; `error: true` makes it an error item (no output). */
export function item(
  id: string,
  scores: ItemRecord['scores'],
  options: { category?: string; error?: boolean; scenarioId?: string } = {},
): ItemRecord {
  return {
    id,
    category: options.category ?? 'general',
    input: `input ${id}`,
    expectedOutput: `expected ${id}`,
    output: options.error ? null : `output ${id}`,
    error: options.error ? timeout : undefined,
    scores,
    source: { file: 'bench.jsonl', line: Number(id.replace(/\D/g, '')) || 1 },
    scenarioId: options.scenarioId,
  };
}

/** Items `prefix1..prefixN` whose `metric` follows the paired 0/1 pattern: a both 1, b 1→0, c 0→1, d both 0. */
export function binaryPairs(
  metric: string,
  counts: { a: number; b: number; c: number; d: number },
  prefix = 'q',
  category?: string,
): { base: ItemRecord[]; next: ItemRecord[] } {
  const pattern: [number, number][] = [
    ...Array<[number, number]>(counts.a).fill([1, 1]),
    ...Array<[number, number]>(counts.b).fill([1, 0]),
    ...Array<[number, number]>(counts.c).fill([0, 1]),
    ...Array<[number, number]>(counts.d).fill([0, 0]),
  ];
  return {
    base: pattern.map(([value], i) => item(`${prefix}${i + 1}`, { [metric]: value }, { category })),
    next: pattern.map(([, value], i) => item(`${prefix}${i + 1}`, { [metric]: value }, { category })),
  };
}

/** Items `prefix1..prefixN` with one continuous metric, base and new values given per item. */
export function continuousPairs(
  metric: string,
  base: readonly (number | null)[],
  next: readonly (number | null)[],
  prefix = 'q',
): { base: ItemRecord[]; next: ItemRecord[] } {
  return {
    base: base.map((value, i) => item(`${prefix}${i + 1}`, { [metric]: value })),
    next: next.map((value, i) => item(`${prefix}${i + 1}`, { [metric]: value })),
  };
}

export function metricsOf(
  records: readonly ItemRecord[],
  specs: readonly MetricSpec[],
  perCategory = false,
): MetricsMap {
  return aggregate(records, specs, { perCategory });
}

/** A stored baseline of `records`, the way an accepted run leaves it (per-item scores and aggregates). */
export function baselineOf(
  records: readonly ItemRecord[],
  specs: readonly MetricSpec[],
  extra: Partial<BaselineRecord> & { perCategory?: boolean } = {},
): LoadedBaseline {
  const { perCategory = false, ...fields } = extra;
  const metrics = metricsOf(records, specs, perCategory);
  const items: BaselineItem[] = records.map((record) => ({
    id: record.id,
    category: record.category,
    scores: record.scores,
    outputHash: null,
    output: record.output,
    error: record.error !== undefined,
  }));
  return {
    origin: 'baselines/test/baseline.json',
    record: {
      kind: 'evalgate-baseline',
      schemaVersion: 1,
      evalgateVersion: '0.1.0',
      name: 'test',
      createdAt: '2026-01-01T00:00:00.000Z',
      gitSha: 'abc123',
      datasetHash: DATASET_HASH,
      configHash: 'c'.repeat(64),
      judge: null,
      metricSpecs: [...specs],
      items,
      aggregates: Object.fromEntries(
        Object.entries(metrics).map(([name, metric]) => [
          name,
          { value: metric.value, n: metric.n, kind: metric.kind, higherIsBetter: metric.higherIsBetter },
        ]),
      ),
      ...fields,
    },
  };
}

export function regressionGate(metric: string, extra: Partial<RegressionGate> = {}): RegressionGate {
  return {
    type: 'regression',
    name: `no regression in ${metric}`,
    metric,
    margin: 0.03,
    severity: 'blocking',
    onInconclusive: 'warn',
    ...extra,
  };
}

export type CompareConfig = Pick<LoadedConfig, 'gates' | 'regression' | 'configFile'>;

export function compareConfig(
  gates: RegressionGate[] = [],
  regression: Partial<LoadedConfig['regression']> = {},
): CompareConfig {
  return {
    configFile: '/repo/evalgate.yml',
    gates,
    regression: {
      baselineDir: '.evalgate/baselines',
      alpha: 0.05,
      requireSameDataset: false,
      requireBaseline: 'auto',
      ...regression,
    },
  };
}
