// Whole processes, timed the way a user waits for them: from spawn to exit, with the peak RSS and the CPU time
// of the process, read by GNU time (`/usr/bin/time`) when the machine has it.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ProcessResult {
  code: number | null;
  /** Spawn to exit, ms. */
  wallMs: number;
  /** Epoch ms of the spawn and of the exit. */
  spawnedAt: number;
  exitedAt: number;
  /** Peak resident set size, MB (undefined without GNU time). */
  maxRssMb: number | undefined;
  /** User + system CPU time, ms (undefined without GNU time). */
  cpuMs: number | undefined;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = (() => {
  try {
    accessSync(GNU_TIME, constants.X_OK);
    return true;
  } catch {
    return false;
  }
})();

/** Runs `command args` to its exit; wall from spawn to exit, peak RSS and CPU from GNU time. */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-time-'));
  const timeFile = path.join(dir, 'time.txt');
  const [file, argv] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const spawnedAt = Date.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      const exitedAt = Date.now();
      child.on('close', () => {
        let maxRssMb: number | undefined;
        let cpuMs: number | undefined;
        if (hasGnuTime && existsSync(timeFile)) {
          // The last line: GNU time writes "Command exited with non-zero status N" above it when N != 0.
          const line = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
          const [rssKb, user, system] = line.split(' ').map(Number);
          if (rssKb !== undefined && Number.isFinite(rssKb)) maxRssMb = rssKb / 1024;
          if (user !== undefined && system !== undefined) cpuMs = (user + system) * 1000;
        }
        rmSync(dir, { recursive: true, force: true });
        resolve({ code, wallMs, spawnedAt, exitedAt, maxRssMb, cpuMs, stdout, stderr });
      });
    });
  });
}

/** The `promptfoo` command to compare with: --promptfoo=CMD, else on PATH or in node_modules/.bin; or undefined. */
export function findPromptfoo(option: string | undefined): string[] | undefined {
  if (option) return option.split(' ').filter(Boolean);
  const local = path.resolve('node_modules/.bin/promptfoo');
  if (existsSync(local)) return [local];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'promptfoo');
    try {
      accessSync(candidate, constants.X_OK);
      return [candidate];
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
