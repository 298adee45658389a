import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { datasetConfig, loadErrors, loadText } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/datasets');

describe('format scenarios: multi-turn conversations', () => {
  it('makes one item per user turn, carrying the context and the user turns so far', async () => {
    const dataset = await loadDataset(datasetConfig('scenarios.json'), fixtures);
    const file = 'test/fixtures/datasets/scenarios.json';
    expect(dataset.format).toBe('scenarios');
    expect(dataset.items.map((item) => item.id)).toEqual([
      'greeting-known-user#1',
      'multi-step-flow#1',
      'multi-step-flow#2',
      'multi-step-flow#3',
    ]);
    const context = { userId: 'user-456', tasks: [{ id: 12, title: 'Buy milk' }] };
    expect(dataset.items[0]).toEqual({
      id: 'greeting-known-user#1',
      category: 'greeting',
      input: 'hello',
      source: { file, line: 6 },
      conversation: {
        scenarioId: 'greeting-known-user',
        turn: 0,
        context: { userId: 'user-123' },
        userTurns: ['hello'],
      },
    });
    expect(dataset.items[2]).toEqual({
      id: 'multi-step-flow#2',
      category: 'core-flow',
      input: 'mark the milk task as done',
      expectedOutput: '{"action":"complete_task","task_id":12}',
      expectedAction: 'complete_task',
      source: { file, line: 14 },
      conversation: {
        scenarioId: 'multi-step-flow',
        turn: 1,
        context,
        userTurns: ['hello', 'mark the milk task as done'],
      },
    });
    expect(dataset.items[3]!.conversation).toEqual({
      scenarioId: 'multi-step-flow',
      turn: 2,
      context,
      userTurns: ['hello', 'mark the milk task as done', 'thanks'],
    });
    expect(dataset.items[1]!.source.line).toBe(13);
    expect(dataset.items[3]!.source.line).toBe(19);
  });

  it('reads JSONL scenarios, remapped turn fields, and generates scenario ids from the content', async () => {
    const content = [
      JSON.stringify({ category: 'c', turns: ['one', { question: 'two', answer: 2 }] }),
      '',
      JSON.stringify({ turns: ['solo'] }),
    ].join('\n');
    const { dataset } = await loadText('s.jsonl', content, 'scenarios', {
      input: 'question',
      expectedOutput: 'answer',
    });
    const [first, second, third] = dataset.items;
    expect(first!.id).toMatch(/^scenario-[0-9a-f]{12}#1$/);
    expect(second!.id).toBe(first!.id.replace('#1', '#2'));
    expect(second).toMatchObject({ input: 'two', expectedOutput: '2', source: { line: 1 } });
    expect(second!.conversation).toEqual({
      scenarioId: first!.conversation!.scenarioId,
      turn: 1,
      userTurns: ['one', 'two'],
    });
    expect(third).toMatchObject({ category: 'default', input: 'solo', source: { line: 3 } });
    expect(third!.conversation!.scenarioId).not.toBe(first!.conversation!.scenarioId);
    // Same content, same ids: a baseline stays paired.
    const again = await loadText('again.jsonl', content, 'scenarios', {
      input: 'question',
      expectedOutput: 'answer',
    });
    expect(again.dataset.items.map((item) => item.id)).toEqual(dataset.items.map((item) => item.id));
  });

  it('names both lines of a duplicate scenario id', async () => {
    const content =
      '[\n  {"id": "s1", "turns": ["a"]},\n  {"id": "s2", "turns": ["b"]},\n  {"id": "s1", "turns": ["c"]}\n]';
    const { errors, file } = await loadErrors('dup.json', content, 'scenarios');
    expect(errors.map((error) => error.message)).toEqual([`${file}:2 and ${file}:4 both have id "s1".`]);
  });

  it('reports bad scenarios and bad turns at their lines', async () => {
    const content = [
      '[',
      '  {"id": "no-turns"},',
      '  {"id": "empty", "turns": []},',
      '  {"id": "string-turns", "turns": "hello"},',
      '  {"id": "bad-turns", "turns": [',
      '    "ok",',
      '    "",',
      '    42,',
      '    {"expected_output": "x"},',
      '    {"input": "fine", "expected_action": []},',
      '    {"input": "fine too", "expected_action": 7}',
      '  ]},',
      '  "not a scenario"',
      ']',
    ].join('\n');
    const { errors } = await loadErrors('bad.json', content, 'scenarios');
    expect(errors.map((error) => [error.line, error.key, error.message])).toEqual([
      [2, 'turns', 'missing "turns".'],
      [3, 'turns', 'is empty.'],
      [4, 'turns', 'must be an array, found a string ("hello").'],
      [7, 'turns[1]', 'is an empty message.'],
      [8, 'turns[2]', 'must be a string (a user message) or an object, found a number (42).'],
      [9, 'turns[3].input', 'missing "input" (the record has "expected_output").'],
      [10, 'turns[4].expected_action', 'must be a non-empty string, found an array.'],
      [11, 'turns[5].expected_action', 'must be a non-empty string, found a number (7).'],
      [13, undefined, 'expected an object (one scenario), found a string ("not a scenario").'],
    ]);
  });
});
