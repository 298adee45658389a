// A run relaunches the CLI once in a process started with the heap flags (src/cli/relaunch.ts).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAP_FLAGS, relaunchWithHeapFlags } from '../../src/cli/relaunch.js';

const saved = { argv: process.argv, options: process.env.NODE_OPTIONS };
let dir: string | undefined;

afterEach(async () => {
  process.argv = saved.argv;
  if (saved.options === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = saved.options;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A stand-in for cli.js that records how it was started and exits with code 3. */
async function recordingScript(): Promise<{ script: string; record: string }> {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-relaunch-'));
  const script = path.join(dir, 'cli.mjs');
  const record = path.join(dir, 'started.json');
  await writeFile(
    script,
    `import { writeFileSync } from 'node:fs';\n` +
      `writeFileSync(${JSON.stringify(record)}, JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2) }));\n` +
      `process.exitCode = 3;\n`,
  );
  return { script, record };
}

describe('relaunchWithHeapFlags', () => {
  it.skipIf(typeof process.execve !== 'function' || process.platform === 'win32')(
    'replaces the process itself: same pid, the heap flags, the same arguments and exit code, no process left behind',
    async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'evalgate-relaunch-'));
      const record = path.join(dir, 'started.json');
      const script = path.join(dir, 'cli.mjs');
      const relaunch = pathToFileURL(path.resolve('src/cli/relaunch.ts')).href;
      await writeFile(
        script,
        `import { writeFileSync } from 'node:fs';\n` +
          `const { relaunchWithHeapFlags } = await import(${JSON.stringify(relaunch)});\n` +
          `const code = await relaunchWithHeapFlags();\n` +
          `if (code !== undefined) process.exit(100 + code);\n` +
          `writeFileSync(${JSON.stringify(record)}, JSON.stringify({ pid: process.pid, execArgv: process.execArgv, argv: process.argv.slice(2) }));\n` +
          `process.exitCode = 3;\n`,
      );
      const env = { ...process.env };
      delete env.NODE_OPTIONS;
      const child = spawnSync(process.execPath, [script, 'run', '--config', 'a b.yml'], {
        env,
        encoding: 'utf8',
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(3);
      const started = JSON.parse(await readFile(record, 'utf8')) as {
        pid: number;
        execArgv: string[];
        argv: string[];
      };
      expect(started.pid).toBe(child.pid);
      expect(started.execArgv).toEqual(expect.arrayContaining(HEAP_FLAGS));
      expect(started.argv).toEqual(['run', '--config', 'a b.yml']);
    },
  );

  it('where it cannot replace the process, starts a child with the heap flags and the same arguments, and returns its exit code', async () => {
    const { script, record } = await recordingScript();
    delete process.env.NODE_OPTIONS;
    process.argv = [process.execPath, script, 'run', '--config', 'a b.yml'];
    expect(await relaunchWithHeapFlags({ replaceProcess: false })).toBe(3);
    const started = JSON.parse(await readFile(record, 'utf8')) as { execArgv: string[]; argv: string[] };
    expect(started.execArgv).toEqual(expect.arrayContaining(HEAP_FLAGS));
    expect(started.argv).toEqual(['run', '--config', 'a b.yml']);
  });

  it('runs the command in this process when the flag is already set, by the parent or by the user', async () => {
    const { script } = await recordingScript();
    process.argv = [process.execPath, script, 'run'];
    process.env.NODE_OPTIONS = '--max-semi-space-size=64';
    expect(await relaunchWithHeapFlags({ replaceProcess: false })).toBeUndefined();
  });
});
