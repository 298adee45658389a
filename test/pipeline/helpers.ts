import type { ItemRecord, MetricSpec } from '../../src/core/types.js';

export const accuracySpec: MetricSpec = {
  name: 'accuracy',
  kind: 'binary',
  higherIsBetter: true,
  description: 'answer equals the expected output',
  onError: 'fail',
};

export const latencySpec: MetricSpec = {
  name: 'latency_ms',
  kind: 'continuous',
  higherIsBetter: false,
  description: 'latency',
  onError: 'exclude',
};

export function record(
  id: string,
  category: string,
  scores: ItemRecord['scores'],
  extra: Partial<ItemRecord> = {},
): ItemRecord {
  return {
    id,
    category,
    input: `input ${id}`,
    expectedOutput: `expected ${id}`,
    output: extra.error ? null : `output ${id}`,
    scores,
    source: { file: 'bench.json', line: Number(id.replace(/\D/g, '')) || 1 },
    ...extra,
  };
}
