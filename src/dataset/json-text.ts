// Reading JSON and JSONL text with positions: every record keeps the line it starts on, and a syntax
// error is reported at its line and column with a plain-words reason (V8's JSON.parse messages often
// give neither). Valid input takes the fast path (JSON.parse plus a light scan for offsets); the
// validating scanner runs only to explain a failure.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { decodeUtf8, describeUtf8Fault } from '../core/utf8.js';
import type { ProblemList } from './problems.js';

/** Maps offsets in a text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.starts.push(index + 1);
    }
  }

  /** Number of lines (a final line without a newline counts; an empty last line after `\n` counts too). */
  get count(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** 1-based column of an offset, in UTF-16 code units. */
  columnAt(offset: number): number {
    return offset - this.lineStart(this.lineAt(offset)) + 1;
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
}

export interface SyntaxProblem {
  /** Offset of the offending character (or of the end of the text). */
  offset: number;
  message: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Validates `text.slice(start, end)` as one JSON value and returns the first syntax error, or undefined.
 * `where(offset)` renders a position (e.g. `line 3, column 7`) for messages that point elsewhere.
 */
export function findJsonSyntaxError(
  text: string,
  where: (offset: number) => string,
  start = 0,
  end = text.length,
): SyntaxProblem | undefined {
  const scanner = new Validator(text, end, where);
  scanner.pos = start;
  try {
    scanner.skipWhitespace();
    if (scanner.pos >= end) return { offset: scanner.pos, message: 'no JSON value (the text is empty)' };
    scanner.value();
    scanner.skipWhitespace();
    if (scanner.pos < end) {
      return {
        offset: scanner.pos,
        message: `unexpected ${describeChar(text, scanner.pos)} after the end of the JSON value`,
      };
    }
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxFault) return { offset: error.offset, message: error.message };
    if (error instanceof RangeError) return { offset: scanner.pos, message: 'the JSON is nested too deeply' };
    throw error;
  }
}

class SyntaxFault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

class Validator {
  pos = 0;

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly where: (offset: number) => string,
  ) {}

  skipWhitespace(): void {
    while (this.pos < this.end && WHITESPACE.has(this.text.charCodeAt(this.pos))) this.pos++;
  }

  private fail(offset: number, message: string): never {
    throw new SyntaxFault(offset, message);
  }

  value(): void {
    this.skipWhitespace();
    if (this.pos >= this.end) this.fail(this.pos, 'unexpected end of the text, expected a value');
    const char = this.text[this.pos]!;
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    if (char === "'") this.fail(this.pos, 'strings must be in double quotes, not single quotes');
    if (/[A-Za-z_]/.test(char)) return this.word();
    this.fail(this.pos, `unexpected ${describeChar(this.text, this.pos)}, expected a value`);
  }

  private word(): void {
    const start = this.pos;
    while (this.pos < this.end && /[A-Za-z0-9_]/.test(this.text[this.pos]!)) this.pos++;
    const word = this.text.slice(start, this.pos);
    if (word === 'true' || word === 'false' || word === 'null') return;
    const python: Record<string, string> = { True: 'true', False: 'false', None: 'null' };
    const replacement = python[word];
    if (replacement) this.fail(start, `"${word}" is not JSON; write ${replacement}`);
    if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
      this.fail(start, `${word} is not a JSON value; use a number, a string or null`);
    }
    this.fail(
      start,
      `unexpected word "${truncate(word, 20)}", expected a value (strings need double quotes)`,
    );
  }

  private object(): void {
    const open = this.pos;
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.pos >= this.end) this.unclosed(open, '}');
      const char = this.text[this.pos]!;
      if (char !== '"') {
        if (char === "'") this.fail(this.pos, 'property names must be in double quotes, not single quotes');
        if (/[A-Za-z_$]/.test(char)) this.fail(this.pos, 'property names must be in double quotes');
        this.fail(
          this.pos,
          `unexpected ${describeChar(this.text, this.pos)}, expected a property name in double quotes`,
        );
      }
      this.string();
      this.skipWhitespace();
      if (this.pos >= this.end) this.unclosed(open, '}');
      if (this.text[this.pos] !== ':') {
        this.fail(
          this.pos,
          `unexpected ${describeChar(this.text, this.pos)}, expected ':' after the property name`,
        );
      }
      this.pos++;
      this.value();
      this.skipWhitespace();
      if (this.pos >= this.end) this.unclosed(open, '}');
      const next = this.text[this.pos];
      if (next === '}') {
        this.pos++;
        return;
      }
      if (next !== ',') {
        this.fail(
          this.pos,
          `unexpected ${describeChar(this.text, this.pos)}, expected ',' or '}' after a property value`,
        );
      }
      const comma = this.pos;
      this.pos++;
      this.skipWhitespace();
      if (this.text[this.pos] === '}') this.fail(comma, "trailing comma before '}' (JSON allows none)");
    }
  }

  private array(): void {
    const open = this.pos;
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.pos >= this.end) this.unclosed(open, ']');
      this.value();
      this.skipWhitespace();
      if (this.pos >= this.end) this.unclosed(open, ']');
      const next = this.text[this.pos];
      if (next === ']') {
        this.pos++;
        return;
      }
      if (next !== ',') {
        this.fail(
          this.pos,
          `unexpected ${describeChar(this.text, this.pos)}, expected ',' or ']' after an element`,
        );
      }
      const comma = this.pos;
      this.pos++;
      this.skipWhitespace();
      if (this.text[this.pos] === ']') this.fail(comma, "trailing comma before ']' (JSON allows none)");
    }
  }

  private unclosed(open: number, closer: string): never {
    const opener = closer === '}' ? 'object' : 'array';
    this.fail(
      this.end,
      `unexpected end of the text: the ${opener} opened at ${this.where(open)} is not closed with '${closer}'`,
    );
  }

  private string(): void {
    const open = this.pos;
    this.pos++;
    while (this.pos < this.end) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x22) {
        this.pos++;
        return;
      }
      if (code === 0x5c) {
        const escape = this.text[this.pos + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            this.fail(this.pos, 'invalid \\u escape: it needs four hex digits');
          }
          this.pos += 6;
          continue;
        }
        if (escape === undefined || this.pos + 1 >= this.end) break;
        if (!'"\\/bfnrt'.includes(escape)) {
          this.fail(
            this.pos,
            `invalid escape "\\${escape}" in a string (a backslash itself is written \\\\)`,
          );
        }
        this.pos += 2;
        continue;
      }
      if (code < 0x20) {
        this.fail(
          this.pos,
          code === 0x0a || code === 0x0d
            ? `line break inside a string (the string opened at ${this.where(open)}); write it as \\n, or close the string`
            : 'control character inside a string; escape it (e.g. \\t)',
        );
      }
      this.pos++;
    }
    this.fail(this.end, `unexpected end of the text: the string opened at ${this.where(open)} is not closed`);
  }

  private number(): void {
    const start = this.pos;
    const digits = (): number => {
      const from = this.pos;
      while (
        this.pos < this.end &&
        this.text.charCodeAt(this.pos) >= 0x30 &&
        this.text.charCodeAt(this.pos) <= 0x39
      ) {
        this.pos++;
      }
      return this.pos - from;
    };
    if (this.text[this.pos] === '-') this.pos++;
    if (this.text[this.pos] === '0') {
      this.pos++;
      if (/[0-9]/.test(this.text[this.pos] ?? '')) this.fail(start, 'numbers must not have leading zeros');
    } else if (digits() === 0) {
      this.fail(start, 'invalid number');
    }
    if (this.text[this.pos] === '.') {
      this.pos++;
      if (digits() === 0) this.fail(start, 'invalid number: a digit must follow the decimal point');
    }
    if (this.text[this.pos] === 'e' || this.text[this.pos] === 'E') {
      this.pos++;
      if (this.text[this.pos] === '+' || this.text[this.pos] === '-') this.pos++;
      if (digits() === 0) this.fail(start, 'invalid number: the exponent has no digits');
    }
  }
}

