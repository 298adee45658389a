// Results produced by another harness, imported as a dataset whose items carry their answer and their scores
// (`dataset.format: bedrock-eval | lm-eval-harness | promptfoo`, `dataset.path`: the file or downloaded folder).
import path from 'node:path';
import type { Dataset, ImportFormat } from '../core/types.js';
import { importBedrockEval } from './bedrock-eval.js';
import { importLmEval } from './lm-eval.js';
import { importPromptfoo } from './promptfoo.js';

export { IMPORT_FORMATS, isImportFormat } from '../core/import-formats.js';

export async function importResults(format: ImportFormat, file: string, baseDir: string): Promise<Dataset> {
  const root = path.resolve(baseDir, file);
  switch (format) {
    case 'bedrock-eval':
      return importBedrockEval(root);
    case 'lm-eval-harness':
      return importLmEval(root);
    case 'promptfoo':
      return importPromptfoo(root);
  }
}

export { createImportedScorer } from '../scorers/imported.js';
