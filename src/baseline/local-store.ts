import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBaseline } from './parse.js';
import type { BaselineStore, LoadedBaseline } from './types.js';

/**
 * Baselines in a local folder: `<dir>/<name>/latest.json`, plus a timestamped copy of every accepted run
 * so that drift can be traced.
 */
export function createLocalBaselineStore(dir: string): BaselineStore {
  return {
    description: `local folder ${dir}`,
    async latest(name) {
      return readBaselineFile(path.join(dir, name, 'latest.json'), true);
    },
    async save(record) {
      const folder = path.join(dir, record.name);
      await mkdir(folder, { recursive: true });
      const text = `${JSON.stringify(record)}\n`;
      const stamp = record.createdAt.replace(/[:.]/g, '-');
      await writeFile(path.join(folder, `${stamp}.json`), text);
      const latest = path.join(folder, 'latest.json');
      const temporary = `${latest}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, latest);
      return latest;
    },
  };
}

/** Reads a baseline file; a missing file is `null` when `missingIsEmpty`, else an error. */
export async function readBaselineFile(file: string, missingIsEmpty = false): Promise<LoadedBaseline | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missingIsEmpty) return null;
    throw error;
  }
  return { record: parseBaseline(text, file), origin: file };
}