function describeChar(text: string, offset: number): string {
  const char = text[offset];
  if (char === undefined) return 'end of the text';
  if (char === '\n' || char === '\r') return 'line break';
  return `'${char}'`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const isWhitespaceCode = (code: number): boolean => WHITESPACE.has(code);

/** Offset of the first non-whitespace character at or after `offset`. */
export function skipWhitespace(text: string, offset: number): number {
  let position = offset;
  while (position < text.length && isWhitespaceCode(text.charCodeAt(position))) position++;
  return position;
}

/** Offset just past the string literal starting at `offset` (which holds `"`). */
function skipString(text: string, offset: number): number {
  let position = offset + 1;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === 0x5c) position += 2;
    else if (code === 0x22) return position + 1;
    else position++;
  }
  return position;
}

/** Offset just past the (valid) JSON value starting at `offset`. */
function skipValue(text: string, offset: number): number {
  const first = text.charCodeAt(offset);
  if (first === 0x22) return skipString(text, offset);
  if (first !== 0x7b && first !== 0x5b) {
    let position = offset;
    while (position < text.length) {
      const code = text.charCodeAt(position);
      if (code === 0x2c || code === 0x5d || code === 0x7d || isWhitespaceCode(code)) break;
      position++;
    }
    return position;
  }
  let depth = 0;
  let position = offset;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === 0x22) {
      position = skipString(text, position);
      continue;
    }
    if (code === 0x7b || code === 0x5b) depth++;
    else if (code === 0x7d || code === 0x5d) {
      depth--;
      if (depth === 0) return position + 1;
    }
    position++;
  }
  return position;
}

