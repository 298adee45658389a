import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetItem, ModelResponse } from '../../src/core/types.js';
import { scoreItem } from '../../src/scorers/index.js';
import {
  createNumericScorer,
  extractAnswer,
  lastBoxed,
  lastNumber,
  parseAnswerNumber,
  parseExpectedNumber,
} from '../../src/scorers/numeric.js';
import { answer, failed, item } from './helpers.js';

const numeric = createNumericScorer({ name: 'numeric_match', extract: 'boxed-or-last', tolerance: 1e-6 });

const value = (output: string, mode: 'boxed-or-last' | 'boxed' | 'last-number' = 'boxed-or-last') => {
  const result = extractAnswer(output, mode);
  return result.ok ? result.value : null;
};

describe('\\boxed{} answers', () => {
  it.each([
    ['\\boxed{18}', 18],
    ['\\boxed{\\$18}', 18],
    ['\\boxed{$18}', 18],
    ['\\boxed{18.00}', 18],
    ['\\boxed{1,000}', 1000],
    ['\\boxed{1,500,000}', 1500000],
    ['\\boxed{-16.67}', -16.67],
    ['\\boxed{\\frac{1}{2}}', 0.5],
    ['\\boxed{\\dfrac{3}{4}}', 0.75],
    ['\\boxed{\\frac12}', 0.5],
    ['\\boxed{-\\frac{1}{4}}', -0.25],
    ['\\boxed{1\\frac{1}{2}}', 1.5],
    ['\\boxed{3/4}', 0.75],
    ['\\boxed{18 \\text{ dollars}}', 18],
    ['\\boxed{\\text{18 dollars}}', 18],
    ['\\boxed{18th}', 18],
    ['\\boxed{80\\%}', 80],
    ['\\boxed{x = 5}', 5],
    ['\\boxed{1{,}000}', 1000],
    ['\\boxed{90^\\circ}', 90],
    ['\\boxed{ 7 }', 7],
    ['\\boxed {7}', 7],
    ['\\boxed{18.}', 18],
    ['\\boxed{(18)}', 18],
  ])('%s -> %s', (output, expected) => {
    expect(value(`So the answer is ${output}.`, 'boxed')).toBeCloseTo(expected, 12);
  });

  it.each([
    '\\boxed{6 + 2x}',
    '\\boxed{1350 + X}',
    '\\boxed{2:00 \\, \\text{pm}}',
    '\\boxed{twice}',
    '\\boxed{3 and 4}',
    '\\boxed{}',
    '\\boxed{\\frac{1}{0}}',
  ])('%s is not a number: a wrong answer, with the reason', (output) => {
    const result = extractAnswer(`The result is 12. ${output}`, 'boxed-or-last');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^the boxed answer .* is not a number$/);
  });

  it('takes the last complete \\boxed{}, nested braces balanced', () => {
    expect(lastBoxed('\\boxed{1} then \\boxed{\\frac{2}{3}} and more')).toBe('\\frac{2}{3}');
    expect(lastBoxed('\\boxed{4} and an unclosed \\boxed{5')).toBe('4');
    expect(lastBoxed('\\boxed{\\{1, 2\\}}')).toBe('\\{1, 2\\}');
    expect(lastBoxed('\\boxed 5')).toBeUndefined();
    expect(lastBoxed('no box')).toBeUndefined();
    expect(lastBoxed('\\boxed{9}')).toBe('9');
  });

  it('prefers the boxed answer over a later number', () => {
    expect(value('Claire will eat \\boxed{7} dozens of eggs in 4 weeks.')).toBe(7);
    expect(value('Claire will eat \\boxed{7} dozens of eggs in 4 weeks.', 'last-number')).toBe(4);
  });
});

