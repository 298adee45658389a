import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { DatasetConfig, DatasetFieldNames } from '../../src/core/config.js';
import { UserError, UserErrors } from '../../src/core/errors.js';
import type { Dataset } from '../../src/core/types.js';
import { DEFAULT_FIELDS, loadDataset } from '../../src/dataset/index.js';

/** A fresh temporary folder for one test's files. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'evalgate-dataset-'));
}

/** Writes `content` to `name` in `dir` and returns the absolute path. */
export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

export function datasetConfig(
  file: string,
  format: DatasetConfig['format'] = 'auto',
  fields: Partial<DatasetFieldNames> = {},
): DatasetConfig {
  return { path: file, format, fields: { ...DEFAULT_FIELDS, ...fields } };
}

/** Writes a dataset file to a fresh folder and loads it. */
export async function loadText(
  name: string,
  content: string,
  format: DatasetConfig['format'] = 'auto',
  fields: Partial<DatasetFieldNames> = {},
): Promise<{ dataset: Dataset; file: string }> {
  const dir = tempDir();
  const file = writeFile(dir, name, content);
  return { dataset: await loadDataset(datasetConfig(name, format, fields), dir), file };
}

/** Loads a dataset that must fail; returns the file and the individual errors. */
export async function loadErrors(
  name: string,
  content: string,
  format: DatasetConfig['format'] = 'auto',
  fields: Partial<DatasetFieldNames> = {},
): Promise<{ errors: UserError[]; file: string; text: string }> {
  const dir = tempDir();
  const file = writeFile(dir, name, content);
  try {
    await loadDataset(datasetConfig(name, format, fields), dir);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const errors = error instanceof UserErrors ? error.errors : [error as UserError];
    return { errors, file, text: errors.map((entry) => entry.describe()).join('\n') };
  }
  throw new Error('expected the dataset to be rejected');
}
