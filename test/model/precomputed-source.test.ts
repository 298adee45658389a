import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResponsesConfig } from '../../src/core/config.js';
import { UserError, UserErrors } from '../../src/core/errors.js';
import { sha256Hex } from '../../src/core/hash.js';
import type { DatasetItem, ModelResponse } from '../../src/core/types.js';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';
import {
  createPrecomputedSource,
  findUnmatchedResponses,
  precomputedResponse,
} from '../../src/model/precomputed-source.js';
import { loadResponses, type ResponseTable } from '../../src/model/responses-file.js';

function writeTemp(name: string, content: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'evalgate-responses-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return { dir, file };
}

function responsesConfig(file: string, overrides: Partial<ResponsesConfig> = {}): ResponsesConfig {
  return {
    path: file,
    format: 'auto',
    fields: { id: 'id', response: 'response' },
    onDuplicate: 'error',
    ...overrides,
  };
}

async function load(name: string, content: string, overrides: Partial<ResponsesConfig> = {}) {
  const { dir, file } = writeTemp(name, content);
  return { table: await loadResponses(responsesConfig(name, overrides), dir), file };
}

async function loadFailure(name: string, content: string, overrides: Partial<ResponsesConfig> = {}) {
  const { dir, file } = writeTemp(name, content);
  const error = await loadResponses(responsesConfig(name, overrides), dir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UserError);
  return { errors: error instanceof UserErrors ? error.errors : [error as UserError], file };
}

function item(id: string, input = `input of ${id}`, extra: Partial<DatasetItem> = {}): DatasetItem {
  return { id, category: 'default', input, source: { file: 'data.jsonl', line: 1 }, ...extra };
}

async function answer(
  items: DatasetItem[],
  table?: ResponseTable,
): Promise<{
  responses: Map<string, ModelResponse>;
  order: string[];
  stats: Awaited<ReturnType<ReturnType<typeof createPrecomputedSource>['run']>>;
  unmatched: readonly { id: string; line: number }[];
}> {
  const source = createPrecomputedSource(table);
  const responses = new Map<string, ModelResponse>();
  const order: string[] = [];
  const stats = await source.run(items, (answered, response) => {
    order.push(answered.id);
    responses.set(answered.id, response);
  });
  return { responses, order, stats, unmatched: source.unmatched };
}

const lines = (...records: object[]): string =>
  records.map((record) => JSON.stringify(record)).join('\n') + '\n';

