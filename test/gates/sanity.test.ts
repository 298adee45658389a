// Gates whose outcome is fixed before any item is scored are config errors naming the gate's line
// (issue 10, item 7): they would give a check that says nothing.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { UserError, UserErrors } from '../../src/core/errors.js';
import { validateRun } from '../../src/pipeline/validate-run.js';

const example = path.resolve('examples/task-api');

/** A config on the Task API example whose only gate is `gate` (YAML lines); the gate starts on line 11. */
async function configWithGate(gate: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-sanity-'));
  const file = path.join(dir, 'evalgate.yml');
  await writeFile(
    file,
    [
      'version: 1',
      'name: sanity',
      'dataset:',
      `  path: ${path.join(example, 'benchmark.json')}`,
      'responses:',
      `  path: ${path.join(example, 'responses', 'model-v1.jsonl')}`,
      'metrics:',
      '  exact-match: { name: accuracy, json: true }',
      '  json: true',
      'gates:',
      ...gate.split('\n').map((line) => `  ${line}`),
      '',
    ].join('\n'),
  );
  return file;
}

async function problemOf(gate: string): Promise<UserError | undefined> {
  const file = await configWithGate(gate);
  try {
    await validateRun(await loadConfig(file));
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error instanceof UserErrors ? error.errors[0] : error;
  }
}

describe('gates that can never fail', () => {
  const cases: [string, string][] = [
    ['>= -0.5 on a rate', '- name: g\n  metric: accuracy\n  op: ">="\n  threshold: -0.5'],
    ['> -1 on a rate', '- name: g\n  metric: accuracy\n  op: ">"\n  threshold: -1'],
    ['error_rate <= 1.5', '- name: g\n  metric: error_rate\n  op: "<="\n  threshold: 1.5'],
    ['< 2 on a rate', '- name: g\n  metric: json_valid_rate\n  op: "<"\n  threshold: 2'],
    ['>= 0 on a per-category rate', '- name: g\n  metric: accuracy@list_tasks\n  op: ">="\n  threshold: 0'],
  ];
  for (const [title, gate] of cases) {
    it(`${title} is a config error at the gate's line, with the fix`, async () => {
      const problem = await problemOf(gate);
      expect(problem).toBeDefined();
      expect(problem!.line).toBe(11);
      expect(problem!.key).toBe('gates[0].threshold');
      expect(problem!.message).toMatch(
        /^gate "g": `.*` can never fail: the metric is a rate, always between 0 and 1\.$/,
      );
      expect(problem!.fix).toMatch(/threshold inside/);
      expect(problem!.describe()).toMatch(/evalgate\.yml:11: gates\[0\]\.threshold: gate "g"/);
    });
  }

  it('a regression margin of 1 or more on a rate is a config error', async () => {
    const problem = await problemOf('- name: g\n  metric: accuracy\n  type: regression\n  margin: 1');
    expect(problem?.line).toBe(11);
    expect(problem?.key).toBe('gates[0].margin');
    expect(problem?.message).toMatch(/margin 1 can never fail/);
    expect(problem?.fix).toMatch(/margin: 0\.02/);
  });
});

describe('gates that can never pass', () => {
  const cases: [string, string][] = [
    ['accuracy > 1', '- name: g\n  metric: accuracy\n  op: ">"\n  threshold: 1'],
    ['accuracy >= 90 (a percentage)', '- name: g\n  metric: accuracy\n  op: ">="\n  threshold: 90'],
    ['error_rate < 0', '- name: g\n  metric: error_rate\n  op: "<"\n  threshold: 0'],
    ['accuracy == 1.5', '- name: g\n  metric: accuracy\n  op: "=="\n  threshold: 1.5'],
  ];
  for (const [title, gate] of cases) {
    it(`${title} is a config error at the gate's line`, async () => {
      const problem = await problemOf(gate);
      expect(problem?.line).toBe(11);
      expect(problem?.message).toMatch(/can never pass: the metric is a rate/);
    });
  }
});

describe('gates that can go either way', () => {
  const cases = [
    '- name: g\n  metric: accuracy\n  op: ">="\n  threshold: 1',
    '- name: g\n  metric: error_rate\n  op: "<="\n  threshold: 0',
    '- name: g\n  metric: accuracy\n  op: "=="\n  threshold: 0',
    '- name: g\n  metric: accuracy\n  op: ">="\n  threshold: 0.9',
    '- name: g\n  metric: latency_ms_mean\n  op: "<="\n  threshold: 5000',
    '- name: g\n  metric: accuracy\n  type: regression\n  margin: 0.99',
  ];
  for (const gate of cases) {
    it(`are accepted: ${gate.split('\n').slice(1).join(' ')}`, async () => {
      expect(await problemOf(gate)).toBeUndefined();
    });
  }
});
