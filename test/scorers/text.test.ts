import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { createContainsScorer, createRegexScorer, createTokenF1Scorer } from '../../src/scorers/text.js';
import { answer, item, thrown } from './helpers.js';

describe('contains', () => {
  const mentions = createContainsScorer({
    name: 'mentions_refund',
    values: ['refund', 'order #'],
    caseSensitive: true,
  });
  const folded = createContainsScorer({
    name: 'mentions_refund',
    values: ['Refund', 'ORDER #'],
    caseSensitive: false,
  });
  const echoes = createContainsScorer({
    name: 'echoes_answer',
    values: ['Answer: {{expected}}'],
    caseSensitive: true,
  });

  it('needs every string', () => {
    expect(mentions.score(item(), answer('Your refund for order #12 is on its way.'))).toEqual({
      mentions_refund: 1,
    });
    expect(mentions.score(item(), answer('Your refund is on its way.'))).toEqual({ mentions_refund: 0 });
    expect(mentions.score(item(), answer('Your Refund for order #12'))).toEqual({ mentions_refund: 0 });
    expect(mentions.metrics[0]).toMatchObject({ kind: 'binary', onError: 'fail', higherIsBetter: true });
  });

  it('folds case on both sides when case-insensitive', () => {
    expect(folded.score(item(), answer('REFUND for Order #12'))).toEqual({ mentions_refund: 1 });
    expect(folded.score(item(), answer('refunds for orders'))).toEqual({ mentions_refund: 0 });
  });

  it('replaces {{expected}} with the trimmed expected output, N/A without one', () => {
    expect(echoes.score(item({ expectedOutput: ' 42\n' }), answer('Work... Answer: 42.'))).toEqual({
      echoes_answer: 1,
    });
    expect(echoes.score(item({ expectedOutput: '42' }), answer('Answer: 41'))).toEqual({ echoes_answer: 0 });
    expect(echoes.score(item(), answer('Answer: 42'))).toEqual({ echoes_answer: null });
    expect(echoes.applies?.(item())).toBe(false);
    expect(mentions.applies?.(item())).toBe(true);
    // `$&` in the expected output is inserted literally, not as a replacement pattern
    expect(echoes.score(item({ expectedOutput: '$&' }), answer('Answer: $&'))).toEqual({ echoes_answer: 1 });
  });

  it('explains a miss', () => {
    expect(mentions.details!(item(), answer('Your refund is late'))).toEqual({
      mentions_refund: 'the output does not contain "order #"',
    });
    expect(echoes.details!(item(), answer('x')).echoes_answer).toMatch(/^N\/A/);
  });
});

describe('regex', () => {
  const mustMatch = createRegexScorer({
    name: 'has_ticket_id',
    pattern: 'TCK-\\d{4}',
    flags: '',
    mustMatch: true,
  });
  const mustNot = createRegexScorer({
    name: 'no_apology',
    pattern: '\\b(sorry|apologi[sz]e)\\b',
    flags: 'i',
    mustMatch: false,
  });

  it('scores must-match and must-not-match', () => {
    expect(mustMatch.score(item(), answer('Created TCK-0042.'))).toEqual({ has_ticket_id: 1 });
    expect(mustMatch.score(item(), answer('Created TCK-42.'))).toEqual({ has_ticket_id: 0 });
    expect(mustNot.score(item(), answer('Done.'))).toEqual({ no_apology: 1 });
    expect(mustNot.score(item(), answer('SORRY, I cannot.'))).toEqual({ no_apology: 0 });
  });

  it('gives the same answer on repeated calls (g and y flags are dropped)', () => {
    const global = createRegexScorer({ name: 'x', pattern: 'a', flags: 'gy', mustMatch: true });
    for (let round = 0; round < 3; round++) expect(global.score(item(), answer('bab'))).toEqual({ x: 1 });
  });

  it('rejects an invalid pattern or flag when built, naming the metric and the pattern', () => {
    const error = thrown(() =>
      createRegexScorer(
        { name: 'broken', pattern: '(unclosed', flags: '', mustMatch: true },
        'metrics.regex[1]',
        '/repo/evalgate.yml',
      ),
    ) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.key).toBe('metrics.regex[1].pattern');
    expect(error.file).toBe('/repo/evalgate.yml');
    expect(error.message).toMatch(/^metric "broken": invalid regular expression \/\(unclosed\/: /);
    expect(
      thrown(() => createRegexScorer({ name: 'x', pattern: 'a', flags: 'q', mustMatch: true })),
    ).toBeInstanceOf(UserError);
  });

  it('explains', () => {
    expect(mustNot.details!(item(), answer('I apologise for that'))).toEqual({
      no_apology: 'the output matches /\\b(sorry|apologi[sz]e)\\b/i at "apologise"',
    });
    expect(mustMatch.details!(item(), answer('none'))).toEqual({
      has_ticket_id: 'the output does not match /TCK-\\d{4}/',
    });
    expect(mustMatch.details!(item(), answer('TCK-1234'))).toEqual({});
  });
});

describe('token F1', () => {
  const f1 = createTokenF1Scorer({ name: 'f1' });

  it('is SQuAD token F1 against the expected output, continuous, N/A without one', () => {
    expect(f1.metrics[0]).toMatchObject({
      name: 'f1',
      kind: 'continuous',
      higherIsBetter: true,
      onError: 'fail',
    });
    expect(f1.score(item({ expectedOutput: 'Paris' }), answer('in Paris, France'))).toEqual({ f1: 0.5 });
    expect(f1.score(item({ expectedOutput: 'eiffel tower' }), answer('The Eiffel Tower!'))).toEqual({
      f1: 1,
    });
    expect(f1.score(item(), answer('Paris'))).toEqual({ f1: null });
    expect(f1.applies?.(item())).toBe(false);
  });
});
