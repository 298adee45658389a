import type { ImportFormat } from './types.js';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['bedrock-eval', 'lm-eval-harness', 'promptfoo'];

/** Whether `format` names results imported from another harness (a file or a downloaded folder). */
export function isImportFormat(format: string): format is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(format);
}