describe('loadResponses', () => {
  it('reads a JSONL keyed by id, keeping null answers as null and "" as ""', async () => {
    const content = lines({ id: 'a', response: 'A' }, { id: 7, response: null }, { id: 'c', response: '' });
    const { table, file } = await load('r.jsonl', `\n${content}`);
    expect(table).toMatchObject({ file, format: 'jsonl', keyedBy: 'id', duplicates: [] });
    expect(table.hash).toBe(sha256Hex(`\n${content}`));
    expect([...table.responses]).toEqual([
      ['a', { response: 'A', line: 2 }],
      ['7', { response: null, line: 3 }],
      ['c', { response: '', line: 4 }],
    ]);
  });

  it('remaps the id and response fields', async () => {
    const { table } = await load('g.jsonl', lines({ id: 1, question: 'q', generation: 'so \\boxed{3}' }), {
      fields: { id: 'id', response: 'generation' },
    });
    expect(table.responses.get('1')).toEqual({ response: 'so \\boxed{3}', line: 1 });
  });

  it('accepts a JSON array of answers', async () => {
    const { table } = await load('r.json', JSON.stringify([{ id: 'a', response: 'A' }], null, 2));
    expect(table.responses.get('a')).toEqual({ response: 'A', line: 2 });
  });

  it('reports every bad line, saying which field name to set', async () => {
    const content = [
      JSON.stringify({ id: 'ok', response: 'fine' }),
      JSON.stringify({ id: 'x', answer: 'wrong field' }),
      JSON.stringify({ key: 'y', response: 'no id' }),
      JSON.stringify({ id: 'z', response: { action: 'create_task' } }),
      JSON.stringify({ id: '', response: 'x' }),
      '{"id": "broken", "response": "x"',
      '"a string"',
    ].join('\n');
    const { errors, file } = await loadFailure('bad.jsonl', content);
    expect(errors.map((error) => [error.line, error.key, error.message])).toEqual([
      [2, 'response', 'missing "response" (the record has "id", "answer").'],
      [3, 'id', 'missing "id" (the record has "key", "response").'],
      [4, 'response', 'must be a string or null, found an object.'],
      [5, 'id', 'must be a non-empty string or a number, found a string ("").'],
      [
        6,
        undefined,
        "invalid JSON at column 33: unexpected end of the text: the object opened at column 1 is not closed with '}' on this line (in JSONL every record must fit on one line).",
      ],
      [7, undefined, 'expected an object, found a string ("a string").'],
    ]);
    expect(errors[0]!.fix).toContain('responses.fields.response');
    expect(errors[1]!.fix).toContain('responses.fields.id');
    expect(errors.every((error) => error.file === file)).toBe(true);
  });

  it('rejects a duplicate id by default, naming both lines', async () => {
    const content = lines({ id: 'a', response: '1' }, { id: 'b', response: '2' }, { id: 'a', response: '3' });
    const { errors, file } = await loadFailure('dup.jsonl', content);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line: 3, key: 'id' });
    expect(errors[0]!.message).toBe(`${file}:1 and ${file}:3 both have id "a" (with different answers).`);
    expect(errors[0]!.fix).toContain('responses.on-duplicate to first');
  });

  it('keeps the first answer with on-duplicate first, and records every dropped one', async () => {
    const content = lines(
      { id: 'a', response: '1' },
      { id: 'a', response: '1' },
      { id: 'b', response: null },
      { id: 'a', response: 'other' },
      { id: 'b', response: 'late' },
    );
    const { table } = await load('dup.jsonl', content, { onDuplicate: 'first' });
    expect(table.responses.get('a')).toEqual({ response: '1', line: 1 });
    expect(table.responses.get('b')).toEqual({ response: null, line: 3 });
    expect(table.duplicates).toEqual([
      { id: 'a', line: 2, keptLine: 1, differs: false },
      { id: 'a', line: 4, keptLine: 1, differs: true },
      { id: 'b', line: 5, keptLine: 3, differs: true },
    ]);
  });

  it('reads Bedrock lines keyed by their prompt, detected or explicit', async () => {
    const content = lines(
      {
        prompt: 'hello',
        referenceResponse: '',
        modelResponses: [{ response: 'Hi!', modelIdentifier: 'app' }],
      },
      { prompt: 'bye\r\n', modelResponses: [{ response: null, modelIdentifier: 'app' }] },
      { prompt: 'hello', modelResponses: [{ response: 'Hi again', modelIdentifier: 'app' }] },
    );
    const { table } = await load('b.jsonl', content, { onDuplicate: 'first' });
    expect(table).toMatchObject({ format: 'bedrock', keyedBy: 'prompt' });
    expect([...table.responses]).toEqual([
      ['hello', { response: 'Hi!', line: 1 }],
      ['bye', { response: null, line: 2 }],
    ]);
    expect(table.duplicates).toEqual([{ id: 'hello', line: 3, keptLine: 1, differs: true }]);
    const { errors, file } = await loadFailure('b.jsonl', content, { format: 'bedrock' });
    expect(errors[0]!.message).toBe(
      `${file}:1 and ${file}:3 both have prompt "hello" (with different answers).`,
    );
    expect(errors[0]!.key).toBe('prompt');
  });

  it('rejects a Bedrock line with two answers', async () => {
    const content = lines({ prompt: 'p', modelResponses: [{ response: 'a' }, { response: 'b' }] });
    const { errors } = await loadFailure('b.jsonl', content, { format: 'bedrock' });
    expect(errors.map((error) => [error.line, error.key, error.message])).toEqual([
      [1, 'modelResponses', 'has 2 entries; Bedrock requires exactly one per line.'],
    ]);
  });

  it('explains a missing file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'evalgate-responses-'));
    const error = await loadResponses(responsesConfig('absent.jsonl'), dir).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(
      'the responses file does not exist (responses.path "absent.jsonl"',
    );
  });
});

