// The real GSM8K outputs beside the repo (../shared/data/gsm8k-re2, or $EVALGATE_GSM8K_DIR): the project
// keeps no copy, so these tests are skipped where the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';
import { loadDataset } from '../../src/dataset/index.js';
import { datasetConfig } from './helpers.js';

const dir =
  process.env.EVALGATE_GSM8K_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data/gsm8k-re2');
const read1 = 'gpt-3.5-turbo-0613.cot.read1.jsonl';

describe.skipIf(!existsSync(path.join(dir, read1)))('GSM8K read1 as a dataset', () => {
  it('loads 1,319 items with fields input=question, expected_output=target', async () => {
    const dataset = await loadDataset(
      datasetConfig(read1, 'auto', { input: 'question', expectedOutput: 'target' }),
      dir,
    );
    expect(dataset.format).toBe('jsonl');
    expect(dataset.items).toHaveLength(1319);
    expect(dataset.hash).toBe(sha256Hex(readFileSync(path.join(dir, read1))));
    const first = dataset.items[0]!;
    expect(first).toMatchObject({
      id: '1',
      category: 'default',
      input:
        'A robe takes 2 bolts of blue fiber and half that much white fiber.  How many bolts in total does it take?',
      expectedOutput: '3',
      source: { line: 1 },
    });
    expect(first).not.toHaveProperty('precomputed');
    expect(new Set(dataset.items.map((item) => item.id)).size).toBe(1319);
    expect(dataset.items.every((item) => /^-?\d+(\.\d+)?$/.test(item.expectedOutput ?? ''))).toBe(true);
    expect(dataset.items.at(-1)!.source.line).toBe(1319);
  });
});
