import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { UserError } from '../../src/core/errors.js';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import { activeSet, heldOutSetOf, periodOf } from '../../src/rotation/held-out.js';

const ids = Array.from({ length: 400 }, (_, index) => `item-${index}`);

describe('held-out sets', () => {
  it('splits items by a hash of their id: the same set whatever the order or the other items', () => {
    const sets = ids.map((id) => heldOutSetOf({ id }, 4));
    expect(new Set(sets)).toEqual(new Set([1, 2, 3, 4]));
    for (const set of [1, 2, 3, 4]) {
      const share = sets.filter((value) => value === set).length / ids.length;
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.35);
    }
    expect([...ids].reverse().map((id) => heldOutSetOf({ id }, 4))).toEqual([...sets].reverse());
    // The turns of a scenario stay in one set.
    const turn = (id: string) => ({ id, conversation: { scenarioId: 'scenario-7', turn: 0, turns: 2 } });
    expect(heldOutSetOf(turn('a') as never, 4)).toBe(heldOutSetOf(turn('b') as never, 4));
  });

  it('picks the active set from the date (monthly, weekly, quarterly, daily) or the config', () => {
    expect(periodOf(new Date('2026-12-02T04:00:00Z'), 'monthly')).toEqual({
      index: 56 * 12 + 11,
      label: '2026-12',
    });
    expect(periodOf(new Date('2026-12-02T04:00:00Z'), 'quarterly')).toEqual({
      index: 56 * 4 + 3,
      label: '2026-Q4',
    });
    expect(periodOf(new Date('2026-12-02T04:00:00Z'), 'weekly').label).toBe('week of 2026-11-30');
    expect(periodOf(new Date('2026-12-06T23:59:00Z'), 'weekly').label).toBe('week of 2026-11-30');
    expect(periodOf(new Date('2026-12-07T00:00:00Z'), 'weekly').label).toBe('week of 2026-12-07');
    const months = ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15'].map(
      (day) => activeSet({ sets: 4, period: 'monthly' }, new Date(`${day}T12:00:00Z`)).set,
    );
    // 2026-01 is month 672 since 1970-01: 672 mod 4 = 0 -> set 1, then one set further each month.
    expect(months).toEqual([1, 2, 3, 4, 1]);
    expect(activeSet({ sets: 4, period: 'monthly', set: 3 }, new Date('2026-01-15'))).toEqual({
      set: 3,
      sets: 4,
      chosenBy: 'explicit',
    });
  });
});

async function fixture(): Promise<{ dir: string; config: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-rotation-'));
  const items = ids
    .slice(0, 60)
    .map((id, index) => ({ id, input: `q${index}`, expected_output: `a${index}` }));
  await writeFile(path.join(dir, 'data.jsonl'), items.map((item) => JSON.stringify(item)).join('\n'));
  await writeFile(
    path.join(dir, 'answers.jsonl'),
    items.map((item) => JSON.stringify({ id: item.id, response: item.expected_output })).join('\n'),
  );
  const config = path.join(dir, 'evalgate.yml');
  await writeFile(
    config,
    [
      'version: 1',
      'name: rotating',
      'dataset: { path: data.jsonl, rotation: { sets: 3, period: monthly } }',
      'responses: { path: answers.jsonl }',
      'metrics: { exact-match: true }',
      'regression: { baseline-dir: baselines }',
      'gates:',
      '  - { name: accuracy, metric: exact_match, type: regression, margin: 0.05 }',
    ].join('\n'),
  );
  return { dir, config };
}

describe('held-out rotation in a run', () => {
  it('evaluates only the active set, names it in the report, and pairs baselines only within a set', async () => {
    const { dir, config: file } = await fixture();
    const config = await loadConfig(file);
    const store = createLocalBaselineStore(path.join(dir, 'baselines'));
    const deps = (day: string) => ({
      baselineStore: store,
      writeBaseline: true,
      log: () => {},
      env: {},
      now: () => new Date(`${day}T12:00:00Z`),
    });
    // 2026-01 -> set 1 of 3 (month 672); no baseline yet: a first run, accepted.
    const january = await runEvaluation(config, deps('2026-01-10'));
    expect(january.decision).toBe('deploy');
    expect(january.heldOut).toMatchObject({
      set: 1,
      sets: 3,
      chosenBy: 'period',
      periodLabel: '2026-01',
      totalItems: 60,
    });
    expect(january.items.length).toBe(january.heldOut!.items);
    expect(january.items.every((item) => heldOutSetOf(item, 3) === 1)).toBe(true);
    // The answers file holds all 60 items: those of the other sets are not "unmatched".
    expect(january.source.unmatchedResponseIds).toEqual([]);
    expect((await store.latest('rotating'))!.record.heldOut).toEqual({ set: 1, sets: 3 });

    // Later in January: the same set, compared with the baseline.
    const again = await runEvaluation(config, deps('2026-01-20'));
    expect(again.comparison.status).toBe('compared');
    expect(again.comparison.paired).toBe(january.items.length);

    // February -> set 2: the January baseline is of another set: a warning, no pairing, not an error.
    const february = await runEvaluation(config, deps('2026-02-03'));
    expect(february.heldOut).toMatchObject({ set: 2, periodLabel: '2026-02' });
    expect(february.decision).not.toBe('error');
    expect(february.comparison.status).toBe('skipped');
    expect(february.comparison.paired).toBe(0);
    expect(february.warnings.join('\n')).toContain(
      'the baseline was made on held-out set 1 of 3 and this run evaluates held-out set 2 of 3',
    );
    expect(february.items.some((item) => january.items.some((old) => old.id === item.id))).toBe(false);
  });

  it('rejects a set that does not exist, and a set without items', async () => {
    const { dir, config: file } = await fixture();
    await writeFile(
      file,
      'version: 1\ndataset: { path: data.jsonl, rotation: { sets: 3, set: 4 } }\nresponses: { path: answers.jsonl }\n',
    );
    await expect(loadConfig(file)).rejects.toMatchObject({ key: 'dataset.rotation.set', line: 2 });
    await writeFile(path.join(dir, 'one.jsonl'), JSON.stringify({ id: 'item-0', input: 'q' }));
    const only = heldOutSetOf({ id: 'item-0' }, 2);
    const error = await loadDataset(
      {
        path: 'one.jsonl',
        format: 'auto',
        fields: DEFAULT_FIELDS,
        rotation: { sets: 2, period: 'monthly', set: 3 - only },
      },
      dir,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(`held-out set ${3 - only} of 2 holds no item of the 1`);
  });
});
