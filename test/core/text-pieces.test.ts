import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pourPieces, writeTextPieces, type ByteSink } from '../../src/core/text-pieces.js';

/** A sink that keeps every write, taking at most `take` bytes of each. */
function recordingSink(take = Infinity): ByteSink & { writes: Buffer[] } {
  const writes: Buffer[] = [];
  return {
    writes,
    async write(buffer, offset, length) {
      const bytesWritten = Math.min(take, length);
      writes.push(Buffer.from(buffer.subarray(offset, offset + bytesWritten)));
      return { bytesWritten };
    },
  };
}

// ASCII, 2-, 3- and 4-byte characters, a lone surrogate (written as U+FFFD, as Buffer.from does) and a
// piece longer than the buffer.
const PIECES = [
  '{"a":1}',
  'café ✓',
  '😀 emoji',
  'lone \ud800 surrogate',
  '',
  'x'.repeat(300),
  ...Array.from({ length: 200 }, (_, index) => `,item-${index}-é`),
];

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('pourPieces', () => {
  it('writes the UTF-8 of the joined pieces, in few writes of at most the buffer size', async () => {
    const sink = recordingSink();
    await pourPieces(sink, PIECES, 64);
    expect(Buffer.concat(sink.writes).equals(Buffer.from(PIECES.join(''), 'utf8'))).toBe(true);
    for (const write of sink.writes) expect(write.length).toBeLessThanOrEqual(64);
    expect(sink.writes.length).toBeLessThan(PIECES.length / 2);
  });

  it('writes again what a short write left', async () => {
    const sink = recordingSink(7);
    await pourPieces(sink, PIECES, 64);
    expect(Buffer.concat(sink.writes).toString('utf8')).toBe(Buffer.from(PIECES.join('')).toString('utf8'));
  });

  it('fails, instead of spinning, when a write takes no bytes', async () => {
    await expect(pourPieces(recordingSink(0), ['text'], 64)).rejects.toThrow(/a write took no bytes/);
  });

  it('writes nothing for no pieces or empty ones', async () => {
    const sink = recordingSink();
    await pourPieces(sink, ['', ''], 64);
    expect(sink.writes).toEqual([]);
  });
});

describe('writeTextPieces', () => {
  it('replaces a longer file with exactly the text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'evalgate-pieces-'));
    dirs.push(dir);
    const file = path.join(dir, 'out.txt');
    await writeFile(file, 'y'.repeat(100_000));
    await writeTextPieces(file, PIECES, 64);
    expect(await readFile(file, 'utf8')).toBe(Buffer.from(PIECES.join('')).toString('utf8'));
  });

  it('passes on the error of the pieces, and closes the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'evalgate-pieces-'));
    dirs.push(dir);
    const file = path.join(dir, 'out.txt');
    function* failing(): Generator<string> {
      yield 'first';
      throw new Error('renderer failed');
    }
    await expect(writeTextPieces(file, failing(), 64)).rejects.toThrow('renderer failed');
    expect(await readFile(file, 'utf8')).toBe('');
  });
});
