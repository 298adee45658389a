// The Porter stemmer on word pairs from Porter's 1980 paper (full stems) and on the forms NLTK's default mode
// (which rouge_score uses) treats differently from the original algorithm.
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../src/scorers/porter.js';

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['caress', 'caress'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['tanned', 'tan'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['fizzed', 'fizz'],
    ['failing', 'fail'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['generalizations', 'gener'],
    ['oscillators', 'oscil'],
    ['hopefulness', 'hope'],
    ['goodness', 'good'],
    ['adjustable', 'adjust'],
    ['replacement', 'replac'],
    ['effective', 'effect'],
    ['cease', 'ceas'],
    ['controlling', 'control'],
    ['connection', 'connect'],
    ['connected', 'connect'],
    ['running', 'run'],
  ])('%s -> %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it.each([
    ['ties', 'tie'], // original: ti
    ['dying', 'die'],
    ['skies', 'sky'],
    ['news', 'news'],
    ['says', 'say'], // y after a vowel stays
    ['cry', 'cri'],
    ['callously', 'callous'], // y -> i, then ousli -> ous
    ['biology', 'biolog'], // logi -> log
  ])('NLTK mode: %s -> %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});
