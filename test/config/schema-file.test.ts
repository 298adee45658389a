// schemas/evalgate.schema.json is generated from the sources (src/config/schema.ts and the scorers' metric
// declarations) by `npm run schema`: a change to either without regenerating it fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaFileText } from '../../scripts/config-schema.mjs';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { METRIC_DEFINITIONS } from '../../src/scorers/registry.js';

describe('the committed config schema', () => {
  it('is the one generated from the sources (run `npm run schema` after changing them)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await schemaFileText(CONFIG_SCHEMA));
  });

  it('offers every registered metric family under metrics', () => {
    const metrics = CONFIG_SCHEMA.properties.metrics as { properties: Record<string, unknown> };
    expect(Object.keys(metrics.properties)).toEqual([
      ...METRIC_DEFINITIONS.map((definition) => definition.key),
      'per-category',
    ]);
  });
});
