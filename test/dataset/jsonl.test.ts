import { describe, expect, it } from 'vitest';
import { loadErrors, loadText } from './helpers.js';

describe('format jsonl: one item per line', () => {
  it('keeps exact line numbers across blank lines and CRLF endings', async () => {
    const content =
      '\n{"id": "a", "input": "first", "expected_output": "1"}\r\n\r\n   \n{"id": "b", "input": "second", "category": "math"}\r\n\n';
    const { dataset, file } = await loadText('items.jsonl', content);
    expect(dataset.format).toBe('jsonl');
    expect(dataset.items).toEqual([
      { id: 'a', category: 'default', input: 'first', expectedOutput: '1', source: { file, line: 2 } },
      { id: 'b', category: 'math', input: 'second', source: { file, line: 5 } },
    ]);
  });

  it('reports every malformed line with its column, and the field problems of the others', async () => {
    const content = [
      '{"id": "a", "input": "ok"}',
      '{"id": "b", "input": "broken"',
      '{"id": "c", "input": "x"} {"id": "d", "input": "y"}',
      '',
      '{"id": "e", "input": 5}',
      "{'id': 'f'}",
    ].join('\n');
    const { errors, file } = await loadErrors('bad.jsonl', content);
    expect(errors.map((error) => [error.line, error.message])).toEqual([
      [
        2,
        "invalid JSON at column 30: unexpected end of the text: the object opened at column 1 is not closed with '}' on this line (in JSONL every record must fit on one line).",
      ],
      [
        3,
        "invalid JSON at column 27: unexpected '{' after the end of the JSON value (JSONL holds one value per line).",
      ],
      [5, 'must be a string, found a number (5).'],
      [6, 'invalid JSON at column 2: property names must be in double quotes, not single quotes.'],
    ]);
    expect(errors.every((error) => error.file === file)).toBe(true);
  });

  it('names both lines of a duplicate id', async () => {
    const lines = Array.from(
      { length: 40 },
      (_, index) => `{"id": "q${index + 1}", "input": "item ${index + 1}"}`,
    );
    lines[39] = '{"id": "q12", "input": "again"}';
    const { errors, file } = await loadErrors('dup.jsonl', lines.join('\n'));
    expect(errors.map((error) => error.message)).toEqual([`${file}:12 and ${file}:40 both have id "q12".`]);
  });

  it('rejects a JSON array given as jsonl, and a file of blank lines', async () => {
    const array = await loadErrors('items.jsonl', '[{"input": "a"}]', 'jsonl');
    expect(array.errors[0]!.message).toContain("starts with '[' like a JSON array");
    expect(array.errors[0]!.fix).toBe('Set dataset.format to json (or auto).');
    expect((await loadErrors('blank.jsonl', '\n\n', 'jsonl')).errors[0]!.message).toBe(
      'the dataset file is empty.',
    );
  });
});
