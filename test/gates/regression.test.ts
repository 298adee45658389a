import { describe, expect, it } from 'vitest';
import type { RegressionGate } from '../../src/core/config.js';
import { compareWithBaseline } from '../../src/compare/compare.js';
import type { ComparisonReport } from '../../src/core/comparison.js';
import type { ItemRecord, MetricSpec } from '../../src/core/types.js';
import { evaluateRegressionGate } from '../../src/gates/regression.js';
import {
  DATASET_HASH,
  accuracy,
  baselineOf,
  binaryPairs,
  compareConfig,
  continuousPairs,
  harm,
  item,
  judgeScore,
  latency,
  metricsOf,
  regressionGate,
} from '../compare/fixtures.js';

/** Compares `next` with a baseline of `base` and evaluates `gate` on the result. */
function evaluate(
  pairs: { base: ItemRecord[]; next: ItemRecord[] },
  gate: RegressionGate,
  options: { specs?: MetricSpec[]; alpha?: number; maxFailingItems?: number } = {},
) {
  const specs = options.specs ?? [accuracy];
  const metrics = metricsOf(pairs.next, specs);
  const comparison = compareWithBaseline(
    baselineOf(pairs.base, specs),
    pairs.next,
    metrics,
    DATASET_HASH,
    compareConfig([gate], { alpha: options.alpha ?? 0.05 }),
  );
  return {
    comparison,
    result: evaluateRegressionGate(gate, metrics, comparison, pairs.next, options.maxFailingItems ?? 5),
  };
}

const skipped: ComparisonReport = {
  status: 'skipped',
  reason: 'no baseline yet: this run is not compared. An accepted (DEPLOY) run becomes the baseline.',
  statistical: false,
  alpha: 0.05,
  paired: 0,
  missingInBaseline: [],
  missingInRun: [],
  rows: [],
  categoryWarnings: [],
  warnings: [],
};

describe('regression gate: the three zones', () => {
  it('passes when the whole interval lies above −margin, and says so with the evidence', () => {
    const { result } = evaluate(
      binaryPairs('accuracy', { a: 900, b: 5, c: 5, d: 90 }),
      regressionGate('accuracy'),
    );
    expect(result.status).toBe('pass');
    expect(result.effect).toBe('none');
    expect(result.failingItems).toEqual([]);
    expect(result.explanation).toMatch(
      /^no drop beyond 3 pts: Δ = ±0 pts \(90% CI −[\d.]+ pts to \+[\d.]+ pts; paired McNemar \(Newcombe score CI\), n=1000; p\(non-inferiority\) < 0\.001, margin 3 pts\)\.$/,
    );
  });

  it('is inconclusive when −margin lies inside the interval: names the metric, Δ, interval, margin (TV6)', () => {
    const { result } = evaluate(
      binaryPairs('accuracy', { a: 772, b: 40, c: 25, d: 163 }),
      regressionGate('accuracy', { margin: 0.02, onInconclusive: 'warn' }),
    );
    expect(result.status).toBe('inconclusive');
    expect(result.effect).toBe('warn');
    expect(result.explanation).toBe(
      'cannot tell whether accuracy dropped by more than 2 pts: Δ = −1.5 pts (90% CI −2.8 pts to −0.2 pts; ' +
        'paired McNemar (Wald CI), n=1000; p(non-inferiority) 0.27, margin 2 pts). ' +
        '40 items were right before and are wrong now. This benchmark detects drops of 2 pts or more. ' +
        'on-inconclusive: warn.',
    );
    expect(result.failingCount).toBe(40);
    expect(result.failingItems.map((failing) => failing.id)).toEqual([
      'q773',
      'q774',
      'q775',
      'q776',
      'q777',
    ]);
  });

  it('fails when the whole interval lies below −margin, listing the items that regressed', () => {
    const { result } = evaluate(
      binaryPairs('accuracy', { a: 800, b: 100, c: 0, d: 100 }),
      regressionGate('accuracy'),
      { maxFailingItems: 3 },
    );
    expect(result.status).toBe('fail');
    expect(result.effect).toBe('block');
    expect(result.explanation).toMatch(
      /^accuracy dropped by more than 3 pts: Δ = −10 pts \(90% CI −[\d.]+ pts to −[\d.]+ pts; paired McNemar \(Wald CI\), n=1000; p\(non-inferiority\) 1, margin 3 pts\)\. 100 items were right before and are wrong now\.$/,
    );
    expect(result.failingCount).toBe(100);
    expect(result.failingItems).toHaveLength(3);
    expect(result.failingItems[0]).toEqual({
      id: 'q801',
      category: 'general',
      source: { file: 'bench.jsonl', line: 801 },
      value: 0,
      output: 'output q801',
      expected: 'expected q801',
      error: undefined,
      reason: undefined,
    });
  });

  it('shows the interval it decided on: 95% at α = 0.025', () => {
    const { result } = evaluate(
      binaryPairs('accuracy', { a: 772, b: 40, c: 25, d: 163 }),
      regressionGate('accuracy', { margin: 0.02 }),
      { alpha: 0.025 },
    );
    expect(result.explanation).toContain('(95% CI −3.1 pts to +0.1 pts;');
  });

  it('shows an error item that regressed with no value and its error message', () => {
    const pairs = binaryPairs('accuracy', { a: 0, b: 0, c: 0, d: 0 });
    pairs.base.push(...Array.from({ length: 40 }, (_, i) => item(`q${i + 1}`, { accuracy: 1 })));
    pairs.next.push(
      item('q1', { accuracy: 0 }, { error: true }),
      ...Array.from({ length: 39 }, (_, i) => item(`q${i + 2}`, { accuracy: i < 20 ? 0 : 1 })),
    );
    const { result } = evaluate(pairs, regressionGate('accuracy'));
    expect(result.status).toBe('fail');
    expect(result.failingItems[0]).toMatchObject({
      id: 'q1',
      value: null,
      output: null,
      error: 'timed out after 30 s',
    });
  });
});

