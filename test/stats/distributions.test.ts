import { describe, expect, it } from 'vitest';
import {
  betaQuantile,
  chiSquareSf,
  clopperPearsonInterval,
  normalCdf,
  normalQuantile,
  normalSf,
  tCdf,
  tQuantile,
} from '../../src/stats/index.js';
import { expectClose } from './helpers.js';

describe('distribution wrappers', () => {
  it('normal quantiles of statistics.md', () => {
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-14);
    expectClose(normalQuantile(0.95), 1.6448536269514722, 1e-14);
    expectClose(normalQuantile(0.8), 0.8416212335729143, 1e-14);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalCdf(-Infinity)).toBe(0);
    expectClose(normalSf(1.959963984540054), 0.025, 1e-12);
  });

  it('t quantiles agree with closed forms at df = 1 and 2 (jstat inv, ~1e-7 relative)', () => {
    for (const p of [0.6, 0.75, 0.9, 0.95, 0.975, 0.995]) {
      expectClose(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-7);
      expectClose(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-7);
      expectClose(tQuantile(1 - p, 2), -(2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-7);
    }
    for (const df of [3, 9, 17.776, 49, 1000, 1e6]) {
      for (const p of [0.8, 0.95, 0.975]) expectClose(tCdf(tQuantile(p, df), df), p, 1e-7);
    }
    // t CDF closed forms: df = 1 (Cauchy) and df = 2.
    for (const x of [-30, -3, -0.5, 0.2, 1.5, 12]) {
      expectClose(tCdf(x, 1), 0.5 + Math.atan(x) / Math.PI, 1e-7, 1e-7);
      expectClose(tCdf(x, 2), 0.5 + x / (2 * Math.sqrt(2 + x * x)), 1e-12, 1e-15);
    }
    expect(tQuantile(0.5, 4)).toBe(0);
    expectClose(tQuantile(0.975, Infinity), 1.959963984540054, 1e-14);
  });

  it('guard the edges jstat returns NaN for', () => {
    expect(tCdf(-Infinity, 5)).toBe(0);
    expect(tCdf(Infinity, 5)).toBe(1);
    expect(tCdf(1, 0)).toBeNaN();
    expect(chiSquareSf(0, 1)).toBe(1);
  });

  it('chi-square with 1 df is the squared normal', () => {
    for (const x of [0.5, 3.84, 5.4, 10]) expectClose(chiSquareSf(x, 1), 2 * normalSf(Math.sqrt(x)), 1e-9);
  });

  it('Clopper–Pearson 45/50 matches mpmath', () => {
    const interval = clopperPearsonInterval(45, 50, 0.95);
    expectClose(interval.lower, 0.78186463357, 1e-9);
    expectClose(interval.upper, 0.96672490641, 1e-9);
    expect(clopperPearsonInterval(0, 10)).toMatchObject({ lower: 0 });
    expect(clopperPearsonInterval(10, 10)).toMatchObject({ upper: 1 });
    expect(clopperPearsonInterval(0, 0)).toMatchObject({ lower: 0, upper: 1 });
    expect(betaQuantile(0, 2, 3)).toBe(0);
  });
});
