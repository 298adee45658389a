// The text normalization of the contamination check, applied the same way to benchmark items and corpus:
//   1. Unicode NFKC (compatibility forms fold: full-width letters, ligatures such as "ﬁ", superscripts);
//   2. lower case (String.prototype.toLowerCase, locale-independent);
//   3. every Unicode punctuation character (general category P: . , ; : ! ? ' " - ( ) [ ] ... and their
//      non-ASCII forms) becomes a space, so "end.Next" gives two tokens and "don't" gives "don" "t";
//   4. split on Unicode whitespace; empty tokens are dropped.
// Symbols (category S: $ + < = > ^ ` | ~ ...) and digits are kept as parts of tokens.

const PUNCTUATION = /\p{P}+/gu;
const WHITESPACE = /\s+/u;

/** The normalized string, before tokenization (steps 1–3). */
export function normalizeForOverlap(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(PUNCTUATION, ' ');
}

/** The tokens of a text after normalization. */
export function overlapTokens(text: string): string[] {
  const tokens = normalizeForOverlap(text).split(WHITESPACE);
  let start = 0;
  let end = tokens.length;
  if (end > 0 && tokens[0] === '') start = 1;
  if (end > start && tokens[end - 1] === '') end -= 1;
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end);
}
