import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { baselineJsonPieces } from '../../src/baseline/serialize.js';
import { BASELINE_KIND, BASELINE_SCHEMA_VERSION, type BaselineRecord } from '../../src/baseline/types.js';

function record(items: number): BaselineRecord {
  return {
    kind: BASELINE_KIND,
    schemaVersion: BASELINE_SCHEMA_VERSION,
    evalgateVersion: '0.1.0',
    name: 'serialize "test" ✓ </script>',
    createdAt: '2026-12-01T10:00:00.000Z',
    gitSha: undefined,
    datasetHash: 'd',
    configHash: 'c',
    judge: null,
    metricSpecs: [{ name: 'accuracy', kind: 'binary', higherIsBetter: true, description: 'a' }],
    items: Array.from({ length: items }, (_, index) => ({
      id: `i-${index}`,
      category: index % 2 === 0 ? 'a' : 'b',
      scores: { accuracy: index % 3 === 0 ? 0 : 1, f1: null },
      outputHash: index % 5 === 0 ? null : `h${index}`,
      output: index % 5 === 0 ? null : `answer ${index} \u2028 "quoted"`,
      error: index % 5 === 0,
    })),
    aggregates: { accuracy: { value: 0.5, n: items, kind: 'rate', higherIsBetter: true } },
    history: [],
  } as unknown as BaselineRecord;
}

/** JSON.stringify's text with every item on a line of its own, each but the last ending with a comma. */
function expectedText(value: BaselineRecord): string {
  const empty = JSON.stringify({ ...value, items: [] });
  if (value.items.length === 0) return `${empty}\n`;
  const at = empty.indexOf('"items":[]') + '"items":['.length;
  const lines = value.items.map((item) => JSON.stringify(item));
  return `${empty.slice(0, at)}\n${lines.join(',\n')}\n${empty.slice(at)}\n`;
}

describe('baseline files', () => {
  it('are the JSON of the record with one item per line, in pieces', () => {
    for (const items of [0, 1, 3, 2500]) {
      const value = record(items);
      const pieces = [...baselineJsonPieces(value)];
      const text = pieces.join('');
      expect(text).toBe(expectedText(value));
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      expect(text.split('\n')).toHaveLength(items === 0 ? 2 : items + 3);
      expect(pieces).toHaveLength(2 * items + 2);
    }
    // `items` first or last among the keys.
    const { items, ...rest } = record(2);
    for (const value of [
      { items, ...rest },
      { ...rest, items },
    ] as BaselineRecord[]) {
      expect([...baselineJsonPieces(value)].join('')).toBe(expectedText(value));
    }
  });

  it('are stored twice by the local store (timestamped and latest.json), the same bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-baseline-save-'));
    try {
      const store = createLocalBaselineStore(dir);
      const value = record(50);
      const latest = await store.save(value);
      const files = (await readdir(path.join(dir, value.name))).sort();
      expect(files).toEqual(['2026-12-01T10-00-00-000Z.json', 'latest.json']);
      const expected = expectedText(value);
      expect(await readFile(latest, 'utf8')).toBe(expected);
      expect(await readFile(path.join(dir, value.name, files[0]!), 'utf8')).toBe(expected);
      expect((await store.latest(value.name))?.record.items).toHaveLength(50);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
