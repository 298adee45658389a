// parseBaseline checks a good baseline without compiling ajv (src/baseline/parse.ts): the quick check must
// never accept a record ajv rejects, so that a damaged baseline still gets ajv's message.
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordValidator, surelyMatchesRecordSchema } from '../../src/baseline/parse.js';
import { BASELINE_KIND, BASELINE_SCHEMA_VERSION } from '../../src/baseline/types.js';

function goodRecord(): Record<string, unknown> {
  return {
    kind: BASELINE_KIND,
    schemaVersion: BASELINE_SCHEMA_VERSION,
    evalgateVersion: '0.1.0',
    name: 'demo',
    createdAt: '2026-12-01T10:00:00.000Z',
    datasetHash: 'd',
    configHash: 'c',
    metricHashes: { accuracy: 'h' },
    judge: null,
    metricSpecs: [{ name: 'accuracy', kind: 'binary', higherIsBetter: true }],
    items: [
      {
        id: 'a',
        category: 'x',
        scores: { accuracy: 1, f1: null },
        outputHash: 'o',
        output: 'out',
        error: false,
      },
      { id: 'b', category: 'x', scores: {}, outputHash: null, output: null, error: true },
    ],
    aggregates: { accuracy: { value: 0.5, n: 2 } },
    history: [
      {
        date: '2026-12-01',
        sha: 's',
        runId: 'r',
        decision: 'deploy',
        metrics: { accuracy: { value: 0.5, n: 2, lower: 0.1, upper: 0.9 } },
      },
    ],
  };
}

const PATHS = [
  [],
  ['kind'],
  ['schemaVersion'],
  ['name'],
  ['createdAt'],
  ['datasetHash'],
  ['configHash'],
  ['metricHashes'],
  ['metricHashes', 'accuracy'],
  ['metricSpecs'],
  ['metricSpecs', 0],
  ['metricSpecs', 0, 'name'],
  ['metricSpecs', 0, 'kind'],
  ['metricSpecs', 0, 'higherIsBetter'],
  ['items'],
  ['items', 1],
  ...['id', 'category', 'scores', 'outputHash', 'output', 'error'].map((key) => ['items', 0, key]),
  ['items', 0, 'scores', 'accuracy'],
  ['aggregates'],
  ['history'],
  ['history', 0],
  ...['date', 'sha', 'runId', 'decision', 'metrics'].map((key) => ['history', 0, key]),
  ['history', 0, 'metrics', 'accuracy'],
  ...['value', 'n', 'lower', 'upper'].map((key) => ['history', 0, 'metrics', 'accuracy', key]),
];
const VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  -1,
  1.5,
  Infinity,
  NaN,
  '',
  'x',
  'deploy',
  BASELINE_KIND,
  true,
  [],
  [1],
  {},
];

function withValue(path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const record = goodRecord();
  let parent = record as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return record;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the quick check of a baseline', () => {
  it('accepts a good baseline, as ajv does', () => {
    expect(surelyMatchesRecordSchema(goodRecord())).toBe(true);
    expect(recordValidator()(goodRecord())).toBe(true);
  });

  it('never accepts what ajv rejects', () => {
    const validate = recordValidator();
    let rejected = 0;
    for (const path of PATHS) {
      for (const value of VALUES) {
        const record = withValue(path, value);
        const quick = surelyMatchesRecordSchema(record);
        if (!quick) rejected++;
        if (quick) expect(validate(record), `${path.join('.')} = ${String(value)}`).toBe(true);
      }
    }
    expect(rejected).toBeGreaterThan(PATHS.length * 5);
  });

  it('lets a good baseline be parsed without compiling ajv', async () => {
    vi.resetModules();
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    const { parseBaseline } = await import('../../src/baseline/parse.js');
    expect(parseBaseline(JSON.stringify(goodRecord()), 'baseline.json').items).toHaveLength(2);
    expect(compile).not.toHaveBeenCalled();
  });
});

describe('the numbers of a baseline that passes the quick check', () => {
  /** The baseline's text, one item a line, with `change` applied to the record first. */
  function baselineText(change: (record: Record<string, unknown>) => void): string {
    const record = goodRecord();
    change(record);
    return JSON.stringify(record, null, 1).replace(/"__INFINITY__"/g, '1e999');
  }
  const firstItem = (record: Record<string, unknown>) => (record.items as Record<string, unknown>[])[0]!;

  it('finds a number too large in a key the schema does not name, inside an item', async () => {
    const { parseBaseline } = await import('../../src/baseline/parse.js');
    const text = baselineText((record) => {
      firstItem(record).extra = { deep: ['__INFINITY__'] };
    });
    expect(surelyMatchesRecordSchema(JSON.parse(text))).toBe(true);
    expect(() => parseBaseline(text, 'baseline.json')).toThrow(
      expect.objectContaining({ key: 'items[0].extra.deep[0]', message: expect.stringMatching(/finite/) }),
    );
  });

  it('finds a number too large outside the items', async () => {
    const { parseBaseline } = await import('../../src/baseline/parse.js');
    const text = baselineText((record) => {
      record.judge = { model: 'm', cost: '__INFINITY__' };
    });
    expect(() => parseBaseline(text, 'baseline.json')).toThrow(
      expect.objectContaining({ key: 'judge.cost' }),
    );
  });

  it('finds a score of a binary metric that is not 0 or 1', async () => {
    const { parseBaseline } = await import('../../src/baseline/parse.js');
    const text = baselineText((record) => {
      (firstItem(record).scores as Record<string, unknown>).accuracy = 0.5;
    });
    expect(() => parseBaseline(text, 'baseline.json')).toThrow(
      expect.objectContaining({
        key: 'items[0].scores.accuracy',
        message: expect.stringMatching(/must be 0 or 1/),
      }),
    );
  });

  it('accepts any finite number in a key the schema does not name, and scores of other metrics', async () => {
    const { parseBaseline } = await import('../../src/baseline/parse.js');
    const text = baselineText((record) => {
      firstItem(record).extra = 2.5;
      (firstItem(record).scores as Record<string, unknown>).f1 = 0.5;
    });
    expect(parseBaseline(text, 'baseline.json').items[0]).toMatchObject({ extra: 2.5, scores: { f1: 0.5 } });
  });
});
