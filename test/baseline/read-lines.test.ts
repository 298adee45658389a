// A baseline as this version writes it (one item per line) is read line by line; anything else, or anything
// doubtful, is left to parseBaseline, whose messages name the place: the reader says undefined, never throws.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBaselineFile } from '../../src/baseline/local-store.js';
import { readBaselineByLines } from '../../src/baseline/read-lines.js';
import { baselineJsonPieces } from '../../src/baseline/serialize.js';
import { BASELINE_KIND, BASELINE_SCHEMA_VERSION, type BaselineRecord } from '../../src/baseline/types.js';

function record(items: number, output = (index: number) => `answer ${index} ✓ "quoted"`): BaselineRecord {
  return {
    kind: BASELINE_KIND,
    schemaVersion: BASELINE_SCHEMA_VERSION,
    evalgateVersion: '0.1.0',
    name: 'lines',
    createdAt: '2026-12-01T10:00:00.000Z',
    datasetHash: 'd',
    configHash: 'c',
    judge: null,
    metricSpecs: [
      { name: 'accuracy', kind: 'binary', higherIsBetter: true, onError: 'fail', description: 'a' },
    ],
    items: Array.from({ length: items }, (_, index) => ({
      id: `i-${index}`,
      category: index % 2 === 0 ? 'a' : 'b',
      scores: { accuracy: index % 3 === 0 ? 0 : 1 },
      output: index % 7 === 0 ? null : output(index),
      error: index % 7 === 0,
    })),
    aggregates: { accuracy: { value: 0.5, n: items, kind: 'rate', higherIsBetter: true } },
    history: [],
  } as BaselineRecord;
}

const written = (value: BaselineRecord) => [...baselineJsonPieces(value)].join('');

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function fileWith(text: string | Buffer): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-baseline-lines-'));
  const file = path.join(dir, 'latest.json');
  await writeFile(file, text);
  return file;
}

describe('a baseline read line by line', () => {
  it('is the record JSON.parse reads from the whole file, with items longer than a read and multi-byte text', async () => {
    const value = record(3000, (index) =>
      index === 1500 ? `é😀${'x'.repeat(200_000)}` : `answer ${index} ✓`,
    );
    const text = written(value);
    const file = await fileWith(text);
    const read = await readBaselineByLines(file);
    expect(read).toEqual(JSON.parse(text));
    expect(read!.items).toHaveLength(3000);
    expect((await readBaselineFile(file))?.record).toEqual(JSON.parse(text));
  });

  const good = written(record(3));
  const [head, first, second, third, tail] = good.split('\n');
  it.each([
    ['an older baseline on one line', `${JSON.stringify(record(3))}\n`],
    ['no items (the head holds "items":[])', written(record(0))],
    [
      'an item line without the comma before the next',
      [head, first!.slice(0, -1), second, third, tail, ''].join('\n'),
    ],
    ['a comma after the last item', [head, first, second, `${third},`, tail, ''].join('\n')],
    ['an item line that is not JSON', [head, first, '{"id": oops},', third, tail, ''].join('\n')],
    ['two items on one line', [head, `${first}${second}`, third, tail, ''].join('\n')],
    ['a line after the end', `${good}{}\n`],
    ['another kind of file', good.replace(`"kind":"${BASELINE_KIND}"`, '"kind":"something-else"')],
    [
      'another format version',
      good.replace(`"schemaVersion":${BASELINE_SCHEMA_VERSION}`, '"schemaVersion":99'),
    ],
    ['a binary score that is not 0 or 1', good.replace('"accuracy":1', '"accuracy":0.5')],
    ['a number too large', good.replace('"accuracy":1', '"accuracy":1e999')],
  ])('leaves %s to the whole-file reader', async (_, text) => {
    expect(await readBaselineByLines(await fileWith(text))).toBeUndefined();
  });

  it('leaves a file that is not UTF-8, or is missing, to the whole-file reader', async () => {
    const bytes = Buffer.from(good);
    bytes[bytes.indexOf('answer')] = 0xe9;
    expect(await readBaselineByLines(await fileWith(bytes))).toBeUndefined();
    expect(await readBaselineByLines(path.join(dir, 'missing.json'))).toBeUndefined();
  });

  it('still reads an older one-line baseline, and still names the line of a damaged item', async () => {
    const older = `${JSON.stringify(record(3))}\n`;
    expect((await readBaselineFile(await fileWith(older)))?.record).toEqual(JSON.parse(older));
    const damaged = good.replace('"accuracy":1', '"accuracy":0.5');
    const damagedLine = damaged.split('\n').findIndex((line) => line.includes('0.5')) + 1;
    await expect(readBaselineFile(await fileWith(damaged))).rejects.toThrow(
      new RegExp(`:${damagedLine}: .*must be 0 or 1`),
    );
  });
});
