// Decoding a file's bytes as UTF-8, strictly: a byte that is not UTF-8 is reported at its line and byte
// offset instead of being silently replaced by U+FFFD.
import { isUtf8 } from 'node:buffer';

/** Where the first byte that is not UTF-8 sits. */
export interface Utf8Fault {
  /** 1-based line. */
  line: number;
  /** 1-based column on that line, counted in bytes. */
  column: number;
  /** 0-based offset of the byte in the file. */
  offset: number;
  byte: number;
  /** A short guess at the encoding the file was saved in, when the bytes say it. */
  hint?: string;
}

export type Utf8Result = { ok: true; text: string } | { ok: false; fault: Utf8Fault };

/** Decodes UTF-8 (a leading byte order mark is dropped); on failure says where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  // isUtf8 checks the bytes without decoding them, and is as strict as a fatal TextDecoder.
  if (!isUtf8(bytes)) return { ok: false, fault: locateFault(bytes) };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text };
}

const BYTE_ORDER_MARK = 0xfeff;

/** `line 3, byte offset 57 (column 12): byte 0xe9`, the place of a fault in words. */
export function describeUtf8Fault(fault: Utf8Fault): string {
  const hex = `0x${fault.byte.toString(16).padStart(2, '0')}`;
  const hint = fault.hint ? ` ${fault.hint}` : '';
  return `byte ${hex} at byte offset ${fault.offset} (line ${fault.line}, byte ${fault.column} of the line) is not UTF-8.${hint}`;
}

function locateFault(bytes: Uint8Array): Utf8Fault {
  const offset = firstInvalidOffset(bytes);
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const byte = bytes[offset] ?? 0;
  let hint: string | undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    hint = 'The file starts with a UTF-16 byte order mark: it was saved as UTF-16.';
  } else if (byte >= 0xa0) {
    hint = 'It looks like Latin-1 or Windows-1252 text.';
  }
  return { line, column: offset - lineStart + 1, offset, byte, hint };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = lead === 0xe0 ? 0xa0 : 0x80;
      if (lead === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = lead === 0xf0 ? 0x90 : 0x80;
      if (lead === 0xf4) max = 0x8f;
    } else {
      return index;
    }
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const low = next === 1 ? min : 0x80;
      const high = next === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return bytes.length;
}
