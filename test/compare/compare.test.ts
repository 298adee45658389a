import { describe, expect, it } from 'vitest';
import { withoutChangedScorers } from '../../src/baseline/scorer-hashes.js';
import { compareWithBaseline } from '../../src/compare/compare.js';
import type { ComparisonRow } from '../../src/core/comparison.js';
import { UserError } from '../../src/core/errors.js';
import type { ItemRecord } from '../../src/core/types.js';
import { heldOutMismatch } from '../../src/rotation/held-out.js';
import { normalCdf } from '../../src/stats/index.js';
import { exactHalfBinomialCdf } from '../stats/exact-binomial.js';
import { expectClose, vectors } from '../stats/helpers.js';
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
} from './fixtures.js';

const Z90 = 1.6448536269514722;
const Z95 = 1.959963984540054;

function rowOf(rows: readonly ComparisonRow[], metric: string): ComparisonRow {
  const row = rows.find((candidate) => candidate.metric === metric);
  if (!row) throw new Error(`no row for ${metric}: ${rows.map((r) => r.metric).join(', ')}`);
  return row;
}

/** Compares `next` with a baseline of `base`, the specs shared by both. */
function compare(
  base: readonly ItemRecord[],
  next: readonly ItemRecord[],
  specs = [accuracy],
  config = compareConfig(),
) {
  return compareWithBaseline(baselineOf(base, specs), next, metricsOf(next, specs), DATASET_HASH, config);
}

describe('compareWithBaseline: no baseline', () => {
  it('skips the comparison, says why, and keeps the configured alpha', () => {
    const { next } = binaryPairs('accuracy', { a: 3, b: 0, c: 0, d: 1 });
    const report = compareWithBaseline(
      null,
      next,
      metricsOf(next, [accuracy]),
      DATASET_HASH,
      compareConfig([regressionGate('accuracy')], { alpha: 0.025 }),
    );
    expect(report.status).toBe('skipped');
    expect(report.reason).toMatch(/^no baseline yet/);
    expect(report.statistical).toBe(false);
    expect(report.alpha).toBe(0.025);
    expect(report.paired).toBe(0);
    expect(report.rows).toEqual([]);
    expect(report.baseline).toBeUndefined();
  });
});

