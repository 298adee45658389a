import { describe, expect, it } from 'vitest';
import { formatInterval, formatP, formatPercent, formatPoints, formatSigned } from '../../src/stats/index.js';

describe('formatting', () => {
  it('prints p with 2 significant digits, floored at < 0.001, never 0', () => {
    expect(formatP(0.0821)).toBe('0.082');
    expect(formatP(0.2672)).toBe('0.27');
    expect(formatP(0.018)).toBe('0.018');
    expect(formatP(0.1)).toBe('0.10');
    expect(formatP(0.001)).toBe('0.0010');
    expect(formatP(0.00099)).toBe('< 0.001');
    expect(formatP(0)).toBe('< 0.001');
    expect(formatP(1)).toBe('1');
    expect(formatP(0.996)).toBe('1');
    expect(formatP(Number.NaN)).toBe('n/a');
    expect(formatP(1e-7, 1e-4)).toBe('< 0.0001');
  });

  it('prints signed differences with the Unicode minus', () => {
    expect(formatPoints(-0.015)).toBe('−1.5 pts');
    expect(formatPoints(0.008)).toBe('+0.8 pts');
    expect(formatPoints(-0.0004)).toBe('±0.0 pts');
    expect(formatSigned(-0.07)).toBe('−0.07');
    expect(formatSigned(Infinity)).toBe('+∞');
    expect(formatSigned(Number.NaN)).toBe('n/a');
    expect(formatPercent(0.812)).toBe('81.2%');
    expect(formatPercent(-0.05)).toBe('−5.0%');
    expect(formatInterval({ lower: -0.0282384, upper: -0.0017616 }, 2, 100)).toBe('[−2.82, −0.18]');
    expect(formatInterval({ lower: -0.0308, upper: 0.0008 }, 2, 100)).toBe('[−3.08, +0.08]');
  });
});
