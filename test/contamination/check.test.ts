import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContamination, type ContaminationOptions } from '../../src/contamination/check.js';
import { UserError } from '../../src/core/errors.js';
import type { DatasetItem } from '../../src/core/types.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-contamination-'));
});

const item = (id: string, input: string, expectedOutput?: string): DatasetItem => ({
  id,
  input,
  expectedOutput,
  category: 'default',
  source: { file: 'bench.jsonl', line: 1 },
});

/** 20 distinct words: w01 ... w20. */
const words = (from: number, count: number): string =>
  Array.from({ length: count }, (_, index) => `w${String(from + index).padStart(2, '0')}`).join(' ');

const items = [
  item('leaked', `Question: ${words(1, 20)}?`, 'the answer is forty two'),
  item(
    'clean',
    'A completely different question about apples and pears and their colours in the autumn time',
  ),
];

const options = (corpus: string[], extra: Partial<ContaminationOptions> = {}): ContaminationOptions => ({
  corpus,
  ngram: 13,
  fields: ['input', 'expected'],
  format: 'auto',
  textField: 'text',
  threshold: 0,
  ...extra,
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

const jsonl = (...texts: string[]): string => texts.map((text) => JSON.stringify({ text })).join('\n') + '\n';

describe('contamination check', () => {
  it('finds an item whose 13-gram is in a JSONL corpus, with its span and the corpus file:line', async () => {
    const corpus = await write(
      'train.jsonl',
      jsonl('nothing here', 'nor here', `prefix ${words(3, 13)} suffix`),
    );
    const result = await checkContamination(items, options([corpus]));
    expect(result.rate).toBe(0.5);
    expect(result.contaminated).toHaveLength(1);
    const [found] = result.contaminated;
    expect(found!.id).toBe('leaked');
    expect(found!.field).toBe('input');
    expect(found!.ngram).toBe(words(3, 13));
    expect(found!.span).toBe(`question w01 w02 [${words(3, 13)}] w16 w17 w18 w19 w20`);
    expect(found!.foundIn).toEqual({ file: expect.stringContaining('train.jsonl'), line: 3 });
    // The item has 21 tokens ("question" + 20 words): 9 distinct 13-grams, one found.
    expect(found!.matchedNgrams).toBe(1);
    expect(found!.totalNgrams).toBe(9);
    expect(result.corpus).toMatchObject({ files: 1, documents: 3 });
  });

  it('does not count a 12-token overlap when n is 13, and counts it when n is 12', async () => {
    const corpus = await write('train.txt', `before ${words(1, 12)} after\n`);
    expect((await checkContamination(items, options([corpus]))).contaminated).toEqual([]);
    const twelve = await checkContamination(items, options([corpus], { ngram: 12 }));
    expect(twelve.contaminated.map((found) => found.id)).toEqual(['leaked']);
  });

  it('follows an n-gram across the lines of a plain-text file, but not across JSONL records', async () => {
    const text = await write('book.txt', `${words(1, 6)}\n${words(7, 7)} and more\n`);
    const found = await checkContamination(items, options([text]));
    expect(found.contaminated[0]!.foundIn.line).toBe(2);
    const records = await write('split.jsonl', jsonl(words(1, 6), `${words(7, 7)} and more`));
    expect((await checkContamination(items, options([records]))).contaminated).toEqual([]);
  });

  it('follows an n-gram across the read chunks of a long line and of a record larger than a chunk', async () => {
    // One 5 MB line: the reader cuts it near 4 MB at a space; the n-gram straddles that cut.
    const filler = 'x '.repeat(2 * 1024 * 1024 - 3);
    const line = await write('one-line.txt', `${filler}${words(1, 13)} ${'y '.repeat(500_000)}`);
    const result = await checkContamination(items, options([line]));
    expect(result.contaminated.map((found) => found.id)).toEqual(['leaked']);
    // A JSONL record of 3 MB, read in 1 MB chunks, with the n-gram at the first chunk boundary.
    const big = `${'z '.repeat(512 * 1024 - 20)}${words(1, 13)} ${'z '.repeat(1024 * 1024)}`;
    const record = await write('big.jsonl', jsonl('first', big));
    const inRecord = await checkContamination(items, options([record]));
    expect(inRecord.contaminated[0]!.foundIn.line).toBe(2);
  });

  it('normalizes Unicode: NFKC, case, punctuation', async () => {
    const fancy = items[0]!.input
      .toUpperCase()
      .replace('W05', 'Ｗ０５') // full-width forms fold to ASCII under NFKC
      .replace(/ W07 /, ' “W07” — ');
    const corpus = await write('fancy.txt', `${fancy}\n`);
    const result = await checkContamination(items, options([corpus]));
    expect(result.contaminated.map((found) => found.id)).toEqual(['leaked']);
    expect(result.contaminated[0]!.matchedNgrams).toBe(9);
    const ligature = await checkContamination(
      [item('fi', 'ﬁrst second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth end')],
      options([
        await write(
          'ligature.txt',
          'FIRST second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth end',
        ),
      ]),
    );
    expect(ligature.contaminated).toHaveLength(1);
  });

  it('reads gzip files and folders (recursively), and checks the expected output when asked', async () => {
    const answer = item('answer', 'short question', words(1, 13));
    await write('corpus/a/part-1.jsonl.gz', gzipSync(jsonl('nothing', `see ${words(1, 13)}`)));
    await write('corpus/b/part-2.txt.gz', gzipSync(`${items[0]!.input}\n`));
    await write('corpus/.hidden.txt', words(1, 20));
    const result = await checkContamination([...items, answer], options([path.join(dir, 'corpus')]));
    expect(result.corpus.files).toBe(2);
    expect(result.contaminated.map((found) => [found.id, found.foundIn.file.split(path.sep).pop()])).toEqual([
      ['leaked', 'part-1.jsonl.gz'],
      ['answer', 'part-1.jsonl.gz'],
    ]);
    const inputsOnly = await checkContamination(
      [answer],
      options([path.join(dir, 'corpus')], { fields: ['input'] }),
    );
    expect(inputsOnly.contaminated).toEqual([]);
    expect(inputsOnly.tooShort).toBe(1);
  });

  it('applies the overlap threshold', async () => {
    const corpus = await write('train.txt', `question ${words(1, 12)}\n`);
    const some = await checkContamination(items, options([corpus]));
    expect(some.contaminated[0]!.overlap).toBeCloseTo(1 / 9);
    expect((await checkContamination(items, options([corpus], { threshold: 0.5 }))).contaminated).toEqual([]);
  });

  it('names the file and line of a malformed JSONL record, a record without the text field, and broken gzip', async () => {
    const bad = await write('bad.jsonl', `${jsonl('fine')}{"text": oops}\n`);
    await expect(checkContamination(items, options([bad]))).rejects.toMatchObject({
      file: expect.stringContaining('bad.jsonl'),
      line: 2,
      message: expect.stringContaining('not a JSON record'),
    });
    const noField = await write('nofield.jsonl', `${JSON.stringify({ content: 'x' })}\n`);
    await expect(checkContamination(items, options([noField]))).rejects.toMatchObject({
      line: 1,
      message: expect.stringContaining('no string field "text"'),
    });
    const good = gzipSync(jsonl(...Array.from({ length: 50_000 }, (_, index) => `document ${index}`)));
    const truncated = await write('broken.jsonl.gz', good.subarray(0, Math.floor(good.length / 2)));
    const error = await checkContamination(items, options([truncated])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(
      /broken\.jsonl\.gz:\d+: the corpus file is not valid gzip/,
    );
    expect((error as UserError).line).toBeGreaterThan(1);
  });

  it('names a missing corpus path', async () => {
    await expect(
      checkContamination(items, options([path.join(dir, 'missing')]), {
        file: 'evalgate.yml',
        key: 'contamination.corpus',
      }),
    ).rejects.toMatchObject({
      key: 'contamination.corpus',
      message: expect.stringContaining('missing cannot be read (ENOENT)'),
    });
  });
});
