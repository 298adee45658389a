import { describe, expect, it } from 'vitest';
import { UserError, UserErrors } from '../../src/core/errors.js';

describe('UserError', () => {
  it('keeps where the problem is and how to fix it', () => {
    const error = new UserError('must be a number.', {
      file: 'evalgate.yml',
      line: 7,
      key: 'gates[0].threshold',
      fix: 'Write a number such as 0.9.',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('must be a number.');
    expect(error.file).toBe('evalgate.yml');
    expect(error.line).toBe(7);
    expect(error.key).toBe('gates[0].threshold');
    expect(error.fix).toBe('Write a number such as 0.9.');
  });

  it('describes itself as file:line: key: message fix', () => {
    const error = new UserError('must be a number.', {
      file: 'evalgate.yml',
      line: 7,
      key: 'gates[0].threshold',
      fix: 'Write a number such as 0.9.',
    });
    expect(error.describe()).toBe(
      'evalgate.yml:7: gates[0].threshold: must be a number. Write a number such as 0.9.',
    );
  });

  it('leaves out the parts it does not have', () => {
    expect(new UserError('no dataset.').describe()).toBe('no dataset.');
    expect(new UserError('bad JSON.', { file: 'bench.json' }).describe()).toBe('bench.json: bad JSON.');
    expect(new UserError('bad JSON.', { file: 'bench.json', line: 3 }).describe()).toBe(
      'bench.json:3: bad JSON.',
    );
    expect(new UserError('missing.', { key: 'dataset.path' }).describe()).toBe('dataset.path: missing.');
    expect(new UserError('missing.', { fix: 'Add it.' }).describe()).toBe('missing. Add it.');
  });

  it('keeps a line of 0 in its place', () => {
    expect(new UserError('empty file.', { file: 'a.jsonl', line: 0 }).describe()).toBe(
      'a.jsonl:0: empty file.',
    );
  });
});

describe('UserErrors', () => {
  const first = new UserError('duplicate id "a".', {
    file: 'bench.jsonl',
    line: 4,
    key: 'id',
    fix: 'Rename it.',
  });
  const second = new UserError('missing input.', { file: 'bench.jsonl', line: 9 });

  it('reports every problem, one a line', () => {
    const errors = new UserErrors([first, second]);
    expect(errors).toBeInstanceOf(UserError);
    expect(errors.name).toBe('UserErrors');
    expect(errors.errors).toEqual([first, second]);
    expect(errors.describe()).toBe(
      'bench.jsonl:4: id: duplicate id "a". Rename it.\nbench.jsonl:9: missing input.',
    );
    expect(errors.message).toBe(errors.describe());
  });

  it('takes its place from the first problem', () => {
    const errors = new UserErrors([first, second]);
    expect(errors.file).toBe('bench.jsonl');
    expect(errors.line).toBe(4);
    expect(errors.key).toBe('id');
    expect(errors.fix).toBe('Rename it.');
  });
});