/**
 * Start offsets of the elements of the (valid) JSON array that starts at `offset`. A light scan:
 * it assumes the text already parsed with JSON.parse.
 */
export function elementOffsets(text: string, offset: number): number[] {
  const offsets: number[] = [];
  let position = skipWhitespace(text, offset + 1);
  if (text[position] === ']') return offsets;
  while (position < text.length) {
    offsets.push(position);
    position = skipWhitespace(text, skipValue(text, position));
    if (text[position] !== ',') break;
    position = skipWhitespace(text, position + 1);
  }
  return offsets;
}

/**
 * Offset of the value of `key` in the (valid) JSON object that starts at `offset`, or undefined.
 * With a repeated key, the last one wins, as with JSON.parse.
 */
export function memberValueOffset(text: string, offset: number, key: string): number | undefined {
  let found: number | undefined;
  let position = skipWhitespace(text, offset + 1);
  while (position < text.length && text[position] === '"') {
    const keyEnd = skipString(text, position);
    const name: unknown = JSON.parse(text.slice(position, keyEnd));
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    if (name === key) found = valueStart;
    position = skipWhitespace(text, skipValue(text, valueStart));
    if (text[position] !== ',') break;
    position = skipWhitespace(text, position + 1);
  }
  return found;
}

/** One JSON value read from a file, with where it starts. */
export interface SourceRecord {
  value: unknown;
  line: number;
  /** Offset of the value's first character in the file's text. */
  offset: number;
}

export interface TextFile {
  /** The path shown to users: relative to the working directory when inside it, else absolute. */
  display: string;
  absolute: string;
  text: string;
  lines: LineIndex;
  /** sha256 of the file's bytes. */
  hash: string;
}

/** The path to show for a file: relative to the working directory when inside it (as CI annotations want). */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}

/** Reads a UTF-8 text file (a leading byte order mark is dropped); `what` names it in errors. */
export async function readTextFile(
  file: string,
  baseDir: string,
  what: string,
  configKey: string,
): Promise<TextFile> {
  const absolute = path.resolve(baseDir, file);
  const display = displayPath(absolute);
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) {
      throw new UserError(`the ${what} path is a directory, not a file.`, {
        file: display,
        key: configKey,
        fix: `Point ${configKey} at the file itself.`,
      });
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `the ${what} file does not exist (${configKey} "${file}", resolved against ${baseDir}).`
        : `cannot read the ${what} file (${code ?? String(error)}).`,
      {
        file: display,
        key: configKey,
        fix: `Check ${configKey}: relative paths are resolved against the config file's folder.`,
      },
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new UserError(`the ${what} file is not valid UTF-8 text: ${describeUtf8Fault(decoded.fault)}`, {
      file: display,
      line: decoded.fault.line,
      fix: 'Save the file as UTF-8.',
    });
  }
  const text = decoded.text;
  return { display, absolute, text, lines: new LineIndex(text), hash: sha256Hex(bytes) };
}

