// How much a run reads before it starts: the dataset (a file, or a downloaded folder of results), the responses
// file and the local baseline. A run that reads tens of megabytes keeps hundreds of thousands of objects alive
// and is worth a process with a smaller young generation (src/cli/relaunch.ts); a small one is not worth the
// restart.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedConfig } from '../config/types.js';

/** From this many bytes of input on, a run restarts with HEAP_FLAGS (100,000 Task API items read ~60 MB). */
export const LARGE_INPUT_BYTES = 16 * 1024 * 1024;

/** Bytes a run of this config will read, counted until LARGE_INPUT_BYTES is reached. */
export async function inputBytes(config: LoadedConfig): Promise<number> {
  const paths = [
    config.dataset.path,
    config.responses?.path,
    config.regression.baselinePath ?? path.join(config.regression.baselineDir, config.name, 'latest.json'),
  ].filter((file): file is string => file !== undefined);
  let total = 0;
  for (const file of paths) {
    total += await sizeOf(path.resolve(config.baseDir, file), LARGE_INPUT_BYTES - total);
    if (total >= LARGE_INPUT_BYTES) break;
  }
  return total;
}

/** The size of a file, or of the files in a folder (at any depth), up to `enough`; 0 when it is missing. */
export async function sizeOf(target: string, enough: number): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(target, { withFileTypes: true }).catch(() => [])) {
    total += await sizeOf(path.join(target, entry.name), enough - total);
    if (total >= enough) break;
  }
  return total;
}
