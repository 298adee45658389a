import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';
import { CliSandbox, userError } from './helpers.js';

const example = path.resolve('examples/bedrock-eval');
const config = path.join(example, 'evalgate.yml');
const load = (file: string) =>
  loadDataset({ path: file, format: 'bedrock-eval', fields: DEFAULT_FIELDS }, '.');

const cli = new CliSandbox();
beforeEach(() => cli.setUp());
afterEach(() => vi.restoreAllMocks());

const line = (scores: unknown, input: unknown = { prompt: 'p', modelResponses: [{ response: 'r' }] }) =>
  JSON.stringify({ automatedEvaluationResult: { scores }, inputRecord: input });

describe('Bedrock evaluation job output import', () => {
  it('finds the output file in the nested job folder and keeps N/A as null', async () => {
    const dataset = await load(path.join(example, 'job-v1'));
    expect(dataset.format).toBe('bedrock-eval');
    expect(dataset.file).toMatch(
      /models\/my-support-app-v1\/taskTypes\/General\/datasets\/support-tickets\/.+_output\.jsonl$/,
    );
    expect(dataset.items).toHaveLength(45);
    expect(new Set(dataset.items.map((item) => item.category))).toEqual(
      new Set(['billing', 'technical', 'account']),
    );
    expect(
      dataset.importedMetrics!.map((spec) => `${spec.name}:${spec.kind}:${spec.higherIsBetter}`),
    ).toEqual([
      'bedrock_correctness:continuous:true',
      'bedrock_completeness:continuous:true',
      'bedrock_harmfulness:binary:false',
      'bedrock_following_instructions:continuous:true',
    ]);
    expect(dataset.importedMetrics![2]!.aggregateName).toBe('bedrock_harmful_rate');
    const na = dataset.items[4]!;
    expect(na.imported!.scores.bedrock_following_instructions).toBeNull();
    expect(na.imported!.notes!.bedrock_following_instructions).toContain('does not apply');
    const bad = dataset.items[7]!;
    expect(bad.imported!.scores.bedrock_correctness).toBeLessThan(0.5);
    expect(bad.imported!.notes!.bedrock_correctness).toContain('does not address the request');
    expect(bad.precomputed).toBe('Please contact support.');
  });

  it('pairs two jobs: the same prompts give the same ids and dataset hash', async () => {
    const [v1, v2] = await Promise.all([
      load(path.join(example, 'job-v1')),
      load(path.join(example, 'job-v2')),
    ]);
    expect(v2.items.map((item) => item.id)).toEqual(v1.items.map((item) => item.id));
    expect(v2.hash).toBe(v1.hash);
  });

  it('refuses to guess between several output files, listing them', async () => {
    const both = cli.out('both');
    await cp(path.join(example, 'job-v1'), path.join(both, 'a'), { recursive: true });
    await cp(path.join(example, 'job-v2'), path.join(both, 'b'), { recursive: true });
    const error = await userError(() => load(both));
    expect(error.describe()).toMatch(/found 2 Bedrock output files: .*_output\.jsonl, .*_output\.jsonl/);
  });

  it('rejects malformed lines naming the file and the line', async () => {
    const folder = cli.out('job/models/m/taskTypes/General/datasets/d');
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, '1234_output.jsonl');
    await writeFile(
      file,
      [
        line([{ metricName: 'Builtin.Correctness', result: 1 }]),
        line([{ metricName: 'Builtin.Correctness', result: 'high' }]),
        JSON.stringify({ inputRecord: { prompt: 'p' } }),
        '{"automatedEvaluationResult": ',
        '',
      ].join('\n'),
    );
    const text = (await userError(() => load(cli.out('job')))).describe();
    expect(text).toMatch(
      /1234_output\.jsonl:2: automatedEvaluationResult\.scores\[0\]\.result: result must be a number or null/,
    );
    expect(text).toMatch(
      /1234_output\.jsonl:3: automatedEvaluationResult\.scores: missing automatedEvaluationResult\.scores/,
    );
    expect(text).toMatch(/1234_output\.jsonl:4: invalid JSON/);
  });

  it('knows the direction of automatic (non-judge) job metrics: toxicity and robustness are lower-is-better', async () => {
    const folder = cli.out('auto');
    await mkdir(folder);
    const scores = (accuracy: number, toxicity: number, robustness: number) => [
      { metricName: 'Accuracy', result: accuracy },
      { metricName: 'Toxicity', result: toxicity },
      { metricName: 'Robustness', result: robustness },
    ];
    await writeFile(
      path.join(folder, 'abc_output.jsonl'),
      `${line(scores(0.8, 0.01, 0.1), { prompt: 'a', modelResponses: [{ response: 'x' }] })}\n${line(scores(0.6, 0.2, 0.3), { prompt: 'b', modelResponses: [{ response: 'y' }] })}\n`,
    );
    const dataset = await load(folder);
    expect(
      dataset.importedMetrics!.map((spec) => `${spec.name}:${spec.higherIsBetter}:${spec.onError}`),
    ).toEqual([
      'bedrock_accuracy:true:fail',
      'bedrock_toxicity:false:exclude',
      'bedrock_robustness:false:exclude',
    ]);
  });

  it('says where Bedrock puts the output when the folder has none', async () => {
    const empty = cli.out('empty');
    await mkdir(empty);
    expect((await userError(() => load(empty))).describe()).toContain('no Bedrock evaluation output');
  });
});

describe('gating two Bedrock jobs through the CLI', () => {
  it('stores job 1 as the baseline, then blocks job 2 on the paired correctness regression gate', async () => {
    expect(await cli.run(['run', '--config', config, '--out', cli.out('first'), '--quiet'])).toBe(0);
    const first = await cli.report('first');
    expect(first.decision).toBe('deploy');
    expect(first.metrics.bedrock_correctness_mean!.interval?.method).toBe('t');
    expect(first.metrics['bedrock_correctness_mean@billing']).toBeDefined();
    expect(first.metrics.bedrock_following_instructions_mean!.naCount).toBe(5);
    const corpus = first.metrics.corpus_bleu!;
    expect(corpus.kind).toBe('corpus');
    expect(corpus.signature).toMatch(
      /^BLEU\|nrefs:1\|case:mixed\|eff:no\|tok:13a\|smooth:exp\|version:evalgate-/,
    );
    expect(corpus.interval!.lower).toBeLessThanOrEqual(corpus.value!);
    expect(corpus.interval!.upper).toBeGreaterThanOrEqual(corpus.value!);

    const code = await cli.run([
      'run',
      '--config',
      config,
      '--dataset',
      path.join(example, 'job-v2'),
      '--out',
      cli.out('second'),
    ]);
    const second = await cli.report('second');
    expect(code).toBe(1);
    expect(second.comparison.paired).toBe(45);
    const gate = second.gates.find((result) => result.gate.name === 'no correctness regression')!;
    expect(gate.effect).toBe('block');
    // The judge's explanation is the reason shown for a low-scoring item.
    const item = second.items.find((record) => (record.scores.bedrock_correctness ?? 1) < 0.5)!;
    expect(item.notes?.bedrock_correctness).toContain('does not address the request');
  });
});
