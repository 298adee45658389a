// Loading a dataset: read the file, pick the format (given, or detected from the content), turn each
// record into items, and report every problem of the file at once, each at its file:line.
//
// Formats (see the module of each):
//   json       a JSON array of items                       (./json.ts)
//   jsonl      one item per line                           (./json.ts)
//   bedrock    Amazon Bedrock evaluation dataset JSONL      (./bedrock.ts)
//   scenarios  multi-turn scenarios, JSON array or JSONL    (./scenarios.ts)
//
// Ids: an item without an id gets `item-<12 hex digits>`, a scenario `scenario-<12 hex digits>`: the start
// of the sha256 of its content (input, expected output and action; for a scenario its context and turns).
// They do not change when other items are added, removed or moved, so baselines stay paired; items with
// the same content get `-2`, `-3`... in file order. Explicit ids must be unique.
import path from 'node:path';
import type { DatasetConfig, DatasetFieldNames } from '../core/config.js';
import { UserError, UserErrors } from '../core/errors.js';
import type { Dataset, DatasetFormat, DatasetItem } from '../core/types.js';
import { bedrockItems } from './bedrock.js';
import { isRecord } from './fields.js';
import { ItemBuilder, itemsFromRecords } from './json.js';
import { readValidJsonLines } from './json-lines-file.js';
import {
  displayPath,
  findJsonSyntaxError,
  readJsonArray,
  readJsonLines,
  readTextFile,
  skipWhitespace,
  type SourceRecord,
  type TextFile,
} from './json-text.js';
import { importResults, isImportFormat } from '../importers/index.js';
import { ProblemList } from './problems.js';
import { scenarioItems } from './scenarios.js';
import { selectHeldOut } from '../rotation/held-out.js';

export { DEFAULT_FIELDS } from './json.js';
export { MAX_LISTED_PROBLEMS } from './problems.js';

type Container = 'array' | 'lines';

/**
 * Loads and validates the dataset of a config; `config.path` is resolved against `baseDir`. With a held-out
 * rotation, only the items of the set active at `now` are kept. Throws UserError(s).
 */
export async function loadDataset(
  config: DatasetConfig,
  baseDir: string,
  now: Date = new Date(),
): Promise<Dataset> {
  const dataset = await loadAllItems(config, baseDir);
  return config.rotation ? selectHeldOut(dataset, config.rotation, now) : dataset;
}

async function loadAllItems(config: DatasetConfig, baseDir: string): Promise<Dataset> {
  if (isImportFormat(config.format)) return importResults(config.format, config.path, baseDir);
  const fast = await loadValidJsonLines(config, baseDir);
  if (fast !== undefined) return fast;
  const file = await readTextFile(config.path, baseDir, 'dataset', 'dataset.path');
  return parseDataset(file, config.format, config.fields);
}

/**
 * The fast path of a valid JSONL dataset of items (see readValidJsonLines); undefined when it does not
 * apply, and then parseDataset reads the file and explains what is wrong with it.
 */
async function loadValidJsonLines(config: DatasetConfig, baseDir: string): Promise<Dataset | undefined> {
  if (config.format !== 'auto' && config.format !== 'jsonl') return undefined;
  const absolute = path.resolve(baseDir, config.path);
  const display = displayPath(absolute);
  const problems = new ProblemList(display);
  const builder = new ItemBuilder(display, config.fields, problems);
  const hash = await readValidJsonLines(absolute, {
    accepts: (first) => config.format === 'jsonl' || kindOf(first, 'lines', config.fields) === 'jsonl',
    add: (record) => builder.add(record),
  });
  if (hash === undefined) return undefined;
  return finishDataset(builder.finish(), problems, { file: display, format: 'jsonl', hash });
}

/** Parses a dataset already read into memory (see readTextFile). */
export function parseDataset(
  file: TextFile,
  format: DatasetFormat | 'auto',
  fields: DatasetFieldNames,
): Dataset {
  const container = format === 'auto' ? detectContainer(file) : containerFor(file, format);
  const problems = new ProblemList(file.display);
  const records = container === 'array' ? readJsonArray(file, problems) : readJsonLines(file, problems);
  const resolved = format === 'auto' ? detectKind(records, container, fields) : format;
  const items =
    resolved === 'scenarios'
      ? scenarioItems(records, file, fields, problems)
      : recordItems(records, resolved, file.display, fields, problems);
  return finishDataset(items, problems, { file: file.display, format: resolved, hash: file.hash });
}

