// Writing a large text given in small pieces (a report of 100,000 items, one item at a time) through one
// reused byte buffer: no piece is gathered into a large string first, and no new memory is taken per write.
import { open } from 'node:fs/promises';

/** Where the bytes go: a file handle, or anything that writes like one. */
export interface ByteSink {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
}

/** Bytes gathered before one write: few system calls, and memory that stays flat. */
export const PIECE_BUFFER_BYTES = 1 << 20;

/** One UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4 bytes). */
const MAX_BYTES_PER_UNIT = 3;

/** Writes `pieces` to `sink` as UTF-8, in writes of at most `bufferBytes` bytes each. */
export async function pourPieces(
  sink: ByteSink,
  pieces: Iterable<string>,
  bufferBytes = PIECE_BUFFER_BYTES,
): Promise<void> {
  const buffer = Buffer.allocUnsafeSlow(bufferBytes);
  let used = 0;
  for (const piece of pieces) {
    const bound = piece.length * MAX_BYTES_PER_UNIT;
    if (bound > bufferBytes - used) {
      await writeAll(sink, buffer, 0, used);
      used = 0;
      if (bound > bufferBytes) {
        const bytes = Buffer.from(piece, 'utf8');
        for (let start = 0; start < bytes.length; start += bufferBytes) {
          await writeAll(sink, bytes, start, Math.min(bufferBytes, bytes.length - start));
        }
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  await writeAll(sink, buffer, 0, used);
}

/** A write may take fewer bytes than it was given: the rest is written again until none is left. */
async function writeAll(sink: ByteSink, bytes: Uint8Array, offset: number, length: number): Promise<void> {
  let start = offset;
  const end = offset + length;
  while (start < end) {
    const { bytesWritten } = await sink.write(bytes, start, end - start);
    if (bytesWritten <= 0) throw new Error(`a write took no bytes (${end - start} left to write)`);
    start += bytesWritten;
  }
}

/** Creates (or replaces) `file` with the text of `pieces`, in UTF-8. */
export async function writeTextPieces(
  file: string,
  pieces: Iterable<string>,
  bufferBytes = PIECE_BUFFER_BYTES,
): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await pourPieces(handle, pieces, bufferBytes);
  } finally {
    await handle.close();
  }
}
