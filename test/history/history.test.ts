import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/baseline/parse.js';
import type { BaselineRecord } from '../../src/baseline/types.js';
import { UserError } from '../../src/core/errors.js';
import { HISTORY_LIMIT, appendHistory } from '../../src/history/history.js';
import type { HistoryEntry } from '../../src/core/report.js';
import { taskApiWorkspace } from '../baseline/helpers.js';

const v2 = 'responses/model-v2.jsonl';

async function storedBaseline(dir: string): Promise<BaselineRecord> {
  const file = path.join(dir, 'baselines', 'task-api', 'latest.json');
  return parseBaseline(await readFile(file, 'utf8'), file);
}

function entry(index: number): HistoryEntry {
  return {
    date: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    sha: `sha${index}`,
    decision: 'deploy',
    metrics: { accuracy: { value: 0.8 + index / 1000, lower: 0.75, upper: 0.85, n: 200 } },
  };
}

describe('history of accepted runs', () => {
  it('grows with each accepted run; a blocked run is in its own report but not in the stored baseline', async () => {
    const workspace = await taskApiWorkspace();
    const first = await workspace.run();
    expect(first.code).toBe(0);
    expect(first.report!.history).toHaveLength(1);
    expect((await storedBaseline(workspace.dir)).history).toHaveLength(1);

    const second = await workspace.run();
    expect(second.code).toBe(0);
    const afterSecond = await storedBaseline(workspace.dir);
    expect(afterSecond.history!.map((run) => run.decision)).toEqual(['deploy', 'deploy']);
    expect(second.report!.history).toEqual(afterSecond.history);

    const third = await workspace.run(['--responses', path.join(workspace.dir, v2)]);
    expect(third.code).toBe(1);
    const history = third.report!.history!;
    expect(history.map((run) => run.decision)).toEqual(['deploy', 'deploy', 'block']);
    expect(history[2]!.date).toBe(third.report!.finishedAt);
    expect(history[2]!.metrics.accuracy!.value).toBe(third.report!.metrics.accuracy!.value);
    expect(history[2]!.metrics.accuracy!.lower).toBe(third.report!.metrics.accuracy!.interval!.lower);
    expect(history[2]!.metrics.accuracy!.n).toBe(third.report!.metrics.accuracy!.n);
    expect(history[0]!.metrics.accuracy!.value).toBe(first.report!.metrics.accuracy!.value);
    expect((await storedBaseline(workspace.dir)).history).toEqual(afterSecond.history);
  });

  it('keeps the newest 50 runs', async () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, index) => entry(index));
    const grown = appendHistory(full, entry(HISTORY_LIMIT));
    expect(HISTORY_LIMIT).toBe(50);
    expect(grown).toHaveLength(50);
    expect(grown[0]!.sha).toBe('sha1');
    expect(grown[49]!.sha).toBe('sha50');

    const workspace = await taskApiWorkspace();
    expect((await workspace.run()).code).toBe(0);
    const file = path.join(workspace.dir, 'baselines', 'task-api', 'latest.json');
    const record = JSON.parse(await readFile(file, 'utf8')) as BaselineRecord;
    await writeFile(file, JSON.stringify({ ...record, history: full }));
    const next = await workspace.run();
    expect(next.code).toBe(0);
    expect(next.report!.history).toHaveLength(50);
    expect(next.report!.history![0]!.sha).toBe('sha1');
    expect(next.report!.history![49]!.date).toBe(next.report!.finishedAt);
    expect((await storedBaseline(workspace.dir)).history).toHaveLength(50);
  });

  it('reads a baseline written before histories existed as a history of that one run', async () => {
    const workspace = await taskApiWorkspace();
    const first = await workspace.run();
    const file = path.join(workspace.dir, 'baselines', 'task-api', 'latest.json');
    const { history: _dropped, ...old } = JSON.parse(await readFile(file, 'utf8')) as BaselineRecord;
    await writeFile(file, JSON.stringify(old));
    const next = await workspace.run();
    expect(next.code).toBe(0);
    const history = next.report!.history!;
    expect(history).toHaveLength(2);
    expect(history[0]!.date).toBe(first.report!.finishedAt);
    expect(history[0]!.decision).toBe('deploy');
    expect(history[0]!.metrics.accuracy!.value).toBe(first.report!.metrics.accuracy!.value);
    expect(history[0]!.metrics.accuracy!.upper).toBe(first.report!.metrics.accuracy!.interval!.upper);
  });

  it('rejects a stored history entry of the wrong shape, naming its key path', async () => {
    const workspace = await taskApiWorkspace();
    await workspace.run();
    const file = path.join(workspace.dir, 'baselines', 'task-api', 'latest.json');
    const record = JSON.parse(await readFile(file, 'utf8')) as BaselineRecord;
    const text = JSON.stringify({ ...record, history: [{ ...entry(0), decision: 'maybe' }] }, null, 2);
    let error: unknown;
    try {
      parseBaseline(text, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toContain('history[0].decision');
  });
});

describe('schemas/report.schema.json and report.history', () => {
  it('accepts the history of a real run and rejects an entry of the wrong shape', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile('schemas/report.schema.json', 'utf8')) as object);
    const workspace = await taskApiWorkspace();
    await workspace.run();
    const { report } = await workspace.run();
    expect(report!.history).toHaveLength(2);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const wrong = { ...report!, history: [{ ...report!.history![0]!, decision: 'maybe' }] };
    expect(validate(wrong)).toBe(false);
    expect(validate.errors!.some((error) => error.instancePath === '/history/0/decision')).toBe(true);
    const tooLong = { ...report!, history: Array.from({ length: 51 }, () => report!.history![0]!) };
    expect(validate(tooLong)).toBe(false);
  });
});