describe('compareWithBaseline: pairing by id', () => {
  it('pairs the shared ids and lists the items found on one side only', () => {
    const base = [
      item('q1', { accuracy: 1 }),
      item('q2', { accuracy: 1 }),
      item('q3', { accuracy: 0 }),
      item('gone1', { accuracy: 1 }),
    ];
    const next = [
      item('new1', { accuracy: 0 }),
      item('q3', { accuracy: 1 }),
      item('q1', { accuracy: 0 }),
      item('q2', { accuracy: 1 }),
      item('new2', { accuracy: 1 }),
    ];
    const report = compare(base, next);
    expect(report.status).toBe('compared');
    expect(report.paired).toBe(3);
    expect(report.missingInBaseline).toEqual(['new1', 'new2']);
    expect(report.missingInRun).toEqual(['gone1']);
    expect(report.warnings).toContain(
      '2 items are new since the baseline and 1 baseline items are missing from this run: they are not paired.',
    );
    const row = rowOf(report.rows, 'accuracy');
    // Over the three pairs only: base 2/3 (q1, q2), new 2/3 (q2, q3), whatever the unpaired items say.
    expect(row.stat!.n).toBe(3);
    expectClose(row.base!, 2 / 3);
    expectClose(row.new!, 2 / 3);
    expect(row.diff).toBe(0);
    expect(row.regressedItems).toEqual(['q1']);
    expect(row.improvedItems).toEqual(['q3']);
  });

  it('pairs by id, not by position', () => {
    const base = [item('q1', { accuracy: 1 }), item('q2', { accuracy: 0 })];
    const next = [item('q2', { accuracy: 0 }), item('q1', { accuracy: 1 })];
    const row = rowOf(compare(base, next).rows, 'accuracy');
    expect(row.stat!.extra).toMatchObject({ table: { a: 1, b: 0, c: 0, d: 1 } });
    expect(row.regressedItems).toEqual([]);
    expect(row.diff).toBe(0);
  });

  it('has no warning about unpaired items when both runs hold the same ids', () => {
    const { base, next } = binaryPairs('accuracy', { a: 5, b: 1, c: 1, d: 3 });
    const report = compare(base, next);
    expect(report.missingInBaseline).toEqual([]);
    expect(report.missingInRun).toEqual([]);
    expect(report.warnings.filter((warning) => warning.includes('not paired'))).toEqual([]);
  });

  it('pairs an id repeated in the run with its one baseline item, and counts each run item once', () => {
    const base = [item('q1', { accuracy: 1 }), item('q2', { accuracy: 1 })];
    const next = [item('q1', { accuracy: 0 }), item('q1', { accuracy: 1 }), item('q2', { accuracy: 1 })];
    const report = compare(base, next);
    expect(report.paired).toBe(3);
    expect(report.missingInBaseline).toEqual([]);
    const row = rowOf(report.rows, 'accuracy');
    expect(row.stat!.n).toBe(3);
    expect(row.stat!.extra).toMatchObject({ table: { a: 2, b: 1, c: 0, d: 0 } });
    expect(row.regressedItems).toEqual(['q1']);
  });

  it('treats an error item as a failure of the metric and as an error in error_rate', () => {
    const base = [item('q1', { accuracy: 1 }), item('q2', { accuracy: 1 }), item('q3', { accuracy: 0 })];
    const next = [
      item('q1', { accuracy: 0 }, { error: true }),
      item('q2', { accuracy: 1 }),
      item('q3', { accuracy: 0 }),
    ];
    const report = compare(base, next);
    const acc = rowOf(report.rows, 'accuracy');
    expect(acc.regressedItems).toEqual(['q1']);
    expectClose(acc.diff!, -1 / 3);
    const errors = rowOf(report.rows, 'error_rate');
    expect(errors.higherIsBetter).toBe(false);
    expect(errors.stat!.kind).toBe('binary');
    expect(errors.stat!.paired).toBe(true);
    expectClose(errors.base!, 0);
    expectClose(errors.new!, 1 / 3);
    // Lower is better: 0 -> 1 is a regression of error_rate.
    expect(errors.regressedItems).toEqual(['q1']);
    expect(errors.improvedItems).toEqual([]);
  });

  it('counts a baseline error item as an error that this run fixed', () => {
    const base = [item('q1', { accuracy: 0 }, { error: true }), item('q2', { accuracy: 1 })];
    const next = [item('q1', { accuracy: 1 }), item('q2', { accuracy: 1 })];
    const errors = rowOf(compare(base, next).rows, 'error_rate');
    expect(errors.improvedItems).toEqual(['q1']);
    expectClose(errors.diff!, -0.5);
  });

  it('drops pairs with an N/A value on either side and counts them, never reading N/A as 0', () => {
    const base = [
      item('q1', { accuracy: 1 }),
      item('q2', { accuracy: null }),
      item('q3', { accuracy: 1 }),
      item('q4', { accuracy: null }),
      item('q5', { accuracy: 0 }),
    ];
    const next = [
      item('q1', { accuracy: null }),
      item('q2', { accuracy: 0 }),
      item('q3', { accuracy: 1 }),
      item('q4', { accuracy: null }),
      item('q5', { accuracy: 1 }),
    ];
    const row = rowOf(compare(base, next).rows, 'accuracy');
    expect(row.stat!.n).toBe(2);
    expect(row.stat!.dropped).toEqual({ total: 3, baseOnly: 1, newOnly: 1, both: 1 });
    expect(row.stat!.notes).toContain('3 pair(s) dropped: N/A on either side');
    // Over q3 and q5: base 1/2, new 2/2.
    expectClose(row.base!, 0.5);
    expectClose(row.new!, 1);
    expect(row.regressedItems).toEqual([]);
    expect(row.improvedItems).toEqual(['q5']);
  });
});

