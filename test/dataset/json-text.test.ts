import { describe, expect, it } from 'vitest';
import {
  LineIndex,
  elementOffsets,
  findJsonSyntaxError,
  memberValueOffset,
} from '../../src/dataset/json-text.js';

function syntax(text: string): { line: number; column: number; message: string } | undefined {
  const lines = new LineIndex(text);
  const problem = findJsonSyntaxError(
    text,
    (offset) => `line ${lines.lineAt(offset)}, column ${lines.columnAt(offset)}`,
  );
  if (!problem) return undefined;
  return {
    line: lines.lineAt(problem.offset),
    column: lines.columnAt(problem.offset),
    message: problem.message,
  };
}

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect(lines.count).toBe(4);
    expect([0, 1, 2, 3, 5, 6, 7, 8].map((offset) => lines.lineAt(offset))).toEqual([1, 1, 1, 2, 2, 3, 4, 4]);
    expect(lines.columnAt(4)).toBe(2);
    expect(lines.columnAt(8)).toBe(2);
    expect(lines.lineStart(4)).toBe(7);
  });
});

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      '[]',
      ' {} ',
      '{"a": [1, -2.5e+3, 0, 0.1, true, false, null, "x\\"y\\\\z\\u00e9\\n"]}',
      '[{"nested": {"deep": [[], {}]}}]\r\n',
      '"just a string"',
      '-0',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(syntax(text)).toBeUndefined();
    }
  });

  it('agrees with JSON.parse on every single-character deletion of a document', () => {
    const text =
      '[\n  {"id": "a-1", "n": -12.5e3, "ok": true, "s": "q\\"x", "list": [1, null, {}]},\n  {"x": false}\n]';
    for (let index = 0; index < text.length; index++) {
      const mutated = text.slice(0, index) + text.slice(index + 1);
      let valid = true;
      try {
        JSON.parse(mutated);
      } catch {
        valid = false;
      }
      expect(syntax(mutated) === undefined, `deleting offset ${index}: ${mutated}`).toBe(valid);
    }
  });

  it('points at a trailing comma', () => {
    expect(syntax('[\n  {"a": 1},\n  {"a": 2},\n]')).toEqual({
      line: 3,
      column: 11,
      message: "trailing comma before ']' (JSON allows none)",
    });
    expect(syntax('{"a": 1,}')?.message).toBe("trailing comma before '}' (JSON allows none)");
  });

  it('points at a missing comma between elements', () => {
    const problem = syntax('[\n  {"a": 1}\n  {"a": 2}\n]');
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expect(problem?.message).toBe("unexpected '{', expected ',' or ']' after an element");
  });

  it('names where an unclosed object or string was opened', () => {
    expect(syntax('[\n  {"a": 1,\n   "b": 2\n')?.message).toBe(
      "unexpected end of the text: the object opened at line 2, column 3 is not closed with '}'",
    );
    expect(syntax('{"a": "abc')?.message).toBe(
      'unexpected end of the text: the string opened at line 1, column 7 is not closed',
    );
    expect(syntax('{"a": "ab\ncd"}')).toMatchObject({ line: 1, column: 10 });
    expect(syntax('{"a": "ab\ncd"}')?.message).toContain('line break inside a string');
  });

  it('explains common non-JSON habits', () => {
    expect(syntax("{'a': 1}")?.message).toBe('property names must be in double quotes, not single quotes');
    expect(syntax('{a: 1}')?.message).toBe('property names must be in double quotes');
    expect(syntax('{"a": \'x\'}')?.message).toBe('strings must be in double quotes, not single quotes');
    expect(syntax('{"a": True}')).toEqual({ line: 1, column: 7, message: '"True" is not JSON; write true' });
    expect(syntax('[None]')?.message).toBe('"None" is not JSON; write null');
    expect(syntax('[NaN]')?.message).toContain('NaN is not a JSON value');
    expect(syntax('[007]')?.message).toBe('numbers must not have leading zeros');
    expect(syntax('[1.]')?.message).toBe('invalid number: a digit must follow the decimal point');
    expect(syntax('["a\\qb"]')?.message).toContain('invalid escape "\\q"');
    expect(syntax('["\\u12"]')?.message).toContain('four hex digits');
    expect(syntax('{"a" 1}')?.message).toBe("unexpected '1', expected ':' after the property name");
    expect(syntax('{"a": 1} {"b": 2}')).toMatchObject({
      column: 10,
      message: "unexpected '{' after the end of the JSON value",
    });
    expect(syntax('   ')?.message).toBe('no JSON value (the text is empty)');
  });
});

describe('offset scanning', () => {
  const text = '[\n  {"s": "]}[{,\\"", "turns": ["x", {"input": "y"}]},\n  2,\n  "three"\n]';

  it('finds the start of every element, ignoring brackets inside strings', () => {
    const offsets = elementOffsets(text, 0);
    expect(offsets.map((offset) => text[offset])).toEqual(['{', '2', '"']);
    expect(text.slice(offsets[2]!, offsets[2]! + 7)).toBe('"three"');
    expect(elementOffsets('[]', 0)).toEqual([]);
    expect(elementOffsets('[ ]', 0)).toEqual([]);
  });

  it('finds the value of a member, and the elements inside it', () => {
    const objectOffset = elementOffsets(text, 0)[0]!;
    const turns = memberValueOffset(text, objectOffset, 'turns');
    expect(turns).toBeDefined();
    expect(text[turns!]).toBe('[');
    const inner = elementOffsets(text, turns!);
    expect(inner.map((offset) => text.slice(offset, offset + 3))).toEqual(['"x"', '{"i']);
    expect(memberValueOffset(text, objectOffset, 'absent')).toBeUndefined();
    // A repeated key: the last one wins, as with JSON.parse.
    expect(memberValueOffset('{"k": 1, "k": 22}', 0, 'k')).toBe(14);
  });
});
