import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { HistoryEntry } from '../core/report.js';

/** The history as JSON Lines: one run a line, oldest first. */
export function historyJsonl(history: readonly HistoryEntry[]): string {
  return history.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/** Writes `historyJsonl` to `file`, creating its folder. */
export async function writeHistoryJsonl(history: readonly HistoryEntry[], file: string): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, historyJsonl(history));
  } catch (error) {
    throw new UserError(
      `cannot write the history (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { file, key: '--history-out', fix: 'Give --history-out a file in a folder this user can write to.' },
    );
  }
}
