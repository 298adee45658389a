import { describe, expect, it } from 'vitest';
import {
  compareBinaryPaired,
  compareContinuousPaired,
  compareMeansUnpaired,
  compareMetric,
  compareProportionsUnpaired,
  createRng,
  summarize,
  threeZoneDecision,
  worstZone,
  type ComparisonStat,
} from '../../src/stats/index.js';
import { expectClose, vectors } from './helpers.js';

/** Per-item 0/1 arrays for a paired table. */
function binaryPairs(table: { a: number; b: number; c: number; d: number }): {
  base: number[];
  next: number[];
} {
  const base: number[] = [];
  const next: number[] = [];
  const push = (count: number, x: number, y: number) => {
    for (let i = 0; i < count; i++) {
      base.push(x);
      next.push(y);
    }
  };
  push(table.a, 1, 1);
  push(table.b, 1, 0);
  push(table.c, 0, 1);
  push(table.d, 0, 0);
  return { base, next };
}

function expectConsistent(stat: ComparisonStat): void {
  // PASS exactly when the non-inferiority p is below α; flags follow the gate interval.
  expect(stat.pNonInferiority < stat.alpha).toBe(stat.zone === 'pass');
  expect(stat.ciGate.level).toBeCloseTo(1 - 2 * stat.alpha, 12);
  expect(stat.ci95.lower).toBeLessThanOrEqual(stat.ciGate.lower + 1e-12);
  expect(stat.ci95.upper).toBeGreaterThanOrEqual(stat.ciGate.upper - 1e-12);
  for (const p of [stat.pNonInferiority, stat.pDifference]) {
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  }
}

describe('threeZoneDecision', () => {
  it('PASS when L > −δ, FAIL when U < −δ, INCONCLUSIVE otherwise', () => {
    expect(threeZoneDecision({ lower: -0.01, upper: 0.02 }, 0.02)).toEqual({
      zone: 'pass',
      significantDecrease: false,
      significantImprovement: false,
    });
    expect(threeZoneDecision({ lower: -0.06, upper: -0.03 }, 0.02)).toMatchObject({
      zone: 'fail',
      significantDecrease: true,
    });
    expect(threeZoneDecision({ lower: -0.0282, upper: -0.0018 }, 0.02)).toMatchObject({
      zone: 'inconclusive',
      significantDecrease: true,
    });
    expect(threeZoneDecision({ lower: 0.01, upper: 0.05 }, 0.02)).toMatchObject({
      zone: 'pass',
      significantImprovement: true,
    });
    expect(threeZoneDecision({ lower: -0.02, upper: 0.1 }, 0.02).zone).toBe('inconclusive');
    expect(threeZoneDecision({ lower: Number.NaN, upper: Number.NaN }, 0.02).zone).toBe('inconclusive');
    expect(() => threeZoneDecision({ lower: 0, upper: 0 }, 0)).toThrow(RangeError);
    expect(worstZone(['pass', 'inconclusive', 'pass'])).toBe('inconclusive');
    expect(worstZone(['pass', 'fail', 'inconclusive'])).toBe('fail');
    expect(worstZone([])).toBe('pass');
  });
});