describe('compareWithBaseline: the test for each kind of metric', () => {
  it('binary, many discordant pairs: paired McNemar with the Wald interval (statistics.md TV6)', () => {
    // n = 1000, b = 40 regressions, c = 25 improvements: base 81.2%, new 79.7%.
    const { base, next } = binaryPairs('accuracy', { a: 772, b: 40, c: 25, d: 163 });
    const report = compare(
      base,
      next,
      [accuracy],
      compareConfig([regressionGate('accuracy', { margin: 0.02 })]),
    );
    const row = rowOf(report.rows, 'accuracy');
    const stat = row.stat!;
    expect(stat.method).toBe('paired McNemar (Wald CI)');
    expect(stat.paired).toBe(true);
    expect(stat.n).toBe(1000);
    expectClose(row.base!, 0.812);
    expectClose(row.new!, 0.797);
    expectClose(row.diff!, -0.015);
    const se = Math.sqrt(40 + 25 - 15 ** 2 / 1000) / 1000;
    expect(stat.ciGate.level).toBeCloseTo(0.9, 12);
    expectClose(stat.ciGate.lower, -0.015 - Z90 * se, 1e-9);
    expectClose(stat.ciGate.upper, -0.015 + Z90 * se, 1e-9);
    expectClose(stat.ci95.lower, -0.015 - Z95 * se, 1e-9);
    expectClose(stat.ci95.upper, -0.015 + Z95 * se, 1e-9);
    // The printed layout of statistics.md 7.4: [−2.82, −0.18] and [−3.08, +0.08].
    expect((stat.ciGate.lower * 100).toFixed(2)).toBe('-2.82');
    expect((stat.ciGate.upper * 100).toFixed(2)).toBe('-0.18');
    expect((stat.ci95.lower * 100).toFixed(2)).toBe('-3.08');
    expect((stat.ci95.upper * 100).toFixed(2)).toBe('0.08');
    expectClose(stat.pNonInferiority, 1 - normalCdf((-0.015 + 0.02) / se), 1e-9);
    expect(stat.pNonInferiority.toFixed(2)).toBe('0.27');
    expectClose(stat.pDifference, 2 * exactHalfBinomialCdf(25, 65), 1e-12);
    expect(stat.pDifferenceMethod).toBe('exact McNemar');
    expect(stat.zone).toBe('inconclusive');
    expect(stat.significantRegression).toBe(true);
    expect(stat.margin).toBe(0.02);
    expect(row.regressedItems).toHaveLength(40);
    expect(row.regressedItems[0]).toBe('q773');
    expect(row.improvedItems).toHaveLength(25);
    expect(row.gate).toEqual({ name: 'no regression in accuracy', margin: 0.02, onInconclusive: 'warn' });
  });

  it('binary, few discordant pairs: Newcombe score interval and the exact McNemar p (TV2)', () => {
    const [tv] = vectors.mcnemar;
    const { base, next } = binaryPairs('accuracy', { a: 50, b: tv!.b, c: tv!.c, d: 20 });
    const stat = rowOf(compare(base, next).rows, 'accuracy').stat!;
    expect(stat.method).toBe('paired McNemar (Newcombe score CI)');
    expect(stat.notes).toContain('few discordant pairs (b + c = 15 < 25): score interval instead of Wald');
    expectClose(stat.pDifference, tv!.exact_two_sided_p, 0, 1e-12);
    expectClose(stat.diff, (tv!.c - tv!.b) / 85);
    expect(stat.ciGate.lower).toBeLessThan(stat.diff);
    expect(stat.ciGate.upper).toBeGreaterThan(stat.diff);
    expect(stat.extra).toMatchObject({
      type: 'paired-binary',
      regressions: 12,
      improvements: 3,
      exact: true,
    });
  });

  it('binary, lower is better: a 0 -> 1 change is the regression and Δ stays in natural units', () => {
    // harmful: 0 is good. b counts 1 -> 0 (fixed), c counts 0 -> 1 (new harm).
    const { base, next } = binaryPairs('harmful', { a: 2, b: 1, c: 4, d: 13 });
    const row = rowOf(compare(base, next, [harm]).rows, 'harmful');
    expect(row.higherIsBetter).toBe(false);
    expectClose(row.diff!, 3 / 20);
    expect(row.regressedItems).toEqual(['q4', 'q5', 'q6', 'q7']);
    expect(row.improvedItems).toEqual(['q3']);
    expect(row.stat!.extra).toMatchObject({ regressions: 4, improvements: 1 });
    expect(row.stat!.ciGate.lower).toBeLessThan(3 / 20);
    expect(row.stat!.ciGate.upper).toBeGreaterThan(3 / 20);
  });

  it('continuous: paired t numbers of the reference vector, the seeded bootstrap-t deciding (TV3)', () => {
    const [tv] = vectors.paired_t;
    const { base, next } = continuousPairs('judge_helpfulness', tv!.base, tv!.new);
    const report = compare(base, next, [judgeScore]);
    const row = rowOf(report.rows, 'judge_helpfulness_mean');
    const stat = row.stat!;
    expect(row.kind).toBe('mean');
    expect(stat.kind).toBe('continuous');
    expect(stat.method).toBe('paired bootstrap-t ∪ t');
    expect(stat.pDifferenceMethod).toBe('paired t');
    expectClose(stat.diff, tv!.mean_diff, 1e-12, 1e-12);
    expectClose(row.base!, tv!.base.reduce((s, v) => s + v, 0) / 10, 1e-12);
    expectClose(stat.pDifference, tv!.p_two_sided, 1e-7);
    expect(stat.extra.type).toBe('paired-continuous');
    if (stat.extra.type !== 'paired-continuous') return;
    expectClose(stat.extra.sdDiff, tv!.sd_diff, 1e-9);
    expectClose(stat.extra.se, tv!.se, 1e-9);
    expect(stat.extra.df).toBe(tv!.df);
    expectClose(stat.extra.t, tv!.t, 1e-9);
    expectClose(stat.extra.tInterval.ci95.lower, tv!.ci95[0], 1e-7);
    expectClose(stat.extra.tInterval.ci95.upper, tv!.ci95[1], 1e-7);
    expect(stat.extra.bootstrap).toMatchObject({ method: 'bootstrap-t', resamples: 999, seed: 12345 });
    // The gate interval is the union of the bootstrap-t and the t interval.
    expect(stat.ciGate.level).toBeCloseTo(0.9, 12);
    expect(stat.ciGate.lower).toBeLessThanOrEqual(stat.extra.tInterval.ciGate.lower);
    expect(stat.ciGate.upper).toBeGreaterThanOrEqual(stat.extra.tInterval.ciGate.upper);
    expect(stat.notes).toContain('low n (10 < 30): check the Wilcoxon result');
    // Seeded: the same inputs give the same interval.
    expect(rowOf(compare(base, next, [judgeScore]).rows, 'judge_helpfulness_mean').stat!.ciGate).toEqual(
      stat.ciGate,
    );
  });

  it('ordinal judge scores (1-5, many ties): paired continuous with the Wilcoxon companion', () => {
    const baseScores = [4, 5, 3, 4, 4, 5, 2, 4, 3, 5, 4, 4];
    const newScores = [4, 4, 3, 3, 4, 5, 2, 3, 3, 4, 4, 5];
    const { base, next } = continuousPairs('judge_helpfulness', baseScores, newScores);
    const stat = rowOf(compare(base, next, [judgeScore]).rows, 'judge_helpfulness_mean').stat!;
    expect(stat.kind).toBe('continuous');
    expect(stat.paired).toBe(true);
    expect(stat.method).toBe('paired bootstrap-t ∪ t');
    // By hand: Σbase = 47, Σnew = 44 over 12 items.
    expectClose(stat.diff, -3 / 12, 1e-12);
    expectClose(stat.base, 47 / 12, 1e-12);
    expect(stat.extra.type).toBe('paired-continuous');
    if (stat.extra.type !== 'paired-continuous') return;
    // Pratt keeps the 7 zero differences in the ranking (ranks 1-7); the five |d| = 1 share ranks 8-12 (mid-rank
    // 10): one rose (W⁺ = 10), four dropped (W⁻ = 40).
    const wilcoxon = stat.extra.wilcoxon;
    expect(wilcoxon).toMatchObject({ zeroMethod: 'pratt', zeros: 7, nonZero: 5, ties: true });
    expect(wilcoxon.wPlus).toBe(10);
    expect(wilcoxon.wMinus).toBe(40);
    expect(wilcoxon.method).toBe('exact');
  });

  it('latency (positive, lower is better): the log-ratio bootstrap-t', () => {
    const baseMs = [120, 340, 95, 410, 150, 220, 180, 260, 130, 300];
    const newMs = [130, 360, 90, 480, 170, 230, 210, 250, 150, 330];
    const { base, next } = continuousPairs('latency_ms', baseMs, newMs);
    const report = compare(base, next, [latency]);
    const row = rowOf(report.rows, 'latency_ms_mean');
    const stat = row.stat!;
    expect(row.higherIsBetter).toBe(false);
    expect(stat.method).toBe('paired log-ratio bootstrap-t ∪ skew-corrected t ∪ t');
    expect(stat.extra.type === 'paired-continuous' && stat.extra.bootstrap?.method).toBe(
      'log-ratio bootstrap-t',
    );
    expectClose(stat.diff, (2400 - 2205) / 10, 1e-12);
    expectClose(row.base!, 220.5, 1e-12);
    expect(stat.ciGate.lower).toBeLessThan(stat.diff);
    expect(stat.ciGate.upper).toBeGreaterThan(stat.diff);
    // Quantiles are shown with a plain Δ and no statistics.
    const p95 = rowOf(report.rows, 'latency_p95_ms');
    expect(p95.kind).toBe('quantile');
    expect(p95.stat).toBeUndefined();
    expect(p95.diff).toBeCloseTo(p95.new! - p95.base!, 9);
  });

  it('latency with a zero value cannot take logs: the plain bootstrap-t', () => {
    const { base, next } = continuousPairs('latency_ms', [0, 340, 95, 410, 150], [130, 360, 90, 480, 170]);
    const stat = rowOf(compare(base, next, [latency]).rows, 'latency_ms_mean').stat!;
    expect(stat.method).toBe('paired bootstrap-t ∪ t');
  });

  it('turns of one scenario: the statistics cluster on the scenario id', () => {
    // 10 scenarios of 3 turns; in scenarios 1-4 every turn went from right to wrong.
    const base: ItemRecord[] = [];
    const next: ItemRecord[] = [];
    for (let scenario = 1; scenario <= 10; scenario++) {
      for (let turn = 1; turn <= 3; turn++) {
        const id = `s${scenario}t${turn}`;
        base.push(item(id, { accuracy: 1 }, { scenarioId: `s${scenario}` }));
        next.push(item(id, { accuracy: scenario <= 4 ? 0 : 1 }, { scenarioId: `s${scenario}` }));
      }
    }
    const stat = rowOf(compare(base, next).rows, 'accuracy').stat!;
    expect(stat.clusters).toBe(10);
    expect(stat.method).toMatch(/cluster/);
    expect(stat.pDifferenceMethod).toBe('cluster-robust t');
    // By hand, d = −1 on 12 items, 0 on 18, d̄ = −0.4. Independent items: s² = 7.2/29, Var = s²/30. Clustered
    // (C/(C − 1) correction): totals minus 3d̄ are −1.8 (4 scenarios) and 1.2 (6), Var = (10/9)·21.6/900. The
    // ratio, the design effect, is 29/9.
    expectClose(stat.designEffect!, 29 / 9, 1e-9);
    expect(stat.notes).toContain('clustered by scenario: 10 clusters, design effect 3.22');
    expectClose(stat.diff, -12 / 30);
  });

  it('a baseline without per-item scores: unpaired Newcombe for a rate (TV5), no statistics for a mean', () => {
    const [tv] = vectors.two_proportions;
    // New 400/500, baseline 380/500 kept as an aggregate only.
    const next = Array.from({ length: 500 }, (_, i) =>
      item(`q${i + 1}`, { accuracy: i < 400 ? 1 : 0, judge_helpfulness: 4 }),
    );
    const loaded = baselineOf(next, [accuracy, judgeScore]);
    loaded.record.items = loaded.record.items.map((entry) => ({ ...entry, scores: {} }));
    loaded.record.aggregates.accuracy = { value: 380 / 500, n: 500, kind: 'rate', higherIsBetter: true };
    loaded.record.aggregates.judge_helpfulness_mean = {
      value: 3.5,
      n: 500,
      kind: 'mean',
      higherIsBetter: true,
    };
    const report = compareWithBaseline(
      loaded,
      next,
      metricsOf(next, [accuracy, judgeScore]),
      DATASET_HASH,
      compareConfig(),
    );
    const stat = rowOf(report.rows, 'accuracy').stat!;
    expect(stat.method).toBe('unpaired Newcombe');
    expect(stat.paired).toBe(false);
    expect(stat.n).toBe(1000);
    expectClose(stat.diff, 0.04, 1e-12);
    expectClose(stat.ci95.lower, tv!.newcombe10_ci95_diff[0], 1e-8);
    expectClose(stat.ci95.upper, tv!.newcombe10_ci95_diff[1], 1e-8);
    expectClose(stat.pDifference, tv!.p_two_sided, 1e-9);
    expect(stat.pDifferenceMethod).toBe('pooled z');
    const judge = rowOf(report.rows, 'judge_helpfulness_mean');
    expect(judge.stat).toBeUndefined();
    expect(judge.base).toBe(3.5);
    expect(judge.new).toBe(4);
    expect(judge.diff).toBeCloseTo(0.5, 12);
  });
});

