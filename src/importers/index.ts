// Results produced by another harness, imported as a dataset whose items carry their answer and their scores
// (`dataset.format: bedrock-eval | lm-eval-harness | promptfoo`, `dataset.path`: the file or downloaded folder).
import path from 'node:path';
import type { Dataset, ImportFormat } from '../core/types.js';
import { importBedrockEval } from './bedrock-eval.js';
import { importLmEval } from './lm-eval.js';
import { importPromptfoo } from './promptfoo.js';

export { IMPORT_FORMATS, isImportFormat } from '../core/import-formats.js';

/** The importer of each format: a new one is a file beside these, one line here and its name in IMPORT_FORMATS. */
const IMPORTERS: Record<ImportFormat, (root: string) => Promise<Dataset>> = {
  'bedrock-eval': importBedrockEval,
  'lm-eval-harness': importLmEval,
  promptfoo: importPromptfoo,
};

export async function importResults(format: ImportFormat, file: string, baseDir: string): Promise<Dataset> {
  return IMPORTERS[format](path.resolve(baseDir, file));
}

export { createImportedScorer } from '../scorers/imported.js';
