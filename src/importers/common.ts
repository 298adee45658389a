// What the importers share: finding result files in a downloaded folder, metric names and specs inferred from
// the imported values, and the dataset they return (items carrying their answer and their imported scores).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { sha256Hex, stableStringify } from '../core/hash.js';
import type { Dataset, DatasetItem, ImportFormat, MetricSpec } from '../core/types.js';
import { displayPath } from '../dataset/json-text.js';

/** Files under `root` (itself, when it is a file) whose base name matches `pattern`, sorted by path. */
export async function findFiles(
  root: string,
  pattern: RegExp,
  configKey = 'dataset.path',
): Promise<{ files: string[]; isDirectory: boolean }> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(root)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? 'the path does not exist.' : `cannot read the path (${code ?? String(error)}).`,
      {
        file: displayPath(root),
        key: configKey,
        fix: `Check ${configKey}: relative paths are resolved against the config file's folder.`,
      },
    );
  }
  if (!isDirectory) return { files: [root], isDirectory };
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return { files, isDirectory };
}

/** A harness's metric name as an evalgate metric name (snake_case): `Builtin.Correctness` -> `correctness`. */
export function snakeName(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (snake === '') return 'metric';
  return /^[a-z]/.test(snake) ? snake : `m_${snake}`;
}

/** Everything an importer knows about one metric, to build its MetricSpec once all values are read. */
export interface MetricInfo {
  name: string;
  higherIsBetter: boolean;
  description: string;
  /** Binary when the source says so and every value is 0 or 1; continuous otherwise. */
  binary: 'always' | 'if-values-are-0-1' | 'never';
  aggregateName?: string;
  values: number[];
  /** Where the values came from, for importers that check them against the harness's own aggregates. */
  sources?: Set<string>;
}

export function metricSpec(info: MetricInfo): MetricSpec {
  const zeroOne = info.values.every((value) => value === 0 || value === 1);
  const binary = info.binary === 'always' || (info.binary === 'if-values-are-0-1' && zeroOne);
  const spec: MetricSpec = {
    name: info.name,
    kind: binary ? 'binary' : 'continuous',
    higherIsBetter: info.higherIsBetter,
    description: info.description,
    // A lower-is-better continuous score has no worst value: error items are left out of it.
    onError: !info.higherIsBetter && !binary ? 'exclude' : 'fail',
  };
  if (info.aggregateName) spec.aggregateName = info.aggregateName;
  return spec;
}

/**
 * The dataset of an import. Its hash covers what makes two runs the same benchmark (ids, inputs, references),
 * not the answers or scores, so that the runs of two model versions count as the same dataset.
 */
export function importedDataset(
  display: string,
  format: ImportFormat,
  items: DatasetItem[],
  specs: MetricSpec[],
): Dataset {
  if (items.length === 0) {
    throw new UserError('the import holds no items.', {
      file: display,
      line: 1,
      fix: 'Point dataset.path at the output of a run that scored at least one item.',
    });
  }
  const hash = sha256Hex(
    stableStringify(items.map((item) => [item.id, item.category, item.input, item.expectedOutput ?? null])),
  );
  return { file: display, format, items, hash, importedMetrics: specs };
}

/** The file list of an error message: the first five, then a count. */
export function listFiles(files: readonly string[]): string {
  const shown = files.slice(0, 5).map(displayPath).join(', ');
  return files.length > 5 ? `${shown} and ${files.length - 5} more` : shown;
}
