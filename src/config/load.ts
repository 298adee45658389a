import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { UserError, UserErrors } from '../core/errors.js';
import { decodeUtf8, describeUtf8Fault } from '../core/utf8.js';
import { normalizeConfig } from './normalize.js';
import { renderKey, validateAgainstSchema, type Locate } from './validate.js';
import type { ConfigOverrides } from './types.js';
import type { LoadedConfig } from './types.js';
import { isImportFormat } from '../core/import-formats.js';

/** More YAML aliases than this in one config is an alias bomb, not a config. */
export const MAX_YAML_ALIASES = 100;

/**
 * Reads, validates and normalizes a config file (YAML or JSON), and checks that the files it names exist
 * (unless `checkFiles` is false: for a caller that needs the config but none of its inputs).
 * Every problem names the file, line and key.
 */
export async function loadConfig(
  file: string,
  overrides: ConfigOverrides = {},
  options: { checkFiles?: boolean } = {},
): Promise<LoadedConfig> {
  const configFile = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(configFile);
  } catch (error) {
    throw new UserError(
      `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      {
        file: configFile,
        fix: 'Check the path given to --config (or the `config` input).',
      },
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new UserError(`the config file is not valid UTF-8 text: ${describeUtf8Fault(decoded.fault)}`, {
      file: configFile,
      line: decoded.fault.line,
      fix: 'Save the file as UTF-8.',
    });
  }
  const { config, locate } = parseWithLocations(decoded.text, configFile, overrides);
  if (options.checkFiles !== false) await checkNamedFiles(config, overrides, configFile, locate);
  return config;
}

export function parseConfig(text: string, configFile: string, overrides: ConfigOverrides = {}): LoadedConfig {
  return parseWithLocations(text, configFile, overrides).config;
}

function parseWithLocations(
  text: string,
  configFile: string,
  overrides: ConfigOverrides,
): { config: LoadedConfig; locate: Locate } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new UserErrors(
      document.errors.map(
        (error) =>
          new UserError(`invalid YAML/JSON: ${syntaxMessage(error)}`, {
            file: configFile,
            line: lineCounter.linePos(syntaxOffset(document, error)).line,
            fix: 'Fix the syntax at that line.',
          }),
      ),
    );
  }
  if (document.contents === null) {
    throw new UserError('the config file is empty.', {
      file: configFile,
      line: 1,
      fix: 'Write the config: at least `version: 1` and `dataset: {path: ...}`.',
    });
  }
  const raw = toPlainData(document, lineCounter, configFile);
  const locate = (keyPath: (string | number)[]): number | undefined => lineOf(document, lineCounter, keyPath);
  const nonFinite = nonFiniteNumbers(raw, []).map(
    (keyPath) =>
      new UserError(
        'must be a finite number, found infinity or not-a-number (.inf, .nan or a number too large).',
        {
          file: configFile,
          line: locate(keyPath),
          key: renderKey(keyPath),
          fix: 'Write an ordinary number, e.g. 0.95.',
        },
      ),
  );
  if (nonFinite.length > 0) throw nonFinite.length === 1 ? nonFinite[0]! : new UserErrors(nonFinite);
  const schemaErrors = validateAgainstSchema(raw, configFile, locate);
  if (schemaErrors.length > 0)
    throw schemaErrors.length === 1 ? schemaErrors[0]! : new UserErrors(schemaErrors);
  return { config: normalizeConfig(raw as Record<string, unknown>, configFile, locate, overrides), locate };
}

function syntaxMessage(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? error.message;
  if (isUnclosedQuote(error)) return `${first}: the quoted string that starts on this line is never closed.`;
  return first;
}

function isUnclosedQuote(error: YAMLError): boolean {
  return error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
}

/** Where a syntax error is best shown: an unclosed quote where the string opens, not where the file ends. */
function syntaxOffset(document: Document, error: YAMLError): number {
  if (!isUnclosedQuote(error)) return error.pos[0];
  let start: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && range && range[0] < error.pos[0] && range[1] >= error.pos[0]) start = range[0];
    },
  });
  return start ?? error.pos[0];
}

/** Key paths of the numbers that are not finite: YAML reads `.inf`, `.nan` and `1e999` as such. */
function nonFiniteNumbers(value: unknown, keyPath: (string | number)[]): (string | number)[][] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [keyPath];
  if (Array.isArray(value))
    return value.flatMap((child, index) => nonFiniteNumbers(child, [...keyPath, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => nonFiniteNumbers(child, [...keyPath, key]));
  }
  return [];
}

/** The document as plain data; an alias bomb is a user error at the line of the first alias. */
function toPlainData(document: Document, lineCounter: LineCounter, configFile: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let firstAlias: number | undefined;
    visit(document, {
      Alias(_key, node) {
        firstAlias ??= node.range?.[0];
        return visit.BREAK;
      },
    });
    throw new UserError(
      `the YAML aliases (*name) expand to too many values (${error.message.toLowerCase()}).`,
      {
        file: configFile,
        line: firstAlias === undefined ? 1 : lineCounter.linePos(firstAlias).line,
        fix: `Write the values out, or use aliases less (at most ${MAX_YAML_ALIASES} expansions).`,
      },
    );
  }
}

/**
 * The 1-based line of the key at `keyPath` (the line of `key:`, not of the value under it), or of its
 * nearest existing parent.
 */
function lineOf(
  document: Document,
  lineCounter: LineCounter,
  keyPath: (string | number)[],
): number | undefined {
  let node: unknown = document.contents;
  let line = startLine(node, lineCounter);
  for (const part of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(part));
      if (!pair) break;
      line = startLine(pair.key, lineCounter) ?? startLine(pair.value, lineCounter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part];
      if (item === undefined) break;
      line = startLine(item, lineCounter) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (isAlias(key)) return undefined;
  return typeof key === 'string' ? key : undefined;
}

function startLine(node: unknown, lineCounter: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

/**
 * Files the config names must exist and be files: each missing one is reported at the config line naming it.
 * A path given as an override (--dataset, an action input) is left to its reader, which names that path.
 */
async function checkNamedFiles(
  config: LoadedConfig,
  overrides: ConfigOverrides,
  configFile: string,
  locate: Locate,
): Promise<void> {
  const named: { what: string; file: string; keyPath: (string | number)[]; folderAllowed: boolean }[] = [];
  const add = (
    what: string,
    file: string | undefined,
    keyPath: (string | number)[],
    overridden = false,
    folderAllowed = false,
  ) => {
    if (file !== undefined && !overridden) named.push({ what, file, keyPath, folderAllowed });
  };
  add(
    'dataset',
    config.dataset.path,
    ['dataset', 'path'],
    overrides.dataset !== undefined,
    isImportFormat(config.dataset.format),
  );
  add('responses', config.responses?.path, ['responses', 'path'], overrides.responses !== undefined);
  const schema = config.metrics.json?.schema;
  add('JSON Schema', schema && path.resolve(config.baseDir, schema), ['metrics', 'json', 'schema']);
  add(
    'baseline',
    config.regression.baselinePath,
    ['regression', 'baseline'],
    overrides.baseline !== undefined,
  );
  add('golden baseline', config.regression.goldenPath, ['regression', 'golden']);
  add('pairwise reference', config.judge?.pairwise?.referencePath, ['judge', 'pairwise', 'reference']);

  const problems: UserError[] = [];
  for (const { what, file, keyPath, folderAllowed } of named) {
    const problem = await fileProblem(file, folderAllowed);
    if (problem === undefined) continue;
    const key = renderKey(keyPath);
    problems.push(
      new UserError(`the ${what} ${problem}: ${file}.`, {
        file: configFile,
        line: locate(keyPath),
        key,
        fix: `Check ${key}: a relative path is resolved against the config file's folder (${config.baseDir}).`,
      }),
    );
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new UserErrors(problems);
}

async function fileProblem(file: string, folderAllowed: boolean): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return info.isDirectory() && !folderAllowed ? 'path is a directory, not a file' : undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'file does not exist' : `file cannot be read (${code ?? String(error)})`;
  }
}
