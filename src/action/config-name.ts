// The name the check run and the comment of a config go under, even when the config does not load.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

/**
 * The config's `name` when the file parses and has a valid one, else the default the config loader gives it (the
 * config folder's name; see src/config/normalize.ts). Never throws: a broken file gets the default.
 */
export async function configNameOf(configFile: string): Promise<string> {
  const absolute = path.resolve(configFile);
  const fallback = path.basename(path.dirname(absolute)).replace(/[^A-Za-z0-9._-]/g, '-') || 'evalgate';
  try {
    const document = parseDocument(await readFile(absolute, 'utf8'), { uniqueKeys: true });
    if (document.errors.length > 0) return fallback;
    const raw: unknown = document.toJS();
    const name = raw !== null && typeof raw === 'object' ? (raw as { name?: unknown }).name : undefined;
    return typeof name === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(name) ? name : fallback;
  } catch {
    return fallback;
  }
}
