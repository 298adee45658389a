// Tokenizes and hashes text exactly as ./normalize.ts defines it, fast: ASCII is lower-cased, split and hashed
// in one pass over the char codes (ASCII is its own NFKC form); from the first non-ASCII character of a line,
// the rest of that line goes through the reference normalization (NFKC, toLowerCase, \p{P}, \s).
import { overlapTokens } from './normalize.js';
import { LANE_1_SEED, LANE_2_SEED, hashToken, step1, step2 } from './token-hash.js';

export interface TokenSink {
  /** Called with each token's two hash lanes and the offset in the text where its line region starts. */
  token(first: number, second: number, at: number): void;
}

/** ASCII code -> 0 separator (whitespace or punctuation), 1 part of a token. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const char = String.fromCharCode(code);
  ASCII_CLASS[code] = /\s/u.test(char) || /\p{P}/u.test(char) ? 0 : 1;
}

const scratch = new Int32Array(2);

/** Feeds every token of `text` to the sink, in order; returns the number of tokens. */
export function scanText(text: string, sink: TokenSink): number {
  let count = 0;
  let inToken = false;
  let first = LANE_1_SEED;
  let second = LANE_2_SEED;
  let tokenStart = 0;
  const length = text.length;
  for (let at = 0; at < length; at += 1) {
    let code = text.charCodeAt(at);
    if (code >= 128) {
      // The rest of the line, from the start of the current token, the slow and exact way.
      const from = inToken ? tokenStart : at;
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = length;
      for (const token of overlapTokens(text.slice(from, lineEnd))) {
        hashToken(token, scratch);
        sink.token(scratch[0]!, scratch[1]!, from);
        count += 1;
      }
      inToken = false;
      at = lineEnd;
      continue;
    }
    if (ASCII_CLASS[code] === 1) {
      if (!inToken) {
        inToken = true;
        tokenStart = at;
        first = LANE_1_SEED;
        second = LANE_2_SEED;
      }
      if (code >= 65 && code <= 90) code += 32;
      first = step1(first, code);
      second = step2(second, code);
    } else if (inToken) {
      inToken = false;
      sink.token(first, second, tokenStart);
      count += 1;
    }
  }
  if (inToken) {
    sink.token(first, second, tokenStart);
    count += 1;
  }
  return count;
}
