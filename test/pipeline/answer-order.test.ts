// The records of a run follow the dataset's order whatever order the source answers in, and a source that
// answers an item twice, or one it was not given, is a bug that stops the run.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import type { DatasetItem, ModelResponse } from '../../src/core/types.js';
import { emptyRunStats, type ModelSource } from '../../src/model/source.js';
import { runEvaluation } from '../../src/pipeline/run.js';

/** Answers each item with its id, visiting the items in the order `order` gives. */
function sourceAnswering(order: (items: readonly DatasetItem[]) => readonly DatasetItem[]): ModelSource {
  return {
    kind: 'precomputed',
    description: 'test source',
    run(items, onResponse) {
      const stats = emptyRunStats();
      for (const item of order(items)) {
        stats.items++;
        const response: ModelResponse = { output: `{"action": "${item.id}"}` };
        onResponse(item, response);
      }
      return Promise.resolve(stats);
    },
  };
}

async function run(source: ModelSource) {
  const config = await loadConfig('examples/task-api/evalgate.yml');
  return runEvaluation(config, {
    baselineStore: createLocalBaselineStore(await mkdtemp(path.join(tmpdir(), 'evalgate-order-'))),
    writeBaseline: false,
    log: () => {},
    env: {},
    source,
  });
}

describe('answers in any order', () => {
  it('gives the same records in dataset order for answers in order, reversed or shuffled', async () => {
    let given: readonly DatasetItem[] = [];
    const inOrder = await run(sourceAnswering((items) => (given = items)));
    const reversed = await run(sourceAnswering((items) => [...items].reverse()));
    // Every other item first, then the rest: the positions are found both ways in one run.
    const interleaved = await run(
      sourceAnswering((items) => [
        ...items.filter((_, position) => position % 2 === 0),
        ...items.filter((_, position) => position % 2 === 1),
      ]),
    );
    expect(inOrder.items.map((item) => item.id)).toEqual(given.map((item) => item.id));
    for (const other of [reversed, interleaved]) {
      expect(other.items).toEqual(inOrder.items);
      expect(other.metrics).toEqual(inOrder.metrics);
    }
  });

  it('stops on an item answered twice or one the source was not given', async () => {
    await expect(run(sourceAnswering((items) => [items[0]!, items[1]!, items[0]!]))).rejects.toThrow(
      /the model source answered item \S+ twice/,
    );
    const stranger: DatasetItem = {
      id: 'stranger',
      category: 'x',
      input: '?',
      source: { file: 'x', line: 1 },
    };
    await expect(run(sourceAnswering((items) => [items[0]!, stranger]))).rejects.toThrow(
      'the model source answered an item it was not given (stranger)',
    );
  });
});
