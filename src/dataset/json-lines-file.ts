// The fast path for a valid JSONL file: the file is read through one reused buffer, each line is decoded
// and parsed alone, its record handed on at once (so it can be dropped young), and the bytes are hashed
// as they go by: the whole file is never held in memory, neither as bytes nor as text. A file that is
// anything else than plainly valid JSONL (not readable as a regular file, not UTF-8, starting with '[',
// a line that does not parse, a first record that is not an object the sink accepts) gets `undefined`:
// the caller then drops what the sink got and reads the file with readTextFile and readJsonLines, whose
// diagnostics stay the only ones. A '\n' byte never sits inside a UTF-8 sequence, so every complete line
// is valid UTF-8 alone.
import { isUtf8 } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { isRecord, type JsonRecord } from './fields.js';
import { findJsonSyntaxError, skipWhitespace, type SourceRecord } from './json-text.js';

/** Where the records of a file go, one at a time, in file order. */
export interface RecordSink {
  /** Whether the fast path suits the file whose first record this is (e.g. of the format it reads). */
  accepts(first: JsonRecord): boolean;
  add(record: SourceRecord): void;
}

/**
 * Bytes read at a time; a longer line makes the buffer grow to hold it. Each read is a round trip through
 * libuv's thread pool: 64 KB reads left a 100,000-item run waiting on about 900 of them.
 */
export const READ_CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/**
 * Reads a valid JSONL file into `sink` and says the sha256 of its bytes, or says undefined when the file
 * needs the full reader (see the top of the module).
 */
export async function readValidJsonLines(
  absolute: string,
  sink: RecordSink,
  chunkBytes = READ_CHUNK_BYTES,
): Promise<string | undefined> {
  const lines = new LineParser(sink);
  const hash = createHash('sha256');
  const read = await readUtf8Lines(absolute, (text) => lines.add(text), { hash, chunkBytes });
  return read && lines.records > 0 ? hash.digest('hex') : undefined;
}

/**
 * Hands each line of a UTF-8 file to `onLine` in order (without its '\n'; a leading byte order mark
 * dropped), through one reused buffer, and feeds the file's bytes to `hash` when given. False, with nothing
 * thrown, when the file is not a readable regular file, is not UTF-8, or `onLine` says false.
 */
export async function readUtf8Lines(
  absolute: string,
  onLine: (text: string) => boolean,
  { hash, chunkBytes = READ_CHUNK_BYTES }: { hash?: Hash; chunkBytes?: number } = {},
): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(absolute, 'r');
  } catch {
    return false;
  }
  try {
    // A pipe cannot be read a second time by a full reader.
    if (!(await handle.stat()).isFile()) return false;
    return await readLines(handle, onLine, hash, chunkBytes);
  } catch (error) {
    if (isFileError(error)) return false;
    throw error;
  } finally {
    await handle.close();
  }
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

async function readLines(
  handle: FileHandle,
  onLine: (text: string) => boolean,
  hash: Hash | undefined,
  chunkBytes: number,
): Promise<boolean> {
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let firstLine = true;
  // Bytes at the start of `buffer` that hold a line not finished yet.
  let held = 0;
  for (;;) {
    if (held === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    const { bytesRead } = await handle.read(buffer, held, buffer.length - held, null);
    const end = held + bytesRead;
    hash?.update(buffer.subarray(held, end));
    const atEnd = bytesRead === 0;
    // Complete lines end at the last '\n'; at the end of the file, the last line needs none.
    const complete = atEnd ? end : buffer.lastIndexOf(NEWLINE, end - 1) + 1;
    if (!isUtf8(buffer.subarray(0, complete))) return false;
    // The held bytes start a line; on line 1, that is the start of the file.
    let start = firstLine && startsWithByteOrderMark(buffer, complete) ? BYTE_ORDER_MARK.length : 0;
    while (start < complete) {
      const newline = buffer.indexOf(NEWLINE, start);
      const lineEnd = newline === -1 || newline >= complete ? complete : newline;
      if (!onLine(buffer.toString('utf8', start, lineEnd))) return false;
      firstLine = false;
      start = lineEnd + 1;
    }
    if (atEnd) break;
    buffer.copy(buffer, 0, complete, end);
    held = end - complete;
  }
  return true;
}

function startsWithByteOrderMark(buffer: Buffer, length: number): boolean {
  return length >= BYTE_ORDER_MARK.length && BYTE_ORDER_MARK.every((byte, index) => buffer[index] === byte);
}

/** Parses lines in file order, giving each record its line and its offset in the file's text. */
class LineParser {
  records = 0;
  /** 1-based number of the next line. */
  line = 1;
  private textOffset = 0;

  constructor(private readonly sink: RecordSink) {}

  /** Adds the record of one line (a blank line has none); false when the line is not one JSON value. */
  add(text: string): boolean {
    const first = skipWhitespace(text, 0);
    if (first < text.length) {
      if (this.records === 0 && !this.isPlainFirstLine(text, first)) return false;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return false;
      }
      if (this.records === 0 && !(isRecord(value) && this.sink.accepts(value))) return false;
      this.sink.add({ value, line: this.line, offset: this.textOffset + first });
      this.records++;
    }
    this.line++;
    this.textOffset += text.length + 1;
    return true;
  }

  /**
   * A file that starts with '[' is a JSON array, even on one line. The format detection checks the first
   * record with the validating scanner, which may refuse what JSON.parse takes (deep nesting): so does this.
   */
  private isPlainFirstLine(text: string, first: number): boolean {
    return text[first] !== '[' && findJsonSyntaxError(text, () => '') === undefined;
  }
}
