import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, benjaminiHochbergAdjust, holm, holmAdjust } from '../../src/stats/index.js';

describe('multiplicity', () => {
  it('keeps the input order, never lowers a p-value and caps at 1', () => {
    const p = [0.3, 0.001, 0.04, 0.04, 0.9, 0.02];
    const h = holmAdjust(p);
    const bh = benjaminiHochbergAdjust(p);
    p.forEach((value, i) => {
      expect(h[i]).toBeGreaterThanOrEqual(value);
      expect(bh[i]).toBeGreaterThanOrEqual(value);
      expect(h[i]).toBeLessThanOrEqual(1);
      // Holm (FWER) is never less conservative than BH (FDR).
      expect(h[i]).toBeGreaterThanOrEqual(bh[i]!);
    });
    expect(h[1]).toBeCloseTo(0.006, 12);
    expect(h[2]).toBe(h[3]);
    expect(holmAdjust([0.5, 0.6])).toEqual([1, 1]);
  });

  it('handles zero and one hypothesis', () => {
    expect(holm([])).toMatchObject({ adjusted: [], reject: [] });
    expect(benjaminiHochberg([0.03]).adjusted).toEqual([0.03]);
    expect(holm([0.03]).reject).toEqual([true]);
  });

  it('rejects p-values outside [0, 1]', () => {
    expect(() => holmAdjust([0.1, 1.2])).toThrow(RangeError);
    expect(() => benjaminiHochbergAdjust([Number.NaN])).toThrow(RangeError);
  });
});
