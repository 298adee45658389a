import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { DEFAULT_FIELDS } from '../../src/dataset/index.js';
import { CliSandbox, userError } from './helpers.js';

const example = path.resolve('examples/promptfoo');
const config = path.join(example, 'evalgate.yml');
const load = (file: string) => loadDataset({ path: file, format: 'promptfoo', fields: DEFAULT_FIELDS }, '.');

const cli = new CliSandbox();
beforeEach(() => cli.setUp());
afterEach(() => vi.restoreAllMocks());

describe('promptfoo results.json import', () => {
  it('turns each result row into an item with its answer, pass, score and named scores', async () => {
    const dataset = await load(path.join(example, 'results-v2.json'));
    expect(dataset.format).toBe('promptfoo');
    expect(dataset.items).toHaveLength(40);
    const first = dataset.items[0]!;
    expect(first).toMatchObject({ id: 'test-0', category: 'geography', expectedOutput: 'Paris' });
    expect(first.precomputed).toBe('The capital is Paris.');
    expect(first.imported!.scores).toMatchObject({ pass: 1, accuracy: 1 });
    expect(dataset.importedMetrics!.map((spec) => [spec.name, spec.kind])).toEqual([
      ['pass', 'binary'],
      ['score', 'continuous'],
      ['accuracy', 'continuous'],
      ['concision', 'continuous'],
    ]);
    const failed = dataset.items.find((item) => item.id === 'test-5')!;
    expect(failed.imported!.scores.pass).toBe(0);
    expect(failed.imported!.notes!.pass).toContain('Expected output to contain');
    // failureReason 2 (an error): no answer, so an error item, never a pass.
    expect(dataset.items.find((item) => item.id === 'test-39')!.precomputed).toBeNull();
    // The source line is the line of the row in the pretty-printed file.
    expect(first.source.line).toBeGreaterThan(10);
  });

  it('gives both runs the same dataset hash, so they count as the same benchmark', async () => {
    const [v1, v2] = await Promise.all([
      load(path.join(example, 'results-v1.json')),
      load(path.join(example, 'results-v2.json')),
    ]);
    expect(v1.hash).toBe(v2.hash);
  });

  it('rejects a malformed row naming the file and its line', async () => {
    const file = cli.out('results.json');
    const row = (testIdx: unknown) =>
      `      {"testIdx": ${JSON.stringify(testIdx)}, "success": true, "score": 1, "response": {"output": "x"}}`;
    await writeFile(
      file,
      [
        '{',
        '  "results": {',
        '    "version": 3,',
        '    "results": [',
        `${row(0)},`,
        `${row('one')}`,
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const error = await userError(() => load(file));
    expect(error.describe()).toMatch(
      /results\.json:6: results\.results\[1\]\.testIdx: testIdx must be a non-negative integer/,
    );
  });

  it('gives each prompt × provider its own id when a file compares several providers', async () => {
    const file = cli.out('providers.json');
    const row = (testIdx: number, provider: string, success: boolean) => ({
      testIdx,
      promptIdx: 0,
      provider: { id: `openai:chat:${provider}`, label: provider },
      prompt: { raw: `q${testIdx}`, label: 'p' },
      response: { output: 'x' },
      success,
      score: success ? 1 : 0,
      namedScores: {},
    });
    const rows = [
      row(0, 'small', true),
      row(0, 'large', true),
      row(1, 'small', false),
      row(1, 'large', true),
    ];
    await writeFile(file, JSON.stringify({ results: { version: 3, results: rows } }, null, 2));
    const dataset = await load(file);
    expect(dataset.items.map((item) => item.id)).toEqual([
      'test-0/small',
      'test-0/large',
      'test-1/small',
      'test-1/large',
    ]);
    expect(dataset.items.map((item) => item.imported!.scores.pass)).toEqual([1, 1, 0, 1]);
  });

  it('rejects a file that is not a promptfoo JSON output', async () => {
    const file = cli.out('other.json');
    await writeFile(file, '{"table": []}\n');
    const error = await userError(() => load(file));
    expect(error.describe()).toContain('other.json:1: results.results: missing results.results');
  });
});

describe('gating two promptfoo runs through the CLI', () => {
  it('stores run 1 as the baseline, then blocks run 2 on the paired regression gate', async () => {
    expect(await cli.run(['run', '--config', config, '--out', cli.out('first'), '--quiet'])).toBe(0);
    const first = await cli.report('first');
    expect(first.decision).toBe('deploy');
    expect(first.metrics.pass_rate!.value).toBeCloseTo(38 / 40, 10);
    expect(first.metrics['pass_rate@geography']).toBeDefined();
    expect(first.baselineWritten).toBeDefined();

    const code = await cli.run([
      'run',
      '--config',
      config,
      '--dataset',
      path.join(example, 'results-v2.json'),
      '--out',
      cli.out('second'),
    ]);
    const second = await cli.report('second');
    expect(code).toBe(1);
    expect(second.decision).toBe('block');
    expect(second.comparison.status).not.toBe('skipped');
    const regression = second.gates.find((gate) => gate.gate.name === 'no pass-rate regression')!;
    expect(regression.effect).toBe('block');
    expect(second.comparison.paired).toBe(40);
    const row = second.comparison.rows.find((metric) => metric.metric === 'pass_rate')!;
    expect(row.stat?.method).toMatch(/mcnemar|newcombe/i);
    expect(row.regressedItems.length).toBe(10);
    expect(second.metrics.error_rate!.value).toBeCloseTo(1 / 40, 10);
  });
});
