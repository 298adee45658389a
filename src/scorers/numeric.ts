// Numeric answer match, e.g. `numeric_match` (binary): the final answer found in the output equals the expected
// output as a number, within an absolute tolerance (default 1e-6).
//
// Finding the final answer (`extract`):
// - `boxed`: the content of the last `\boxed{...}` (nested braces allowed). It must read as one number:
//   `18`, `\$18`, `18.00`, `1,000`, `-16.67`, `80\%` (-> 80), `18 \text{ dollars}`, `18th`, `x = 18`,
//   `\frac{1}{2}` / `\dfrac12` / `1/2` (-> 0.5), `1\frac{1}{2}` (-> 1.5). An expression (`6 + 2x`, `1350 + X`),
//   a time (`2:00 pm`), a word (`twice`) or two numbers are not a number: the answer is wrong (0), and the
//   explanation says why. Falling back to another number of the text would grade an answer the model did not give.
// - `last-number`: the last number in the text: `1,234.5`, `-3`, `$5`, `-$6`, `50%` (-> 50: a percent sign is
//   dropped, so "50%" matches an expected 50, not 0.5), a trailing period is not a decimal point. A minus sign
//   counts only when it does not follow a letter, digit or closing bracket (`10-15` ends with 15, not -15).
// - `boxed-or-last` (default): the boxed answer when there is one, else the last number.
// No answer found -> 0 (a wrong answer); `details` records why.
//
// The expected output must read as a number too (same rules; a GSM8K-style solution ending in `#### 72` counts as
// 72). When it does not, the metric is N/A (null) for that item rather than 0 or an error: the scorer cannot tell a
// broken dataset from an item that is not numeric, so the report's N/A count for the metric is what shows it.
import type { DatasetItem, MetricSpec } from '../core/types.js';
import { preview, truncate } from './common.js';
import { defineMetric, metricNameSchema, switchOrSettings } from './definition.js';
import type { AnsweredResponse, Scorer } from './scorer.js';

export interface NumericMetricConfig {
  name: string;
  /** How the final answer is found in the output. */
  extract: 'boxed-or-last' | 'boxed' | 'last-number';
  /** Absolute tolerance for the comparison. */
  tolerance: number;
}

export const numericMetric = defineMetric({
  key: 'numeric',
  field: 'numeric',
  schema: switchOrSettings({
    name: metricNameSchema('numeric_match'),
    extract: { enum: ['boxed-or-last', 'boxed', 'last-number'], default: 'boxed-or-last' },
    tolerance: { type: 'number', minimum: 0, default: 1e-6 },
  }),
  create: (settings: NumericMetricConfig, { configKey }) => createNumericScorer(settings, configKey),
});

export type ExtractMode = NumericMetricConfig['extract'];

export type Extraction =
  { ok: true; value: number; from: 'boxed' | 'last-number'; text: string } | { ok: false; reason: string };

export function createNumericScorer(config: NumericMetricConfig, configKey = 'metrics.numeric'): Scorer {
  const { name, extract, tolerance } = config;
  const expectedOf = (item: DatasetItem): number | null =>
    item.expectedOutput === undefined ? null : parseExpectedNumber(item.expectedOutput);

  const metrics: readonly MetricSpec[] = [
    {
      name,
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      description: `The final answer (${extract}) equals the expected number within ${tolerance}.`,
    },
  ];

  return {
    name: 'numeric',
    configKey,
    metrics,
    applies: (item: DatasetItem) => expectedOf(item) !== null,
    score(item, response) {
      const expected = expectedOf(item);
      if (expected === null) return { [name]: null };
      const answer = extractAnswer(response.output, extract);
      return { [name]: answer.ok && Math.abs(answer.value - expected) <= tolerance ? 1 : 0 };
    },
    details(item: DatasetItem, response: AnsweredResponse): Record<string, string> {
      if (item.expectedOutput === undefined) return { [name]: 'N/A: the item has no expected output' };
      const expected = expectedOf(item);
      if (expected === null) {
        return { [name]: `N/A: the expected output ${preview(item.expectedOutput)} is not a number` };
      }
      const answer = extractAnswer(response.output, extract);
      if (!answer.ok) return { [name]: answer.reason };
      if (Math.abs(answer.value - expected) <= tolerance) return {};
      const from =
        answer.from === 'boxed'
          ? `\\boxed{${truncate(answer.text, 40)}}`
          : `the last number "${answer.text}"`;
      return { [name]: `answer ${answer.value} (from ${from}), expected ${expected}` };
    },
  };
}

/** The final answer of an output. */
export function extractAnswer(output: string, mode: ExtractMode): Extraction {
  if (mode !== 'last-number') {
    const boxed = lastBoxed(output);
    if (boxed !== undefined) {
      const value = parseAnswerNumber(boxed);
      return value === null
        ? { ok: false, reason: `the boxed answer \\boxed{${truncate(boxed, 40)}} is not a number` }
        : { ok: true, value, from: 'boxed', text: boxed };
    }
    if (mode === 'boxed') return { ok: false, reason: 'no \\boxed{...} answer in the output' };
  }
  const last = lastNumber(output);
  if (!last) {
    return {
      ok: false,
      reason:
        mode === 'last-number'
          ? 'no number in the output'
          : 'no \\boxed{...} answer and no number in the output',
    };
  }
  return { ok: true, value: last.value, from: 'last-number', text: last.text };
}

