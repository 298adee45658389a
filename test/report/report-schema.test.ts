import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import type { Report } from '../../src/core/report.js';

const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

async function runExample(responses: string | undefined, baselineDir: string): Promise<Report> {
  const config = await loadConfig('examples/task-api/evalgate.yml', { responses });
  config.gates.push({
    type: 'regression',
    name: 'accuracy vs baseline',
    metric: 'accuracy',
    margin: 0.02,
    severity: 'blocking',
    onInconclusive: 'warn',
  });
  return runEvaluation(config, {
    baselineStore: createLocalBaselineStore(baselineDir),
    writeBaseline: true,
    log: () => {},
    env: {},
  });
}

/** What a reader of report.json gets: the report after a JSON round trip. */
function asJson(report: Report): unknown {
  return JSON.parse(JSON.stringify(report));
}

describe('report.json follows schemas/report.schema.json', () => {
  it('for a first run, and for a run compared with its baseline', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-schema-'));
    const first = await runExample(undefined, dir);
    expect(validate(asJson(first)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const second = await runExample('examples/task-api/responses/model-v2.jsonl', dir);
    expect(second.comparison.status).toBe('compared');
    expect(validate(asJson(second)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const regression = second.gates.find((gate) => gate.gate.type === 'regression')!;
    expect(regression.status).toBe('fail');
    expect(regression.failingItems.length).toBeGreaterThan(0);
  });

  it('rejects a report that lost its decision', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-schema-'));
    const report = asJson(await runExample(undefined, dir)) as Record<string, unknown>;
    delete report.decision;
    expect(validate(report)).toBe(false);
  });
});
