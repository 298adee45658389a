import { describe, expect, it } from 'vitest';
import { createExactMatchScorer } from '../../src/scorers/exact-match.js';
import { answer, item } from './helpers.js';

const plain = createExactMatchScorer({ name: 'exact_match', normalize: false, json: false });
const normalized = createExactMatchScorer({ name: 'accuracy', normalize: true, json: false });
const json = createExactMatchScorer({ name: 'accuracy', normalize: false, json: true });

const score = (scorer: typeof plain, output: string, expectedOutput?: string) =>
  scorer.score(item({ expectedOutput }), answer(output));

describe('exact match', () => {
  it('declares one binary fail metric under the configured name', () => {
    expect(normalized.metrics).toEqual([
      expect.objectContaining({ name: 'accuracy', kind: 'binary', higherIsBetter: true, onError: 'fail' }),
    ]);
  });

  it('compares trimmed text exactly', () => {
    expect(score(plain, '  Paris\n', 'Paris')).toEqual({ exact_match: 1 });
    expect(score(plain, 'paris', 'Paris')).toEqual({ exact_match: 0 });
    expect(score(plain, 'Paris.', 'Paris')).toEqual({ exact_match: 0 });
    expect(score(plain, 'Par is', 'Paris')).toEqual({ exact_match: 0 });
  });

  it('is N/A (null, not 0) without an expected output', () => {
    expect(score(plain, 'Paris')).toEqual({ exact_match: null });
    expect(plain.applies?.(item())).toBe(false);
    expect(plain.applies?.(item({ expectedOutput: '' }))).toBe(true);
  });

  it('treats an empty expected output as a real expectation', () => {
    expect(score(plain, '   ', '')).toEqual({ exact_match: 1 });
    expect(score(plain, 'x', '')).toEqual({ exact_match: 0 });
  });

  it('matches the same text in every mode, JSON or not', () => {
    const both = createExactMatchScorer({ name: 'accuracy', normalize: true, json: true });
    for (const text of ['{"a": [1, 2]}', ' 42 ', 'Paris', '"yes"', '```json\n{}\n```', '']) {
      expect(score(plain, text, text.trim())).toEqual({ exact_match: 1 });
      expect(score(normalized, text, text)).toEqual({ accuracy: 1 });
      expect(score(json, text, text)).toEqual({ accuracy: 1 });
      expect(score(both, text, text)).toEqual({ accuracy: 1 });
      expect(json.details!(item({ expectedOutput: text }), answer(text))).toEqual({});
    }
  });

  it('normalizes both sides the SQuAD way when asked', () => {
    expect(score(normalized, 'The Eiffel Tower!', 'eiffel tower')).toEqual({ accuracy: 1 });
    expect(score(normalized, 'in Paris, France', 'Paris')).toEqual({ accuracy: 0 });
    expect(score(normalized, '\u201cParis\u201d', 'Paris')).toEqual({ accuracy: 0 }); // curly quotes survive
  });

  describe('json mode', () => {
    const expected =
      '{"action": "create_task", "params": {"title": "Buy milk", "priority": 1.0, "tags": ["a", "b"]}}';

    it('compares parsed values: key order, spacing and number spelling do not matter', () => {
      const output = '{"params":{"tags":["a","b"],"priority":1,"title":"Buy milk"},"action":"create_task"}';
      expect(score(json, output, expected)).toEqual({ accuracy: 1 });
      expect(score(plain, output, expected)).toEqual({ exact_match: 0 });
    });

    it('still sees a different value, an extra key or a reordered array', () => {
      expect(score(json, expected.replace('Buy milk', 'Buy Milk'), expected)).toEqual({ accuracy: 0 });
      expect(score(json, expected.replace('}}', ', "due": null}}'), expected)).toEqual({ accuracy: 0 });
      expect(score(json, expected.replace('["a", "b"]', '["b", "a"]'), expected)).toEqual({ accuracy: 0 });
    });

    it('does not unwrap a ``` fence, prose or trailing text', () => {
      expect(score(json, '```json\n' + expected + '\n```', expected)).toEqual({ accuracy: 0 });
      expect(score(json, 'Here is the JSON: ' + expected, expected)).toEqual({ accuracy: 0 });
      expect(score(json, expected + '\nHope this helps!', expected)).toEqual({ accuracy: 0 });
    });

    it('falls back to text for expected outputs that are scalars or not JSON', () => {
      expect(score(json, ' 42 ', '42.0')).toEqual({ accuracy: 1 }); // both parse: 42 === 42
      expect(score(json, 'Paris', 'Paris')).toEqual({ accuracy: 1 });
      expect(score(json, 'Paris', '"Paris"')).toEqual({ accuracy: 0 });
      expect(score(json, 'true', 'True')).toEqual({ accuracy: 0 });
    });

    it('needs JSON when the expected output is a JSON object, even with normalization', () => {
      const both = createExactMatchScorer({ name: 'accuracy', normalize: true, json: true });
      // Normalized, `{"a": 1}` and `a: 1` both read "a 1"; the JSON expectation keeps that from matching.
      expect(both.score(item({ expectedOutput: '{"a": 1}' }), answer('a: 1'))).toEqual({ accuracy: 0 });
      expect(both.score(item({ expectedOutput: '{"a": 1}' }), answer('{ "a" : 1 }'))).toEqual({
        accuracy: 1,
      });
    });
  });

  it('explains a miss', () => {
    const expected = '{"action": "create_task", "params": {"priority": "high"}}';
    const details = json.details!(
      item({ expectedOutput: expected }),
      answer('{"action": "create_task", "params": {"priority": "low"}}'),
    );
    expect(details.accuracy).toBe('JSON differs at $.params.priority: "low" vs expected "high"');
    expect(json.details!(item({ expectedOutput: expected }), answer('```json\n{}\n```')).accuracy).toMatch(
      /not valid JSON/,
    );
    expect(normalized.details!(item({ expectedOutput: 'Paris' }), answer('The city of Paris')).accuracy).toBe(
      'no exact match: normalized "city of paris" vs "paris"',
    );
    expect(plain.details!(item({ expectedOutput: 'Paris' }), answer('Paris'))).toEqual({});
    expect(plain.details!(item(), answer('Paris')).exact_match).toMatch(/^N\/A/);
  });
});
