// BLEU against sacreBLEU's published test vectors (test/test_bleu.py in mjpost/sacrebleu; values read there, the
// code not copied) and the reference vector TV-T3A in reference/stats-vectors.json. Tolerance: 1e-8 BLEU points,
// sacreBLEU's own EPSILON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bleuSignature,
  computeBleu,
  corpusBleu,
  segmentStats,
  sentenceBleu,
  tokenize13a,
} from '../../src/scorers/bleu.js';

const EPSILON = 1e-8;

const vectors = JSON.parse(
  readFileSync(new URL('../../../shared/reference/stats-vectors.json', import.meta.url), 'utf8'),
) as {
  sacrebleu_corpus_13a: { hyps: string[]; refs: string[]; bleu: number; precisions: number[]; bp: number }[];
};

// sacreBLEU's README example: three segments, two reference streams.
const HYPS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
const REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
];

describe('13a tokenizer', () => {
  it('splits punctuation, keeps decimal points and thousands separators, splits a dash after a digit', () => {
    expect(tokenize13a('The cat, it sat.')).toEqual(['The', 'cat', ',', 'it', 'sat', '.']);
    expect(tokenize13a('It costs 3.50, or 1,000 in 2019-2020!')).toEqual([
      'It',
      'costs',
      '3.50',
      ',',
      'or',
      '1,000',
      'in',
      '2019',
      '-',
      '2020',
      '!',
    ]);
    expect(tokenize13a("wasn't &quot;x&quot; &amp; y")).toEqual(["wasn't", '"', 'x', '"', '&', 'y']);
    expect(tokenize13a('a-\nb\nc <skipped>')).toEqual(['ab', 'c']);
  });
});

describe('corpus BLEU (sacreBLEU defaults: 13a, exp smoothing, no effective order)', () => {
  it('matches the reference vector TV-T3A: score, precisions and brevity penalty', () => {
    for (const vector of vectors.sacrebleu_corpus_13a) {
      const result = corpusBleu(vector.hyps, [vector.refs]);
      expect(Math.abs(result.score - vector.bleu)).toBeLessThan(1e-8);
      result.precisions.forEach((precision, index) =>
        expect(Math.abs(precision - vector.precisions[index]!)).toBeLessThan(1e-6),
      );
      expect(result.bp).toBe(vector.bp);
    }
  });

  it("matches sacreBLEU's test_corpus_bleu vectors", () => {
    expect(Math.abs(corpusBleu(HYPS, REFS).score - 48.530827)).toBeLessThan(1e-6);
    expect(Math.abs(corpusBleu(HYPS, REFS, { tokenize: 'none' }).score - 49.1919566)).toBeLessThan(1e-6);
    expect(Math.abs(corpusBleu(HYPS, REFS, { smoothing: 'none' }).score - 48.530827)).toBeLessThan(1e-6);
    expect(corpusBleu(['', '', ''], REFS).score).toBe(0);
  });

  it("counts n-grams as sacreBLEU's test_statistics expects", () => {
    const stats = segmentStats('am I am a character sequence', ['I am a symbol string sequence a a'], {
      tokenize: 'none',
    });
    expect(stats.matches).toEqual([4, 2, 1, 0]);
    expect(stats.totals).toEqual([6, 5, 4, 3]);
  });

  it("scores sufficient statistics as sacreBLEU's test_scoring expects", () => {
    const score = computeBleu(
      { matches: [9, 7, 5, 3], totals: [10, 8, 6, 4], hypLength: 11, refLength: 11 },
      { smoothing: 'none' },
    ).score;
    expect(Math.abs(score / 100 - 0.8375922397)).toBeLessThan(EPSILON);
  });

  it("gives 0 on sacreBLEU's degenerate statistics", () => {
    const cases: [number[], number[], number, number, number][] = [
      [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0],
      [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0],
      [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
      [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
    ];
    for (const [matches, totals, hypLength, refLength, smoothValue] of cases) {
      const score = computeBleu(
        { matches, totals, hypLength, refLength },
        { smoothing: 'floor', smoothValue },
      ).score;
      expect(score).toBe(0);
    }
  });
});

describe('sentence BLEU (effective order)', () => {
  it("matches sacreBLEU's test_effective_order vectors (floor 0.01, no tokenization)", () => {
    const options = {
      smoothing: 'floor',
      smoothValue: 0.01,
      tokenize: 'none',
      effectiveOrder: true,
    } as const;
    expect(
      Math.abs(corpusBleu(['test'], [['a test']], options).score / 100 - 0.3678794411714425),
    ).toBeLessThan(EPSILON);
    expect(Math.abs(corpusBleu(['a test'], [['a test']], options).score / 100 - 1)).toBeLessThan(EPSILON);
    expect(
      Math.abs(corpusBleu(['a little test'], [['a test']], options).score / 100 - 0.03218297948685433),
    ).toBeLessThan(EPSILON);
  });

  it('uses exp smoothing and the orders that have n-grams, from the formula', () => {
    // 2 unigrams and 1 bigram, all matched; no trigram: the mean runs over 2 orders; BP = exp(1 - 3/2).
    expect(Math.abs(sentenceBleu('the cat', ['the cat sat']) - 100 * Math.exp(-0.5))).toBeLessThan(EPSILON);
    // 4 of 4 unigrams, 1 of 3 bigrams, 0 of 2 trigrams (exp: 100/(2·2)), 0 of 1 4-gram (100/(4·1)).
    const expected = Math.exp((Math.log(100) + Math.log(100 / 3) + Math.log(25) + Math.log(25)) / 4);
    expect(Math.abs(sentenceBleu('a b c d', ['a b d c']) - expected)).toBeLessThan(EPSILON);
  });
});

describe('signature', () => {
  it("prints sacreBLEU's fields, with evalgate as the implementation", () => {
    expect(bleuSignature({ references: 1, effectiveOrder: false })).toMatch(
      /^nrefs:1\|case:mixed\|eff:no\|tok:13a\|smooth:exp\|version:evalgate-\d+\.\d+\.\d+$/,
    );
    expect(
      bleuSignature({ references: 2, effectiveOrder: true, smoothing: 'floor', smoothValue: 0.1 }),
    ).toContain('nrefs:2|case:mixed|eff:yes|tok:13a|smooth:floor[0.10]');
  });
});
