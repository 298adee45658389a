import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResponsesConfig } from '../../src/core/config.js';
import { UserError, UserErrors } from '../../src/core/errors.js';
import { DEFAULT_FIELDS, loadDataset, parseDataset } from '../../src/dataset/index.js';
import { readValidJsonLines } from '../../src/dataset/json-lines-file.js';
import { readJsonLines, readTextFile, type SourceRecord } from '../../src/dataset/json-text.js';
import { ProblemList } from '../../src/dataset/problems.js';
import { loadResponses, parseResponses } from '../../src/model/responses-file.js';
import { datasetConfig, tempDir, writeFile } from './helpers.js';

/** What the fast path reads from `content`: the records and hash, or undefined (the full reader's turn). */
async function fastRead(
  content: string | Uint8Array,
  accepts: (first: Record<string, unknown>) => boolean = () => true,
): Promise<{ records: SourceRecord[]; hash: string } | undefined> {
  const dir = tempDir();
  const file = writeFile(dir, 'data.jsonl', content);
  const records: SourceRecord[] = [];
  const hash = await readValidJsonLines(file, { accepts, add: (record) => records.push(record) }, CHUNK);
  return hash === undefined ? undefined : { records, hash };
}

/** What the full reader makes of the same content. */
async function fullRead(content: string | Uint8Array): Promise<{ records: SourceRecord[]; hash: string }> {
  const dir = tempDir();
  writeFile(dir, 'data.jsonl', content);
  const file = await readTextFile('data.jsonl', dir, 'dataset', 'dataset.path');
  const problems = new ProblemList(file.display);
  const records = readJsonLines(file, problems);
  expect(problems.count).toBe(0);
  return { records, hash: file.hash };
}

async function expectSameAsFullReader(content: string | Uint8Array): Promise<void> {
  const fast = await fastRead(content);
  expect(fast).toBeDefined();
  expect(fast).toEqual(await fullRead(content));
}

/** `count` JSONL lines of varied lengths, with characters of 2, 3 and 4 bytes in UTF-8. */
function manyLines(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const text = `é€😀 ${'x'.repeat((index * 37) % 300)}`;
    return JSON.stringify({ id: `q${index}`, input: text, n: index });
  });
}

// Reads of 64 KB here, so that small files cross many of them (the CLI reads 1 MB at a time).
const CHUNK = 1 << 16;

describe('readValidJsonLines, the fast path for valid JSONL', () => {
  it('reads what the full reader reads, across many read chunks', async () => {
    const lines = manyLines(3000); // about 600 KB
    await expectSameAsFullReader(lines.join('\n'));
    await expectSameAsFullReader(`${lines.join('\n')}\n`);
    await expectSameAsFullReader(`\uFEFF${lines.join('\r\n')}\r\n\r\n`);
    await expectSameAsFullReader(`\n  \n${lines.join('\n\n \t\n')}`);
  });

  it('reads a character whose bytes straddle a read chunk', async () => {
    for (const before of [65534, 65535, 65533, 65532]) {
      // The line starts at offset 0; its 4-byte character starts `before` bytes in.
      const prefix = '{"input": "';
      const line = `${prefix}${'a'.repeat(before - prefix.length)}😀 end"}`;
      const content = `${line}\n{"input": "next é"}`;
      expect(Buffer.from(content).indexOf(Buffer.from('😀'))).toBe(before);
      await expectSameAsFullReader(content);
    }
  });

  it('reads lines longer than a read chunk', async () => {
    const long = JSON.stringify({ input: '€'.repeat(100_000) });
    await expectSameAsFullReader(`{"input": "a"}\n${long}\n{"input": "b"}\n${long}`);
  });

  it('says the offsets of records in the text, after a byte order mark and leading whitespace', async () => {
    const fast = await fastRead('\uFEFF  {"input": "é"}\r\n\t{"input": "b"}');
    expect(fast?.records.map(({ line, offset }) => [line, offset])).toEqual([
      [1, 2],
      [2, 19],
    ]);
  });

  it('leaves to the full reader every file that is not plainly valid JSONL', async () => {
    const valid = manyLines(1000).join('\n');
    const notUtf8 = Buffer.concat([
      Buffer.from(`${valid}\n{"input": "caf`),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    for (const content of [
      '',
      ' \n\r\n',
      '[{"input": "a"}]',
      '\n  [{"input": "a"},\n{"input": "b"}]',
      `${valid}\n{"input": "broken"`,
      '42\n{"input": "a"}',
      '{"input": "a"}\r{"input": "b"}',
    ]) {
      expect(await fastRead(content), JSON.stringify(content.slice(0, 40))).toBeUndefined();
    }
    expect(await fastRead(notUtf8)).toBeUndefined();
    expect(await fastRead(valid, () => false)).toBeUndefined();
  });

  it('leaves a missing file and a directory to the full reader', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'folder'));
    const sink = { accepts: () => true, add: () => undefined };
    expect(await readValidJsonLines(path.join(dir, 'missing.jsonl'), sink)).toBeUndefined();
    expect(await readValidJsonLines(path.join(dir, 'folder'), sink)).toBeUndefined();
  });
});

