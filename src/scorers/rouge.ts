// ROUGE-N and ROUGE-L (Lin 2004) as Google's `rouge_score` computes them, written from its documented behaviour:
//
// - Tokens: lower case; every run of characters outside [a-z0-9] becomes a space; split on white space; with
//   stemming, words longer than 3 characters are Porter-stemmed; only tokens matching ^[a-z0-9]+$ are kept (so
//   non-ASCII letters are dropped: use another metric for non-English text).
// - ROUGE-N: overlap = Σ min(count in prediction, count in reference) over n-grams; P = overlap / max(1, prediction
//   n-grams), R = overlap / max(1, reference n-grams). ROUGE-L: the same with the length of the longest common
//   subsequence of the two token sequences, and 0 when either side has no tokens.
// - F = 2PR / (P + R), 0 when P + R = 0. The reported value is F (0..1).
import { porterStem } from './porter.js';

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

const VALID_TOKEN = /^[a-z0-9]+$/;

export function rougeTokens(text: string, stem = false): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/);
  const result: string[] = [];
  for (const word of words) {
    const token = stem && word.length > 3 ? porterStem(word) : word;
    if (VALID_TOKEN.test(token)) result.push(token);
  }
  return result;
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let start = 0; start + n <= tokens.length; start++) {
    const key = tokens.slice(start, start + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeNTokens(
  target: readonly string[],
  prediction: readonly string[],
  n: number,
): RougeScore {
  const targetCounts = ngrams(target, n);
  const predictionCounts = ngrams(prediction, n);
  let overlap = 0;
  let predictionTotal = 0;
  for (const [gram, count] of predictionCounts) {
    predictionTotal += count;
    overlap += Math.min(count, targetCounts.get(gram) ?? 0);
  }
  let targetTotal = 0;
  for (const count of targetCounts.values()) targetTotal += count;
  const precision = overlap / Math.max(predictionTotal, 1);
  const recall = overlap / Math.max(targetTotal, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function rougeLTokens(target: readonly string[], prediction: readonly string[]): RougeScore {
  if (target.length === 0 || prediction.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsLength(target, prediction);
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

export type RougeType = 'rouge1' | 'rouge2' | 'rougeL';

/** `rouge_score`'s `RougeScorer(types, use_stemmer).score(target, prediction)`: the reference comes first. */
export function rougeScores(
  target: string,
  prediction: string,
  types: readonly RougeType[] = ['rouge1', 'rouge2', 'rougeL'],
  stem = false,
): Record<RougeType, RougeScore> {
  const targetTokens = rougeTokens(target, stem);
  const predictionTokens = rougeTokens(prediction, stem);
  const scores = {} as Record<RougeType, RougeScore>;
  for (const type of types) {
    scores[type] =
      type === 'rougeL'
        ? rougeLTokens(targetTokens, predictionTokens)
        : rougeNTokens(targetTokens, predictionTokens, type === 'rouge1' ? 1 : 2);
  }
  return scores;
}
