// SQuAD answer normalization, exact match and token F1, as defined by the official SQuAD v1.1 evaluation script
// (see reference/statistics.md section 6.1): lower case, remove ASCII punctuation, remove the articles a/an/the,
// collapse white space. Written to give the same strings as the Python original, including its notions of a
// word character (for the article boundaries) and of white space (for the final split).

/** Python's `string.punctuation`: ASCII only, so curly quotes and other Unicode punctuation survive. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** `\b(a|an|the)\b` with Python's Unicode word characters (letters, numbers, underscore). */
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/** What Python's `str.split()` splits on (str.isspace): JS `\s` minus U+FEFF, plus U+001C..U+001F and U+0085. */
// eslint-disable-next-line no-control-regex -- U+001C..U+001F are white space to Python, on purpose.
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * Text on which a faster, equivalent path applies: no non-ASCII character and no ASCII control character other
 * than white space. After punctuation is removed, its white-space-separated tokens are made of [a-z0-9] only, so
 * `\b(a|an|the)\b` matches exactly the tokens "a", "an" and "the".
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for.
const NEEDS_FULL_PATH = /[\x00-\x08\x0e-\x1b\x7f-\uffff]/;

/** SQuAD `normalize_answer`. */
export function squadNormalize(text: string): string {
  return squadTokens(text).join(' ');
}

/** Tokens of the normalized text (the normalized text split on white space). */
export function squadTokens(text: string): string[] {
  const stripped = text.toLowerCase().replace(ASCII_PUNCTUATION, '');
  if (NEEDS_FULL_PATH.test(stripped)) return squadSplit(stripped.replace(ARTICLES, ' '));
  return stripped
    .split(PYTHON_WHITESPACE)
    .filter((token) => token !== '' && token !== 'a' && token !== 'an' && token !== 'the');
}

function squadSplit(text: string): string[] {
  return text.split(PYTHON_WHITESPACE).filter((token) => token.length > 0);
}

/** SQuAD exact match of one prediction against one gold answer: 1 or 0. */
export function squadExactMatch(prediction: string, gold: string): number {
  return squadNormalize(prediction) === squadNormalize(gold) ? 1 : 0;
}

/**
 * SQuAD token F1 of one prediction against one gold answer. When either side has no tokens, F1 is 1 if both are
 * empty and 0 otherwise (the SQuAD v2.0 rule; v1.1 gave 0 for two empty answers).
 */
export function squadF1(prediction: string, gold: string): number {
  const predicted = squadTokens(prediction);
  const reference = squadTokens(gold);
  if (predicted.length === 0 || reference.length === 0) return predicted.length === reference.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const token of reference) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let same = 0;
  for (const token of predicted) {
    const count = remaining.get(token);
    if (count) {
      same++;
      remaining.set(token, count - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / predicted.length;
  const recall = same / reference.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The best score over several gold answers, as SQuAD does. */
export function maxOverGolds(
  metric: (prediction: string, gold: string) => number,
  prediction: string,
  golds: readonly string[],
): number {
  let best = 0;
  for (const gold of golds) best = Math.max(best, metric(prediction, gold));
  return best;
}
