// A small Report built in code, for the unit tests of the GitHub modules.
import type { MetricValue } from '../../src/core/types.js';
import type { GateResult } from '../../src/core/gates.js';
import type { Report } from '../../src/core/report.js';

export function rate(name: string, value: number | null, interval?: [number, number]): MetricValue {
  return {
    name,
    base: name,
    kind: 'rate',
    value,
    n: 300,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: true,
    description: name,
    ...(interval
      ? { interval: { lower: interval[0], upper: interval[1], level: 0.95, method: 'wilson' } }
      : {}),
  };
}

export function failingGate(
  name: string,
  effect: 'block' | 'warn',
  items: number,
  output = 'wrong answer',
): GateResult {
  const metric = rate('accuracy', 0.8, [0.75, 0.84]);
  return {
    gate: {
      type: 'threshold',
      name,
      metric: 'accuracy',
      op: '>=',
      threshold: 0.85,
      severity: effect === 'block' ? 'blocking' : 'warning',
      line: 30,
    },
    status: 'fail',
    effect,
    metric,
    explanation: `accuracy is 80%, needs >= 85%; ${items} items failed.`,
    failingItems: Array.from({ length: items }, (_, index) => ({
      id: `ta-${index + 1}`,
      category: 'list_tasks',
      source: { file: 'evals/benchmark.json', line: 10 + index * 7 },
      value: 0,
      output,
      expected: '{"action":"list_tasks"}',
    })),
    failingCount: items,
  };
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    evalgateVersion: '0.1.0',
    name: 'task-api',
    decision: 'deploy',
    headline: 'DEPLOY: 1 of 1 gates passed.',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    durationMs: 1000,
    config: { file: 'evals/evalgate.yml', hash: 'c'.repeat(64) },
    dataset: {
      file: 'evals/benchmark.json',
      format: 'json',
      hash: 'd'.repeat(64),
      items: 300,
      categories: ['list_tasks'],
    },
    source: {
      kind: 'precomputed',
      description: 'responses.jsonl',
      stats: {} as Report['source']['stats'],
      unmatchedResponseIds: [],
      droppedDuplicates: [],
    },
    metricSpecs: [],
    metrics: {
      accuracy: rate('accuracy', 0.94, [0.907, 0.962]),
      latency_p95_ms: { ...rate('latency_p95_ms', null), kind: 'quantile' },
    },
    judge: { status: 'skipped', reason: 'no judge configured' },
    comparison: {
      status: 'skipped',
      reason: 'no baseline yet.',
      statistical: false,
      alpha: 0.05,
      categoryWarnings: [],
      paired: 0,
      missingInBaseline: [],
      missingInRun: [],
      rows: [],
      warnings: [],
    },
    gates: [],
    warnings: [],
    timings: [],
    items: [],
    ...overrides,
  };
}
