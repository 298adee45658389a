import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';
import { CliSandbox, userError } from './helpers.js';

const example = path.resolve('examples/lm-eval-harness');
const config = path.join(example, 'evalgate.yml');
const load = (file: string) =>
  loadDataset({ path: file, format: 'lm-eval-harness', fields: DEFAULT_FIELDS }, '.');

const cli = new CliSandbox();
beforeEach(() => cli.setUp());
afterEach(() => vi.restoreAllMocks());

describe('lm-evaluation-harness import', () => {
  it('finds the samples under the output folder and makes one item per task and document', async () => {
    const dataset = await load(path.join(example, 'run-v1'));
    expect(dataset.format).toBe('lm-eval-harness');
    expect(dataset.items).toHaveLength(80);
    expect(new Set(dataset.items.map((item) => item.category))).toEqual(new Set(['arc_easy', 'gsm8k']));
    const arc = dataset.items.find((item) => item.id === 'arc_easy/0')!;
    expect(arc.input).toMatch(/^Question: .*\nAnswer:$/);
    expect(arc.expectedOutput).toBe('0');
    // Multiple choice: the answer is the continuation with the highest loglikelihood.
    expect(arc.precomputed).toBe('Statement A');
    expect(dataset.items.find((item) => item.id === 'arc_easy/1')!.precomputed).toBe('Statement B');
    const wrong = dataset.items.find((item) => item.id === 'arc_easy/3')!; // gold 3 (D), answered A
    expect([wrong.precomputed, wrong.expectedOutput, wrong.imported!.scores.acc]).toEqual([
      'Statement A',
      '3',
      0,
    ]);
    expect(arc.imported!.scores).toEqual({ acc: 1, acc_norm: 1 });
    const gsm = dataset.items.find((item) => item.id === 'gsm8k/4')!;
    // Two filters of one document are one item with a metric per filter.
    expect(gsm.imported!.scores).toEqual({ exact_match_strict_match: 0, exact_match_flexible_extract: 0 });
    expect(gsm.expectedOutput).toContain('####');
    expect(
      dataset.importedMetrics!.map((spec) => `${spec.name}:${spec.kind}:${spec.higherIsBetter}`),
    ).toEqual([
      'acc:binary:true',
      'acc_norm:binary:true',
      'exact_match_strict_match:binary:true',
      'exact_match_flexible_extract:binary:true',
    ]);
  });

  it('accepts a single samples file, with the results file of the same run beside it', async () => {
    const file = path.join(example, 'run-v2/my-org__tutor-v2/samples_gsm8k_2026-12-01T09-40-55.102944.jsonl');
    const dataset = await load(file);
    expect(dataset.items).toHaveLength(30);
    expect(dataset.items.every((item) => item.category === 'gsm8k')).toBe(true);
  });

  it('rejects samples that disagree with the results file of their folder', async () => {
    const folder = cli.out('mixed');
    await cp(path.join(example, 'run-v1'), folder, { recursive: true });
    const results = path.join(folder, 'my-org__tutor-v1/results_2026-11-30T10-12-01.518231.json');
    const json = JSON.parse(await readFile(results, 'utf8')) as {
      results: Record<string, Record<string, number>>;
    };
    json.results.arc_easy!['acc,none'] = 0.5;
    await writeFile(results, JSON.stringify(json));
    const error = await userError(() => load(folder));
    expect(error.describe()).toMatch(
      /results_2026-11-30T10-12-01\.518231\.json:1: results\.arc_easy\.acc,none: .* is 0\.5, but the 50 logged samples average 0\.92/,
    );
  });

  it('rejects a malformed sample line naming the file and its line', async () => {
    const folder = cli.out('broken');
    await mkdir(folder);
    const good = JSON.stringify({
      doc_id: 0,
      filter: 'none',
      metrics: ['acc'],
      acc: 1,
      filtered_resps: ['x'],
    });
    const bad = JSON.stringify({ doc_id: 'one', filter: 'none', metrics: ['acc'], acc: 1 });
    await writeFile(
      path.join(folder, 'samples_demo_2026-12-01T00-00-00.000001.jsonl'),
      `${good}\n${bad}\n{"doc_id": 2,\n`,
    );
    const error = await userError(() => load(folder));
    const text = error.describe();
    expect(text).toMatch(
      /samples_demo_2026-12-01T00-00-00\.000001\.jsonl:2: doc_id: doc_id must be a non-negative integer/,
    );
    expect(text).toMatch(/samples_demo_2026-12-01T00-00-00\.000001\.jsonl:3: invalid JSON/);
  });
});

describe('gating two lm-eval runs through the CLI', () => {
  it('stores run 1 as the baseline, then blocks run 2 on the paired ARC regression gate', async () => {
    expect(await cli.run(['run', '--config', config, '--out', cli.out('first'), '--quiet'])).toBe(0);
    const first = await cli.report('first');
    expect(first.decision).toBe('deploy');
    expect(first.metrics['acc@arc_easy']!.value).toBeCloseTo(0.92, 10);
    expect(first.metrics['acc@arc_easy']!.interval?.method).toBe('wilson');

    const code = await cli.run([
      'run',
      '--config',
      config,
      '--dataset',
      path.join(example, 'run-v2'),
      '--out',
      cli.out('second'),
    ]);
    const second = await cli.report('second');
    expect(code).toBe(1);
    expect(second.comparison.status).toBe('compared');
    expect(second.comparison.paired).toBe(80);
    const arc = second.gates.find((gate) => gate.gate.name === 'no ARC regression')!;
    expect(arc.effect).toBe('block');
    expect(second.comparison.rows.find((row) => row.metric === 'acc@arc_easy')!.regressedItems).toHaveLength(
      9,
    );
  });
});
