// A scratch copy of the Task API example and the CLI run against it, for the baseline and outage tests.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { captured } from '../cli/output.js';

export interface Workspace {
  dir: string;
  config: string;
  /** Runs the CLI there; returns the exit code, what it printed, and the report it wrote. */
  run(args?: string[]): Promise<{ code: number; stdout: string; stderr: string; report?: Report }>;
  /** Rewrites a file of the workspace. */
  edit(file: string, change: (text: string) => string): Promise<void>;
}

/** The example in a temporary folder, its baselines kept in `baselines/` beside the config. */
export async function taskApiWorkspace(extraRegression = ''): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-baseline-'));
  await cp(path.resolve('examples/task-api'), dir, { recursive: true });
  const config = path.join(dir, 'evalgate.yml');
  await writeFile(
    config,
    `${await readFile(config, 'utf8')}\nregression:\n  baseline-dir: baselines\n${extraRegression}`,
  );
  let run = 0;
  return {
    dir,
    config,
    async run(args = []) {
      const out = path.join(dir, `out-${++run}`);
      const { code, stdout, stderr } = await captured(() =>
        main(['run', '--config', config, '--out', out, ...args]),
      );
      const report = await readFile(path.join(out, 'report.json'), 'utf8').then(
        (text) => JSON.parse(text) as Report,
        () => undefined,
      );
      return { code, stdout, stderr, report };
    },
    async edit(file, change) {
      const target = path.join(dir, file);
      await writeFile(target, change(await readFile(target, 'utf8')));
    },
  };
}

/** Every item id of the benchmark and of both responses files renamed: the same benchmark, other ids. */
export async function renameAllIds(workspace: Workspace): Promise<void> {
  const rename = (text: string) => text.replace(/"ta-(\d+)"/g, '"renamed-$1"');
  for (const file of ['benchmark.json', 'responses/model-v1.jsonl', 'responses/model-v2.jsonl']) {
    await workspace.edit(file, rename);
  }
}