describe('compareBinaryPaired', () => {
  it('reproduces the exact_match row of the report example (TV6)', () => {
    const { base, next } = binaryPairs({ a: 772, b: 40, c: 25, d: 163 });
    const stat = compareBinaryPaired(base, next, { margin: 0.02 });
    expect(stat).toMatchObject({
      method: 'paired McNemar (Wald CI)',
      paired: true,
      n: 1000,
      zone: 'inconclusive',
    });
    expect(stat.significantRegression).toBe(true);
    expect(stat.significantImprovement).toBe(false);
    expectClose(stat.base, 0.812, 1e-12);
    expectClose(stat.new, 0.797, 1e-12);
    expectClose(stat.diff, -0.015, 1e-12);
    expect([stat.ciGate.lower * 100, stat.ciGate.upper * 100].map((x) => x.toFixed(2))).toEqual([
      '-2.82',
      '-0.18',
    ]);
    expect([stat.ci95.lower * 100, stat.ci95.upper * 100].map((x) => x.toFixed(2))).toEqual([
      '-3.08',
      '0.08',
    ]);
    expect(stat.pNonInferiority.toFixed(2)).toBe('0.27');
    expect(stat.pDifference.toFixed(3)).toBe('0.082');
    expect(stat.pDifferenceMethod).toBe('exact McNemar');
    expect((stat.mde * 100).toFixed(1)).toBe('2.0');
    expect(stat.extra).toMatchObject({
      type: 'paired-binary',
      regressions: 40,
      improvements: 25,
      exact: false,
    });
    expectConsistent(stat);
  });

  it('uses the score interval when b + c < 25 and records dropped N/A pairs', () => {
    const { base, next } = binaryPairs({ a: 40, b: 3, c: 2, d: 5 });
    const stat = compareBinaryPaired([...base, null, 1], [...next, 1, null], { margin: 0.1 });
    expect(stat.method).toBe('paired McNemar (Newcombe score CI)');
    expect(stat.extra).toMatchObject({ exact: true });
    expect(stat.dropped).toEqual({ total: 2, baseOnly: 1, newOnly: 1, both: 0 });
    expect(stat.n).toBe(50);
    expect(stat.notes.join(' ')).toMatch(/dropped/);
    expectConsistent(stat);
  });

  it('flips the direction for lower-is-better metrics (e.g. an error flag)', () => {
    // Errors went from 10% to 4%: an improvement.
    const { base, next } = binaryPairs({ a: 30, b: 70, c: 10, d: 890 });
    const stat = compareBinaryPaired(base, next, { margin: 0.02, higherIsBetter: false });
    expectClose(stat.diff, -0.06, 1e-12);
    expect(stat.ciGate.upper).toBeLessThan(0);
    expect(stat).toMatchObject({ zone: 'pass', significantImprovement: true, significantRegression: false });
    expect(stat.extra).toMatchObject({ regressions: 10, improvements: 70 });
    expect(compareBinaryPaired(base, next, { margin: 0.02 })).toMatchObject({
      zone: 'fail',
      significantRegression: true,
    });
  });

  it('handles no complete pairs', () => {
    const stat = compareBinaryPaired([null], [1], { margin: 0.02 });
    expect(stat).toMatchObject({
      n: 0,
      zone: 'inconclusive',
      pNonInferiority: 1,
      pDifference: 1,
      mde: Infinity,
    });
    expect(stat.base).toBeNaN();
  });
});

describe('compareContinuousPaired', () => {
  const tv3 = vectors.paired_t[0]!;

  it('decides on the union of the bootstrap-t and t intervals, with Wilcoxon as a companion', () => {
    const stat = compareContinuousPaired(tv3.base, tv3.new, {
      margin: 0.25,
      bootstrap: { seed: 3, resamples: 1999 },
    });
    expect(stat).toMatchObject({ method: 'paired bootstrap-t ∪ t', n: 10, pDifferenceMethod: 'paired t' });
    expectClose(stat.diff, tv3.mean_diff, 1e-12);
    expectClose(stat.pDifference, tv3.p_two_sided, 1e-9);
    if (stat.extra.type !== 'paired-continuous') throw new Error('wrong extra');
    expectClose(stat.extra.tInterval.ci95.lower, tv3.ci95[0], 1e-7);
    expectClose(stat.extra.tInterval.ci95.upper, tv3.ci95[1], 1e-7);
    expect(stat.ci95.lower).toBeLessThanOrEqual(tv3.ci95[0] + 1e-7);
    expect(stat.ci95.upper).toBeGreaterThanOrEqual(tv3.ci95[1] - 1e-7);
    expect(stat.ciGate.lower).toBeLessThanOrEqual(stat.extra.bootstrap!.ciGate.lower);
    expect(stat.zone).toBe('inconclusive');
    expect(stat.significantRegression).toBe(true);
    expect(stat.extra.bootstrap).toMatchObject({ method: 'bootstrap-t', seed: 3, resamples: 1999 });
    expect(stat.extra.wilcoxon.zeroMethod).toBe('pratt');
    expect(stat.notes.join(' ')).toMatch(/low n/);
    expect(stat.designEffect).toBeUndefined();
    expectConsistent(stat);
  });

  it('reports a deterministic difference when all differences are equal', () => {
    const stat = compareContinuousPaired([3, 4, 5], [3, 4, 5], { margin: 0.25 });
    expect(stat).toMatchObject({ diff: 0, zone: 'pass', pDifference: 1, pNonInferiority: 0 });
    expect(stat.ciGate).toMatchObject({ lower: 0, upper: 0 });
    const single = compareContinuousPaired([3], [2], { margin: 0.25 });
    expect(single).toMatchObject({ zone: 'inconclusive', pNonInferiority: 1 });
  });

  it('flips the direction for lower-is-better metrics (latency)', () => {
    const base = [120, 130, 125, 140, 135, 128, 131, 126];
    const faster = base.map((value, i) => value - 20 - (i % 3));
    const stat = compareContinuousPaired(base, faster, {
      margin: 5,
      higherIsBetter: false,
      bootstrap: false,
    });
    expect(stat.diff).toBeLessThan(0);
    expect(stat).toMatchObject({ zone: 'pass', significantImprovement: true, significantRegression: false });
    if (stat.extra.type === 'paired-continuous') expect(stat.extra.bootstrap).toBeNull();
    expectConsistent(stat);
  });
});

