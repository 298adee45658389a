// BLEU as sacreBLEU 2.x computes it (Papineni et al. 2002; Post 2018), written from the published formulas:
//
// - Tokenizer 13a (mteval-v13a): drop `<skipped>`, join `-\n`, newlines to spaces, unescape &quot; &amp; &lt;
//   &gt;, then split off punctuation and symbols, `.` and `,` unless next to a digit, and `-` after a digit.
// - Statistics per segment: for n = 1..4, matched n-grams (clipped by the reference counts; with several
//   references, by the largest count in any of them) and the hypothesis' n-gram total; the hypothesis length and
//   the closest reference length (the shorter one on a tie).
// - Corpus BLEU sums the statistics over all segments first, then BP · exp(mean of log p_n) · 100 with
//   BP = exp(1 − r/c) when c < r. No match of any order gives 0. An order with no n-grams at all stops the loop.
// - Smoothing `exp` (sacreBLEU's default, NIST mteval): an order with no match gets p_n = 100 / (2^k · total_n),
//   k counting such orders so far. `floor` gives 100 · value / total_n; `add-k` adds k to matches and totals of
//   orders above 1; `none` leaves 0 (and log 0 counts as −9999999999, as sacreBLEU does).
// - Effective order (sentence BLEU): the mean runs over the orders that had n-grams only.
import { EVALGATE_VERSION } from '../version.js';

export const MAX_ORDER = 4;

export type BleuSmoothing = 'exp' | 'none' | 'floor' | 'add-k';

/** Sufficient statistics of one segment (summed over segments for corpus BLEU). */
export interface BleuStats {
  hypLength: number;
  refLength: number;
  /** Matched n-grams, n = 1..4. */
  matches: number[];
  /** Hypothesis n-grams, n = 1..4. */
  totals: number[];
}

export interface BleuScore {
  /** 0..100 */
  score: number;
  precisions: number[];
  bp: number;
  stats: BleuStats;
}

export interface BleuOptions {
  smoothing?: BleuSmoothing;
  /** Value for `floor` (default 0.1) and `add-k` (default 1). */
  smoothValue?: number;
  effectiveOrder?: boolean;
  tokenize?: '13a' | 'none';
  lowercase?: boolean;
}

