import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { datasetConfig, loadErrors, loadText } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/datasets');
const line = (record: object): string => JSON.stringify(record);

describe('format bedrock: the Amazon Bedrock evaluation dataset JSONL', () => {
  it('reads prompt, reference, category and the precomputed answer of each line', async () => {
    const dataset = await loadDataset(datasetConfig('bedrock.jsonl'), fixtures);
    expect(dataset.format).toBe('bedrock');
    const file = 'test/fixtures/datasets/bedrock.jsonl';
    const items = dataset.items;
    expect(items).toHaveLength(5);
    expect(items[0]).toEqual({
      id: items[0]!.id,
      category: 'greeting',
      input: 'hello',
      precomputed: 'Hello! How may I assist you?',
      metadata: { modelIdentifier: 'my-app-v1' },
      source: { file, line: 1 },
    });
    expect(items[1]!.expectedOutput).toBe('{"action":"create_task","title":"Call the bank"}');
    expect(items[1]!.precomputed).toBe('{"action":"create_task","title":"Call the bank"}');
    // A multi-turn prompt is kept as it is; a null response means "no answer recorded".
    expect(items[2]!.input).toBe('User: hello\nAssistant: Hello! How may I assist you?\nUser: list my tasks');
    expect(items[2]!.precomputed).toBeNull();
    expect(items[2]).not.toHaveProperty('expectedOutput');
    // A missing response is null too; a missing category is "default"; blank lines keep line numbers.
    expect(items[4]).toMatchObject({ category: 'default', precomputed: null, source: { file, line: 6 } });
    expect(items[3]!.source.line).toBe(5);
  });

  it('generates ids from the content: a repeated prompt gets a suffix, not a duplicate-id error', async () => {
    const dataset = await loadDataset(datasetConfig('bedrock.jsonl', 'bedrock'), fixtures);
    const ids = dataset.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^item-[0-9a-f]{12}$/);
    expect(ids[3]).toBe(`${ids[0]}-2`);
  });

  it('also reads a JSON array of Bedrock records', async () => {
    const { dataset } = await loadText(
      'records.json',
      JSON.stringify([{ prompt: 'hi', referenceResponse: 'hello', modelResponses: [{ response: 'hey' }] }]),
    );
    expect(dataset.format).toBe('bedrock');
    expect(dataset.items[0]).toMatchObject({ input: 'hi', expectedOutput: 'hello', precomputed: 'hey' });
  });

  it('rejects more than one modelResponses entry, naming the line', async () => {
    const content = [
      line({ prompt: 'a', modelResponses: [{ response: 'x', modelIdentifier: 'm' }] }),
      line({
        prompt: 'b',
        modelResponses: [
          { response: 'x', modelIdentifier: 'm' },
          { response: 'y', modelIdentifier: 'n' },
        ],
      }),
    ].join('\n');
    const { errors, file } = await loadErrors('two.jsonl', content);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line: 2, key: 'modelResponses' });
    expect(errors[0]!.message).toBe('has 2 entries; Bedrock requires exactly one per line.');
    expect(errors[0]!.describe()).toContain(`${file}:2: modelResponses: has 2 entries`);
  });

  it('reports every malformed record', async () => {
    const content = [
      line({ prompt: 'ok', modelResponses: [{ response: 'fine', modelIdentifier: 'app-v1' }] }),
      line({ referenceResponse: '', modelResponses: [{ response: 'x' }] }),
      line({ prompt: 'p3', modelResponses: [] }),
      line({ prompt: 'p4', modelResponses: { response: 'x' } }),
      line({ prompt: 'p5', modelResponses: ['x'] }),
      line({ prompt: 'p6', modelResponses: [{ response: 42 }] }),
      line({ prompt: 'p7', referenceResponse: 7, modelResponses: [{ response: 'x' }] }),
      line({ prompt: 'p8', modelResponses: [{ response: 'x', modelIdentifier: 'app-v2' }] }),
      '[1, 2]',
    ].join('\n');
    const { errors } = await loadErrors('bad.jsonl', content, 'bedrock');
    expect(errors.map((error) => [error.line, error.key, error.message])).toEqual([
      [2, 'prompt', 'missing "prompt" (the record has "referenceResponse", "modelResponses").'],
      [3, 'modelResponses', 'has 0 entries; Bedrock requires exactly one per line.'],
      [4, 'modelResponses', 'must be an array with one entry, found an object.'],
      [5, 'modelResponses[0]', 'must be an object, found a string ("x").'],
      [6, 'modelResponses[0].response', 'must be a string or null, found a number (42).'],
      [7, 'referenceResponse', 'must be a string, found a number (7).'],
      [8, 'modelResponses[0].modelIdentifier', 'modelIdentifier "app-v2" differs from "app-v1" on line 1.'],
      [9, undefined, 'expected an object (one Bedrock record), found an array.'],
    ]);
  });
});