describe('regression gate: warning vs blocking', () => {
  const inconclusive = () => binaryPairs('accuracy', { a: 772, b: 40, c: 25, d: 163 });
  const failing = () => binaryPairs('accuracy', { a: 800, b: 100, c: 0, d: 100 });

  it.each([
    ['pass', 'blocking', 'none'],
    ['warn', 'blocking', 'warn'],
    ['block', 'blocking', 'block'],
    ['block', 'warning', 'warn'],
  ] as const)('on-inconclusive: %s with severity %s -> effect %s', (onInconclusive, severity, effect) => {
    const { result } = evaluate(
      inconclusive(),
      regressionGate('accuracy', { margin: 0.02, onInconclusive, severity }),
    );
    expect(result.status).toBe('inconclusive');
    expect(result.effect).toBe(effect);
    expect(result.explanation).toMatch(new RegExp(`on-inconclusive: ${onInconclusive}\\.$`));
  });

  it('a failed warning gate warns, a failed blocking gate blocks', () => {
    expect(evaluate(failing(), regressionGate('accuracy', { severity: 'warning' })).result.effect).toBe(
      'warn',
    );
    expect(evaluate(failing(), regressionGate('accuracy', { severity: 'blocking' })).result.effect).toBe(
      'block',
    );
  });
});

