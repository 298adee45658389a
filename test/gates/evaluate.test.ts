import { describe, expect, it } from 'vitest';
import type { ThresholdGate } from '../../src/core/config.js';
import { evaluateThresholdGate } from '../../src/gates/evaluate.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { decide } from '../../src/pipeline/run.js';
import { accuracySpec, record } from '../pipeline/helpers.js';

function gate(partial: Partial<ThresholdGate>): ThresholdGate {
  return {
    type: 'threshold',
    name: 'g',
    metric: 'accuracy',
    op: '>=',
    threshold: 0.8,
    severity: 'blocking',
    ...partial,
  };
}

const error = {
  stage: 'model' as const,
  kind: 'missing_response' as const,
  message: 'no response for id i4',
};
const records = [
  record('i1', 'x', { accuracy: 1 }),
  record('i2', 'x', { accuracy: 0 }),
  record('i3', 'y', { accuracy: 1 }),
  record('i4', 'y', { accuracy: 0 }, { error }),
  record('i5', 'y', { accuracy: 1 }),
];
const metrics = aggregate(records, [accuracySpec], { perCategory: true });

describe('threshold gates', () => {
  it('fails a blocking gate, explains it and lists the failing items', () => {
    const result = evaluateThresholdGate(gate({}), metrics, records, 10);
    expect(result.status).toBe('fail');
    expect(result.effect).toBe('block');
    expect(result.explanation).toContain('accuracy is 60%');
    expect(result.explanation).toContain('n=5');
    expect(result.explanation).toContain('1 error item');
    expect(result.explanation).toContain('needs >= 80%');
    expect(result.explanation).toContain('95% CI');
    expect(result.failingCount).toBe(2);
    expect(result.failingItems.map((item) => item.id)).toEqual(['i2', 'i4']);
    expect(result.failingItems[1]!.error).toBe('no response for id i4');
    expect(result.failingItems[0]!.source).toEqual({ file: 'bench.json', line: 2 });
  });

  it('limits the failing items shown', () => {
    expect(evaluateThresholdGate(gate({}), metrics, records, 1).failingItems).toHaveLength(1);
  });

  it('passes when the comparison holds, for every operator', () => {
    const cases: [ThresholdGate['op'], number, boolean][] = [
      ['>=', 0.6, true],
      ['>', 0.6, false],
      ['<=', 0.6, true],
      ['<', 0.6, false],
      ['==', 0.6, true],
      ['==', 0.61, false],
    ];
    for (const [op, threshold, passes] of cases) {
      expect(
        evaluateThresholdGate(gate({ op, threshold }), metrics, records, 10).status,
        `${op} ${threshold}`,
      ).toBe(passes ? 'pass' : 'fail');
    }
  });

  it('makes a failed warning gate warn, not block', () => {
    const result = evaluateThresholdGate(gate({ severity: 'warning' }), metrics, records, 10);
    expect(result.effect).toBe('warn');
    expect(decide([result])).toBe('deploy');
    expect(decide([result, evaluateThresholdGate(gate({}), metrics, records, 10)])).toBe('block');
  });

  it('restricts failing items of a per-category gate to the category', () => {
    const result = evaluateThresholdGate(
      gate({ metric: 'accuracy@y', threshold: 0.9 }),
      metrics,
      records,
      10,
    );
    expect(result.failingItems.map((item) => item.id)).toEqual(['i4']);
  });

  it('fails a gate whose metric has no value', () => {
    const none = aggregate([record('n1', 'x', { accuracy: null })], [accuracySpec], { perCategory: false });
    const result = evaluateThresholdGate(gate({}), none, [], 10);
    expect(result.status).toBe('fail');
    expect(result.explanation).toContain('has no value');
  });

  it('lists error items for an error_rate gate', () => {
    const result = evaluateThresholdGate(
      gate({ metric: 'error_rate', op: '<=', threshold: 0.1 }),
      metrics,
      records,
      10,
    );
    expect(result.status).toBe('fail');
    expect(result.failingItems.map((item) => item.id)).toEqual(['i4']);
  });
});
