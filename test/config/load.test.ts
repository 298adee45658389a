import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig, loadConfig } from '../../src/config/load.js';
import { UserError, UserErrors } from '../../src/core/errors.js';

const file = path.resolve('/project/evalgate.yml');

function errorOf(text: string): UserError {
  try {
    parseConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the config to be rejected');
}

describe('config loading', () => {
  it('fills defaults and resolves paths against the config folder', () => {
    const config = parseConfig(
      [
        'version: 1',
        'dataset:',
        '  path: data/bench.json',
        'responses:',
        '  path: answers.jsonl',
        'metrics:',
        '  json: true',
      ].join('\n'),
      file,
    );
    expect(config.name).toBe('project');
    expect(config.dataset.path).toBe(path.resolve('/project/data/bench.json'));
    expect(config.dataset.fields.expectedOutput).toBe('expected_output');
    expect(config.responses?.path).toBe(path.resolve('/project/answers.jsonl'));
    expect(config.responses?.onDuplicate).toBe('error');
    expect(config.metrics.json).toEqual({ schema: undefined });
    expect(config.metrics.perCategory).toBe(true);
    expect(config.regression.alpha).toBe(0.05);
    expect(config.report.outDir).toBe(path.resolve('evalgate-report'));
    expect(config.gates).toEqual([]);
  });

  it('reads JSON as well as YAML', () => {
    const config = parseConfig(
      JSON.stringify({ version: 1, dataset: { path: 'd.jsonl', format: 'jsonl' } }),
      file,
    );
    expect(config.dataset.format).toBe('jsonl');
  });

  it('names the line and key of an unknown key and suggests the likely one', () => {
    const error = errorOf(['version: 1', 'dataset:', '  path: d.json', '  fromat: json'].join('\n'));
    expect(error.line).toBe(4);
    expect(error.key).toBe('dataset.fromat');
    expect(error.describe()).toContain('Did you mean "format"?');
    expect(error.describe()).toContain('/project/evalgate.yml:4');
  });

  it('says what values are allowed', () => {
    const error = errorOf(
      [
        'version: 1',
        'dataset:',
        '  path: d.json',
        'gates:',
        '  - metric: accuracy',
        "    op: '=>'",
        '    threshold: 0.9',
      ].join('\n'),
    );
    expect(error.key).toBe('gates[0].op');
    expect(error.line).toBe(6);
    expect(error.message).toContain('"<", "<=", ">", ">=", "=="');
  });

  it('reports every problem at once', () => {
    try {
      parseConfig(['version: 2', 'dataset: {}', 'bogus: 1'].join('\n'), file);
      throw new Error('expected errors');
    } catch (error) {
      expect(error).toBeInstanceOf(UserErrors);
      const keys = (error as UserErrors).errors.map((e) => e.key).sort();
      expect(keys).toEqual(['bogus', 'dataset', 'version']);
    }
  });

  it('rejects a regression gate without a margin', () => {
    const error = errorOf(
      [
        'version: 1',
        'dataset:',
        '  path: d.json',
        'gates:',
        '  - metric: accuracy',
        '    type: regression',
      ].join('\n'),
    );
    expect(error.message).toContain('has no margin');
    expect(error.line).toBe(5);
  });

  it('rejects a threshold gate without a threshold', () => {
    const error = errorOf(
      ['version: 1', 'dataset:', '  path: d.json', 'gates:', '  - metric: accuracy'].join('\n'),
    );
    expect(error.message).toContain('needs both `op` and `threshold`');
  });

  it('rejects a config that sets both a model and a responses file', () => {
    const error = errorOf(
      [
        'version: 1',
        'dataset:',
        '  path: d.json',
        'model:',
        '  base-url: http://x/v1',
        '  model: m',
        'responses:',
        '  path: r.jsonl',
      ].join('\n'),
    );
    expect(error.message).toContain('both `model` and `responses`');
  });

  it('applies overrides over the file', () => {
    const config = parseConfig(
      ['version: 1', 'dataset:', '  path: d.json', 'model:', '  base-url: http://x/v1', '  model: m'].join(
        '\n',
      ),
      file,
      { model: 'other', baseUrl: 'http://127.0.0.1:9/v1', outDir: '/tmp/out' },
    );
    expect(config.model?.model).toBe('other');
    expect(config.model?.baseUrl).toBe('http://127.0.0.1:9/v1');
    expect(config.model?.timeoutMs).toBe(60_000);
    expect(config.report.outDir).toBe(path.resolve('/tmp/out'));
    const precomputed = parseConfig(
      ['version: 1', 'dataset:', '  path: d.json', 'model:', '  base-url: http://x/v1', '  model: m'].join(
        '\n',
      ),
      file,
      { responses: 'answers.jsonl' },
    );
    expect(precomputed.model).toBeUndefined();
    expect(precomputed.responses?.path).toBe(path.resolve('answers.jsonl'));
  });

  it('gives the line of a YAML syntax error', () => {
    const error = errorOf(['version: 1', 'dataset:', '  path: [unclosed'].join('\n'));
    expect(error.message).toContain('invalid YAML');
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('names a config file that cannot be read', async () => {
    await expect(loadConfig('/nonexistent/evalgate.yml')).rejects.toThrow(/cannot read the config file/);
  });

  it('loads the bundled examples', async () => {
    const config = await loadConfig('examples/task-api/evalgate.yml');
    expect(config.name).toBe('task-api');
    expect(config.gates.map((gate) => gate.name)).toEqual([
      'format',
      'accuracy',
      'accuracy target',
      'errors',
      'no regression',
    ]);
    expect(config.gates[0]?.line).toBe(30);
  });

  it('reports an unknown key on its own line, not on the line of the value under it', () => {
    const error = errorOf(
      ['version: 1', 'datset:', '  path: d.json', 'dataset:', '  path: d.json'].join('\n'),
    );
    expect(error.key).toBe('datset');
    expect(error.line).toBe(2);
    const missing = errorOf(['version: 1', 'dataset:', '  format: json'].join('\n'));
    expect(missing.key).toBe('dataset');
    expect(missing.line).toBe(2);
  });

  it('says what it found instead of the type it expected', () => {
    const error = errorOf(
      [
        'version: 1',
        'dataset:',
        '  path: d.json',
        'gates:',
        '  - metric: accuracy',
        '    op: ">="',
        '    threshold: high',
      ].join('\n'),
    );
    expect(error.message).toBe('must be of type number, found a string ("high").');
  });

  it('stops a YAML alias bomb with a user error at the line of the first alias', () => {
    const lines = ['version: 1', 'dataset: {path: d.json}', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      const previous = index === 0 ? 'a' : ['b', 'c', 'd', 'e'][index - 1]!;
      lines.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(', ')}]`);
    }
    const error = errorOf(lines.join('\n'));
    expect(error.line).toBe(4);
    expect(error.message).toContain('aliases');
    const reuse = parseConfig(
      [
        'version: 1',
        'dataset: {path: d.json}',
        'gates:',
        '  - {metric: accuracy, op: ">=", threshold: 0.9, description: &why "users need it"}',
        '  - {metric: accuracy, op: ">=", threshold: 0.8, description: *why}',
      ].join('\n'),
      file,
    );
    expect(reuse.gates.map((gate) => gate.description)).toEqual(['users need it', 'users need it']);
  });

  it('puts an unclosed quote at the line where the string opens, and an empty file at line 1', () => {
    const error = errorOf(
      ['version: 1', 'dataset:', "  path: 'd.json", 'gates: []', 'report: {}'].join('\n'),
    );
    expect(error.line).toBe(3);
    expect(errorOf('').message).toBe('the config file is empty.');
    expect(errorOf('# nothing but a comment\n').line).toBe(1);
  });

  it('names the line and byte of a config that is not UTF-8', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-config-'));
    const configFile = path.join(dir, 'evalgate.yml');
    await writeFile(
      configFile,
      Buffer.concat([Buffer.from('version: 1\nname: caf'), Buffer.from([0xe9, 0x0a])]),
    );
    const error = (await loadConfig(configFile).catch((caught: unknown) => caught)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.line).toBe(2);
    expect(error.message).toContain('byte 0xe9 at byte offset 20 (line 2, byte 10 of the line)');
  });

  it('names the config line of every file it names that is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-config-'));
    const configFile = path.join(dir, 'evalgate.yml');
    await mkdir(path.join(dir, 'folder'));
    await writeFile(path.join(dir, 'answers.jsonl'), '');
    await writeFile(
      configFile,
      [
        'version: 1',
        'dataset:',
        '  path: folder',
        'responses:',
        '  path: answers.jsonl',
        'metrics:',
        '  json:',
        '    schema: schemas/shape.json',
        'regression:',
        '  baseline: old.json',
        '  golden: golden.json',
      ].join('\n'),
    );
    const error = (await loadConfig(configFile).catch((caught: unknown) => caught)) as UserErrors;
    expect(error).toBeInstanceOf(UserErrors);
    expect(error.errors.map((e) => [e.line, e.key])).toEqual([
      [3, 'dataset.path'],
      [8, 'metrics.json.schema'],
      [10, 'regression.baseline'],
      [11, 'regression.golden'],
    ]);
    expect(error.errors[0]!.message).toBe(
      `the dataset path is a directory, not a file: ${path.join(dir, 'folder')}.`,
    );
    expect(error.errors[1]!.message).toBe(
      `the JSON Schema file does not exist: ${path.join(dir, 'schemas/shape.json')}.`,
    );
    expect(error.errors.every((e) => e.file === configFile)).toBe(true);
    // A path given on the command line is left to its reader; the config's own path is then not checked.
    await writeFile(path.join(dir, 'd.json'), '[]');
    const overridden = await loadConfig(configFile, {
      dataset: path.join(dir, 'd.json'),
      baseline: 'x.json',
    }).catch((caught: unknown) => caught as UserErrors);
    expect((overridden as UserErrors).errors.map((e) => e.key)).toEqual([
      'metrics.json.schema',
      'regression.golden',
    ]);
  });
});
