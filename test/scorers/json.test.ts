import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { UserError } from '../../src/core/errors.js';
import { createJsonScorer } from '../../src/scorers/json.js';
import { answer, item, thrown } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'evalgate-json-scorer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function schemaFile(name: string, content: unknown): string {
  writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const taskApi = createJsonScorer({}, { baseDir: dir });
const score = (output: string, scorer = taskApi) => scorer.score(item(), answer(output));

describe('json_valid and schema_valid (Task API default schema)', () => {
  it('declares two binary fail metrics with their rate names', () => {
    expect(taskApi.metrics.map((spec) => [spec.name, spec.aggregateName, spec.kind, spec.onError])).toEqual([
      ['json_valid', 'json_valid_rate', 'binary', 'fail'],
      ['schema_valid', 'schema_valid_rate', 'binary', 'fail'],
    ]);
    expect(taskApi.schemaFile).toBeUndefined();
  });

  it('accepts a raw JSON object with a string action, whitespace around it included', () => {
    expect(score('\n  {"action": "create_task", "params": {"title": "x"}}  \n')).toEqual({
      json_valid: 1,
      schema_valid: 1,
    });
  });

  it('rejects a ``` fenced block, prose before or after, and trailing text', () => {
    const body = '{"action": "create_task"}';
    for (const output of [
      '```json\n' + body + '\n```',
      '```\n' + body + '\n```',
      'Sure! ' + body,
      body + ' Let me know if you need more.',
      body + '\n' + body,
      body + '}',
    ]) {
      expect(score(output), output).toEqual({ json_valid: 0, schema_valid: 0 });
    }
  });

  it('rejects broken and empty JSON', () => {
    for (const output of [
      '',
      '   ',
      "{'action': 'x'}",
      '{"action": "x",}',
      '{"action": "x"',
      'NaN',
      'undefined',
    ]) {
      expect(score(output), output).toEqual({ json_valid: 0, schema_valid: 0 });
    }
  });

  it('counts any JSON value as valid JSON; the schema decides the shape', () => {
    expect(score('42')).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(score('"create_task"')).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(score('null')).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(score('[{"action": "x"}]')).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(score('{"params": {}}')).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(score('{"action": 3}')).toEqual({ json_valid: 1, schema_valid: 0 });
  });

  it('handles nested values and unicode', () => {
    const nested = JSON.stringify({
      action: 'plan',
      steps: [{ a: [1, [2, { b: null }]] }],
      note: 'caf\u00e9 \u2603',
    });
    expect(score(nested)).toEqual({ json_valid: 1, schema_valid: 1 });
  });

  it('explains failures, the first schema error included', () => {
    expect(taskApi.details!(item(), answer('```json\n{"action": "x"}\n```')).json_valid).toMatch(
      /code fence/,
    );
    expect(taskApi.details!(item(), answer('Here you go: {"action": "x"}')).json_valid).toMatch(
      /^text before the JSON/,
    );
    expect(taskApi.details!(item(), answer('{"params": {}}'))).toEqual({
      schema_valid: "at the top level: must have required property 'action'",
    });
    expect(taskApi.validationError('{"action": 3}')).toBe('at /action: must be string');
    expect(taskApi.validationError('{"action": "x"}')).toBeUndefined();
    expect(taskApi.details!(item(), answer('{"action": "x"}'))).toEqual({});
  });
});