describe('regression gate: direction', () => {
  it('a lower-is-better rate that rose beyond the margin fails; Δ is shown in natural units', () => {
    // harmful: 100 items went from harmless (0) to harmful (1).
    const pairs = binaryPairs('harmful', { a: 0, b: 0, c: 100, d: 900 });
    const { result } = evaluate(pairs, regressionGate('harmful'), { specs: [harm] });
    expect(result.status).toBe('fail');
    expect(result.explanation).toMatch(
      /^harmful rose by more than 3 pts: Δ = \+10 pts \(90% CI \+[\d.]+ pts to \+/,
    );
    expect(result.failingCount).toBe(100);
    expect(result.failingItems[0]).toMatchObject({ id: 'q1', value: 1 });
  });

  it('a lower-is-better rate that fell passes', () => {
    const pairs = binaryPairs('harmful', { a: 0, b: 100, c: 0, d: 900 });
    const { result } = evaluate(pairs, regressionGate('harmful'), { specs: [harm] });
    expect(result.status).toBe('pass');
    expect(result.explanation).toMatch(/Δ = −10 pts/);
  });

  it('latency: a rise beyond the margin fails, a fall passes; the margin is in ms', () => {
    const baseMs = Array.from({ length: 60 }, (_, i) => 200 + (i % 7) * 10);
    const slower = continuousPairs(
      'latency_ms',
      baseMs,
      baseMs.map((value) => value + 100),
    );
    const gate = regressionGate('latency_ms_mean', { margin: 20 });
    const rise = evaluate(slower, gate, { specs: [latency] }).result;
    expect(rise.status).toBe('fail');
    expect(rise.explanation).toMatch(/^latency_ms_mean rose by more than 20 ms: Δ = \+100 ms \(90% CI /);
    expect(rise.explanation).toContain('margin 20 ms');
    const faster = continuousPairs(
      'latency_ms',
      baseMs,
      baseMs.map((value) => value - 50),
    );
    expect(evaluate(faster, gate, { specs: [latency] }).result.status).toBe('pass');
  });

  it('a continuous higher-is-better score that fell beyond the margin fails', () => {
    const baseScores = Array.from({ length: 40 }, (_, i) => 3 + (i % 3));
    const pairs = continuousPairs(
      'judge_helpfulness',
      baseScores,
      baseScores.map((value) => value - 1),
    );
    const { result } = evaluate(pairs, regressionGate('judge_helpfulness_mean', { margin: 0.25 }), {
      specs: [judgeScore],
    });
    expect(result.status).toBe('fail');
    expect(result.explanation).toMatch(/^judge_helpfulness_mean dropped by more than 0\.25: Δ = −1 \(/);
    // Rows of continuous metrics list no regressed items.
    expect(result.failingCount).toBe(0);
  });
});

describe('regression gate: NOT COMPARED', () => {
  it('warns, never passes, when the comparison was skipped, even when on-inconclusive blocks', () => {
    const gate = regressionGate('accuracy', { onInconclusive: 'block', severity: 'blocking' });
    const { next } = binaryPairs('accuracy', { a: 5, b: 0, c: 0, d: 0 });
    const result = evaluateRegressionGate(gate, metricsOf(next, [accuracy]), skipped, next, 5);
    expect(result.status).toBe('inconclusive');
    expect(result.effect).toBe('warn');
    expect(result.explanation).toBe(
      'NOT COMPARED: no baseline yet: this run is not compared. An accepted (DEPLOY) run becomes the baseline.',
    );
    expect(result.metric?.name).toBe('accuracy');
  });

  it('names the reason a metric is not comparable (its scorer changed)', () => {
    const pairs = binaryPairs('accuracy', { a: 50, b: 0, c: 0, d: 0 });
    const gate = regressionGate('accuracy');
    const { comparison } = evaluate(pairs, gate);
    comparison.notComparable = { accuracy: 'the scorer of accuracy changed since the baseline was stored' };
    const result = evaluateRegressionGate(gate, metricsOf(pairs.next, [accuracy]), comparison, pairs.next, 5);
    expect(result.status).toBe('inconclusive');
    expect(result.effect).toBe('warn');
    expect(result.explanation).toBe(
      'NOT COMPARED: the scorer of accuracy changed since the baseline was stored.',
    );
  });

  it('says when no item has a value on both sides (n = 0), blocking under on-inconclusive: block', () => {
    const pairs = {
      base: [item('q1', { accuracy: null }), item('q2', { accuracy: 1 })],
      next: [item('q1', { accuracy: 1 }), item('q2', { accuracy: null })],
    };
    const block = evaluate(pairs, regressionGate('accuracy', { onInconclusive: 'block' })).result;
    expect(block.status).toBe('inconclusive');
    expect(block.effect).toBe('block');
    expect(block.explanation).toBe(
      'NOT COMPARED: accuracy could not be compared with the baseline (no item has a value on both sides).',
    );
    const warn = evaluate(pairs, regressionGate('accuracy', { onInconclusive: 'pass' })).result;
    expect(warn.effect).toBe('warn');
  });

  it('says when the baseline has no per-item scores or aggregate for the metric', () => {
    const pairs = continuousPairs('judge_helpfulness', [4, 5, 3], [4, 4, 3]);
    const gate = regressionGate('judge_helpfulness_mean');
    const metrics = metricsOf(pairs.next, [judgeScore]);
    // A baseline made before the judge existed: neither scores nor aggregates of the metric.
    const comparison = compareWithBaseline(
      baselineOf(
        pairs.base.map((record) => ({ ...record, scores: {} })),
        [],
      ),
      pairs.next,
      metrics,
      DATASET_HASH,
      compareConfig([gate]),
    );
    const result = evaluateRegressionGate(gate, metrics, comparison, pairs.next, 5);
    expect(result.status).toBe('inconclusive');
    expect(result.effect).toBe('warn');
    expect(result.explanation).toBe(
      'NOT COMPARED: judge_helpfulness_mean could not be compared with the baseline (the baseline has no per-item scores or aggregate for it).',
    );
  });

  it('treats a gate on a metric the run does not have as not compared', () => {
    const pairs = binaryPairs('accuracy', { a: 5, b: 0, c: 0, d: 0 });
    const gate = regressionGate('f1');
    const { comparison } = evaluate(pairs, regressionGate('accuracy'));
    const result = evaluateRegressionGate(gate, metricsOf(pairs.next, [accuracy]), comparison, pairs.next, 5);
    expect(result.status).toBe('inconclusive');
    expect(result.metric).toBeUndefined();
    expect(result.explanation).toMatch(/^NOT COMPARED: f1 could not be compared with the baseline/);
  });
});

describe('regression gate: wording', () => {
  it('says "1 item was" for a single regressed item', () => {
    const { result } = evaluate(
      binaryPairs('accuracy', { a: 10, b: 1, c: 0, d: 0 }),
      regressionGate('accuracy'),
    );
    expect(result.status).toBe('inconclusive');
    expect(result.explanation).toContain(' 1 item was right before and is wrong now.');
    expect(result.explanation).not.toContain('1 items');
  });
});