async function errorsOf(work: Promise<unknown>): Promise<string[]> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  const errors = error instanceof UserErrors ? error.errors : [error as UserError];
  return errors.map((entry) => entry.describe());
}

describe('datasets and answers read by the fast path', () => {
  it('load as the full reader loads them', async () => {
    const content = `\uFEFF${manyLines(2000).join('\r\n')}\n\n{"input": "no id"}\n{"input": "no id"}`;
    expect(await fastRead(content)).toBeDefined();
    const dir = tempDir();
    writeFile(dir, 'data.jsonl', content);
    const file = await readTextFile('data.jsonl', dir, 'dataset', 'dataset.path');
    for (const format of ['auto', 'jsonl'] as const) {
      const dataset = await loadDataset(datasetConfig('data.jsonl', format), dir);
      expect(dataset).toEqual(parseDataset(file, format, DEFAULT_FIELDS));
      expect(dataset.items.at(-1)?.id).toMatch(/^item-[0-9a-f]{12}-2$/);
    }
    const config: ResponsesConfig = {
      path: 'data.jsonl',
      format: 'auto',
      fields: { id: 'id', response: 'input' },
      onDuplicate: 'first',
    };
    const answers = manyLines(2000).join('\n');
    writeFile(dir, 'answers.jsonl', `${answers}\n${manyLines(3).join('\n')}`);
    const answersFile = await readTextFile('answers.jsonl', dir, 'responses', 'responses.path');
    const table = await loadResponses({ ...config, path: 'answers.jsonl' }, dir);
    expect(table).toEqual(parseResponses(answersFile, { ...config, path: 'answers.jsonl' }));
    expect(table.duplicates).toHaveLength(3);
  });

  it('report the problems of a valid file as the full reader does', async () => {
    const dir = tempDir();
    const lines = manyLines(2000);
    lines[1500] = '{"id": "q3", "input": 5}';
    lines[1700] = '{"id": "q4", "input": "again"}';
    expect(await fastRead(lines.join('\n'))).toBeDefined();
    writeFile(dir, 'data.jsonl', lines.join('\n'));
    const file = await readTextFile('data.jsonl', dir, 'dataset', 'dataset.path');
    const expected = await errorsOf(Promise.resolve().then(() => parseDataset(file, 'auto', DEFAULT_FIELDS)));
    expect(expected).toHaveLength(3);
    expect(await errorsOf(loadDataset(datasetConfig('data.jsonl'), dir))).toEqual(expected);

    const config: ResponsesConfig = {
      path: 'data.jsonl',
      format: 'auto',
      fields: { id: 'id', response: 'input' },
      onDuplicate: 'error',
    };
    const expectedAnswers = await errorsOf(Promise.resolve().then(() => parseResponses(file, config)));
    expect(expectedAnswers).toHaveLength(2);
    expect(await errorsOf(loadResponses(config, dir))).toEqual(expectedAnswers);
  });

  it('leave a byte that is not UTF-8, late in the file, to the full reader, which says where it is', async () => {
    const dir = tempDir();
    const valid = manyLines(2000).join('\n');
    const bytes = Buffer.concat([Buffer.from(`${valid}\n{"input": "caf`), Buffer.from([0xe9, 0x22, 0x7d])]);
    writeFile(dir, 'data.jsonl', bytes);
    const offset = Buffer.byteLength(valid) + 15;
    const message = `the dataset file is not valid UTF-8 text: byte 0xe9 at byte offset ${offset} (line 2001, byte 15 of the line) is not UTF-8. It looks like Latin-1 or Windows-1252 text.`;
    expect((await errorsOf(loadDataset(datasetConfig('data.jsonl'), dir)))[0]).toContain(message);
  });
});
