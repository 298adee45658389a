// chrF against sacreBLEU's published vectors (test/test_chrf.py in mjpost/sacrebleu, the "effective order" cases,
// which use beta 3 and no epsilon smoothing as sacreBLEU 2.x's default does) and a chrF2 value computed by hand
// from the formula. Tolerance: 1e-4 chrF points, sacreBLEU's own EPSILON for chrF.
import { describe, expect, it } from 'vitest';
import { chrfSignature, chrfStats, computeChrf, corpusChrf, sentenceChrf } from '../../src/scorers/chrf.js';

const EPSILON = 1e-4;

describe('chrF', () => {
  it("matches sacreBLEU's effective-order vectors (beta 3)", () => {
    const cases: [string[], string[], number][] = [
      [['a'], ['a'], 100],
      [[''], ['reference'], 0],
      [['a b c'], ['a b c'], 100],
      [['a b c'], ['abc'], 100],
      [[''], ['c'], 0],
      [['a', 'b'], ['a', 'c'], 50],
      [['aa'], ['ab'], 25],
    ];
    for (const [hyps, refs, expected] of cases) {
      expect(Math.abs(corpusChrf(hyps, refs, 3) - expected)).toBeLessThan(EPSILON);
    }
  });

  it('computes chrF2 from the formula when precision and recall differ', () => {
    // "ab" vs "abc": 1-grams P 2/2, R 2/3; 2-grams P 1/1, R 1/2; no 3-gram in the hypothesis.
    // mean P = 1, mean R = 7/12; F2 = 5·P·R / (4·P + R) = 35/55.
    expect(Math.abs(sentenceChrf('ab', 'abc') - (100 * 35) / 55)).toBeLessThan(EPSILON);
    expect(chrfStats('a b', 'ab')[0]).toEqual([2, 2, 2]);
  });

  it('sums statistics over segments for the corpus score (not a mean of sentence scores)', () => {
    const corpus = corpusChrf(['ab', 'xyz'], ['abc', 'xy']);
    const summed = computeChrf(
      chrfStats('ab', 'abc').map(
        (row, index) =>
          row.map((value, k) => value + chrfStats('xyz', 'xy')[index]![k]!) as [number, number, number],
      ),
    );
    expect(corpus).toBeCloseTo(summed, 12);
    expect(corpus).not.toBeCloseTo((sentenceChrf('ab', 'abc') + sentenceChrf('xyz', 'xy')) / 2, 3);
  });

  it("prints sacreBLEU's chrF signature fields", () => {
    expect(chrfSignature()).toMatch(/^nrefs:1\|case:mixed\|eff:yes\|nc:6\|nw:0\|space:no\|version:evalgate-/);
  });
});