// Punctuation and symbols split off as tokens: { | } ~ [ \ ] ^ _ ` space ! " # $ % & ( ) * + : ; < = > ? @ /
const SYMBOLS = /([{-~[-` -&(-+:-@/])/g;
const PERIOD_COMMA_AFTER_NON_DIGIT = /([^0-9])([.,])/g;
const PERIOD_COMMA_BEFORE_NON_DIGIT = /([.,])([^0-9])/g;
const DASH_AFTER_DIGIT = /([0-9])(-)/g;
/** What Python's `str.split()` splits on. */
// eslint-disable-next-line no-control-regex -- U+001C..U+001F are white space to Python, on purpose.
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** Python's `str.rstrip()`. */
const TRAILING_PYTHON_WHITESPACE = new RegExp(`(?:${PYTHON_WHITESPACE.source})$`);

export function splitPython(text: string): string[] {
  return text.split(PYTHON_WHITESPACE).filter((token) => token !== '');
}

/** The 13a tokenizer: the tokens of one segment. */
export function tokenize13a(segment: string): string[] {
  let line = segment
    .replaceAll('<skipped>', '')
    .replaceAll('-\n', '')
    .replaceAll('\n', ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  line = ` ${line} `
    .replace(SYMBOLS, ' $1 ')
    .replace(PERIOD_COMMA_AFTER_NON_DIGIT, '$1 $2 ')
    .replace(PERIOD_COMMA_BEFORE_NON_DIGIT, ' $1 $2')
    .replace(DASH_AFTER_DIGIT, '$1 $2 ');
  return splitPython(line);
}

function tokens(segment: string, options: BleuOptions): string[] {
  let text = segment.replace(TRAILING_PYTHON_WHITESPACE, '');
  if (options.lowercase) text = text.toLowerCase();
  return (options.tokenize ?? '13a') === '13a' ? tokenize13a(text) : splitPython(text);
}

function ngramCounts(words: readonly string[], order: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let n = 1; n <= order; n++) {
    for (let start = 0; start + n <= words.length; start++) {
      // U+0001 cannot occur inside a token, so it separates words unambiguously.
      const key = `${n}\u0001${words.slice(start, start + n).join('\u0001')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The statistics of one hypothesis against one or more references. */
export function segmentStats(
  hypothesis: string,
  references: readonly string[],
  options: BleuOptions = {},
): BleuStats {
  const hyp = tokens(hypothesis, options);
  const refCounts = new Map<string, number>();
  let refLength = -1;
  let closest = -1;
  for (const reference of references) {
    const ref = tokens(reference, options);
    const diff = Math.abs(hyp.length - ref.length);
    if (closest === -1 || diff < closest || (diff === closest && ref.length < refLength)) {
      closest = diff;
      refLength = ref.length;
    }
    for (const [gram, count] of ngramCounts(ref, MAX_ORDER)) {
      refCounts.set(gram, Math.max(refCounts.get(gram) ?? 0, count));
    }
  }
  const matches = new Array<number>(MAX_ORDER).fill(0);
  const totals = new Array<number>(MAX_ORDER).fill(0);
  for (let n = 1; n <= MAX_ORDER; n++) totals[n - 1] = Math.max(0, hyp.length - n + 1);
  for (const [gram, count] of ngramCounts(hyp, MAX_ORDER)) {
    const n = Number(gram.slice(0, gram.indexOf('\u0001')));
    matches[n - 1]! += Math.min(count, refCounts.get(gram) ?? 0);
  }
  return { hypLength: hyp.length, refLength: Math.max(refLength, 0), matches, totals };
}

export function sumStats(all: Iterable<BleuStats>): BleuStats {
  const sum: BleuStats = {
    hypLength: 0,
    refLength: 0,
    matches: new Array<number>(MAX_ORDER).fill(0),
    totals: new Array<number>(MAX_ORDER).fill(0),
  };
  for (const stats of all) {
    sum.hypLength += stats.hypLength;
    sum.refLength += stats.refLength;
    for (let index = 0; index < MAX_ORDER; index++) {
      sum.matches[index]! += stats.matches[index]!;
      sum.totals[index]! += stats.totals[index]!;
    }
  }
  return sum;
}

/** sacreBLEU's log: log 0 is a very large negative number rather than −Infinity. */
function safeLog(value: number): number {
  return value === 0 ? -9_999_999_999 : Math.log(value);
}

/** BLEU from sufficient statistics. */
export function computeBleu(stats: BleuStats, options: BleuOptions = {}): BleuScore {
  const smoothing = options.smoothing ?? 'exp';
  const smoothValue = options.smoothValue ?? (smoothing === 'floor' ? 0.1 : 1);
  const { hypLength, refLength } = stats;
  const bp = hypLength < refLength ? (hypLength > 0 ? Math.exp(1 - refLength / hypLength) : 0) : 1;
  const precisions = new Array<number>(MAX_ORDER).fill(0);
  if (!stats.matches.some((count) => count > 0)) return { score: 0, precisions, bp, stats };
  const matches = [...stats.matches];
  const totals = [...stats.totals];
  let expFactor = 1;
  let order = MAX_ORDER;
  for (let n = 1; n <= MAX_ORDER; n++) {
    if (smoothing === 'add-k' && n > 1) {
      matches[n - 1]! += smoothValue;
      totals[n - 1]! += smoothValue;
    }
    if (totals[n - 1] === 0) break;
    if (options.effectiveOrder) order = n;
    if (matches[n - 1] === 0) {
      if (smoothing === 'exp') {
        expFactor *= 2;
        precisions[n - 1] = 100 / (expFactor * totals[n - 1]!);
      } else if (smoothing === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / totals[n - 1]!;
      }
    } else {
      precisions[n - 1] = (100 * matches[n - 1]!) / totals[n - 1]!;
    }
  }
  let logSum = 0;
  for (let index = 0; index < order; index++) logSum += safeLog(precisions[index]!);
  return { score: bp * Math.exp(logSum / order), precisions, bp, stats };
}

/** sacreBLEU's `sentence_bleu` defaults: 13a, exp smoothing, effective order. 0..100. */
export function sentenceBleu(
  hypothesis: string,
  references: readonly string[],
  options: BleuOptions = {},
): number {
  const merged = { effectiveOrder: true, ...options };
  return computeBleu(segmentStats(hypothesis, references, merged), merged).score;
}

/** sacreBLEU's `corpus_bleu` defaults: 13a, exp smoothing, no effective order. `references[k][i]` is the k-th reference of segment i. */
export function corpusBleu(
  hypotheses: readonly string[],
  references: readonly (readonly string[])[],
  options: BleuOptions = {},
): BleuScore {
  const stats = hypotheses.map((hypothesis, index) =>
    segmentStats(
      hypothesis,
      references.map((stream) => stream[index] ?? ''),
      options,
    ),
  );
  return computeBleu(sumStats(stats), options);
}

/**
 * The reproducibility signature in sacreBLEU's format. The fields mean what sacreBLEU's mean; `version` names
 * evalgate, because this is evalgate's implementation of that signature, not sacreBLEU itself.
 */
export function bleuSignature(options: {
  references: number;
  effectiveOrder: boolean;
  smoothing?: BleuSmoothing;
  smoothValue?: number;
  lowercase?: boolean;
  tokenize?: '13a' | 'none';
}): string {
  const smoothing = options.smoothing ?? 'exp';
  const value =
    smoothing === 'floor'
      ? (options.smoothValue ?? 0.1)
      : smoothing === 'add-k'
        ? (options.smoothValue ?? 1)
        : undefined;
  return [
    `nrefs:${options.references}`,
    `case:${options.lowercase ? 'lc' : 'mixed'}`,
    `eff:${options.effectiveOrder ? 'yes' : 'no'}`,
    `tok:${options.tokenize ?? '13a'}`,
    `smooth:${smoothing}${value === undefined ? '' : `[${value.toFixed(2)}]`}`,
    `version:evalgate-${EVALGATE_VERSION}`,
  ].join('|');
}
