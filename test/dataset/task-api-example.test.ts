// The bundled Task API example: its files load, match each other, reproduce from the generator, and
// carry the figures the README promises (v1 passes the example's gates, v2 fails them).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/core/hash.js';
import type { DatasetItem, ModelResponse } from '../../src/core/types.js';
import { loadDataset } from '../../src/dataset/index.js';
import { createPrecomputedSource } from '../../src/model/precomputed-source.js';
import { loadResponses } from '../../src/model/responses-file.js';
import { datasetConfig } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleDir = path.join(root, 'examples/task-api');
const ACTIONS = ['create_task', 'list_tasks', 'update_task', 'complete_task', 'delete_task'];

async function answers(version: string, items: DatasetItem[]) {
  const table = await loadResponses(
    {
      path: `responses/${version}.jsonl`,
      format: 'auto',
      fields: { id: 'id', response: 'response' },
      onDuplicate: 'error',
    },
    exampleDir,
  );
  const source = createPrecomputedSource(table);
  const responses = new Map<string, ModelResponse>();
  const stats = await source.run(items, (item, response) => responses.set(item.id, response));
  return { responses, stats, unmatched: source.unmatched };
}

/** Strict reading, as the example's config scores: the answer must be the JSON itself. */
function figures(items: DatasetItem[], responses: Map<string, ModelResponse>) {
  let valid = 0;
  let exact = 0;
  let action = 0;
  for (const item of items) {
    const output = responses.get(item.id)!.output;
    if (output === null) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(output.trim());
    } catch {
      continue;
    }
    valid++;
    if (stableStringify(parsed) === stableStringify(JSON.parse(item.expectedOutput!))) exact++;
    if ((parsed as { action?: unknown }).action === item.expectedAction) action++;
  }
  const n = items.length;
  return { accuracy: exact / n, jsonValid: valid / n, actionAccuracy: action / n };
}

describe('examples/task-api', () => {
  it('has a benchmark of 300 cases, 60 per action, whose expected outputs are the expected actions', async () => {
    const dataset = await loadDataset(datasetConfig('benchmark.json'), exampleDir);
    expect(dataset.format).toBe('json');
    expect(dataset.items).toHaveLength(300);
    expect(dataset.items.map((item) => item.id)).toEqual(
      Array.from({ length: 300 }, (_, index) => `ta-${String(index + 1).padStart(3, '0')}`),
    );
    for (const action of ACTIONS) {
      expect(dataset.items.filter((item) => item.category === action)).toHaveLength(60);
    }
    for (const item of dataset.items) {
      const command = JSON.parse(item.expectedOutput!) as { action: string };
      expect(command.action).toBe(item.expectedAction);
      expect(item.category).toBe(item.expectedAction);
    }
    expect(new Set(dataset.items.map((item) => item.input.toLowerCase())).size).toBe(300);
  });

  it('gives model v1 the figures of a good model and v2 those of a regressed one', async () => {
    const { items } = await loadDataset(datasetConfig('benchmark.json'), exampleDir);
    const v1 = await answers('model-v1', items);
    const v2 = await answers('model-v2', items);
    expect(v1.unmatched).toEqual([]);
    expect(v2.unmatched).toEqual([]);
    expect(v1.stats.errors).toBe(0);
    expect(v2.stats.errors).toBe(2);
    expect(
      [...v2.responses.values()].filter((response) => response.error?.kind === 'missing_response'),
    ).toHaveLength(2);

    const good = figures(items, v1.responses);
    expect(good.accuracy).toBeCloseTo(0.94, 5);
    expect(good.jsonValid).toBeCloseTo(0.99, 5);
    expect(good.actionAccuracy).toBeGreaterThanOrEqual(0.99);
    const bad = figures(items, v2.responses);
    expect(bad.accuracy).toBeCloseTo(0.8, 5);
    expect(bad.jsonValid).toBeCloseTo(0.9, 5);
    expect(bad.actionAccuracy).toBeLessThan(0.85);
    // The example's gates: v1 passes all, v2 fails json_valid_rate >= 0.95 and accuracy >= 0.85.
    expect(good.jsonValid >= 0.95 && good.accuracy >= 0.9).toBe(true);
    expect(bad.jsonValid < 0.95 && bad.accuracy < 0.85).toBe(true);
    expect(v2.stats.errors / items.length).toBeLessThanOrEqual(0.05);
  });

  it('has multi-turn scenarios that load as the scenarios format', async () => {
    const dataset = await loadDataset(datasetConfig('scenarios.json'), exampleDir);
    expect(dataset.format).toBe('scenarios');
    const scenarios = new Set(dataset.items.map((item) => item.conversation!.scenarioId));
    expect(scenarios.size).toBeGreaterThanOrEqual(6);
    expect(scenarios.size).toBeLessThanOrEqual(10);
    const scored = dataset.items.filter((item) => item.expectedOutput !== undefined);
    expect(scored.length).toBeGreaterThanOrEqual(10);
    for (const item of scored) {
      expect((JSON.parse(item.expectedOutput!) as { action: string }).action).toBe(item.expectedAction);
    }
    expect(dataset.items.every((item) => item.conversation!.context !== undefined)).toBe(true);
  });

  it('is reproduced byte for byte by its generator', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/make-task-api-example.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
