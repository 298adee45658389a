// The files of a training-data corpus: each path is a file or a folder (searched recursively, hidden entries
// skipped, in sorted order so runs are reproducible). A missing path is a user error naming the config key.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';

export type CorpusFormat = 'auto' | 'jsonl' | 'text';

export interface CorpusFile {
  path: string;
  format: 'jsonl' | 'text';
}

const JSONL_EXTENSIONS = ['.jsonl', '.ndjson', '.json'];

/** `auto`: `.jsonl`, `.ndjson` and `.json` (also with `.gz`) hold one JSON record per line; other files are plain text. */
export function formatOfFile(file: string, format: CorpusFormat): 'jsonl' | 'text' {
  if (format !== 'auto') return format;
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return JSONL_EXTENSIONS.some((extension) => name.endsWith(extension)) ? 'jsonl' : 'text';
}

export async function listCorpusFiles(
  paths: readonly string[],
  format: CorpusFormat,
  where: { file?: string; key: string },
): Promise<CorpusFile[]> {
  if (paths.length === 0) {
    throw new UserError('no training-data corpus given.', {
      ...where,
      fix: 'List the corpus files or folders under contamination.corpus, or pass --corpus PATH.',
    });
  }
  const files: CorpusFile[] = [];
  for (const entry of paths) {
    let info;
    try {
      info = await stat(entry);
    } catch (error) {
      throw new UserError(
        `the corpus path ${entry} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
        {
          ...where,
          fix: 'Check the path: relative paths are resolved against the config file folder (--corpus: the working folder).',
        },
      );
    }
    const found = info.isDirectory() ? await filesUnder(entry) : [entry];
    for (const file of found) files.push({ path: file, format: formatOfFile(file, format) });
  }
  if (files.length === 0) {
    throw new UserError(
      `the corpus folder${paths.length === 1 ? '' : 's'} ${paths.join(', ')} hold${paths.length === 1 ? 's' : ''} no file.`,
      {
        ...where,
        fix: 'Point contamination.corpus at the training-data files (JSONL or text, optionally gzip).',
      },
    );
  }
  return files;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
