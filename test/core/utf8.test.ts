import { describe, expect, it } from 'vitest';
import { decodeUtf8, describeUtf8Fault, type Utf8Fault } from '../../src/core/utf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

function faultOf(data: Uint8Array): Utf8Fault {
  const result = decodeUtf8(data);
  if (result.ok) throw new Error(`decoded without a fault: ${JSON.stringify(result.text)}`);
  return result.fault;
}

describe('decodeUtf8: good input', () => {
  it('decodes UTF-8 of one to four bytes a character', () => {
    expect(decodeUtf8(bytes('a é € 😀\n'))).toEqual({ ok: true, text: 'a é € 😀\n' });
  });

  it('drops a leading byte order mark, and only a leading one', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{"id": 1}'))).toEqual({ ok: true, text: '{"id": 1}' });
    expect(decodeUtf8(bytes('a', [0xef, 0xbb, 0xbf]))).toEqual({ ok: true, text: 'a\ufeff' });
  });

  it('decodes an empty file', () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});

describe('decodeUtf8: where the first bad byte is', () => {
  it('gives line, byte column and byte offset of a Latin-1 é, and says it looks like Latin-1', () => {
    // "ab\ncd\nx" then 0xe9 (é in Latin-1): offset 7, line 3, byte 2 of the line.
    const fault = faultOf(bytes('ab\ncd\nx', [0xe9], 't\n'));
    expect(fault).toEqual({
      line: 3,
      column: 2,
      offset: 7,
      byte: 0xe9,
      hint: 'It looks like Latin-1 or Windows-1252 text.',
    });
    expect(describeUtf8Fault(fault)).toBe(
      'byte 0xe9 at byte offset 7 (line 3, byte 2 of the line) is not UTF-8. It looks like Latin-1 or Windows-1252 text.',
    );
  });

  it('counts columns in bytes, after good multi-byte characters', () => {
    // "é" is two bytes: the bad byte is the third of the line.
    expect(faultOf(bytes('é', [0xff]))).toMatchObject({ line: 1, column: 3, offset: 2, byte: 0xff });
  });

  it('reports the first of several bad bytes', () => {
    expect(faultOf(bytes('ok\n', [0xe9], '\n', [0xe8]))).toMatchObject({ line: 2, column: 1, offset: 3 });
  });

  it('recognises a UTF-16 file by its byte order mark, either endianness', () => {
    const little = faultOf(bytes([0xff, 0xfe], [0x7b, 0x00]));
    expect(little).toMatchObject({ offset: 0, byte: 0xff, line: 1, column: 1 });
    expect(little.hint).toBe('The file starts with a UTF-16 byte order mark: it was saved as UTF-16.');
    const big = faultOf(bytes([0xfe, 0xff], [0x00, 0x7b]));
    expect(big).toMatchObject({ offset: 0, byte: 0xfe });
    expect(big.hint).toBe('The file starts with a UTF-16 byte order mark: it was saved as UTF-16.');
    expect(describeUtf8Fault(big)).toMatch(
      /^byte 0xfe at byte offset 0 \(line 1, byte 1 of the line\) is not UTF-8\. The file starts/,
    );
  });

  it('gives no encoding hint for a byte below 0xa0', () => {
    const fault = faultOf(bytes('a', [0x80]));
    expect(fault).toMatchObject({ offset: 1, byte: 0x80 });
    expect(fault.hint).toBeUndefined();
    expect(describeUtf8Fault(fault)).toBe(
      'byte 0x80 at byte offset 1 (line 1, byte 2 of the line) is not UTF-8.',
    );
  });

  it.each([
    ['an overlong encoding', [0xc0, 0x80], 0xc0],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0xe0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0xed],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0xf4],
    ['a sequence cut short by the end of the file', [0xe2, 0x82], 0xe2],
    ['a sequence cut short by an ASCII byte', [0xe2, 0x41, 0x41], 0xe2],
  ])('finds %s at its lead byte', (_, sequence, lead) => {
    expect(faultOf(bytes('x\n', sequence))).toMatchObject({ line: 2, column: 1, offset: 2, byte: lead });
  });

  it('writes a byte below 0x10 with two hex digits', () => {
    expect(describeUtf8Fault({ line: 1, column: 1, offset: 0, byte: 0x5 })).toBe(
      'byte 0x05 at byte offset 0 (line 1, byte 1 of the line) is not UTF-8.',
    );
  });
});
