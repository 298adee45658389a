import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { sha256Hex } from '../../src/core/hash.js';
import { loadDataset } from '../../src/dataset/index.js';
import { datasetConfig, loadErrors, loadText, tempDir, writeFile } from './helpers.js';

describe('loadDataset: format detection', () => {
  const item = { id: 'a', input: 'hi' };
  const scenario = { id: 's', turns: ['hi'] };
  const bedrock = { prompt: 'hi', referenceResponse: '', modelResponses: [{ response: 'hey' }] };

  it.each([
    ['items.json', JSON.stringify([item]), 'json'],
    ['items.jsonl', JSON.stringify(item), 'jsonl'],
    // The content decides, not the extension.
    ['items.json', `${JSON.stringify(item)}\n${JSON.stringify({ ...item, id: 'b' })}`, 'jsonl'],
    ['items.txt', `  \n[${JSON.stringify(item)}]`, 'json'],
    ['scenarios.json', JSON.stringify([scenario], null, 2), 'scenarios'],
    ['scenarios.jsonl', JSON.stringify(scenario), 'scenarios'],
    ['bedrock.jsonl', JSON.stringify(bedrock), 'bedrock'],
    ['bedrock.json', JSON.stringify([bedrock]), 'bedrock'],
  ])('%s holding %s is read as %s', async (name, content, format) => {
    const { dataset } = await loadText(name, content);
    expect(dataset.format).toBe(format);
    expect(dataset.items[0]!.input).toBe('hi');
  });

  it('reads records with a "prompt" field as items when dataset.fields.input says so', async () => {
    const { dataset } = await loadText(
      'p.jsonl',
      JSON.stringify({ prompt: 'hi', referenceResponse: 'yo' }),
      'auto',
      {
        input: 'prompt',
        expectedOutput: 'referenceResponse',
      },
    );
    expect(dataset.format).toBe('jsonl');
    expect(dataset.items[0]).toMatchObject({ input: 'hi', expectedOutput: 'yo' });
  });

  it('says what it tried when the content is neither a JSON array nor JSONL', async () => {
    const csv = await loadErrors('data.csv', 'input,expected_output\nhello,world\n');
    expect(csv.errors).toHaveLength(1);
    expect(csv.errors[0]).toMatchObject({ line: 1, key: 'dataset.format' });
    expect(csv.errors[0]!.message).toBe(
      'cannot detect the dataset format: tried a JSON array (the file would start with \'[\') and JSONL (each line one JSON object); line 1 is not a JSON value (unexpected word "input", expected a value (strings need double quotes) at column 1).',
    );
    expect(csv.errors[0]!.fix).toContain('json, jsonl, bedrock, scenarios');
    const single = await loadErrors('one.json', '{\n  "input": "hi"\n}\n');
    expect(single.errors[0]!.message).toContain('the file holds a single JSON object, not a list of items');
    expect(single.errors[0]!.fix).toBe('Wrap the items in [ ... ], or write one item per line.');
  });
});

describe('loadDataset: the file', () => {
  it('resolves the path against baseDir and hashes the exact bytes', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'data'));
    const content = '\uFEFF[{"input": "café"}]\r\n';
    const file = writeFile(dir, 'data/items.json', content);
    const dataset = await loadDataset(datasetConfig('data/items.json'), dir);
    expect(dataset.file).toBe(file);
    expect(dataset.hash).toBe(sha256Hex(Buffer.from(content, 'utf8')));
    expect(dataset.items[0]!.input).toBe('café');
    expect(dataset.items[0]!.source).toEqual({ file, line: 1 });
  });

  it('shows paths inside the working directory relative to it', async () => {
    const dataset = await loadDataset(datasetConfig('test/fixtures/datasets/task-items.json'), process.cwd());
    expect(dataset.file).toBe('test/fixtures/datasets/task-items.json');
  });

  it('explains a missing file, a folder and a file that is not UTF-8', async () => {
    const dir = tempDir();
    const missing = await loadDataset(datasetConfig('nope.json'), dir).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(UserError);
    expect((missing as UserError).message).toBe(
      `the dataset file does not exist (dataset.path "nope.json", resolved against ${dir}).`,
    );
    expect((missing as UserError).key).toBe('dataset.path');
    mkdirSync(path.join(dir, 'folder.json'));
    const folder = await loadDataset(datasetConfig('folder.json'), dir).catch((error: unknown) => error);
    expect((folder as UserError).message).toBe('the dataset path is a directory, not a file.');
    writeFile(dir, 'latin1.json', Buffer.from([0x5b, 0x22, 0xe9, 0x22, 0x5d]));
    const latin1 = await loadDataset(datasetConfig('latin1.json'), dir).catch((error: unknown) => error);
    expect((latin1 as UserError).message).toBe(
      'the dataset file is not valid UTF-8 text: byte 0xe9 at byte offset 2 (line 1, byte 3 of the line) is not UTF-8. It looks like Latin-1 or Windows-1252 text.',
    );
    expect((latin1 as UserError).line).toBe(1);
    writeFile(
      dir,
      'later.jsonl',
      Buffer.concat([Buffer.from('{"input": "a"}\n{"input": "caf'), Buffer.from([0xe9, 0x22, 0x7d, 0x0a])]),
    );
    const later = await loadDataset(datasetConfig('later.jsonl'), dir).catch((error: unknown) => error);
    expect((later as UserError).line).toBe(2);
    expect((later as UserError).message).toContain('byte offset 29 (line 2, byte 15 of the line)');
  });
});