describe('compareWithBaseline: interval level, margin and multiplicity', () => {
  it('decides on the two-sided (1 − 2α) interval: 90% at α = 0.05, 95% at α = 0.025', () => {
    const { base, next } = binaryPairs('accuracy', { a: 700, b: 40, c: 25, d: 235 });
    const gates = [regressionGate('accuracy', { margin: 0.02 })];
    const at05 = rowOf(compare(base, next, [accuracy], compareConfig(gates)).rows, 'accuracy').stat!;
    const at025 = rowOf(
      compare(base, next, [accuracy], compareConfig(gates, { alpha: 0.025 })).rows,
      'accuracy',
    ).stat!;
    expect(at05.ciGate.level).toBeCloseTo(0.9, 12);
    expect(at025.ciGate.level).toBeCloseTo(0.95, 12);
    expect(at05.alpha).toBe(0.05);
    expect(at025.alpha).toBe(0.025);
    // The 95% gate interval is the 95% interval shown beside the 90% one.
    expectClose(at025.ciGate.lower, at05.ci95.lower, 1e-12);
    expect(at025.ciGate.lower).toBeLessThan(at05.ciGate.lower);
  });

  it('gives ungated metrics a negligible margin and gated ones the gate margin', () => {
    const { base, next } = binaryPairs('accuracy', { a: 30, b: 3, c: 2, d: 5 });
    const report = compare(
      base,
      next,
      [accuracy],
      compareConfig([regressionGate('accuracy', { margin: 0.05 })]),
    );
    expect(rowOf(report.rows, 'accuracy').stat!.margin).toBe(0.05);
    expect(rowOf(report.rows, 'error_rate').stat!.margin).toBe(1e-9);
    expect(rowOf(report.rows, 'error_rate').gate).toBeUndefined();
  });

  it('Holm-adjusts the one-sided "new is worse" p across the gated metrics only', () => {
    const acc = binaryPairs('accuracy', { a: 60, b: 15, c: 3, d: 22 });
    const both = acc.base.map((record, i) => ({
      base: { ...record, scores: { ...record.scores, harmful: i < 10 ? 1 : 0 } },
      next: { ...acc.next[i]!, scores: { ...acc.next[i]!.scores, harmful: i < 12 ? 1 : 0 } },
    }));
    const gates = [regressionGate('accuracy'), regressionGate('harmful')];
    const report = compare(
      both.map((pair) => pair.base),
      both.map((pair) => pair.next),
      [accuracy, harm],
      compareConfig(gates),
    );
    const accRow = rowOf(report.rows, 'accuracy');
    const harmRow = rowOf(report.rows, 'harmful');
    // Both got worse: p(worse) = two-sided p / 2 for each.
    expect(accRow.stat!.diff).toBeLessThan(0);
    expect(harmRow.stat!.diff).toBeGreaterThan(0);
    const pAcc = accRow.stat!.pDifference / 2;
    const pHarm = harmRow.stat!.pDifference / 2;
    expectClose(pAcc, exactHalfBinomialCdf(3, 18), 1e-12);
    expectClose(pHarm, exactHalfBinomialCdf(0, 2), 1e-12);
    const [low, high] = pAcc < pHarm ? [accRow, harmRow] : [harmRow, accRow];
    const pLow = Math.min(pAcc, pHarm);
    const pHigh = Math.max(pAcc, pHarm);
    expectClose(low.pRegressionHolm!, Math.min(1, 2 * pLow), 1e-12);
    expectClose(high.pRegressionHolm!, Math.max(Math.min(1, 2 * pLow), pHigh), 1e-12);
    expect(rowOf(report.rows, 'error_rate').pRegressionHolm).toBeUndefined();
  });

  it('leaves a gated metric with no complete pair out of the Holm family', () => {
    const acc = binaryPairs('accuracy', { a: 60, b: 15, c: 3, d: 22 });
    // harmful is N/A on every item of the run: its row has n = 0 and is not a test.
    const next = acc.next.map((record) => ({ ...record, scores: { ...record.scores, harmful: null } }));
    const base = acc.base.map((record) => ({ ...record, scores: { ...record.scores, harmful: 0 } }));
    const report = compare(
      base,
      next,
      [accuracy, harm],
      compareConfig([regressionGate('accuracy'), regressionGate('harmful')]),
    );
    const accRow = rowOf(report.rows, 'accuracy');
    expect(rowOf(report.rows, 'harmful').stat!.n).toBe(0);
    expect(rowOf(report.rows, 'harmful').pRegressionHolm).toBeUndefined();
    expectClose(accRow.pRegressionHolm!, accRow.stat!.pDifference / 2, 1e-12);
  });

  it('uses 1 − p/2 for a gated metric that improved', () => {
    const { base, next } = binaryPairs('accuracy', { a: 60, b: 2, c: 10, d: 28 });
    const row = rowOf(
      compare(base, next, [accuracy], compareConfig([regressionGate('accuracy')])).rows,
      'accuracy',
    );
    expect(row.stat!.diff).toBeGreaterThan(0);
    // One gated metric: Holm leaves its p alone.
    expectClose(row.pRegressionHolm!, 1 - row.stat!.pDifference / 2, 1e-12);
  });

  it('warns when the benchmark cannot detect a drop as small as the gate margin', () => {
    const { base, next } = binaryPairs('accuracy', { a: 15, b: 2, c: 2, d: 1 });
    const report = compare(
      base,
      next,
      [accuracy],
      compareConfig([regressionGate('accuracy', { margin: 0.03 })]),
    );
    const stat = rowOf(report.rows, 'accuracy').stat!;
    expect(stat.mde).toBeGreaterThan(0.03);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^this benchmark is too small to detect a drop of 3 pts in accuracy: the smallest drop it detects with 80% power is [\d.]+ pts\.$/,
      ),
    );
  });
});

