// The config keys added for text-generation metrics (metrics.rouge, metrics.bleu, metrics.chrf) and for imported
// results (dataset.format: bedrock-eval | lm-eval-harness | promptfoo).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/core/errors.js';

const file = path.resolve('/project/evalgate.yml');
const config = (lines: string[]) => parseConfig(['version: 1', ...lines].join('\n'), file);

function errorOf(lines: string[]): string {
  try {
    config(lines);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).describe();
  }
  throw new Error('expected the config to be rejected');
}

describe('text-generation metric keys', () => {
  it('reads rouge (default types, no stemming), bleu and chrf', () => {
    const parsed = config([
      'dataset: { path: d.jsonl }',
      'responses: { path: r.jsonl }',
      'metrics:',
      '  rouge: true',
      '  bleu: true',
      '  chrf: true',
    ]);
    expect(parsed.metrics.rouge).toEqual({ types: ['rouge1', 'rouge2', 'rougeL'], stemmer: false });
    expect(parsed.metrics.bleu).toBe(true);
    expect(parsed.metrics.chrf).toBe(true);
  });

  it('reads rouge types and stemming', () => {
    const parsed = config([
      'dataset: { path: d.jsonl }',
      'metrics:',
      '  rouge: { types: [rougeL], stemmer: true }',
    ]);
    expect(parsed.metrics.rouge).toEqual({ types: ['rougeL'], stemmer: true });
    expect(config(['dataset: { path: d.jsonl }']).metrics.rouge).toBeUndefined();
  });

  it('rejects an unknown ROUGE type at its line', () => {
    expect(errorOf(['dataset: { path: d.jsonl }', 'metrics:', '  rouge: { types: [rouge3] }'])).toMatch(
      /evalgate\.yml:4: metrics\.rouge/,
    );
  });
});

describe('import formats', () => {
  it.each(['bedrock-eval', 'lm-eval-harness', 'promptfoo'])('accepts dataset.format %s', (format) => {
    expect(config([`dataset: { path: out, format: ${format} }`]).dataset.format).toBe(format);
  });

  it('rejects an unknown format', () => {
    expect(errorOf(['dataset: { path: out, format: inspect-log }'])).toMatch(/dataset\.format/);
  });

  it('refuses answers from elsewhere beside imported results (their scores belong to the imported answers)', () => {
    expect(errorOf(['dataset: { path: out, format: promptfoo }', 'responses: { path: r.jsonl }'])).toMatch(
      /evalgate\.yml:3: responses: .*imported results carry their own answers/,
    );
    expect(
      errorOf([
        'dataset: { path: out, format: lm-eval-harness }',
        'model: { base-url: "http://x/v1", model: m }',
      ]),
    ).toMatch(/evalgate\.yml:3: model: /);
  });
});