const BOXED = '\\boxed';

/** The content of the last complete `\boxed{...}`, braces balanced (`\{` and `\}` do not count). */
export function lastBoxed(text: string): string | undefined {
  let at = text.lastIndexOf(BOXED);
  while (at >= 0) {
    let index = at + BOXED.length;
    while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
    if (text[index] === '{') {
      const start = index + 1;
      let depth = 1;
      for (index = start; index < text.length; index++) {
        const char = text[index];
        if (char === '\\') index++;
        else if (char === '{') depth++;
        else if (char === '}' && --depth === 0) return text.slice(start, index);
      }
    }
    if (at === 0) break;
    at = text.lastIndexOf(BOXED, at - 1);
  }
  return undefined;
}

/**
 * A number in running text: optional sign (only where it cannot be a hyphen or a subtraction), optional `$`,
 * digits with optional thousands separators, optional decimals.
 */
const NUMBER = /(?:(?<![\p{L}\p{N}_)\]])[-\u2212])?\$?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/gu;

function numberValue(text: string): number {
  return Number(text.replace(/[$,]/g, '').replace('\u2212', '-'));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Characters a number (with its sign and currency) can be made of. */
function isNumberChar(code: number): boolean {
  return isDigit(code) || code === 0x2c || code === 0x2e || code === 0x24 || code === 0x2d || code === 0x2212;
}

/** The last number in the text, or undefined. Only the tail of the text is scanned. */
export function lastNumber(text: string): { value: number; text: string } | undefined {
  let end = text.length - 1;
  while (end >= 0 && !isDigit(text.charCodeAt(end))) end--;
  if (end < 0) return undefined;
  // The run of number characters holding the last digit; no number can start before it and reach into it.
  let start = end;
  while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
  NUMBER.lastIndex = start;
  let last: RegExpExecArray | undefined;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) last = match;
  if (!last) return undefined;
  return { value: numberValue(last[0]), text: last[0] };
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const LATEX_TEXT = /\\(?:text|textbf|textit|textrm|mathrm|mathbf|mbox|operatorname)\s*\{([^{}]*)\}/g;
const LATEX_FRACTION =
  /^(-)?\s*(\d+)?\s*\\frac\s*\{\s*(\d+(?:\.\d+)?)\s*\}\s*\{\s*(\d+(?:\.\d+)?)\s*\}[\p{L}\s.]*$/u;
const PLAIN_FRACTION = /^(-)?\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)[\p{L}\s.]*$/u;
/** What may surround the one number of an answer: words (units, ordinals), spaces, light punctuation. */
const ANSWER_REST = /^[\p{L}\p{M}\s.,;:!?'"()/]*$/u;

/**
 * Reads a whole answer (a `\boxed{}` content, an expected output) as one number; null when it is not one.
 * LaTeX markup, currency and percent signs and unit words are ignored.
 */
export function parseAnswerNumber(raw: string): number | null {
  const trimmed = raw.trim();
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  let text = trimmed;
  if (text.includes('\\') || text.includes('{,}')) {
    text = text
      .replace(LATEX_TEXT, ' $1 ')
      .replace(/\\[dt]frac/g, '\\frac')
      .replace(/\\frac\s*(\d)\s*(\d)/g, '\\frac{$1}{$2}')
      .replace(/\{,\}/g, ',')
      .replace(/\^\s*\{?\s*\\circ\s*\}?/g, ' ')
      .replace(/\\(?:left|right|displaystyle)(?![a-zA-Z])/g, '')
      .replace(/\\[$%,;:! ]/g, ' ');
  }
  text = text
    .replace(/[$%€£~]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim()
    .replace(/^[\p{L}\s]+=\s*/u, '');

  const latex = LATEX_FRACTION.exec(text);
  if (latex) return fraction(latex[1], latex[2], latex[3]!, latex[4]!);
  const plain = PLAIN_FRACTION.exec(text);
  if (plain) return fraction(plain[1], undefined, plain[2]!, plain[3]!);

  // Exactly one number: find the first, and make sure there is no second.
  NUMBER.lastIndex = 0;
  const found = NUMBER.exec(text);
  if (!found || NUMBER.exec(text) !== null) return null;
  const rest = text.slice(0, found.index) + ' ' + text.slice(found.index + found[0].length);
  if (!ANSWER_REST.test(rest.replace(/(?<=\p{L})-(?=\p{L})/gu, ''))) return null;
  return numberValue(found[0]);
}

function fraction(
  sign: string | undefined,
  whole: string | undefined,
  numerator: string,
  denominator: string,
): number | null {
  const bottom = Number(denominator);
  if (bottom === 0) return null;
  const magnitude = Number(whole ?? 0) + Number(numerator) / bottom;
  return sign ? -magnitude : magnitude;
}

/** The expected output as a number: the whole text, or what follows a GSM8K `####` marker. */
export function parseExpectedNumber(expected: string): number | null {
  const marker = expected.lastIndexOf('####');
  return parseAnswerNumber(marker >= 0 ? expected.slice(marker + 4) : expected);
}
