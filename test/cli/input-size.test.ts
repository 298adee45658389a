// A run restarts with the heap flags only when it reads large inputs (src/cli/input-size.ts).
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { surelyLargeInput } from '../../src/cli/early-input-size.js';
import { main } from '../../src/cli/main.js';
import { LARGE_INPUT_BYTES, inputBytes } from '../../src/cli/input-size.js';
import { loadConfig } from '../../src/config/load.js';
import { taskApiWorkspace, type Workspace } from '../baseline/helpers.js';
import { captured } from './output.js';

const workspaces: Workspace[] = [];
afterAll(async () => {
  await Promise.all(workspaces.map((workspace) => rm(workspace.dir, { recursive: true, force: true })));
});

async function workspace(): Promise<Workspace> {
  const made = await taskApiWorkspace();
  workspaces.push(made);
  return made;
}

/** A sparse file of `bytes` bytes: its size counts, nothing is written. */
async function sparseFile(file: string, bytes: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'w');
  await handle.truncate(bytes);
  await handle.close();
}

async function runQuietly(args: string[], relaunch: () => Promise<number | undefined>): Promise<number> {
  return (await captured(() => main(args, { relaunch }))).code;
}

describe('inputBytes', () => {
  it('adds the dataset, the responses and the stored baseline', async () => {
    const made = await workspace();
    const config = await loadConfig(made.config);
    const files = [config.dataset.path, config.responses!.path];
    const expected = (
      await Promise.all(files.map((file) => readFile(path.resolve(config.baseDir, file))))
    ).reduce((sum, data) => sum + data.length, 0);
    expect(await inputBytes(config)).toBe(expected);
    await sparseFile(path.join(made.dir, 'baselines', config.name, 'latest.json'), 1000);
    expect(await inputBytes(config)).toBe(expected + 1000);
  });

  it('counts the files of a results folder at any depth, and stops counting once the inputs are large', async () => {
    const made = await workspace();
    await sparseFile(path.join(made.dir, 'job', 'models', 'm1', 'output.jsonl'), 5 * 1024 * 1024);
    await sparseFile(path.join(made.dir, 'job', 'other.jsonl'), 3 * 1024 * 1024);
    const config = await loadConfig(made.config);
    const bytes = await inputBytes({
      ...config,
      dataset: { ...config.dataset, path: 'job' },
      responses: undefined,
    });
    expect(bytes).toBe(8 * 1024 * 1024);
    await sparseFile(path.join(made.dir, 'job', 'huge.jsonl'), 10 * LARGE_INPUT_BYTES);
    const large = await inputBytes({
      ...config,
      dataset: { ...config.dataset, path: 'job' },
      responses: undefined,
    });
    expect(large).toBeGreaterThanOrEqual(LARGE_INPUT_BYTES);
  });
});

describe('surelyLargeInput, the look before the config is loaded', () => {
  it('adds the dataset and the responses the config or the command line names, files or folders', async () => {
    const made = await workspace();
    expect(await surelyLargeInput(made.config, {})).toBe(false);
    const large = path.join(made.dir, 'big', 'answers.jsonl');
    await sparseFile(large, LARGE_INPUT_BYTES);
    expect(await surelyLargeInput(made.config, { responses: large })).toBe(true);
    expect(await surelyLargeInput(made.config, { dataset: path.dirname(large) })).toBe(true);
    await made.edit('evalgate.yml', (text) =>
      text.replace(/dataset:\n(\s+)path: \S+/, 'dataset:\n$1path: big'),
    );
    expect(await surelyLargeInput(made.config, {})).toBe(true);
  });

  it('says false for what it cannot read: no config file, YAML that does not parse, no paths', async () => {
    const made = await workspace();
    const large = path.join(made.dir, 'big', 'answers.jsonl');
    await sparseFile(large, LARGE_INPUT_BYTES);
    expect(await surelyLargeInput(path.join(made.dir, 'missing.yml'), {})).toBe(false);
    const broken = path.join(made.dir, 'broken.yml');
    await writeFile(broken, 'dataset: { path: big\n  [unclosed');
    expect(await surelyLargeInput(broken, {})).toBe(false);
    await writeFile(broken, '- just\n- a list\n');
    expect(await surelyLargeInput(broken, {})).toBe(false);
  });
});

describe('evalgate run restarts only for large inputs', () => {
  it('restarts for a large dataset before the config is checked', async () => {
    const made = await workspace();
    await sparseFile(path.join(made.dir, 'big', 'items.jsonl'), LARGE_INPUT_BYTES);
    // A key the config's schema refuses: the restarted run reports it; this one restarts first.
    await made.edit(
      'evalgate.yml',
      (text) =>
        `${text.replace(/dataset:\n(\s+)path: \S+/, 'dataset:\n$1path: big/items.jsonl')}\nunknown-key: 1\n`,
    );
    const relaunch = vi.fn(async () => 7);
    expect(await runQuietly(['run', '--config', made.config], relaunch)).toBe(7);
    expect(relaunch).toHaveBeenCalledOnce();
  });

  it('runs a small benchmark in place', async () => {
    const made = await workspace();
    const relaunch = vi.fn(async () => 7);
    const code = await runQuietly(
      ['run', '--config', made.config, '--out', path.join(made.dir, 'out')],
      relaunch,
    );
    expect(relaunch).not.toHaveBeenCalled();
    expect(code).toBe(0);
  });

  it("restarts for a large responses file and answers with the restarted run's exit code", async () => {
    const made = await workspace();
    const responses = path.join(made.dir, 'responses', 'large.jsonl');
    await sparseFile(responses, LARGE_INPUT_BYTES);
    const relaunch = vi.fn(async () => 7);
    const code = await runQuietly(['run', '--config', made.config, '--responses', responses], relaunch);
    expect(relaunch).toHaveBeenCalledOnce();
    expect(code).toBe(7);
  });

  it('never restarts validate', async () => {
    const made = await workspace();
    const responses = path.join(made.dir, 'responses', 'large.jsonl');
    await sparseFile(responses, LARGE_INPUT_BYTES);
    const relaunch = vi.fn(async () => 7);
    await runQuietly(['validate', '--config', made.config, '--responses', responses], relaunch);
    expect(relaunch).not.toHaveBeenCalled();
  });
});
