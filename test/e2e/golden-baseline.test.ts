import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import { renderMarkdown } from '../../src/report/markdown.js';

describe('baseline policy', () => {
  it('never stores a blocked run, and shows drift against a pinned golden baseline', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-golden-'));
    const store = createLocalBaselineStore(dir);
    const deps = { baselineStore: store, writeBaseline: true, log: () => {}, env: {} };
    const accepted = await runEvaluation(await loadConfig('examples/task-api/evalgate.yml'), deps);
    expect(accepted.decision).toBe('deploy');
    const golden = accepted.baselineWritten!;

    const config = await loadConfig('examples/task-api/evalgate.yml', {
      responses: 'examples/task-api/responses/model-v2.jsonl',
    });
    config.regression.goldenPath = golden;
    const blocked = await runEvaluation(config, deps);
    expect(blocked.decision).toBe('block');
    expect(blocked.baselineWritten).toBeUndefined();
    expect((await store.latest('task-api'))!.record.createdAt).toBe(accepted.finishedAt);

    expect(blocked.golden?.status).toBe('compared');
    const drift = blocked.golden!.rows.find((row) => row.metric === 'accuracy')!;
    expect(drift.stat?.paired).toBe(true);
    expect(drift.diff).toBeLessThan(0);
    expect(drift.gate).toBeUndefined();
    expect(renderMarkdown(blocked)).toContain('## Cumulative drift against the golden baseline');
  });
});
