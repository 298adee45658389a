// ROUGE against the vectors of rouge_score's own tests (rouge/rouge_scorer_test.py in google-research; values read
// there, the code not copied) and values computed by hand from the formulas. Tolerance: 1e-9 (the values are
// exact ratios of small integers).
import { describe, expect, it } from 'vitest';
import { lcsLength, rougeScores, rougeTokens } from '../../src/scorers/rouge.js';
import { createRougeScorer } from '../../src/scorers/generation.js';
import { answer, item } from './helpers.js';

const TOLERANCE = 1e-9;

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(TOLERANCE);
}

describe('rouge_score test vectors', () => {
  it('rouge1: "testing one two" vs "testing" gives P 1, R 1/3, F 1/2', () => {
    const { rouge1 } = rougeScores('testing one two', 'testing', ['rouge1']);
    close(rouge1.precision, 1);
    close(rouge1.recall, 1 / 3);
    close(rouge1.fmeasure, 1 / 2);
  });

  it('rouge2: "testing one two" vs "testing one" gives P 1, R 1/2, F 2/3', () => {
    const { rouge2 } = rougeScores('testing one two', 'testing one', ['rouge2']);
    close(rouge2.precision, 1);
    close(rouge2.recall, 1 / 2);
    close(rouge2.fmeasure, 2 / 3);
  });

  it('rougeL, consecutive and not: F 4/5', () => {
    close(rougeScores('testing one two', 'testing one', ['rougeL']).rougeL.fmeasure, 4 / 5);
    close(rougeScores('testing one two', 'testing two', ['rougeL']).rougeL.fmeasure, 4 / 5);
  });

  it('an empty prediction scores 0 on every type', () => {
    const scores = rougeScores('testing one two', '');
    for (const score of Object.values(scores))
      expect(score).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });

  it('LCS of [1,2,3,4,5] and [2,5,3,4] is 3; of disjoint sequences 0', () => {
    expect(lcsLength(['1', '2', '3', '4', '5'], ['2', '5', '3', '4'])).toBe(3);
    expect(lcsLength(['1', '2', '3', '4', '5'], ['8', '9'])).toBe(0);
  });
});

describe('values computed by hand', () => {
  it('the cat sat on the mat / the cat is on the mat', () => {
    const scores = rougeScores('the cat sat on the mat', 'the cat is on the mat');
    close(scores.rouge1.fmeasure, 5 / 6); // the×2, cat, on, mat
    close(scores.rouge2.fmeasure, 3 / 5); // the cat, on the, the mat
    close(scores.rougeL.fmeasure, 5 / 6); // the cat on the mat
  });

  it('tokenizes like rouge_score: lower case, non-[a-z0-9] runs are spaces, non-ASCII letters dropped', () => {
    expect(rougeTokens('The quick-brown FOX, café 42!')).toEqual([
      'the',
      'quick',
      'brown',
      'fox',
      'caf',
      '42',
    ]);
    const scores = rougeScores('The quick brown fox.', 'quick, BROWN dogs!');
    close(scores.rouge1.fmeasure, 4 / 7); // P 2/3, R 2/4
    close(scores.rouge2.fmeasure, 2 / 5); // P 1/2, R 1/3
    close(scores.rougeL.fmeasure, 4 / 7);
  });

  it('stemming (words longer than 3 characters) makes inflections match', () => {
    close(rougeScores('the dog runs', 'running dogs', ['rouge1']).rouge1.fmeasure, 0);
    const stemmed = rougeScores('the dog runs', 'running dogs', ['rouge1', 'rougeL'], true);
    close(stemmed.rouge1.fmeasure, 0.8); // run dog vs the dog run: P 2/2, R 2/3
    close(stemmed.rougeL.fmeasure, 0.4); // LCS 1: P 1/2, R 1/3
  });
});

describe('the rouge scorer', () => {
  it('gives per-item F-measures, N/A without an expected output', () => {
    const scorer = createRougeScorer({ types: ['rouge1', 'rouge2', 'rougeL'], stemmer: false });
    expect(scorer.metrics.map((spec) => spec.name)).toEqual(['rouge1', 'rouge2', 'rouge_l']);
    const scores = scorer.score(
      item({ expectedOutput: 'the cat sat on the mat' }),
      answer('the cat is on the mat'),
    );
    close(scores.rouge1!, 5 / 6);
    close(scores.rouge2!, 3 / 5);
    close(scores.rouge_l!, 5 / 6);
    expect(scorer.score(item(), answer('anything'))).toEqual({ rouge1: null, rouge2: null, rouge_l: null });
  });
});
