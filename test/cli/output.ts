// What the CLI prints, captured around one in-process call of its entry.
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `work` with process.stdout and process.stderr captured. */
export async function captured(work: () => Promise<number>): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    }),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    }),
  ];
  try {
    const code = await work();
    return { code, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** `evalgate ARGS`, in process. */
export function cli(...argv: string[]): Promise<CliResult> {
  return captured(() => main(argv));
}

/** A stack trace line, as Node prints them. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;
