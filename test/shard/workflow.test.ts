// examples/workflows/sharded.yml: its wiring holds together (matrix -> shard input -> artifact names ->
// download pattern -> merge input), and its data flow runs locally, with the CLI standing in for the action.
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { parseShardSpec, SHARD_FILE_PATTERN } from '../../src/shard/index.js';
import { taskApi, tempDir } from './helpers.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  strategy?: { 'fail-fast'?: boolean; matrix?: { shard?: unknown[] } };
  steps: Step[];
}

const workflowFile = path.resolve('examples/workflows/sharded.yml');

async function workflow(): Promise<{ shard: Job; merge: Job }> {
  const parsed = parse(await readFile(workflowFile, 'utf8')) as { jobs: Record<string, Job> };
  expect(Object.keys(parsed.jobs).sort()).toEqual(['merge', 'shard']);
  return { shard: parsed.jobs.shard!, merge: parsed.jobs.merge! };
}

function step(job: Job, uses: string): Step {
  const found = job.steps.find((candidate) => candidate.uses?.startsWith(uses));
  expect(found, `a step using ${uses}`).toBeDefined();
  return found!;
}

/** Evaluates the few expressions the example uses, for one matrix job. */
function expand(value: unknown, shard: number, total: number): string {
  return String(value)
    .replaceAll('${{ matrix.shard }}', String(shard))
    .replaceAll('${{ strategy.job-total }}', String(total));
}

/** An artifact name pattern of download-artifact (a glob with `*`) as a RegExp. */
function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

let stdout = '';
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('examples/workflows/sharded.yml', () => {
  it('wires the matrix, the shard files, the artifacts and the merge together', async () => {
    const { shard, merge } = await workflow();
    const matrix = shard.strategy?.matrix?.shard ?? [];
    expect(matrix).toEqual([1, 2, 3, 4]);
    expect(shard.strategy?.['fail-fast']).toBe(false);
    const action = step(shard, 'evalgate/evalgate@');
    const upload = step(shard, 'actions/upload-artifact@');
    const download = step(merge, 'actions/download-artifact@');
    const mergeAction = step(merge, 'evalgate/evalgate@');
    const names: string[] = [];
    for (const index of matrix as number[]) {
      expect(parseShardSpec(expand(action.with?.shard, index, matrix.length))).toEqual({
        index,
        total: matrix.length,
      });
      names.push(expand(upload.with?.name, index, matrix.length));
    }
    expect(new Set(names).size).toBe(matrix.length); // artifact names are unique within a run
    expect(upload.with?.path).toBe(`${String(action.with?.['out-dir'])}/shard-*.json`);
    expect(upload.with?.['if-no-files-found']).toBe('error');

    expect([merge.needs].flat()).toContain('shard');
    expect(merge.if).toBe('${{ !cancelled() }}'); // after a failed shard, but not after a cancellation
    for (const name of names) expect(name).toMatch(glob(String(download.with?.pattern)));
    expect(download.with?.['merge-multiple']).toBe(true);
    expect(mergeAction.with?.merge).toBe(download.with?.path);
    expect(mergeAction.with?.config).toBe(action.with?.config);
  });

  it('runs its data flow end to end: four shards, four artifacts, one download folder, one merge', async () => {
    const { shard, merge } = await workflow();
    const matrix = shard.strategy!.matrix!.shard as number[];
    const action = step(shard, 'evalgate/evalgate@');
    const upload = step(shard, 'actions/upload-artifact@');
    const download = step(merge, 'actions/download-artifact@');
    const run = await tempDir();
    vi.spyOn(process, 'cwd').mockReturnValue(run);

    // Each matrix job in its own workspace; its upload becomes an artifact folder of the run.
    for (const index of matrix) {
      const workspace = path.join(run, `job-${index}`);
      const outDir = path.join(workspace, String(action.with?.['out-dir']));
      const spec = expand(action.with?.shard, index, matrix.length);
      expect(await main(['run', '-c', taskApi.config, '--shard', spec, '--shard-out', outDir, '-q'])).toBe(0);
      const artifact = path.join(run, 'artifacts', expand(upload.with?.name, index, matrix.length));
      await mkdir(artifact, { recursive: true });
      for (const file of await readdir(outDir)) {
        if (SHARD_FILE_PATTERN.test(file)) await cp(path.join(outDir, file), path.join(artifact, file));
      }
    }
    // download-artifact with pattern + merge-multiple: every matching artifact's files in one folder.
    const folder = path.join(run, 'merge', String(download.with?.path));
    await mkdir(folder, { recursive: true });
    const pattern = glob(String(download.with?.pattern));
    for (const artifact of await readdir(path.join(run, 'artifacts'))) {
      if (pattern.test(artifact))
        await cp(path.join(run, 'artifacts', artifact), folder, { recursive: true });
    }
    expect((await readdir(folder)).sort()).toEqual(
      matrix.map((index) => `shard-${index}-of-${matrix.length}.json`),
    );

    const out = path.join(run, 'merge', 'evalgate-report');
    expect(await main(['merge', '-c', taskApi.config, '--shards', folder, '--out', out, '-q'])).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
    expect(report.decision).toBe('deploy');
    expect(report.items).toHaveLength(300);
    expect(report.baselineWritten).toBeDefined();
    expect(stdout).toContain('DEPLOY');
  });
});
