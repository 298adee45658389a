// The metric registry: the settings each family gets come from its schema's defaults, and every family's
// factory accepts them.
import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS, createConfiguredScorers, normalizeMetrics } from '../../src/scorers/registry.js';

const context = { baseDir: '.', configFile: '/repo/evalgate.yml' };

describe('normalizeMetrics', () => {
  it('fills the defaults of a family turned on with true', () => {
    const metrics = normalizeMetrics({
      'exact-match': true,
      numeric: true,
      f1: true,
      rouge: true,
      bleu: true,
    });
    expect(metrics.exactMatch).toEqual({ name: 'exact_match', normalize: false, json: false });
    expect(metrics.numeric).toEqual({ name: 'numeric_match', extract: 'boxed-or-last', tolerance: 1e-6 });
    expect(metrics.f1).toEqual({ name: 'f1' });
    expect(metrics.rouge).toEqual({ types: ['rouge1', 'rouge2', 'rougeL'], stemmer: false });
    expect(metrics.bleu).toBe(true);
  });

  it('leaves a family that is false or absent off, and lists empty', () => {
    const metrics = normalizeMetrics({ 'exact-match': false, bleu: false });
    expect(metrics).toEqual({ fields: [], contains: [], regex: [], perCategory: true });
  });

  it('fills the defaults of each list entry, with camelCase keys', () => {
    const metrics = normalizeMetrics({
      contains: [{ name: 'a', values: ['x'] }],
      regex: [{ name: 'b', pattern: 'y', 'must-match': false }],
      'per-category': false,
    });
    expect(metrics.contains).toEqual([{ name: 'a', values: ['x'], caseSensitive: true }]);
    expect(metrics.regex).toEqual([{ name: 'b', pattern: 'y', flags: '', mustMatch: false }]);
    expect(metrics.perCategory).toBe(false);
  });

  it('gives every caller its own copy of a default list', () => {
    const first = normalizeMetrics({ rouge: true });
    first.rouge!.types.pop();
    expect(normalizeMetrics({ rouge: true }).rouge!.types).toHaveLength(3);
  });
});

describe('createConfiguredScorers', () => {
  it('builds every family from its defaults, in registry order, naming each config key', () => {
    const raw: Record<string, unknown> = {};
    for (const definition of METRIC_DEFINITIONS) {
      raw[definition.key] = definition.many
        ? [{ name: `${definition.field}_one`, path: 'a', values: ['v'], pattern: 'p' }]
        : true;
    }
    const scorers = createConfiguredScorers(normalizeMetrics(raw), context);
    expect(scorers.map((scorer) => scorer.configKey)).toEqual(
      METRIC_DEFINITIONS.map((definition) => `metrics.${definition.key}${definition.many ? '[0]' : ''}`),
    );
  });

  it('builds nothing when no family is on', () => {
    expect(createConfiguredScorers(normalizeMetrics({}), context)).toEqual([]);
  });
});
