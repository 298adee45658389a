// Streams one corpus file as documents of text, in bounded memory: a JSONL record's text field is one
// document; a plain-text file is one document (its n-grams run across lines). Gzip is recognized by its magic
// bytes and inflated on the fly. A text document arrives in pieces cut at a line end, so a token is never
// cut; each piece says which line it starts on.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from '../core/errors.js';
import type { CorpusFile } from './corpus-files.js';

const CHUNK_BYTES = 1 << 20;
/** A plain-text line longer than this is cut at its last whitespace, so one huge line stays bounded. */
const MAX_TEXT_PIECE = 4 << 20;

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function* byteChunks(file: string): AsyncGenerator<Buffer> {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  if (!(await isGzip(file))) {
    yield* raw as AsyncIterable<Buffer>;
    return;
  }
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  raw.on('error', (error) => gunzip.destroy(error));
  raw.pipe(gunzip);
  yield* gunzip as AsyncIterable<Buffer>;
}

/** Receives the documents of a corpus file, piece by piece. */
export type PieceSink = (text: string, line: number, newDocument: boolean) => void;

/**
 * Reads one corpus file and hands its documents to the sink, synchronously per chunk. Throws a UserError naming
 * file:line on a malformed record, an unreadable file or broken gzip.
 */
export async function readCorpusFile(
  file: CorpusFile,
  display: string,
  textField: string,
  sink: PieceSink,
): Promise<void> {
  let carry: Buffer | undefined;
  let line = 1;
  let first = true;
  const handle = (text: string): void => {
    if (file.format === 'text') {
      sink(text, line, first);
      first = false;
      line += countLines(text);
      return;
    }
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const record = recordText(text.slice(start, end), textField, display, line);
      if (record !== undefined) sink(record, line, true);
      start = end + 1;
      line += 1;
    }
  };
  try {
    for await (const chunk of byteChunks(file.path)) {
      const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      // A line end byte is never inside a UTF-8 sequence: cutting after it never splits a character.
      let cut = bytes.lastIndexOf(10) + 1;
      if (cut === 0) {
        if (file.format === 'jsonl' || bytes.length < MAX_TEXT_PIECE) {
          carry = bytes;
          continue;
        }
        cut = lastSpace(bytes) + 1 || characterBoundary(bytes, bytes.length);
      }
      carry = cut < bytes.length ? bytes.subarray(cut) : undefined;
      handle(bytes.toString('utf8', 0, cut));
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const gzip = code?.startsWith('Z_') ?? false;
    throw new UserError(
      gzip
        ? `the corpus file is not valid gzip (${(error as Error).message}).`
        : `cannot read the corpus file (${code ?? String(error)}).`,
      {
        file: display,
        line,
        fix: gzip
          ? 'Re-create or re-download the file (gzip -t FILE checks it), or remove it from the corpus.'
          : 'Check the path and its permissions.',
      },
    );
  }
  if (carry) handle(carry.toString('utf8'));
}

function countLines(text: string): number {
  let count = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count += 1;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}

function lastSpace(bytes: Buffer): number {
  for (let at = bytes.length - 1; at >= 0; at -= 1) {
    const code = bytes[at];
    if (code === 32 || code === 9 || code === 13) return at;
  }
  return -1;
}

/** The largest offset at or before `at` that does not fall inside a UTF-8 sequence. */
function characterBoundary(bytes: Buffer, at: number): number {
  let cut = at;
  while (cut > 0 && cut < bytes.length && (bytes[cut]! & 0xc0) === 0x80) cut -= 1;
  return cut;
}

function recordText(record: string, textField: string, display: string, line: number): string | undefined {
  if (record.trim().length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(record);
  } catch (error) {
    throw new UserError(`this corpus line is not a JSON record (${(error as Error).message}).`, {
      file: display,
      line,
      fix: 'Each line of a JSONL corpus holds one JSON object; set contamination.format: text for plain-text files.',
    });
  }
  const text =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)[textField]
      : undefined;
  if (typeof text === 'string') return text;
  if (text === undefined || text === null) {
    throw new UserError(`this corpus record has no string field "${textField}".`, {
      file: display,
      line,
      fix: 'Set contamination.text-field to the field that holds the training text.',
    });
  }
  throw new UserError(`the field "${textField}" of this corpus record is not a string.`, {
    file: display,
    line,
    fix: 'Set contamination.text-field to the field that holds the training text.',
  });
}
