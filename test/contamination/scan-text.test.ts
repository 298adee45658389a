import { describe, expect, it } from 'vitest';
import { overlapTokens } from '../../src/contamination/normalize.js';
import { scanText } from '../../src/contamination/scan-text.js';
import { hashToken } from '../../src/contamination/token-hash.js';

const referenceHashes = (text: string): string[] => {
  const lanes = new Int32Array(2);
  return overlapTokens(text).map((token) => {
    hashToken(token, lanes);
    return `${lanes[0]}:${lanes[1]}`;
  });
};

const scannedHashes = (text: string): string[] => {
  const hashes: string[] = [];
  const count = scanText(text, { token: (first, second) => hashes.push(`${first}:${second}`) });
  expect(count).toBe(hashes.length);
  return hashes;
};

const ALPHABET = [
  ...'abcXYZ019 .,;:!?\'"-()[]{}_/@#%&*$+<=>^`|~\t\n\r\x0b\x0c\x01',
  'é',
  'É',
  'ﬁ',
  'Ｗ',
  '“',
  '—',
  '\u00a0',
  '\u0301',
  'ß',
  'İ',
  '¿',
  '²',
  '😀',
];

describe('the fast tokenizer', () => {
  it('gives the tokens of the reference normalization (NFKC, lower case, \\p{P}, \\s) on mixed text', () => {
    let state = 12345;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let trial = 0; trial < 2000; trial += 1) {
      const length = Math.floor(next() * 40);
      let text = '';
      for (let index = 0; index < length; index += 1) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(scannedHashes(text), JSON.stringify(text)).toEqual(referenceHashes(text));
    }
  });

  it('splits at punctuation and keeps symbols and digits inside tokens', () => {
    expect(overlapTokens("Don't STOP—now: a+b=2 ﬁne")).toEqual(['don', 't', 'stop', 'now', 'a+b=2', 'fine']);
    expect(scannedHashes('end.Next')).toEqual(referenceHashes('end next'));
  });
});