describe('last number in the text', () => {
  it.each([
    ['The total is 1,234.5 dollars.', 1234.5],
    ['So she makes $18 every day.', 18],
    ['The temperature fell to -3 degrees.', -3],
    ['The jeans cost -$6 less.', -6],
    ['It is 50% of the cars.', 50],
    ['Therefore, there were 44.5 french fries.', 44.5],
    ['Profit = $200,000 - $130,000\nProfit = $70,000.', 70000],
    ['total = $<<57500=57500>>57,500.', 57500],
    ['pages 10-15', 15],
    ['x-5', 5],
    ['f(3)-2', 2],
    ['answer: \u22124', -4],
    ['the values 1,2,3', 3],
    ['12,34', 34],
    ['v 1,2345', 2345],
    ['007', 7],
  ])('%j -> %s', (text, expected) => {
    expect(value(text, 'last-number')).toBe(expected);
    expect(lastNumber(`intro 99 ${text}`)?.value).toBe(expected); // the tail scan gives the same answer
  });

  it('finds nothing in text without digits', () => {
    expect(lastNumber('no digits here.')).toBeUndefined();
    expect(lastNumber('')).toBeUndefined();
    expect(extractAnswer('I cannot tell.', 'boxed-or-last')).toEqual({
      ok: false,
      reason: 'no \\boxed{...} answer and no number in the output',
    });
    expect(extractAnswer('It is 42.', 'boxed')).toEqual({
      ok: false,
      reason: 'no \\boxed{...} answer in the output',
    });
  });
});

describe('expected numbers', () => {
  it('reads plain, formatted and GSM8K #### answers, and refuses the rest', () => {
    expect(parseExpectedNumber('18')).toBe(18);
    expect(parseExpectedNumber(' 1,000 ')).toBe(1000);
    expect(parseExpectedNumber('$18.50')).toBe(18.5);
    expect(parseExpectedNumber('She sells 16 - 3 - 4 = <<16-3-4=9>>9 eggs.\n#### 18')).toBe(18);
    expect(parseExpectedNumber('0.5')).toBe(0.5);
    expect(parseExpectedNumber('1/2')).toBe(0.5);
    expect(parseExpectedNumber('Paris')).toBeNull();
    expect(parseExpectedNumber('3 or 4')).toBeNull();
    expect(parseExpectedNumber('')).toBeNull();
    expect(parseAnswerNumber('-0')).toBe(-0);
  });
});

describe('numeric_match', () => {
  it('compares within the absolute tolerance', () => {
    expect(numeric.score(item({ expectedOutput: '18' }), answer('... so \\boxed{18.00}'))).toEqual({
      numeric_match: 1,
    });
    expect(
      numeric.score(item({ expectedOutput: '0.3' }), answer('0.1 + 0.2 = \\boxed{0.30000000000000004}')),
    ).toEqual({
      numeric_match: 1,
    });
    expect(numeric.score(item({ expectedOutput: '18' }), answer('... so \\boxed{18.01}'))).toEqual({
      numeric_match: 0,
    });
    const loose = createNumericScorer({ name: 'close_enough', extract: 'last-number', tolerance: 0.05 });
    expect(loose.score(item({ expectedOutput: '18' }), answer('about 18.04'))).toEqual({ close_enough: 1 });
    expect(loose.score(item({ expectedOutput: '18' }), answer('about 18.06'))).toEqual({ close_enough: 0 });
  });

  it('scores 0 when no answer is found, and says why', () => {
    const it18 = item({ expectedOutput: '18' });
    expect(numeric.score(it18, answer('I do not know.'))).toEqual({ numeric_match: 0 });
    expect(numeric.details!(it18, answer('I do not know.'))).toEqual({
      numeric_match: 'no \\boxed{...} answer and no number in the output',
    });
    expect(numeric.details!(it18, answer('\\boxed{6 + 2x}')).numeric_match).toBe(
      'the boxed answer \\boxed{6 + 2x} is not a number',
    );
    expect(numeric.details!(it18, answer('It is 20.')).numeric_match).toBe(
      'answer 20 (from the last number "20"), expected 18',
    );
    expect(numeric.details!(it18, answer('\\boxed{\\$20}')).numeric_match).toBe(
      'answer 20 (from \\boxed{\\$20}), expected 18',
    );
    expect(numeric.details!(it18, answer('\\boxed{18}'))).toEqual({});
  });

  it('is N/A when the expected output is missing or not a number', () => {
    expect(numeric.score(item(), answer('\\boxed{18}'))).toEqual({ numeric_match: null });
    expect(numeric.score(item({ expectedOutput: 'eighteen' }), answer('\\boxed{18}'))).toEqual({
      numeric_match: null,
    });
    expect(numeric.applies?.(item({ expectedOutput: 'eighteen' }))).toBe(false);
    expect(numeric.applies?.(item({ expectedOutput: '18' }))).toBe(true);
    expect(numeric.details!(item({ expectedOutput: 'eighteen' }), answer('18')).numeric_match).toBe(
      'N/A: the expected output "eighteen" is not a number',
    );
  });
});

