// The CLI's split-run options, in process: usage errors, help, and a run/merge round trip.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { taskApi, tempDir } from './helpers.js';

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('evalgate run --shard / evalgate merge', () => {
  it('documents the split options', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(stdout).toContain('evalgate merge --config FILE --shards DIR');
    expect(stdout).toContain('--shard I/N');
    expect(stdout).toContain('--shard-out DIR');
    expect(stdout).toContain('--shards PATH');
  });

  it.each([
    [['run', '-c', taskApi.config, '--shard', '5/4'], /--shard: shard 5 of 4 does not exist/],
    [['run', '-c', taskApi.config, '--shard', 'two'], /"two" is not a shard: expected "i\/n"/],
    [['run', '-c', taskApi.config, '--shard-out', 'x'], /--shard-out DIR needs --shard I\/N/],
    [
      ['run', '-c', taskApi.config, '--shard', '1/2', '--baseline', 'b.json'],
      /--baseline has no effect on a shard run/,
    ],
    [['merge', '-c', taskApi.config], /`evalgate merge` needs --shards DIR/],
    [
      ['merge', '-c', taskApi.config, '--shards', 'x', '--shard', '1/2'],
      /--shard and --shard-out are options of `evalgate run`/,
    ],
    [['run', '-c', taskApi.config, '--shards', 'x'], /--shards is an option of `evalgate merge`/],
    [
      ['validate', '-c', taskApi.config, '--shard', '1/2'],
      /are options of `evalgate run`, not of `evalgate validate`/,
    ],
  ])('exits 2 for %j', async (argv, message) => {
    expect(await main(argv)).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('internal error');
  });

  it('writes DIR/shard-i-of-n.json, then merges them into the report and exit code of a normal run', async () => {
    const dir = await tempDir();
    vi.spyOn(process, 'cwd').mockReturnValue(dir); // the default baseline store lives under the working directory
    const shards = path.join(dir, 'shards');
    for (const index of [1, 2, 3]) {
      expect(
        await main([
          'run',
          '-c',
          taskApi.config,
          '--responses',
          taskApi.v2,
          '--shard',
          `${index}/3`,
          '--shard-out',
          shards,
          '-q',
        ]),
      ).toBe(0);
      expect(stdout).toMatch(
        new RegExp(
          `shard ${index}/3: \\d+ items answered \\(\\d+ error items?\\) -> .*shard-${index}-of-3\\.json`,
        ),
      );
    }
    const args = ['-c', taskApi.config, '--responses', taskApi.v2, '--no-update-baseline', '-q'];
    expect(await main(['merge', ...args, '--shards', shards, '--out', path.join(dir, 'merged')])).toBe(1);
    expect(stdout).toContain('BLOCK');
    expect(await main(['run', ...args, '--out', path.join(dir, 'whole')])).toBe(1);
    const read = async (name: string) =>
      JSON.parse(await readFile(path.join(dir, name, 'report.json'), 'utf8')) as Report;
    const [merged, whole] = [await read('merged'), await read('whole')];
    expect(merged.decision).toBe('block');
    expect(merged.items.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
    expect(merged.metrics).toEqual(whole.metrics);
    expect(merged.gates).toEqual(whole.gates);
  });

  it('names the missing shard file and exits 2', async () => {
    const dir = await tempDir();
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    expect(await main(['run', '-c', taskApi.config, '--shard', '2/2', '--shard-out', dir, '-q'])).toBe(0);
    expect(await main(['merge', '-c', taskApi.config, '--shards', dir, '-q', '--no-update-baseline'])).toBe(
      2,
    );
    expect(stderr).toMatch(/evalgate: error: .*1 of 2 shards is missing: shard-1-of-2\.json/);
  });
});