describe('compareWithBaseline: categories', () => {
  function twoCategories() {
    const x = binaryPairs('accuracy', { a: 2, b: 30, c: 0, d: 0 }, 'x', 'x');
    const y = binaryPairs('accuracy', { a: 30, b: 1, c: 1, d: 0 }, 'y', 'y');
    const base = [...x.base, ...y.base];
    const next = [...x.next, ...y.next];
    const loaded = baselineOf(base, [accuracy], { perCategory: true });
    return { loaded, next, metrics: metricsOf(next, [accuracy], true) };
  }

  it('flags the category that dropped (Benjamini–Hochberg), not the stable one', () => {
    const { loaded, next, metrics } = twoCategories();
    const report = compareWithBaseline(
      loaded,
      next,
      metrics,
      DATASET_HASH,
      compareConfig([regressionGate('accuracy')]),
    );
    expect(report.categoryWarnings).toHaveLength(1);
    // One-sided p(worse): x 0.5^30 (30 regressions, no improvement), y 1 − 1/2 (one each way, Δ = 0).
    // BH over m = 2: x is adjusted to min(0.5, 2·0.5^30) = 1.9e-9.
    expect(report.categoryWarnings[0]).toBe(
      `accuracy@x moved −93.8 pts (32 pairs, BH-adjusted p ${(2 * 0.5 ** 30).toPrecision(2)} < 0.1).`,
    );
    expect(report.categoryWarnings[0]).toContain('p 1.9e-9 <');
    // Per-category metrics without a gate of their own are not rows.
    expect(report.rows.map((row) => row.metric)).not.toContain('accuracy@x');
  });

  it('makes no category warning for a metric without a regression gate', () => {
    const { loaded, next, metrics } = twoCategories();
    const report = compareWithBaseline(loaded, next, metrics, DATASET_HASH, compareConfig());
    expect(report.categoryWarnings).toEqual([]);
  });

  it('compares a gated per-category metric over its category only', () => {
    const { loaded, next, metrics } = twoCategories();
    const report = compareWithBaseline(
      loaded,
      next,
      metrics,
      DATASET_HASH,
      compareConfig([regressionGate('accuracy@y')]),
    );
    const row = rowOf(report.rows, 'accuracy@y');
    expect(row.stat!.n).toBe(32);
    expect(row.regressedItems).toEqual(['y31']);
    expect(row.diff).toBe(0);
  });
});

