// Modules that validate with ajv compile their schema the first time they validate, not when they are
// imported: a run that never reads a baseline or a custom-metric file does not pay for compiling them.
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let compile: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  vi.resetModules();
  compile = vi.spyOn(Ajv.prototype, 'compile');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ajv schemas are compiled on first use', () => {
  it('src/baseline/parse.ts', async () => {
    const { parseBaseline } = await import('../../src/baseline/parse.js');
    const { BASELINE_KIND, BASELINE_SCHEMA_VERSION } = await import('../../src/baseline/types.js');
    expect(compile).not.toHaveBeenCalled();
    // Right kind and version, wrong shape: the checks before the schema pass, so the schema is compiled.
    const shapeless = JSON.stringify({ kind: BASELINE_KIND, schemaVersion: BASELINE_SCHEMA_VERSION });
    expect(() => parseBaseline(shapeless, 'baseline.json')).toThrow(/not an evalgate baseline/);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('src/judge/custom-metrics.ts', async () => {
    const { loadCustomMetrics } = await import('../../src/judge/custom-metrics.js');
    expect(compile).not.toHaveBeenCalled();
    loadCustomMetrics([], '.');
    expect(compile).not.toHaveBeenCalled();
  });

  it('src/config/validate.ts', async () => {
    await import('../../src/config/validate.js');
    expect(compile).not.toHaveBeenCalled();
  });
});
