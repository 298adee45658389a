import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BaselineRecord } from '../../src/baseline/types.js';
import { taskApiWorkspace, type Workspace } from './helpers.js';

let workspace: Workspace | undefined;
afterEach(async () => {
  if (workspace) await rm(workspace.dir, { recursive: true, force: true });
  workspace = undefined;
});

describe('a stored baseline', () => {
  it('keeps each item output once, without a hash of it, and a run written by an older version (with the hash) still compares', async () => {
    workspace = await taskApiWorkspace();
    const first = await workspace.run();
    expect(first.code).toBe(0);
    const relative = path.join('baselines', 'task-api', 'latest.json');
    const file = path.join(workspace.dir, relative);
    const stored = JSON.parse(await readFile(file, 'utf8')) as BaselineRecord;
    expect(stored.items.length).toBe(first.report!.items.length);
    for (const [index, item] of stored.items.entries()) {
      expect(Object.keys(item)).toEqual(['id', 'category', 'scores', 'output', 'error']);
      expect(item.output).toBe(first.report!.items[index]!.output);
    }

    // An older version stored the sha256 of every output beside it.
    await workspace.edit(relative, (text) =>
      text.replace(
        /"output":("(?:[^"\\]|\\.)*"|null)/g,
        (member, value: string) => `"outputHash":${value === 'null' ? 'null' : '"0a1b"'},${member}`,
      ),
    );
    expect(await readFile(file, 'utf8')).toContain('"outputHash":"0a1b"');
    const second = await workspace.run(['--no-update-baseline']);
    expect(second.report!.comparison.status).toBe('compared');
    expect(second.report!.comparison.paired).toBe(stored.items.length);
  });
});
