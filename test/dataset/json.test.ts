import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { datasetConfig, loadErrors, loadText } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/datasets');

describe('format json: a JSON array of items', () => {
  it('loads the brief shape, with ids, categories, metadata and the line of every element', async () => {
    const dataset = await loadDataset(datasetConfig('task-items.json'), fixtures);
    expect(dataset.format).toBe('json');
    expect(dataset.file).toBe('test/fixtures/datasets/task-items.json');
    expect(dataset.items).toEqual([
      {
        id: 'ta-1',
        category: 'create_task',
        input: 'Add a task to buy milk tomorrow, high priority',
        expectedOutput: '{"action":"create_task","title":"Buy milk","priority":"high"}',
        expectedAction: 'create_task',
        metadata: { author: 'docs' },
        source: { file: 'test/fixtures/datasets/task-items.json', line: 2 },
      },
      {
        id: 'ta-2',
        category: 'default',
        input: 'Delete task 42',
        expectedOutput: '{"action":"delete_task","task_id":42}',
        expectedAction: 'delete_task',
        source: { file: 'test/fixtures/datasets/task-items.json', line: 10 },
      },
      {
        id: 'ta-3',
        category: 'complete_task',
        input: 'I finished task 7',
        source: { file: 'test/fixtures/datasets/task-items.json', line: 16 },
      },
    ]);
  });

  it('remaps field names and turns non-string expected values into text (GSM8K lines)', async () => {
    const { dataset } = await loadText(
      'gsm.json',
      JSON.stringify([
        { id: 1, question: 'How many bolts?', target: 3, generation: 'the answer is \\boxed{3}' },
        { id: 2, question: 'How much?', target: 2.5, generation: null },
      ]),
      'auto',
      { input: 'question', expectedOutput: 'target' },
    );
    expect(
      dataset.items.map(({ id, input, expectedOutput, category }) => ({
        id,
        input,
        expectedOutput,
        category,
      })),
    ).toEqual([
      { id: '1', input: 'How many bolts?', expectedOutput: '3', category: 'default' },
      { id: '2', input: 'How much?', expectedOutput: '2.5', category: 'default' },
    ]);
  });

  it('writes an object expected output as compact JSON and treats null as absent', async () => {
    const { dataset } = await loadText(
      'items.json',
      JSON.stringify([
        { id: 'a', input: 'x', expected_output: { action: 'list_tasks', status: 'open' } },
        { id: 'b', input: 'y', expected_output: null, expected_action: null },
      ]),
    );
    expect(dataset.items[0]!.expectedOutput).toBe('{"action":"list_tasks","status":"open"}');
    expect(dataset.items[1]).not.toHaveProperty('expectedOutput');
    expect(dataset.items[1]).not.toHaveProperty('expectedAction');
  });

  it('generates content-hash ids that survive reordering, with suffixes for identical items', async () => {
    const a = { input: 'Delete task 1', expected_output: '{"action":"delete_task","task_id":1}' };
    const b = { input: 'Delete task 2', expected_output: '{"action":"delete_task","task_id":2}' };
    const first = (await loadText('a.json', JSON.stringify([a, b, a]))).dataset.items.map((item) => item.id);
    const second = (await loadText('b.json', JSON.stringify([b, a]))).dataset.items.map((item) => item.id);
    expect(first[0]).toMatch(/^item-[0-9a-f]{12}$/);
    expect(first[1]).toMatch(/^item-[0-9a-f]{12}$/);
    expect(first[0]).not.toBe(first[1]);
    expect(first[2]).toBe(`${first[0]}-2`);
    expect(second).toEqual([first[1], first[0]]);
  });

  it('names both lines of a duplicate id', async () => {
    const { errors, file } = await loadErrors(
      'dup.json',
      '[\n  {"id": "x", "input": "a"},\n  {"id": "y", "input": "b"},\n  {"id": "x", "input": "c"}\n]\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(`${file}:2 and ${file}:4 both have id "x".`);
    expect(errors[0]).toMatchObject({ file, line: 4, key: 'id' });
    expect(errors[0]!.fix).toContain('unique');
  });

  it('reports every bad element at its line, with the key and what is expected', async () => {
    const content = [
      '[',
      '  {"id": "ok", "input": "fine"},',
      '  "just a string",',
      '  {"question": "wrong field name"},',
      '  {"input": 12},',
      '  {"input": "   "},',
      '  {"id": true, "input": "x"},',
      '  {"input": "y", "category": ""},',
      '  {"input": "z", "metadata": [1]},',
      '  {"input": "w", "expected_action": {"a": 1}},',
      '  {"input": "v", "expected_action": 5}',
      ']',
    ].join('\n');
    const { errors, file } = await loadErrors('bad.json', content);
    const summary = errors.map((error) => [error.line, error.key, error.message]);
    expect(summary).toEqual([
      [3, undefined, 'expected an object (one item), found a string ("just a string").'],
      [4, 'input', 'missing "input" (the record has "question").'],
      [5, 'input', 'must be a string, found a number (12).'],
      [6, 'input', 'is empty.'],
      [7, 'id', 'must be a non-empty string or a number, found a boolean (true).'],
      [8, 'category', 'must be a non-empty string, found a string ("").'],
      [9, 'metadata', 'must be an object, found an array.'],
      [10, 'expected_action', 'must be a non-empty string, found an object.'],
      [11, 'expected_action', 'must be a non-empty string, found a number (5).'],
    ]);
    expect(errors.at(-1)!.fix).toContain('"5"');
    expect(errors.every((error) => error.file === file && error.fix)).toBe(true);
    expect(errors[1]!.fix).toContain('dataset.fields.input');
  });

  it('checks the ids of items that have other problems too', async () => {
    const { errors, file } = await loadErrors(
      'both.jsonl',
      '{"id": "x", "input": 1}\n{"id": "x", "input": "b"}\n',
    );
    expect(errors.map((error) => error.message)).toEqual([
      'must be a string, found a number (1).',
      `${file}:1 and ${file}:2 both have id "x".`,
    ]);
  });

  it('lists the first 20 problems and counts the rest', async () => {
    const items = Array.from({ length: 25 }, () => '{"input": 1}');
    const { errors } = await loadErrors('many.json', `[\n${items.join(',\n')}\n]`);
    expect(errors).toHaveLength(21);
    expect(errors[19]!.line).toBe(21);
    expect(errors[20]!.message).toBe('…and 5 more problems (only the first 20 are listed).');
  });

  it('gives the line and column of a syntax error', async () => {
    const { errors, file } = await loadErrors('syntax.json', '[\n  {"input": "a"},\n  {"input": "b",}\n]');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line: 3 });
    expect(errors[0]!.message).toBe(
      "invalid JSON at column 16: trailing comma before '}' (JSON allows none).",
    );
    expect(errors[0]!.describe()).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid JSON`),
    );
  });

  it('says when a record belongs to another format', async () => {
    const { errors } = await loadErrors('scen.json', '[{"id": "s", "turns": ["hi"]}]', 'json');
    expect(errors[0]!.message).toContain('"turns", as a multi-turn scenario does');
    expect(errors[0]!.fix).toBe('Set dataset.format to scenarios.');
    const bedrock = await loadErrors('b.json', '[{"prompt": "hi", "modelResponses": []}]', 'json');
    expect(bedrock.errors[0]!.fix).toBe('Set dataset.format to bedrock.');
  });

  it('rejects an empty array, an empty file and a non-array', async () => {
    expect((await loadErrors('empty.json', '[]')).errors[0]!.message).toBe('the dataset has no items.');
    expect((await loadErrors('blank.json', ' \n\n')).errors[0]!.message).toBe('the dataset file is empty.');
    const scalar = await loadErrors('scalar.json', '42', 'json');
    expect(scalar.errors[0]!.message).toBe("format json expects a JSON array, but the file starts with '4'.");
    const object = await loadErrors('object.json', '{"input": "a"}', 'json');
    expect(object.errors[0]!.fix).toContain('set dataset.format to jsonl');
  });
});
