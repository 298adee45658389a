import { describe, expect, it } from 'vitest';
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
});
