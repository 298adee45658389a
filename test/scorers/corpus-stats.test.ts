// Corpus BLEU / chrF as aggregates: computed from the items' outputs and references (not a mean of item scores),
// with a seeded bootstrap interval, per category too, and the signature shown beside the value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../../src/core/types.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { corpusBleu } from '../../src/scorers/bleu.js';
import { corpusChrf } from '../../src/scorers/chrf.js';
import { corpusMetricValue } from '../../src/scorers/corpus-stats.js';
import { createBleuScorer, createChrfScorer } from '../../src/scorers/generation.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import { loadConfig } from '../../src/config/load.js';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';

function record(id: string, category: string, output: string | null, expected?: string): ItemRecord {
  return {
    id,
    category,
    input: 'q',
    output,
    expectedOutput: expected,
    scores: {},
    source: { file: 'bench.jsonl', line: 1 },
    ...(output === null ? { error: { stage: 'model', kind: 'timeout', message: 'no answer' } } : {}),
  } as ItemRecord;
}

const records = [
  record('1', 'a', 'The cat is on the mat.', 'The cat sat on the mat.'),
  record('2', 'a', 'A dog barked loudly at night.', 'The dog barked loudly all night.'),
  record('3', 'b', 'It was raining in the city.', 'It rained in the city.'),
  record('4', 'b', null, 'Nobody answered the phone.'),
  record('5', 'b', 'no reference here'),
];

describe('corpus aggregates', () => {
  it('corpus BLEU sums statistics over items (an error item is an empty output), N/A without a reference', () => {
    const value = corpusMetricValue(records, 'bleu');
    const expected = corpusBleu(
      ['The cat is on the mat.', 'A dog barked loudly at night.', 'It was raining in the city.', ''],
      [
        [
          'The cat sat on the mat.',
          'The dog barked loudly all night.',
          'It rained in the city.',
          'Nobody answered the phone.',
        ],
      ],
    ).score;
    expect(value.value).toBeCloseTo(expected, 10);
    expect(value).toMatchObject({ name: 'corpus_bleu', kind: 'corpus', n: 4, naCount: 1, errorCount: 1 });
    expect(value.interval!.method).toBe('percentile bootstrap over items (B=1000, seed 12345)');
    expect(value.interval!.lower).toBeLessThanOrEqual(value.value!);
    expect(value.interval!.upper).toBeGreaterThanOrEqual(value.value!);
    // Seeded: the same items give the same interval.
    expect(corpusMetricValue(records, 'bleu').interval).toEqual(value.interval);
    expect(value.signature).toMatch(
      /^BLEU\|nrefs:1\|case:mixed\|eff:no\|tok:13a\|smooth:exp\|version:evalgate-/,
    );
  });

  it('corpus chrF sums character n-gram statistics over items', () => {
    const value = corpusMetricValue(records.slice(0, 3), 'chrf');
    expect(value.value).toBeCloseTo(
      corpusChrf(
        ['The cat is on the mat.', 'A dog barked loudly at night.', 'It was raining in the city.'],
        ['The cat sat on the mat.', 'The dog barked loudly all night.', 'It rained in the city.'],
      ),
      10,
    );
    expect(value.signature).toMatch(/^chrF2\|nrefs:1\|case:mixed\|eff:yes\|nc:6\|nw:0\|space:no\|/);
  });

  it('aggregation adds corpus_bleu and corpus_chrf overall and per category beside the item means', () => {
    const specs = [...createBleuScorer().metrics, ...createChrfScorer().metrics];
    const metrics = aggregate(records, specs, { perCategory: true });
    expect(Object.keys(metrics)).toEqual(
      expect.arrayContaining([
        'bleu_mean',
        'corpus_bleu',
        'chrf_mean',
        'corpus_chrf',
        'corpus_bleu@a',
        'corpus_bleu@b',
      ]),
    );
    expect(metrics['corpus_bleu@a']!.n).toBe(2);
  });
});

describe('the signature beside the score', () => {
  it('is printed on the console and in report.md', async () => {
    const config = await loadConfig(path.resolve('examples/bedrock-eval/evalgate.yml'), {});
    config.regression.baselineDir = path.resolve('.evalgate-test-unused');
    const report = await runEvaluation(config, {
      baselineStore: createLocalBaselineStore(config.regression.baselineDir),
      writeBaseline: false,
      log: () => {},
      env: {},
    });
    const signature = report.metrics.corpus_bleu!.signature!;
    expect(renderConsoleSummary(report)).toContain(
      `corpus_bleu ${report.metrics.corpus_bleu!.value!.toFixed(3)}`,
    );
    expect(renderConsoleSummary(report)).toContain(signature);
    expect(renderMarkdown(report)).toContain(signature);
    // An imported run with corpus metrics is a valid report.json.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });
});
