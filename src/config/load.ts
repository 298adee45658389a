import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import { UserError, UserErrors } from '../core/errors.js';
import { normalizeConfig } from './normalize.js';
import { validateAgainstSchema } from './validate.js';
import type { EvalgateConfig } from './types.js';

/** Values given on the command line or as action inputs; they win over the file. */
export interface ConfigOverrides {
  dataset?: string;
  responses?: string;
  baseUrl?: string;
  model?: string;
  baseline?: string;
  outDir?: string;
}

/** Reads, validates and normalizes a config file (YAML or JSON). Every problem names the file, line and key. */
export async function loadConfig(file: string, overrides: ConfigOverrides = {}): Promise<EvalgateConfig> {
  const configFile = path.resolve(file);
  let text: string;
  try {
    text = await readFile(configFile, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      {
        file: configFile,
        fix: 'Check the path given to --config (or the `config` input).',
      },
    );
  }
  return parseConfig(text, configFile, overrides);
}

export function parseConfig(
  text: string,
  configFile: string,
  overrides: ConfigOverrides = {},
): EvalgateConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new UserErrors(
      document.errors.map(
        (error) =>
          new UserError(`invalid YAML/JSON: ${error.message.split('\n')[0]}`, {
            file: configFile,
            line: lineCounter.linePos(error.pos[0]).line,
            fix: 'Fix the syntax at that line.',
          }),
      ),
    );
  }
  const raw: unknown = document.toJS();
  const locate = (keyPath: (string | number)[]): number | undefined => lineOf(document, lineCounter, keyPath);
  const schemaErrors = validateAgainstSchema(raw, configFile, locate);
  if (schemaErrors.length > 0)
    throw schemaErrors.length === 1 ? schemaErrors[0]! : new UserErrors(schemaErrors);
  return normalizeConfig(raw as Record<string, unknown>, configFile, locate, overrides);
}

/** The 1-based line of the node at `keyPath`, or of its nearest existing parent. */
function lineOf(
  document: Document,
  lineCounter: LineCounter,
  keyPath: (string | number)[],
): number | undefined {
  for (let length = keyPath.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(keyPath.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (isMap(node) || isSeq(node) || node !== undefined)) {
      return lineCounter.linePos(range[0]).line;
    }
  }
  return undefined;
}
