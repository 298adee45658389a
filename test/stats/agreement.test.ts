import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  cohensKappaFromRatings,
  fleissKappa,
  krippendorffAlpha,
  type KrippendorffLevel,
  type Rating,
} from '../../src/stats/index.js';
import { expectClose, vectors } from './helpers.js';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, values 1–5,
// missing values as null. Published: nominal .743, ordinal .815, interval .849, ratio .797.
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const units = observers[0]!.map((_, u) => observers.map((row) => row[u]!));

/** Independent pairwise formula: α = 1 − D_o/D_e with D_o over pairs within units, D_e over all pairs of values. */
function bruteForceAlpha(data: (number | null)[][], level: KrippendorffLevel): number {
  const pairable = data
    .map((unit) => unit.filter((v): v is number => v !== null))
    .filter((unit) => unit.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  const frequency = (value: number) => all.filter((v) => v === value).length;
  const delta = (c: number, k: number): number => {
    if (level === 'nominal') return c === k ? 0 : 1;
    if (level === 'interval') return (c - k) ** 2;
    if (level === 'ratio') return ((c - k) / (c + k)) ** 2;
    const lo = Math.min(c, k);
    const hi = Math.max(c, k);
    const between = [...new Set(all)]
      .filter((g) => g >= lo && g <= hi)
      .reduce((sum, g) => sum + frequency(g), 0);
    return (between - (frequency(c) + frequency(k)) / 2) ** 2;
  };
  let observed = 0;
  for (const unit of pairable) {
    let sum = 0;
    unit.forEach((c, i) => unit.forEach((k, j) => (sum += i === j ? 0 : delta(c, k))));
    observed += sum / (unit.length - 1);
  }
  let expected = 0;
  all.forEach((c, i) => all.forEach((k, j) => (expected += i === j ? 0 : delta(c, k))));
  return 1 - observed / n / (expected / (n * (n - 1)));
}

describe("Krippendorff's alpha", () => {
  it('reproduces the published worked example at every level and the pairwise formula exactly', () => {
    const published: Record<KrippendorffLevel, number> = {
      nominal: 0.743,
      ordinal: 0.815,
      interval: 0.849,
      ratio: 0.797,
    };
    for (const [level, value] of Object.entries(published) as [KrippendorffLevel, number][]) {
      const result = krippendorffAlpha(units, { level });
      expect(result.alpha).toBeCloseTo(value, 3);
      expectClose(result.alpha, bruteForceAlpha(units, level), 1e-12);
      expect(result).toMatchObject({ pairableUnits: 11, pairableValues: 40 });
    }
  });

  it('is 1 for perfect agreement, NaN without variation, and accepts string categories', () => {
    expect(
      krippendorffAlpha([
        [1, 1],
        [2, 2, null],
        [3, 3, 3],
      ]).alpha,
    ).toBe(1);
    expect(
      krippendorffAlpha([
        [2, 2],
        [2, 2],
      ]).alpha,
    ).toBeNaN();
    const labels: Rating[][] = [
      ['good', 'good'],
      ['bad', 'good'],
      ['bad', 'bad'],
      ['ok', 'ok'],
    ];
    const nominal = krippendorffAlpha(labels);
    expect(nominal.alpha).toBeGreaterThan(0);
    expect(nominal.alpha).toBeLessThan(1);
    const ordinal = krippendorffAlpha(labels, { level: 'ordinal', categories: ['bad', 'ok', 'good'] });
    expect(ordinal.alpha).toBeGreaterThan(0);
    expect(() => krippendorffAlpha(labels, { level: 'ordinal' })).toThrow(RangeError);
    expect(() => krippendorffAlpha(labels, { level: 'interval', categories: ['bad', 'ok', 'good'] })).toThrow(
      RangeError,
    );
  });
});

describe("Cohen's and Fleiss' kappa", () => {
  it('builds the confusion matrix from ratings (N/A skipped) and matches the matrix form', () => {
    const matrix = vectors.cohen_kappa[0]!.confusion_rows_rater1;
    const rater1: (number | null)[] = [];
    const rater2: (number | null)[] = [];
    matrix.forEach((row, i) =>
      row.forEach((count, j) => {
        for (let c = 0; c < count; c++) {
          rater1.push(i + 1);
          rater2.push(j + 1);
        }
      }),
    );
    rater1.push(null);
    rater2.push(2);
    const fromRatings = cohensKappaFromRatings(rater1, rater2, [1, 2, 3], 'quadratic');
    expect(fromRatings.skipped).toBe(1);
    expectClose(fromRatings.kappa, vectors.cohen_kappa[0]!.quadratic_weighted_kappa, 1e-12);
    expect(() => cohensKappaFromRatings([4], [1], [1, 2, 3])).toThrow(RangeError);
  });

  it('is 1 for perfect agreement and NaN when chance agreement is total', () => {
    expect(
      cohensKappa([
        [3, 0],
        [0, 2],
      ]).kappa,
    ).toBe(1);
    expect(
      cohensKappa([
        [5, 0],
        [0, 0],
      ]).kappa,
    ).toBeNaN();
    expect(cohensKappa([]).kappa).toBeNaN();
  });

  it("Fleiss' kappa reproduces the classic 10 items × 14 raters example (κ = 0.210)", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(counts)).toBeCloseTo(0.21, 3);
    expect(() =>
      fleissKappa([
        [1, 1],
        [2, 1],
      ]),
    ).toThrow(RangeError);
  });
});
