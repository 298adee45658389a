// The built-in schema of the `json` metric (the Task API answer shape) and the ajv options every schema of that
// metric is compiled with. Kept apart, with no imports, so that scripts/bundle.mjs can compile it at build time.

/** The default schema: the Task API answer shape. */
export const TASK_API_SCHEMA = Object.freeze({
  type: 'object',
  required: ['action'],
  properties: { action: { type: 'string' } },
});

/** The ajv options of the `json` metric's schemas (the built-in one and a config's own). */
export const JSON_METRIC_AJV_OPTIONS = { allErrors: false, strict: false } as const;