describe('unpaired comparisons', () => {
  it('compares proportions with Newcombe and the pooled z (two_proportions vector)', () => {
    const vector = vectors.two_proportions[0]!;
    const stat = compareProportionsUnpaired(
      { value: vector.x2 / vector.n2, n: vector.n2 },
      { value: vector.x1 / vector.n1, n: vector.n1 },
      { margin: 0.02 },
    );
    expect(stat).toMatchObject({ method: 'unpaired Newcombe', paired: false, n: 1000, zone: 'pass' });
    expectClose(stat.ci95.lower, vector.newcombe10_ci95_diff[0], 1e-8);
    expectClose(stat.ci95.upper, vector.newcombe10_ci95_diff[1], 1e-8);
    expectClose(stat.pDifference, vector.p_two_sided, 1e-9);
    expectConsistent(stat);
    expect(() =>
      compareProportionsUnpaired({ value: 0.333, n: 10 }, { value: 0.5, n: 10 }, { margin: 0.02 }),
    ).toThrow(RangeError);
  });

  it('compares means with Welch, and refuses inference without an sd', () => {
    const base = summarize([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);
    const next = summarize([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
    const stat = compareMeansUnpaired(
      { value: base.mean, n: base.n, sd: base.sd },
      { value: next.mean, n: next.n, sd: next.sd },
      { margin: 0.5 },
    );
    expect(stat).toMatchObject({ method: 'unpaired Welch', zone: 'inconclusive' });
    expectClose(stat.ci95.lower, -3.3654832, 1e-7);
    expectClose(stat.pDifference, 0.07939, 1e-4);
    expectConsistent(stat);
    const blind = compareMeansUnpaired({ value: 3, n: 50 }, { value: 3.1, n: 50, sd: 1 }, { margin: 0.5 });
    expect(blind).toMatchObject({ zone: 'inconclusive', pNonInferiority: 1 });
    expect(blind.ciGate.lower).toBe(-Infinity);
    expect(blind.notes.join(' ')).toMatch(/no standard deviation/);
  });

  it('dispatches on design and kind', () => {
    expect(
      compareMetric({ design: 'paired', kind: 'binary', base: [1, 0], new: [1, 1] }, { margin: 0.1 }).method,
    ).toMatch(/McNemar/);
    expect(
      compareMetric(
        {
          design: 'unpaired',
          kind: 'continuous',
          base: { value: 1, n: 5, sd: 1 },
          new: { value: 1, n: 5, sd: 1 },
        },
        { margin: 0.1 },
      ).method,
    ).toBe('unpaired Welch');
  });
});

describe('directional correctness', () => {
  it('never reports an improvement as a significant regression', () => {
    const rng = createRng(2024);
    for (let trial = 0; trial < 40; trial++) {
      const n = 20 + trial * 10;
      const baseBinary = Array.from({ length: n }, () => (rng.next() < 0.6 ? 1 : 0));
      // The new model keeps every success and fixes some failures: a pure improvement.
      const newBinary = baseBinary.map((value) => (value === 1 || rng.next() < 0.3 ? 1 : 0));
      const baseScores = Array.from({ length: n }, () => 1 + Math.floor(rng.next() * 5));
      const newScores = baseScores.map((value) => value + (rng.next() < 0.4 ? 1 : 0));
      const stats = [
        compareBinaryPaired(baseBinary, newBinary, { margin: 0.02 }),
        compareContinuousPaired(baseScores, newScores, { margin: 0.25, bootstrap: { resamples: 200 } }),
        compareProportionsUnpaired(
          { value: baseBinary.reduce((s: number, v) => s + v, 0) / n, n },
          { value: newBinary.reduce((s: number, v) => s + v, 0) / n, n },
          { margin: 0.02 },
        ),
      ];
      for (const stat of stats) {
        expect(stat.significantRegression).toBe(false);
        expect(stat.zone).not.toBe('fail');
        expect(stat.diff).toBeGreaterThanOrEqual(0);
        expectConsistent(stat);
      }
      const mirrored = compareBinaryPaired(
        baseBinary.map((v) => 1 - v),
        newBinary.map((v) => 1 - v),
        { margin: 0.02, higherIsBetter: false },
      );
      expect(mirrored.significantRegression).toBe(false);
    }
  });
});