describe('schema_valid with a user schema', () => {
  const draft07 = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['action', 'params'],
    additionalProperties: false,
    properties: {
      action: { enum: ['create_task', 'delete_task'] },
      params: {
        type: 'object',
        properties: {
          priority: { type: 'integer', minimum: 1, maximum: 5 },
          due: { type: 'string', format: 'date' },
        },
      },
    },
  };

  it('loads the file relative to baseDir and validates against it (draft-07, formats on)', () => {
    const scorer = createJsonScorer({ schema: schemaFile('task.schema.json', draft07) }, { baseDir: dir });
    expect(scorer.schemaFile).toBe(path.join(dir, 'task.schema.json'));
    const ok = JSON.stringify({ action: 'create_task', params: { priority: 2, due: '2025-02-28' } });
    expect(score(ok, scorer)).toEqual({ json_valid: 1, schema_valid: 1 });
    expect(score(ok.replace('2025-02-28', '28/02/2025'), scorer)).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(score(ok.replace('create_task', 'make_task'), scorer)).toEqual({ json_valid: 1, schema_valid: 0 });
    expect(scorer.validationError(ok.replace('create_task', 'make_task'))).toBe(
      'at /action: must be equal to one of the allowed values ("create_task", "delete_task")',
    );
    expect(scorer.validationError(JSON.stringify({ action: 'create_task', params: {}, extra: 1 }))).toBe(
      'at the top level: must NOT have additional properties ("extra")',
    );
  });

  it('uses the 2020-12 dialect when $schema names it', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
      items: false,
    };
    const scorer = createJsonScorer({ schema: schemaFile('tuple.json', schema) }, { baseDir: dir });
    expect(score('["a", 1]', scorer).schema_valid).toBe(1);
    expect(score('["a", 1, 2]', scorer).schema_valid).toBe(0); // items: false after prefixItems: 2020-12 only
  });

  it('uses the 2019-09 dialect when $schema names it', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2019-09/schema',
      type: 'object',
      dependentRequired: { due: ['priority'] },
    };
    const scorer = createJsonScorer({ schema: schemaFile('dep.json', schema) }, { baseDir: dir });
    expect(score('{"due": "x", "priority": 1}', scorer).schema_valid).toBe(1);
    expect(score('{"due": "x"}', scorer).schema_valid).toBe(0);
  });

  it('reports an unreadable schema file as a UserError naming the file and the key', () => {
    const error = thrown(() =>
      createJsonScorer({ schema: 'missing.json' }, { baseDir: dir, configFile: '/repo/evalgate.yml' }),
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).file).toBe(path.join(dir, 'missing.json'));
    expect((error as UserError).key).toBe('metrics.json.schema');
    expect((error as UserError).message).toMatch(/ENOENT/);
  });

  it('reports a schema file that is not JSON', () => {
    const error = thrown(() =>
      createJsonScorer({ schema: schemaFile('broken.json', '{"type": "object",') }, { baseDir: dir }),
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(
      /broken\.json: metrics\.json\.schema: the JSON Schema file is not valid JSON/,
    );
  });

  it("reports a schema ajv cannot compile with ajv's message", () => {
    const file = schemaFile('bad-type.json', { type: 'object', properties: { action: { type: 'strnig' } } });
    const error = thrown(() => createJsonScorer({ schema: file }, { baseDir: dir }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).file).toBe(path.join(dir, 'bad-type.json'));
    expect((error as UserError).message).toMatch(
      /^invalid JSON Schema: schema is invalid: data\/properties\/action\/type/,
    );
  });

  it('reports an unresolvable $ref and an unsupported dialect', () => {
    const ref = schemaFile('ref.json', { type: 'object', properties: { a: { $ref: 'other.json#/x' } } });
    expect((thrown(() => createJsonScorer({ schema: ref }, { baseDir: dir })) as UserError).message).toMatch(
      /can't resolve reference other\.json#\/x/,
    );
    const draft4 = schemaFile('draft4.json', {
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'object',
    });
    const error = thrown(() => createJsonScorer({ schema: draft4 }, { baseDir: dir })) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/unsupported JSON Schema dialect/);
    expect(error.fix).toMatch(/draft-07/);
  });

  it('rejects a schema that is not an object', () => {
    const error = thrown(() =>
      createJsonScorer({ schema: schemaFile('array.json', [1]) }, { baseDir: dir }),
    ) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/must be an object/);
  });
});
