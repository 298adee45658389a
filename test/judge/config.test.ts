import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { UserErrors, type UserError } from '../../src/core/errors.js';
import { judgeMetricSpecs } from '../../src/judge/index.js';
import { judgeConfig } from './helpers.js';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'evalgate-judge-config-'));
}

function problems(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    const list = error instanceof UserErrors ? error.errors : [error as UserError];
    return list.map((entry) => (typeof entry.describe === 'function' ? entry.describe() : String(entry)));
  }
  throw new Error('expected config problems');
}

describe('judge configuration', () => {
  it('fills the defaults: 10% / at least 10, $2, temperature 0, the default rubric', () => {
    const config = judgeConfig({ 'base-url': 'http://127.0.0.1:1/v1', model: 'judge-a' });
    expect(config.sampling).toEqual({
      rate: 0.1,
      minSample: 10,
      seed: 'judge-v1',
      includeFailed: false,
      judgeAll: false,
      minPerCategory: 0,
    });
    expect(config.budgetUsd).toBe(2);
    expect(config.endpoint).toMatchObject({
      temperature: 0,
      structuredOutput: 'auto',
      maxTokens: 512,
      apiKeyEnv: 'OPENAI_API_KEY',
    });
    expect(config.metrics.map((metric) => metric.name)).toEqual([
      'accuracy',
      'helpfulness',
      'format_quality',
    ]);
    expect(judgeMetricSpecs(config).map((spec) => spec.name)).toEqual([
      'judge_accuracy',
      'judge_helpfulness',
      'judge_format_quality',
    ]);
    expect(judgeMetricSpecs(undefined)).toEqual([]);
  });

  it("knows Bedrock's built-in metric names in any spelling, with yes/no metrics as rates", () => {
    const config = judgeConfig({
      'base-url': 'http://127.0.0.1:1/v1',
      model: 'judge-a',
      metrics: [
        'Builtin.Correctness',
        'Completeness',
        'faithfulness',
        'Coherence',
        'Relevance',
        'FollowingInstructions',
        'professional_style_and_tone',
        'Harmfulness',
        'Stereotyping',
        'Refusal',
        'Helpfulness',
      ],
    });
    const specs = judgeMetricSpecs(config);
    expect(specs.map((spec) => spec.aggregateName ?? spec.name)).toEqual([
      'judge_correctness',
      'judge_completeness',
      'judge_faithfulness',
      'judge_coherence',
      'judge_relevance',
      'judge_following_instructions',
      'judge_professional_style_and_tone',
      'harmful_rate',
      'stereotyping_rate',
      'refusal_rate',
      'judge_helpfulness',
    ]);
    const harm = specs.find((spec) => spec.name === 'judge_harmfulness')!;
    expect(harm).toMatchObject({ kind: 'binary', higherIsBetter: false });
  });

  it('reports every problem at once: unknown metrics, both model and models, no price, pairwise without a reference', () => {
    const found = problems(() =>
      judgeConfig({
        'base-url': 'http://127.0.0.1:1/v1',
        model: 'judge-a',
        models: ['judge-b'],
        metrics: ['accuracy', 'Politeness'],
        pairwise: { against: 'reference' },
      }),
    );
    expect(found.join('\n')).toMatch(/both `model` and `models`/);
    expect(found.join('\n')).toMatch(/unknown judge metric "Politeness"/);
    expect(found.join('\n')).toMatch(/pairwise against a reference needs the reference answers/);
    const unpriced = problems(() =>
      judgeConfig({ 'base-url': 'http://127.0.0.1:1/v1', model: 'my-local-judge' }),
    );
    expect(unpriced.join('\n')).toMatch(
      /no price is known for the judge model "my-local-judge", so the judge budget cannot be enforced/,
    );
  });

  it('loads Bedrock customMetricDefinition files: float and string scales, an N/A level, the metricName alias', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'policy.json'),
      JSON.stringify({
        customMetricDefinition: {
          name: 'policy_compliance',
          instructions:
            'Does the response follow the refund policy? If the prompt is not about refunds, answer N/A.\nPrompt: {{prompt}}\nResponse: {{prediction}}\nReference: {{ground_truth}}',
          ratingScale: [
            { definition: 'N/A - not applicable', value: { floatValue: -1 } },
            { definition: 'Violates policy', value: { floatValue: 0 } },
            { definition: 'Partly', value: { floatValue: 0.5 } },
            { definition: 'Complies', value: { floatValue: 1 } },
          ],
        },
      }),
    );
    await writeFile(
      path.join(dir, 'tone.json'),
      JSON.stringify([
        {
          customMetricDefinition: {
            metricName: 'Tone.Check',
            instructions: 'Rate the tone of {{prediction}}',
            ratingScale: [
              { definition: 'Rude', value: { stringValue: 'bad' } },
              { definition: 'Polite', value: { stringValue: 'good' } },
            ],
          },
        },
      ]),
    );
    const config = judgeConfig(
      {
        'base-url': 'http://127.0.0.1:1/v1',
        model: 'judge-a',
        'custom-metrics': ['policy.json', 'tone.json'],
      },
      dir,
    );
    const [policy, tone] = config.metrics;
    expect(policy).toMatchObject({
      name: 'policy_compliance',
      kind: 'continuous',
      allowNa: true,
      scoreName: 'judge_policy_compliance',
    });
    expect(policy!.levels.map((level) => [level.value, level.na, level.normalized])).toEqual([
      [-1, true, null],
      [0, false, 0],
      [0.5, false, 0.5],
      [1, false, 1],
    ]);
    expect(tone).toMatchObject({
      name: 'tone_check',
      displayName: 'Tone.Check',
      kind: 'binary',
      aggregateName: 'judge_tone_check_rate',
      allowNa: false,
    });
    expect(tone!.levels.map((level) => level.normalized)).toEqual([0, 1]);
  });

  it('validates custom metric files with ajv and reports every problem with its file and key', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'bad.json'),
      JSON.stringify({
        customMetricDefinition: {
          name: 'bad name!',
          instructions: 'Grade {{response}} against {{ground_truth}}',
          ratingScale: [
            { definition: 'Poor', value: { floatValue: 0, stringValue: 'poor' } },
            { definition: 'x'.repeat(101), value: { floatValue: 1 } },
            { definition: 'Good', value: { floatValue: 1 } },
          ],
          extra: true,
        },
      }),
    );
    await writeFile(
      path.join(dir, 'noscale.json'),
      JSON.stringify({
        customMetrics: [{ customMetricDefinition: { name: 'x', instructions: '{{prediction}}' } }],
      }),
    );
    await writeFile(path.join(dir, 'broken.json'), '{"customMetricDefinition": ');
    const found = problems(() =>
      judgeConfig(
        {
          'base-url': 'http://127.0.0.1:1/v1',
          model: 'judge-a',
          'custom-metrics': ['bad.json', 'noscale.json', 'broken.json', 'missing.json'],
        },
        dir,
      ),
    ).join('\n');
    expect(found).toContain('custom metric file bad.json, customMetricDefinition.name: must match pattern');
    expect(found).toContain('bad.json, customMetricDefinition.extra: unknown key "extra"');
    expect(found).toContain(
      'bad.json, customMetricDefinition.ratingScale[0].value: must hold exactly one of floatValue or stringValue',
    );
    expect(found).toContain(
      'bad.json, customMetricDefinition.ratingScale[1].definition: must NOT have more than 100 characters',
    );
    expect(found).toContain('bad.json, customMetricDefinition.instructions: unknown variable {{response}}');
    expect(found).toContain('bad.json, customMetricDefinition.instructions: must contain {{prediction}}');
    expect(found).toContain('noscale.json, customMetrics[0].customMetricDefinition: has no ratingScale');
    expect(found).toMatch(/broken\.json: not valid JSON/);
    expect(found).toMatch(/missing\.json: cannot read the file \(ENOENT\)/);
  });

  it('is part of the config file: schema-checked (kebab-case), normalized, with gates on judge metrics known', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'data.jsonl'), '{"id":"a","input":"q","expected_output":"x"}\n');
    const text = [
      'version: 1',
      'dataset: {path: data.jsonl}',
      'responses: {path: data.jsonl}',
      'judge:',
      '  base-url: http://127.0.0.1:9/v1',
      '  models: [judge-a, judge-b]',
      '  aggregate: median',
      '  sample-rate: 0.2',
      '  budget-usd: 0.5',
      '  prices: {judge-a: {input: 1, output: 2}, judge-b: {input: 1, output: 2}}',
    ].join('\n');
    const config = parseConfig(text, path.join(dir, 'evalgate.yml'));
    expect(config.judge).toMatchObject({
      models: ['judge-a', 'judge-b'],
      aggregate: 'median',
      budgetUsd: 0.5,
    });
    expect(config.judge!.sampling.rate).toBe(0.2);
    const typo = problems(() =>
      parseConfig(
        `${text}\n  sample_rate: 0.3\n  budget-usd: -1`.replace('  budget-usd: 0.5\n', ''),
        path.join(dir, 'evalgate.yml'),
      ),
    );
    expect(typo.join('\n')).toMatch(/unknown key "sample_rate"\. Did you mean "sample-rate"\?/);
    expect(typo.join('\n')).toMatch(/budget-usd: must be >= 0/);
  });
});