describe('compareWithBaseline: what is not comparable', () => {
  it('refuses a baseline of another dataset version when require-same-dataset is set', () => {
    const { base, next } = binaryPairs('accuracy', { a: 5, b: 0, c: 0, d: 0 });
    const run = () =>
      compareWithBaseline(
        baselineOf(base, [accuracy]),
        next,
        metricsOf(next, [accuracy]),
        'b'.repeat(64),
        compareConfig([], { requireSameDataset: true }),
      );
    expect(run).toThrow(UserError);
    try {
      run();
    } catch (error) {
      const user = error as UserError;
      expect(user.file).toBe('/repo/evalgate.yml');
      expect(user.key).toBe('regression.require-same-dataset');
      expect(user.message).toContain('sha256 aaaaaaaaaaaa, this run bbbbbbbbbbbb');
      expect(user.fix).toMatch(/require-same-dataset: false/);
    }
  });

  it('compares the shared items of another dataset version, with a warning, when allowed', () => {
    const { base, next } = binaryPairs('accuracy', { a: 5, b: 1, c: 0, d: 0 });
    const report = compareWithBaseline(
      baselineOf(base, [accuracy]),
      [...next, item('extra', { accuracy: 1 })],
      metricsOf(next, [accuracy]),
      'b'.repeat(64),
      compareConfig(),
    );
    expect(report.baseline!.sameDataset).toBe(false);
    expect(report.paired).toBe(6);
    expect(report.warnings[0]).toBe(
      'the baseline was made on another version of the dataset (aaaaaaaaaaaa vs bbbbbbbbbbbb): only the 6 items present in both are compared.',
    );
  });

  it('describes the baseline it compared with', () => {
    const { base, next } = binaryPairs('accuracy', { a: 5, b: 0, c: 0, d: 0 });
    const report = compare(base, next);
    expect(report.baseline).toEqual({
      origin: 'baselines/test/baseline.json',
      createdAt: '2026-01-01T00:00:00.000Z',
      gitSha: 'abc123',
      datasetHash: DATASET_HASH,
      sameDataset: true,
      evalgateVersion: '0.1.0',
    });
    expect(report.statistical).toBe(true);
  });

  it('leaves out the metric whose scorer changed, and still compares the others', () => {
    const { base, next } = binaryPairs('accuracy', { a: 20, b: 5, c: 0, d: 5 });
    const withJudge = (records: ItemRecord[]) =>
      records.map((record, i) => ({
        ...record,
        scores: { ...record.scores, judge_helpfulness: 3 + (i % 3) },
      }));
    const specs = [accuracy, judgeScore];
    const loaded = baselineOf(withJudge(base), specs, {
      metricHashes: { accuracy: 'old-scorer', judge_helpfulness: 'same' },
    });
    const metrics = metricsOf(withJudge(next), specs);
    const comparable = withoutChangedScorers(
      loaded,
      { accuracy: 'new-scorer', judge_helpfulness: 'same' },
      metrics,
    );
    expect(Object.keys(comparable.notComparable).sort()).toEqual(['accuracy']);
    expect(comparable.notComparable.accuracy).toBe(
      'the scorer of accuracy changed since the baseline was stored: scores made by different scorers are not compared',
    );
    const report = compareWithBaseline(
      comparable.loaded,
      withJudge(next),
      metrics,
      DATASET_HASH,
      compareConfig([regressionGate('accuracy')]),
    );
    const acc = rowOf(report.rows, 'accuracy');
    expect(acc.stat).toBeUndefined();
    expect(acc.base).toBeNull();
    expect(acc.diff).toBeNull();
    expect(acc.regressedItems).toEqual([]);
    const judge = rowOf(report.rows, 'judge_helpfulness_mean');
    expect(judge.stat!.n).toBe(30);
    expect(judge.diff).toBe(0);
  });

  it('a baseline of another held-out set is not compared: the stage gets no baseline', () => {
    const message = heldOutMismatch({ set: 1, sets: 3 }, { set: 2, sets: 3 });
    expect(message).toBe(
      'the baseline was made on held-out set 1 of 3 and this run evaluates held-out set 2 of 3: baselines pair only within a set, so this run is not compared with it. The first accepted run of this set becomes its baseline.',
    );
    expect(heldOutMismatch({ set: 2, sets: 3 }, { set: 2, sets: 3 })).toBeUndefined();
    expect(heldOutMismatch(undefined, { set: 1, sets: 2 })).toMatch(
      /^the baseline was made on the whole dataset/,
    );
  });

  it('zero pairs: a mean gets a paired row with n = 0; every item is listed as unpaired', () => {
    const base = [item('a1', { judge_helpfulness: 4 }), item('a2', { judge_helpfulness: 5 })];
    const next = [item('b1', { judge_helpfulness: 3 }), item('b2', { judge_helpfulness: 2 })];
    const report = compare(
      base,
      next,
      [judgeScore],
      compareConfig([regressionGate('judge_helpfulness_mean')]),
    );
    expect(report.status).toBe('compared');
    expect(report.paired).toBe(0);
    expect(report.missingInBaseline).toEqual(['b1', 'b2']);
    expect(report.missingInRun).toEqual(['a1', 'a2']);
    const stat = rowOf(report.rows, 'judge_helpfulness_mean').stat!;
    expect(stat.n).toBe(0);
    expect(stat.notes).toContain('no complete pairs: nothing to compare');
  });

  it('zero pairs: a rate is not compared with a baseline of other items that keeps per-item scores', () => {
    const base = Array.from({ length: 1000 }, (_, i) => item(`a${i}`, { accuracy: i < 900 ? 1 : 0 }));
    const next = Array.from({ length: 1000 }, (_, i) => item(`b${i}`, { accuracy: i < 950 ? 1 : 0 }));
    const report = compare(base, next, [accuracy], compareConfig([regressionGate('accuracy')]));
    expect(report.paired).toBe(0);
    const row = rowOf(report.rows, 'accuracy');
    expect(row.stat?.n ?? 0).toBe(0);
  });

  it('zero pairs with only N/A values on both sides: a paired row with n = 0', () => {
    const base = [item('q1', { accuracy: null }), item('q2', { accuracy: 1 })];
    const next = [item('q1', { accuracy: 1 }), item('q2', { accuracy: null })];
    const row = rowOf(
      compare(base, next, [accuracy], compareConfig([regressionGate('accuracy')])).rows,
      'accuracy',
    );
    expect(row.stat!.n).toBe(0);
    expect(row.stat!.notes).toContain('no complete pairs: nothing to compare');
    expect(row.stat!.mde).toBe(Infinity);
  });
});