describe('createPrecomputedSource', () => {
  it('answers every item once from the table, with an error item for a missing or null answer', async () => {
    const { table, file } = await load(
      'r.jsonl',
      lines(
        { id: 'a', response: '{"action":"list_tasks"}' },
        { id: 'b', response: null },
        { id: 'c', response: '' },
      ),
    );
    const items = [item('a'), item('b'), item('c'), item('d')];
    const { responses, order, stats } = await answer(items, table);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(responses.get('a')).toEqual({ output: '{"action":"list_tasks"}' });
    expect(responses.get('b')).toEqual({
      output: null,
      error: {
        stage: 'model',
        kind: 'missing_response',
        message: `${file}:2 records null for id b (no answer was recorded)`,
      },
    });
    expect(responses.get('c')).toEqual({ output: '' });
    expect(responses.get('d')).toEqual({
      output: null,
      error: { stage: 'model', kind: 'missing_response', message: `no response for id d in ${file}` },
    });
    expect(stats).toMatchObject({ items: 4, errors: 2, requests: 0, retries: 0, cacheHits: 0 });
    expect(createPrecomputedSource(table)).toMatchObject({ kind: 'precomputed', description: file });
  });

  it('lists the answers that match no item, in file order', async () => {
    const { table } = await load(
      'r.jsonl',
      lines({ id: 'x', response: '1' }, { id: 'a', response: '2' }, { id: 'y', response: null }),
    );
    const { unmatched } = await answer([item('a'), item('b')], table);
    expect(unmatched).toEqual([
      { id: 'x', line: 1 },
      { id: 'y', line: 3 },
    ]);
    expect(findUnmatchedResponses(table, [item('x'), item('y'), item('a')])).toEqual([]);
  });

  it('finds no unmatched answer in a file that follows the items, with gaps, and finds the one out of turn', async () => {
    const { table } = await load(
      'r.jsonl',
      lines({ id: 'a', response: '1' }, { id: 'c', response: '2' }, { id: 'd', response: null }),
    );
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => item(id));
    expect(findUnmatchedResponses(table, items)).toEqual([]);
    expect(findUnmatchedResponses(table, items.slice(0, 3))).toEqual([{ id: 'd', line: 3 }]);
    expect(findUnmatchedResponses(table, [item('d'), item('c'), item('a')])).toEqual([]);
    expect(findUnmatchedResponses(table, [item('c'), item('d')])).toEqual([{ id: 'a', line: 1 }]);
    expect(findUnmatchedResponses(table, [])).toEqual([
      { id: 'a', line: 1 },
      { id: 'c', line: 2 },
      { id: 'd', line: 3 },
    ]);
  });

  it('matches a Bedrock responses file on the prompt text', async () => {
    const { table, file } = await load(
      'b.jsonl',
      lines(
        { prompt: 'Create a task to buy milk', modelResponses: [{ response: 'ok' }] },
        { prompt: 'unused prompt', modelResponses: [{ response: 'x' }] },
      ),
    );
    const items = [item('i1', 'Create a task to buy milk\n'), item('i2', 'Delete task 3')];
    const { responses, unmatched } = await answer(items, table);
    expect(responses.get('i1')).toEqual({ output: 'ok' });
    expect(responses.get('i2')!.error!.message).toBe(
      `no response for the prompt of id i2 in ${file} (a Bedrock file has no ids: answers are matched on the prompt text, which must equal the item's input)`,
    );
    expect(unmatched).toEqual([{ id: 'unused prompt', line: 2 }]);
  });

  it("answers from the dataset's own answers when there is no responses file", async () => {
    const dataset = await loadDataset(
      { path: 'test/fixtures/datasets/bedrock.jsonl', format: 'auto', fields: DEFAULT_FIELDS },
      process.cwd(),
    );
    const { responses, stats } = await answer(dataset.items);
    const [first, , third, , fifth] = dataset.items;
    expect(responses.get(first!.id)).toEqual({ output: 'Hello! How may I assist you?' });
    expect(responses.get(third!.id)!.error).toEqual({
      stage: 'model',
      kind: 'missing_response',
      message: `test/fixtures/datasets/bedrock.jsonl:3 records no answer for id ${third!.id} (modelResponses[0].response is missing or null)`,
    });
    expect(responses.get(fifth!.id)!.error!.kind).toBe('missing_response');
    expect(stats.errors).toBe(2);
    expect(createPrecomputedSource().description).toBe('answers recorded in the dataset');
  });

  it('says so when neither the dataset nor a responses file has answers', () => {
    expect(precomputedResponse(item('q'))).toEqual({
      output: null,
      error: {
        stage: 'model',
        kind: 'missing_response',
        message:
          'no response for id q: the dataset data.jsonl carries no answers and no responses file is configured',
      },
    });
  });

  it('prefers the responses file over the answers the dataset carries', async () => {
    const { table } = await load('r.jsonl', lines({ id: 'a', response: 'from file' }));
    expect(precomputedResponse(item('a', 'x', { precomputed: 'from dataset' }), table)).toEqual({
      output: 'from file',
    });
  });

  // Its speed is measured by `npm run bench` (part 3), not here: a timed test fails on a loaded machine.
  it('answers 100,000 items, each once, the missing ones as error items', async () => {
    const count = 100_000;
    const table: ResponseTable = {
      file: 'big.jsonl',
      format: 'jsonl',
      keyedBy: 'id',
      responses: new Map(),
      duplicates: [],
      hash: '',
    };
    const items: DatasetItem[] = [];
    for (let index = 0; index < count; index++) {
      const id = `item-${index}`;
      if (index % 1000 !== 0) table.responses.set(id, { response: `answer ${index}`, line: index + 1 });
      items.push(item(id));
    }
    table.responses.set('extra', { response: 'x', line: count + 1 });
    const source = createPrecomputedSource(table);
    let answered = 0;
    const stats = await source.run(items, () => answered++);
    expect(answered).toBe(count);
    expect(stats.errors).toBe(100);
    expect(source.unmatched).toEqual([{ id: 'extra', line: count + 1 }]);
  });
});

