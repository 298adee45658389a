/** Results produced by another harness, imported with their per-item scores (one importer each in src/importers/). */
export const IMPORT_FORMATS = ['bedrock-eval', 'lm-eval-harness', 'promptfoo'] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Whether `format` names results imported from another harness (a file or a downloaded folder). */
export function isImportFormat(format: string): format is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(format);
}