/** The items of records of every format but scenarios. */
function recordItems(
  records: readonly SourceRecord[],
  format: Exclude<DatasetFormat, 'scenarios'>,
  display: string,
  fields: DatasetFieldNames,
  problems: ProblemList,
): DatasetItem[] {
  switch (format) {
    case 'json':
    case 'jsonl':
      return itemsFromRecords(records, display, fields, problems);
    case 'bedrock':
      return bedrockItems(records, display, problems);
    default:
      throw new UserError(
        `format ${format} is read from a results file or folder, not parsed as a dataset.`,
        {
          file: display,
          key: 'dataset.format',
        },
      );
  }
}

/** Throws the problems found, or a dataset without items; else the dataset. */
function finishDataset(
  items: DatasetItem[],
  problems: ProblemList,
  about: Pick<Dataset, 'file' | 'format' | 'hash'>,
): Dataset {
  problems.throwIfAny();
  if (items.length === 0) {
    throw new UserError('the dataset has no items.', {
      file: about.file,
      line: 1,
      fix: 'Add at least one item.',
    });
  }
  return { file: about.file, format: about.format, items, hash: about.hash };
}

function firstChar(file: TextFile): { char: string | undefined; offset: number } {
  const offset = skipWhitespace(file.text, 0);
  return { char: file.text[offset], offset };
}

function emptyFile(file: TextFile): UserError {
  return new UserError('the dataset file is empty.', {
    file: file.display,
    line: 1,
    fix: 'Add items: a JSON array, or one JSON object per line (JSONL).',
  });
}

function containerFor(file: TextFile, format: DatasetFormat): Container {
  const { char, offset } = firstChar(file);
  if (char === undefined) throw emptyFile(file);
  const line = file.lines.lineAt(offset);
  if (format === 'json') {
    if (char === '[') return 'array';
    throw new UserError(`format json expects a JSON array, but the file starts with '${char}'.`, {
      file: file.display,
      line,
      key: 'dataset.format',
      fix:
        char === '{'
          ? 'If the file holds one item per line, set dataset.format to jsonl (or auto).'
          : 'Write the items as a JSON array: [ {...}, {...} ].',
    });
  }
  if (format === 'jsonl') {
    if (char !== '[') return 'lines';
    throw new UserError(
      "format jsonl expects one JSON object per line, but the file starts with '[' like a JSON array.",
      {
        file: file.display,
        line,
        key: 'dataset.format',
        fix: 'Set dataset.format to json (or auto).',
      },
    );
  }
  return char === '[' ? 'array' : 'lines';
}

/** `auto`: a file that starts with '[' is a JSON array; otherwise each line must hold a JSON object. */
function detectContainer(file: TextFile): Container {
  const { char, offset } = firstChar(file);
  if (char === undefined) throw emptyFile(file);
  if (char === '[') return 'array';
  const line = file.lines.lineAt(offset);
  const lineEnd = line < file.lines.count ? file.lines.lineStart(line + 1) - 1 : file.text.length;
  const tried = "tried a JSON array (the file would start with '[') and JSONL (each line one JSON object)";
  const fix =
    'Write a JSON array of items or one JSON object per line, or set dataset.format (json, jsonl, bedrock, scenarios).';
  const where = (at: number): string => `column ${file.lines.columnAt(at)}`;
  const problem = findJsonSyntaxError(file.text, where, offset, lineEnd);
  if (problem !== undefined) {
    // Not JSONL either. A pretty-printed single object is a common case: say so.
    let single = false;
    try {
      single = isRecord(JSON.parse(file.text));
    } catch {
      single = false;
    }
    const reason = single
      ? 'the file holds a single JSON object, not a list of items'
      : `line ${line} is not a JSON value (${problem.message} at ${where(problem.offset)})`;
    throw new UserErrors([
      new UserError(`cannot detect the dataset format: ${tried}; ${reason}.`, {
        file: file.display,
        line: file.lines.lineAt(problem.offset),
        key: 'dataset.format',
        fix: single ? 'Wrap the items in [ ... ], or write one item per line.' : fix,
      }),
    ]);
  }
  return 'lines';
}

/** `auto`: the first object record says which kind of records the file holds. */
function detectKind(
  records: readonly SourceRecord[],
  container: Container,
  fields: DatasetFieldNames,
): DatasetFormat {
  const first = records.find((record) => isRecord(record.value))?.value as
    Record<string, unknown> | undefined;
  return kindOf(first, container, fields);
}

function kindOf(
  first: Record<string, unknown> | undefined,
  container: Container,
  fields: DatasetFieldNames,
): DatasetFormat {
  const plain = container === 'array' ? 'json' : 'jsonl';
  if (first === undefined || fields.input in first) return plain;
  if (Array.isArray(first.turns)) return 'scenarios';
  if ('modelResponses' in first || ('prompt' in first && 'referenceResponse' in first)) return 'bedrock';
  return plain;
}
