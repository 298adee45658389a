// Defaults are read from the config's JSON Schema, never written twice.
import { describe, expect, it } from 'vitest';
import { camelCase, defaultOf, settingsWithDefaults, withDefaults } from '../../src/core/schema-defaults.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { DEFAULT_MODEL_CIRCUIT_BREAKER } from '../../src/model/circuit-breaker.js';

const schema = {
  type: 'object',
  properties: {
    'out-dir': { type: 'string', default: 'out' },
    depth: { type: 'integer', default: 2 },
    tags: { type: 'array', default: ['a'] },
    nested: {
      oneOf: [{ type: 'boolean' }, { type: 'object', properties: { 'max-items': { default: 5 } } }],
    },
    entries: { type: 'array', items: { type: 'object', properties: { kind: { default: 'plain' } } } },
  },
};

describe('withDefaults', () => {
  it('fills missing keys at every depth and keeps what is set', () => {
    expect(withDefaults({ depth: 3, nested: {}, entries: [{}, { kind: 'x' }], extra: 1 }, schema)).toEqual({
      'out-dir': 'out',
      depth: 3,
      tags: ['a'],
      nested: { 'max-items': 5 },
      entries: [{ kind: 'plain' }, { kind: 'x' }],
      extra: 1,
    });
  });

  it('leaves a value without a default alone, and copies object defaults', () => {
    expect(withDefaults(undefined, schema)).toBeUndefined();
    expect(withDefaults({ nested: true }, schema)).toMatchObject({ nested: true });
    const first = withDefaults({}, schema) as { tags: string[] };
    first.tags.push('b');
    expect(withDefaults({}, schema)).toMatchObject({ tags: ['a'] });
  });

  it('renames the declared keys to camelCase for settings', () => {
    expect(settingsWithDefaults({}, schema)).toMatchObject({ outDir: 'out', depth: 2 });
    expect(camelCase('expected-output')).toBe('expectedOutput');
  });
});

describe('the config schema', () => {
  it('holds the defaults normalize.ts applies', () => {
    expect(defaultOf(CONFIG_SCHEMA.properties.cache, 'dir')).toBe('.evalgate/cache');
    expect(withDefaults({}, CONFIG_SCHEMA.properties.model)).toMatchObject({
      'api-key-env': 'OPENAI_API_KEY',
      'timeout-ms': 60000,
      'max-retries': 3,
      concurrency: 8,
      // The model client's own fallback, for callers without a config, must agree with the schema.
      'circuit-breaker': DEFAULT_MODEL_CIRCUIT_BREAKER,
    });
  });
});
