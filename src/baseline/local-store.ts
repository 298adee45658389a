import { copyFile, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { writeTextPieces } from '../core/text-pieces.js';
import { readBaselineRecord } from './read-lines.js';
import { baselineJsonPieces } from './serialize.js';
import type { BaselineLookupProblem, BaselineStore, LoadedBaseline } from './types.js';

/**
 * Baselines in a local folder: `<dir>/<name>/latest.json`, plus a timestamped copy of every accepted run
 * so that drift can be traced.
 */
export function createLocalBaselineStore(dir: string): BaselineStore {
  let lookupProblem: BaselineLookupProblem | undefined;
  return {
    description: `local folder ${dir}`,
    get lookupProblem() {
      return lookupProblem;
    },
    async latest(name) {
      const loaded = await readBaselineFile(path.join(dir, name, 'latest.json'), true);
      if (loaded) return loaded;
      // Earlier accepted runs left their timestamped copies: a baseline existed, and latest.json is gone.
      const earlier = (await readdir(path.join(dir, name)).catch(() => [] as string[])).filter((file) =>
        file.endsWith('.json'),
      );
      if (earlier.length > 0) {
        lookupProblem = {
          kind: 'unreadable',
          message: `${path.join(dir, name)} holds ${earlier.length} earlier baseline${earlier.length === 1 ? '' : 's'} but no latest.json`,
          fix: `Copy the newest of them to ${path.join(dir, name, 'latest.json')}, or give one with --baseline.`,
        };
      }
      return null;
    },
    async save(record) {
      const folder = path.join(dir, record.name);
      await mkdir(folder, { recursive: true });
      const stamp = record.createdAt.replace(/[:.]/g, '-');
      const stamped = path.join(folder, `${stamp}.json`);
      // Written in pieces, once: a baseline of 100,000 items never sits in memory as one string.
      await writeTextPieces(stamped, baselineJsonPieces(record));
      const latest = path.join(folder, 'latest.json');
      const temporary = `${latest}.${process.pid}.tmp`;
      await copyFile(stamped, temporary);
      await rename(temporary, latest);
      return latest;
    },
  };
}

/** Reads a baseline file; a missing file is `null` when `missingIsEmpty`, else an error. */
export async function readBaselineFile(file: string, missingIsEmpty = false): Promise<LoadedBaseline | null> {
  try {
    return { record: await readBaselineRecord(file), origin: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missingIsEmpty) return null;
    throw error;
  }
}