const gsm8kDir =
  process.env.EVALGATE_GSM8K_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data/gsm8k-re2');
const read1 = 'gpt-3.5-turbo-0613.cot.read1.jsonl';
const read2 = 'gpt-3.5-turbo-0613.cot.read2.jsonl';

// The real GSM8K outputs beside the repo; the project keeps no copy, so these are skipped where absent.
describe.skipIf(!existsSync(path.join(gsm8kDir, read2)))('GSM8K responses (read2: 30 duplicated ids)', () => {
  const fields = { id: 'id', response: 'generation' };

  it('rejects the duplicates by default, naming both lines', async () => {
    const error = await loadResponses(responsesConfig(read2, { fields }), gsm8kDir).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserErrors);
    const errors = (error as UserErrors).errors;
    expect(errors).toHaveLength(21); // 20 listed, then "...and 10 more"
    expect(errors[20]!.message).toBe('…and 10 more problems (only the first 20 are listed).');
    for (const entry of errors.slice(0, 20)) {
      expect(entry.message).toMatch(
        /^.*gpt-3\.5-turbo-0613\.cot\.read2\.jsonl:\d+ and .*gpt-3\.5-turbo-0613\.cot\.read2\.jsonl:\d+ both have id "\d+" \(with (different|the same) answers?\)\.$/,
      );
    }
  });

  it('keeps the first of each with on-duplicate first and records all 30, 13 of them differing', async () => {
    const table = await loadResponses(responsesConfig(read2, { fields, onDuplicate: 'first' }), gsm8kDir);
    expect(table.responses.size).toBe(1319);
    expect(table.duplicates).toHaveLength(30);
    expect(table.duplicates.filter((duplicate) => duplicate.differs)).toHaveLength(13);
    expect(table.duplicates.every((duplicate) => duplicate.line > duplicate.keptLine)).toBe(true);
    // 4 null lines, two of them for id 1092 (line 1108 repeats line 1103): 3 null answers are kept.
    expect([...table.responses.values()].filter((entry) => entry.response === null)).toHaveLength(3);
    expect(table.duplicates).toContainEqual({ id: '1092', line: 1108, keptLine: 1103, differs: false });

    const dataset = await loadDataset(
      {
        path: read1,
        format: 'auto',
        fields: { ...DEFAULT_FIELDS, input: 'question', expectedOutput: 'target' },
      },
      gsm8kDir,
    );
    const { responses, stats, unmatched } = await answer(dataset.items, table);
    expect(responses.size).toBe(1319);
    expect(stats.errors).toBe(3);
    expect(unmatched).toEqual([]);
    const nullItem = [...responses].find(([, response]) => response.error)!;
    expect(nullItem[1].error!.message).toMatch(
      /read2\.jsonl:\d+ records null for id \d+ \(no answer was recorded\)$/,
    );
  });

  it('reads read1 generations as the v1 answers: 4 nulls become error items', async () => {
    const table = await loadResponses(responsesConfig(read1, { fields }), gsm8kDir);
    expect(table.responses.size).toBe(1319);
    expect(table.duplicates).toEqual([]);
    expect([...table.responses.values()].filter((entry) => entry.response === null)).toHaveLength(4);
  });
});
