import { describe, expect, it } from 'vitest';
import {
  criticalSum,
  mdePairedBinary,
  mdePairedContinuous,
  mdeUnpairedMeans,
  mdeUnpairedProportions,
  passProbabilityPairedBinary,
  sampleSizePairedBinary,
  sampleSizePairedContinuous,
  sampleSizeUnpairedProportions,
} from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

describe('power and sample size', () => {
  it('TV8: a 3-point drop from 80% needs 2,316 items per arm unpaired, 681 paired at 10% discordance', () => {
    expect(sampleSizeUnpairedProportions({ pBase: 0.8, effect: 0.03 })).toBe(2316);
    expect(sampleSizePairedBinary({ effect: 0.03, discordance: 0.1 })).toBe(681);
  });

  it('TV8c: paired MDE ≈ 2.80·σ_d/√k two-sided (0.40σ at k = 50, 0.89σ at k = 10)', () => {
    expectClose(criticalSum({ sides: 2 }), 2.8015852, 1e-7);
    expect(mdePairedContinuous({ n: 50, sdDiff: 1, sides: 2 }).toFixed(2)).toBe('0.40');
    expect(mdePairedContinuous({ n: 10, sdDiff: 1, sides: 2 }).toFixed(2)).toBe('0.89');
    expect(mdePairedContinuous({ n: 0, sdDiff: 1 })).toBe(Infinity);
  });

  it('paired binary MDE solves Δ = z·√((ψ − Δ²)/n), close to z·√ψ/√n', () => {
    for (const [n, psi] of [
      [50, 0.1],
      [1000, 0.065],
      [300, 0.2],
    ] as const) {
      const mde = mdePairedBinary({ n, discordance: psi });
      const z = criticalSum();
      expectClose(mde, z * Math.sqrt((psi - mde * mde) / n), 1e-12);
      expect(Math.abs(mde - (z * Math.sqrt(psi)) / Math.sqrt(n))).toBeLessThan(0.01);
    }
    // The report example: exact_match MDE 2.0 pts (n = 1000, ψ = 0.065); a 50-item judge sample ≈ 11 points.
    expect((mdePairedBinary({ n: 1000, discordance: 0.065 }) * 100).toFixed(1)).toBe('2.0');
    expect(mdePairedBinary({ n: 50, discordance: 0.1 })).toBeCloseTo(0.105, 2);
  });

  it('MDE and sample size are inverses', () => {
    const n = sampleSizePairedContinuous({ effect: 0.25, sdDiff: 0.8 });
    expect(mdePairedContinuous({ n, sdDiff: 0.8 })).toBeLessThanOrEqual(0.25);
    expect(mdePairedContinuous({ n: n - 1, sdDiff: 0.8 })).toBeGreaterThan(0.25);
    const pairs = sampleSizePairedBinary({ effect: 0.02, discordance: 0.08 });
    expect(mdePairedBinary({ n: pairs, discordance: 0.08 })).toBeLessThanOrEqual(0.02);
    expect(mdePairedBinary({ n: pairs - 1, discordance: 0.08 })).toBeGreaterThan(0.02);
    const mde = mdeUnpairedProportions({ pBase: 0.8, nBase: 2316, nNew: 2316 });
    expect(mde).toBeLessThanOrEqual(0.03);
    expect(mde).toBeGreaterThan(0.029);
    expect(mdeUnpairedProportions({ pBase: 0.05, nBase: 3, nNew: 3 })).toBe(Infinity);
    expectClose(
      mdeUnpairedMeans({ sdBase: 1, nBase: 100, sdNew: 1, nNew: 100 }),
      criticalSum() * Math.sqrt(0.02),
      1e-12,
    );
  });

  it('power to pass: exact enumeration agrees with the normal approximation at n = 1000', () => {
    const args = { n: 1000, discordance: 0.1, margin: 0.02, alpha: 0.05 };
    const exact = passProbabilityPairedBinary({ ...args, method: 'exact' });
    const normal = passProbabilityPairedBinary({ ...args, method: 'normal' });
    expect(Math.abs(exact - normal)).toBeLessThan(0.01);
    expectClose(normal, 0.6387600313, 1e-8);
    // At a true drop of exactly δ the gate passes with probability ≈ α (the non-inferiority test's size).
    expect(Math.abs(passProbabilityPairedBinary({ ...args, trueDifference: -0.02 }) - 0.05)).toBeLessThan(
      0.01,
    );
    // More items, more power to pass an unchanged model.
    expect(passProbabilityPairedBinary({ ...args, n: 3000 })).toBeGreaterThan(exact);
    expect(passProbabilityPairedBinary({ ...args, n: 0 })).toBe(0);
  });

  it('models the score interval of small samples when the base rate is known', () => {
    const withRate = passProbabilityPairedBinary({ n: 50, discordance: 0.1, margin: 0.1, baseRate: 0.8 });
    const waldOnly = passProbabilityPairedBinary({ n: 50, discordance: 0.1, margin: 0.1 });
    expect(withRate).toBeGreaterThan(0);
    expect(withRate).toBeLessThan(waldOnly);
    expect(() =>
      passProbabilityPairedBinary({ n: 50, discordance: 0.1, margin: 0.1, baseRate: 0.02 }),
    ).toThrow(RangeError);
  });
});