/** Reads a file holding one JSON array; each element is a record. Problems go to `problems`. */
export function readJsonArray(file: TextFile, problems: ProblemList): SourceRecord[] {
  const { text, lines } = file;
  const start = skipWhitespace(text, 0);
  if (start >= text.length) {
    problems.add('the file is empty.', { line: 1, fix: 'Add a JSON array of items: [ {...}, {...} ].' });
    return [];
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.add(syntaxMessage(text, lines, start, text.length, error), {
      ...syntaxPosition(text, lines, start, text.length),
      fix: 'Fix the JSON syntax there.',
    });
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add(`expected a JSON array of items, found ${describeValue(value)}.`, {
      line: lines.lineAt(start),
      fix:
        value !== null && typeof value === 'object'
          ? 'Wrap the items in [ ... ], or write one item per line as JSONL.'
          : 'Write a JSON array of items: [ {...}, {...} ].',
    });
    return [];
  }
  const offsets = elementOffsets(text, start);
  return value.map((element: unknown, index) => {
    const offset = offsets[index] ?? start;
    return { value: element, offset, line: lines.lineAt(offset) };
  });
}

/** Reads JSONL: one JSON value per line, blank lines allowed. Problems go to `problems`. */
export function readJsonLines(file: TextFile, problems: ProblemList): SourceRecord[] {
  const { text, lines } = file;
  const records: SourceRecord[] = [];
  for (let line = 1; line <= lines.count; line++) {
    const lineStart = lines.lineStart(line);
    const next = line < lines.count ? lines.lineStart(line + 1) - 1 : text.length;
    const start = skipWhitespace(text, lineStart);
    if (start >= next) continue; // blank line
    const lineText = text.slice(lineStart, next);
    try {
      records.push({ value: JSON.parse(lineText), line, offset: start });
    } catch (error) {
      problems.add(syntaxMessage(text, lines, lineStart, next, error, true), {
        ...syntaxPosition(text, lines, lineStart, next),
        fix: 'Each line must hold one complete JSON value; fix the syntax there.',
      });
    }
  }
  if (records.length === 0 && problems.count === 0) {
    problems.add('the file holds no records.', { line: 1, fix: 'Write one JSON object per line.' });
  }
  return records;
}

function syntaxPosition(text: string, lines: LineIndex, start: number, end: number): { line: number } {
  const where = (offset: number): string => `line ${lines.lineAt(offset)}, column ${lines.columnAt(offset)}`;
  const problem = findJsonSyntaxError(text, where, start, end);
  return { line: lines.lineAt(problem?.offset ?? start) };
}

function syntaxMessage(
  text: string,
  lines: LineIndex,
  start: number,
  end: number,
  parseError: unknown,
  oneLine = false,
): string {
  const where = (offset: number): string =>
    oneLine
      ? `column ${lines.columnAt(offset)}`
      : `line ${lines.lineAt(offset)}, column ${lines.columnAt(offset)}`;
  const problem = findJsonSyntaxError(text, where, start, end);
  if (!problem) return `invalid JSON: ${(parseError as Error).message}.`;
  const column = lines.columnAt(problem.offset);
  let message = problem.message;
  if (oneLine && message.startsWith('unexpected end of the text')) {
    message = `${message} on this line (in JSONL every record must fit on one line)`;
  } else if (oneLine && message.endsWith('after the end of the JSON value')) {
    message = `${message} (JSONL holds one value per line)`;
  }
  return `invalid JSON at column ${column}: ${message}.`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${JSON.stringify(truncate(value, 40))})`;
  return `${typeof value === 'number' ? 'a number' : `a ${typeof value}`} (${String(value)})`;
}
