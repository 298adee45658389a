import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { createFieldScorer } from '../../src/scorers/fields.js';
import { answer, item, thrown } from './helpers.js';

const action = createFieldScorer(
  { name: 'action_accuracy', path: 'action', expected: 'expected_action' },
  'metrics.fields[0]',
);
const priority = createFieldScorer(
  { name: 'priority_accuracy', path: 'params.priority', expected: 'expected_output.priority' },
  'metrics.fields[1]',
);
const firstId = createFieldScorer({
  name: 'first_id',
  path: 'items.0.id',
  expected: 'expected_output.items.0.id',
});
const whole = createFieldScorer({ name: 'answer_accuracy', path: 'answer', expected: 'expected_output' });

describe('field accuracy', () => {
  it('declares a binary fail metric', () => {
    expect(action.metrics).toEqual([
      expect.objectContaining({
        name: 'action_accuracy',
        kind: 'binary',
        higherIsBetter: true,
        onError: 'fail',
      }),
    ]);
    expect(action.configKey).toBe('metrics.fields[0]');
  });

  it('compares the output field with the expected action', () => {
    const expected = item({ expectedAction: 'create_task' });
    expect(action.score(expected, answer('{"action": "create_task", "params": {}}'))).toEqual({
      action_accuracy: 1,
    });
    expect(action.score(expected, answer('{"action": "delete_task"}'))).toEqual({ action_accuracy: 0 });
    expect(action.score(expected, answer('{"action": "Create_Task"}'))).toEqual({ action_accuracy: 0 }); // exact strings
    expect(action.score(expected, answer('{"action": " create_task"}'))).toEqual({ action_accuracy: 0 });
  });

  it('scores 0 for invalid JSON, a fenced block, a missing field or a non-object', () => {
    const expected = item({ expectedAction: 'create_task' });
    for (const output of [
      'create_task',
      '```json\n{"action": "create_task"}\n```',
      '{"params": {}}',
      '["create_task"]',
      '"create_task"',
    ]) {
      expect(action.score(expected, answer(output)), output).toEqual({ action_accuracy: 0 });
    }
  });

  it('is N/A without an expected value', () => {
    expect(action.score(item(), answer('{"action": "create_task"}'))).toEqual({ action_accuracy: null });
    expect(action.applies?.(item())).toBe(false);
    expect(action.applies?.(item({ expectedAction: 'x' }))).toBe(true);
    // expected_output.priority: no expected output, an expected output that is not JSON, or one without priority
    for (const expectedOutput of [undefined, 'high', '{"action": "x"}']) {
      expect(priority.score(item({ expectedOutput }), answer('{"params": {"priority": "high"}}'))).toEqual({
        priority_accuracy: null,
      });
    }
  });

  it('reads dotted paths on both sides, with deep JSON equality', () => {
    const expectedOutput = JSON.stringify({ action: 'create_task', priority: { level: 2, label: 'high' } });
    const output = (value: unknown) =>
      answer(JSON.stringify({ action: 'create_task', params: { priority: value } }));
    expect(priority.score(item({ expectedOutput }), output({ label: 'high', level: 2.0 }))).toEqual({
      priority_accuracy: 1,
    });
    expect(priority.score(item({ expectedOutput }), output({ label: 'high', level: '2' }))).toEqual({
      priority_accuracy: 0,
    });
    expect(priority.score(item({ expectedOutput }), output({ label: 'high' }))).toEqual({
      priority_accuracy: 0,
    });
    // null is a value: expected null matches output null, not a missing field
    const nullExpected = item({ expectedOutput: '{"priority": null}' });
    expect(priority.score(nullExpected, answer('{"params": {"priority": null}}'))).toEqual({
      priority_accuracy: 1,
    });
    expect(priority.score(nullExpected, answer('{"params": {}}'))).toEqual({ priority_accuracy: 0 });
  });

  it('indexes arrays with number segments', () => {
    const expected = item({ expectedOutput: '{"items": [{"id": "a1"}, {"id": "b2"}]}' });
    expect(firstId.score(expected, answer('{"items": [{"id": "a1"}]}'))).toEqual({ first_id: 1 });
    expect(firstId.score(expected, answer('{"items": [{"id": "b2"}, {"id": "a1"}]}'))).toEqual({
      first_id: 0,
    });
    expect(firstId.score(expected, answer('{"items": []}'))).toEqual({ first_id: 0 });
    expect(firstId.score(expected, answer('{"items": {"0": {"id": "a1"}}}'))).toEqual({ first_id: 1 }); // an object key "0"
  });

  it('never reads through a prototype', () => {
    const scorer = createFieldScorer({ name: 'ctor', path: 'constructor', expected: 'expected_output' });
    expect(scorer.score(item({ expectedOutput: 'x' }), answer('{}'))).toEqual({ ctor: 0 });
    const proto = createFieldScorer({ name: 'proto', path: 'a.__proto__', expected: 'expected_action' });
    expect(proto.score(item({ expectedAction: 'x' }), answer('{"a": {}}'))).toEqual({ proto: 0 });
  });

  it('takes the whole expected output, parsed when it is JSON and raw otherwise', () => {
    expect(whole.score(item({ expectedOutput: 'Paris' }), answer('{"answer": "Paris"}'))).toEqual({
      answer_accuracy: 1,
    });
    expect(whole.score(item({ expectedOutput: '42' }), answer('{"answer": 42}'))).toEqual({
      answer_accuracy: 1,
    });
    expect(whole.score(item({ expectedOutput: '42' }), answer('{"answer": "42"}'))).toEqual({
      answer_accuracy: 0,
    });
  });

  it('explains misses and N/A', () => {
    const expected = item({ expectedAction: 'create_task' });
    expect(action.details!(expected, answer('{"action": "delete_task"}'))).toEqual({
      action_accuracy: 'action is "delete_task", expected "create_task"',
    });
    expect(action.details!(expected, answer('{}')).action_accuracy).toBe(
      'the output has no action (expected "create_task")',
    );
    expect(action.details!(expected, answer('nope')).action_accuracy).toBe('the output is not valid JSON');
    expect(action.details!(item(), answer('{}')).action_accuracy).toBe(
      'N/A: the item has no expected action',
    );
    expect(priority.details!(item({ expectedOutput: 'high' }), answer('{}')).priority_accuracy).toBe(
      'N/A: the expected output is not valid JSON',
    );
    expect(priority.details!(item({ expectedOutput: '{}' }), answer('{}')).priority_accuracy).toBe(
      'N/A: the expected output has no priority',
    );
  });

  it('rejects a bad path or expected source at build time', () => {
    const badPath = thrown(() =>
      createFieldScorer(
        { name: 'x', path: 'params..priority', expected: 'expected_action' },
        'metrics.fields[2]',
      ),
    );
    expect(badPath).toBeInstanceOf(UserError);
    expect((badPath as UserError).key).toBe('metrics.fields[2].path');
    for (const expected of ['expected', 'expected_output.', 'expectedAction', 'metadata.action']) {
      const error = thrown(() =>
        createFieldScorer({ name: 'x', path: 'action', expected }, 'metrics.fields[3]'),
      );
      expect(error, expected).toBeInstanceOf(UserError);
      expect((error as UserError).key).toBe('metrics.fields[3].expected');
    }
  });
});
