// A first look at how much a run will read, before its config is loaded and checked: the dataset and the
// responses file the config (or the command line) names. A run found large here restarts with its heap flags
// (relaunch.ts) before the config's code, its validator and ajv are loaded, which the restarted process loads
// anyway. What this look cannot tell (a config that does not parse, the baseline) is left to the full check
// after loadConfig (input-size.ts), so it only ever makes the restart come sooner.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { LARGE_INPUT_BYTES, sizeOf } from './input-size.js';

export interface PathOverrides {
  dataset?: string;
  responses?: string;
}

/** True when the dataset and responses named for this run certainly hold LARGE_INPUT_BYTES or more. */
export async function surelyLargeInput(configFile: string, overrides: PathOverrides): Promise<boolean> {
  let raw: unknown;
  try {
    raw = parse(await readFile(configFile, 'utf8'));
  } catch {
    return false;
  }
  const baseDir = path.dirname(path.resolve(configFile));
  const files = [
    overrides.dataset ? path.resolve(overrides.dataset) : pathIn(raw, 'dataset', baseDir),
    overrides.responses ? path.resolve(overrides.responses) : pathIn(raw, 'responses', baseDir),
  ];
  let total = 0;
  for (const file of files) {
    if (file !== undefined) total += await sizeOf(file, LARGE_INPUT_BYTES - total);
    if (total >= LARGE_INPUT_BYTES) return true;
  }
  return false;
}

/** `section.path` of the raw config, resolved as the config resolves it: against the config's folder. */
function pathIn(raw: unknown, section: string, baseDir: string): string | undefined {
  const value = (raw as Record<string, { path?: unknown } | undefined> | null)?.[section]?.path;
  return typeof value === 'string' && value !== '' ? path.resolve(baseDir, value) : undefined;
}