// Real generations of gpt-3.5-turbo-0613 on GSM8K (chain of thought, question read once), read from the shared
// folder: the project keeps no copy, so this part is skipped where the folder is absent.
const gsm8kDir =
  process.env.EVALGATE_GSM8K_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data/gsm8k-re2');
const read1 = path.join(gsm8kDir, 'gpt-3.5-turbo-0613.cot.read1.jsonl');

interface Gsm8kLine {
  id: number;
  target: number;
  generation: string | null;
}

describe.skipIf(!existsSync(read1))('GSM8K real generations (read1)', () => {
  const lines = existsSync(read1)
    ? readFileSync(read1, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Gsm8kLine)
    : [];
  const byId = new Map(lines.map((line) => [line.id, line]));
  const toItem = (line: Gsm8kLine): DatasetItem =>
    item({ id: String(line.id), expectedOutput: String(line.target), input: '' });
  const toResponse = (line: Gsm8kLine): ModelResponse =>
    line.generation === null ? failed('missing_response', 'no generation recorded') : answer(line.generation);

  it('scores an accuracy near the published one for this run', () => {
    expect(lines).toHaveLength(1319);
    const start = performance.now();
    const scores = lines.map((line) => scoreItem([numeric], toItem(line), toResponse(line)).numeric_match);
    const elapsed = performance.now() - start;
    const accuracy = scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) / scores.length;
    console.log(
      `GSM8K read1 numeric_match accuracy: ${(accuracy * 100).toFixed(2)}% (${lines.length} items, ${elapsed.toFixed(1)} ms)`,
    );
    expect(scores.every((score) => score === 0 || score === 1)).toBe(true); // null generations are errors: 0, not N/A
    expect(accuracy).toBeGreaterThan(0.74);
    expect(accuracy).toBeLessThan(0.82);
  });

  it('gets the tricky lines right', () => {
    const check = (id: number) => {
      const line = byId.get(id)!;
      expect(line, `line ${id}`).toBeDefined();
      const answered = toResponse(line);
      return {
        score: scoreItem([numeric], toItem(line), answered).numeric_match,
        extracted: line.generation === null ? undefined : extractAnswer(line.generation, 'boxed-or-last'),
      };
    };
    // \boxed{7} dozens of eggs "in 4 weeks": the boxed answer wins over the later number
    expect(check(18)).toMatchObject({ score: 1, extracted: { value: 7, from: 'boxed' } });
    // \boxed{18th} floor
    expect(check(253)).toMatchObject({ score: 1, extracted: { value: 18, from: 'boxed' } });
    // \boxed{12.00} with target 12
    expect(check(638)).toMatchObject({ score: 1, extracted: { value: 12, from: 'boxed' } });
    // \boxed{1,500,000} (a wrong answer, read correctly)
    expect(check(62)).toMatchObject({ score: 0, extracted: { value: 1500000 } });
    // \boxed{80\%} reads 80; the target is 24
    expect(check(1030)).toMatchObject({ score: 0, extracted: { value: 80 } });
    // \boxed{-16.67}
    expect(check(184)).toMatchObject({ score: 0, extracted: { value: -16.67 } });
    // \boxed{1350 + X} and \boxed{2:00 \, \text{pm}} are not numbers
    expect(check(1166)).toMatchObject({ score: 0, extracted: { ok: false } });
    expect(check(1001)).toMatchObject({ score: 0, extracted: { ok: false } });
    // no box: "... is $<<57500=57500>>57,500." -> 57,500
    expect(check(17)).toMatchObject({ score: 1, extracted: { value: 57500, from: 'last-number' } });
    // no box: "Profit = $70,000 ... a profit of $70,000."
    expect(check(2)).toMatchObject({ score: 1, extracted: { value: 70000, from: 'last-number' } });
    // no box, trailing period after a decimal: "44.5 french fries"
    expect(check(153)).toMatchObject({ score: 0, extracted: { value: 44.5 } });
    // a null generation is an error item: 0, never N/A
    expect(check(727)).toMatchObject({ score: 0, extracted: undefined });
  });
});
