import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { UserError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/report.js';

/** Runs the real CLI in a fresh working directory (the baseline store lives there); returns its exit code and output. */
export class CliSandbox {
  dir = '';
  stdout = '';
  stderr = '';

  async setUp(): Promise<void> {
    this.dir = await mkdtemp(path.join(tmpdir(), 'evalgate-import-'));
    this.stdout = '';
    this.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      this.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      this.stderr += String(chunk);
      return true;
    });
    vi.spyOn(process, 'cwd').mockReturnValue(this.dir);
  }

  async run(args: string[]): Promise<number> {
    return main(args);
  }

  async report(out: string): Promise<Report> {
    return JSON.parse(await readFile(path.join(this.dir, out, 'report.json'), 'utf8')) as Report;
  }

  out(name: string): string {
    return path.join(this.dir, name);
  }
}

/** What `work` threw, as a UserError (fails the test otherwise). */
export async function userError(work: () => Promise<unknown>): Promise<UserError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}
