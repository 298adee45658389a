import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  maxOverGolds,
  squadExactMatch,
  squadF1,
  squadNormalize,
  squadTokens,
} from '../../src/scorers/squad.js';

const referenceDir =
  process.env.EVALGATE_REFERENCE_DIR ?? path.resolve(import.meta.dirname, '../../../shared/reference');
const vectorsFile = path.join(referenceDir, 'stats-vectors.json');

interface SquadVector {
  pred: string;
  gold: string[];
  em: number;
  f1: number;
}

describe.skipIf(!existsSync(vectorsFile))(
  'SQuAD EM/F1 reference vectors (stats-vectors.json squad_em_f1)',
  () => {
    const vectors = existsSync(vectorsFile)
      ? ((JSON.parse(readFileSync(vectorsFile, 'utf8')) as { squad_em_f1: SquadVector[] }).squad_em_f1 ?? [])
      : [];

    it('has vectors to check', () => {
      expect(vectors.length).toBeGreaterThanOrEqual(3);
    });

    it.each(vectors.map((vector) => [vector.pred, vector] as const))('%s', (_pred, vector) => {
      expect(maxOverGolds(squadExactMatch, vector.pred, vector.gold)).toBe(vector.em);
      expect(maxOverGolds(squadF1, vector.pred, vector.gold)).toBeCloseTo(vector.f1, 12);
    });
  },
);

describe('squadNormalize (outputs of the official Python normalize_answer)', () => {
  // Expected values computed by running SQuAD v1.1's normalize_answer on each input with CPython 3.
  const cases: [string, string][] = [
    ['The Eiffel Tower!', 'eiffel tower'],
    ['in Paris, France', 'in paris france'],
    ['Barack Obama Jr.', 'barack obama jr'],
    ['A cat, an ant & THE dog', 'cat ant dog'],
    ['theatre a.n the', 'theatre'], // "a.n" loses its dot first and becomes the word "an"
    ["don't", 'dont'],
    ['a-b the-c', 'ab thec'],
    ['the_a an1 a', 'thea an1'], // "_" is punctuation (removed), digits are word characters
    ['  Ωthe  tHe  ', 'ωthe'],
    ['\u201cParis\u201d', '\u201cparis\u201d'], // curly quotes are not ASCII punctuation: they survive
    ['éthe cat', 'éthe cat'], // é is a word character: no article boundary
    ['naïve the', 'naïve'],
    ['Ⅻthe', 'ⅻthe'], // a Roman numeral is a (Unicode) number: no boundary
    ['२the', '२the'], // Devanagari digit
    ['a\u0301 the', '\u0301'], // a combining mark is not a word character in Python's re
    ['x\u001cy\u0085z\ufeffw\u00a0v', 'x y z\ufeffw v'], // Python splits on U+001C and U+0085, not on U+FEFF
    ['the\u200bcat', '\u200bcat'], // zero-width space is neither white space nor a word character
    ['İstanbul', 'i\u0307stanbul'],
    ['', ''],
    ['The a an', ''],
  ];
  it.each(cases)('%j -> %j', (input, expected) => {
    expect(squadNormalize(input)).toBe(expected);
  });

  it('removes every ASCII punctuation character and nothing else', () => {
    const ascii = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    expect(squadNormalize(`x${ascii}y`)).toBe('xy');
    expect(squadNormalize('x\u2019s \u00bfy\u00a1 \u2014 z')).toBe('x\u2019s \u00bfy\u00a1 \u2014 z');
  });
});

describe('squadF1', () => {
  it('counts shared tokens with multiplicity', () => {
    // pred tokens: the(removed) cat cat sat -> [cat, cat, sat]; gold: [cat, sat, on, mat]
    // common = cat x1 + sat x1 = 2; P = 2/3, R = 2/4, F1 = 2PR/(P+R) = 4/7
    expect(squadF1('The cat cat sat', 'cat sat on mat')).toBeCloseTo(4 / 7, 12);
  });

  it('is 0 without shared tokens and 1 for identical answers', () => {
    expect(squadF1('London', 'Paris')).toBe(0);
    expect(squadF1('Paris!', 'paris')).toBe(1);
  });

  it('follows the SQuAD v2 rule for empty answers', () => {
    expect(squadF1('', '')).toBe(1);
    expect(squadF1('the', 'a')).toBe(1); // both normalize to no tokens
    expect(squadF1('', 'Paris')).toBe(0);
    expect(squadF1('Paris', '...')).toBe(0);
  });

  it('tokenizes the normalized text', () => {
    expect(squadTokens('The  quick,\nbrown fox')).toEqual(['quick', 'brown', 'fox']);
  });
});

describe('squadNormalize fast path', () => {
  // A literal translation of normalize_answer (regexes only); squadNormalize takes a shortcut on plain ASCII
  // text, and must give the same strings everywhere.
  const reference = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[!-/:-@[-`{-~]/g, '')
      .replace(/(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu, ' ')
      // eslint-disable-next-line no-control-regex -- Python's str.split() splits on U+001C..U+001F.
      .split(/[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/)
      .filter((token) => token !== '')
      .join(' ');

  it('agrees with the literal translation on 20,000 random strings', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = [
      'a',
      'an',
      'the',
      'The',
      'A',
      'AN',
      'x',
      'b',
      '1',
      '_',
      '.',
      ',',
      '-',
      "'",
      ' ',
      '  ',
      '\t',
      '\n',
      '\u001c',
      '\u0001',
      '\u007f',
      'é',
      '\u00a0',
      '\ufeff',
      '\u2019',
      'theatre',
      'anA',
    ];
    for (let round = 0; round < 20_000; round++) {
      const length = Math.floor(random() * 12);
      let text = '';
      for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)]!;
      expect(squadNormalize(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
