import { Ajv } from 'ajv';
import { UserError } from '../core/errors.js';
import { BASELINE_KIND, BASELINE_SCHEMA_VERSION, type BaselineRecord } from './types.js';

const itemSchema = {
  type: 'object',
  required: ['id', 'category', 'scores', 'error'],
  properties: {
    id: { type: 'string' },
    category: { type: 'string' },
    scores: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
    outputHash: { type: ['string', 'null'] },
    output: { type: ['string', 'null'] },
    error: { type: 'boolean' },
  },
};

const recordSchema = {
  type: 'object',
  required: [
    'kind',
    'schemaVersion',
    'name',
    'createdAt',
    'datasetHash',
    'configHash',
    'metricSpecs',
    'items',
    'aggregates',
  ],
  properties: {
    kind: { const: BASELINE_KIND },
    schemaVersion: { type: 'integer' },
    name: { type: 'string' },
    createdAt: { type: 'string' },
    datasetHash: { type: 'string' },
    configHash: { type: 'string' },
    metricHashes: { type: 'object', additionalProperties: { type: 'string' } },
    metricSpecs: {
      type: 'array',
      items: { type: 'object', required: ['name', 'kind', 'higherIsBetter'] },
    },
    items: { type: 'array', items: itemSchema },
    aggregates: { type: 'object' },
  },
};

const validate = new Ajv({ allErrors: false, strict: false }).compile(recordSchema);

/** Parses and checks a stored baseline; a record of another format version or a damaged one is a UserError. */
export function parseBaseline(text: string, origin: string): BaselineRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the baseline is not valid JSON (${(error as Error).message}).`, {
      file: origin,
      fix: 'Delete it (the next accepted run writes a new one) or point `baseline` at a good one.',
    });
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if ((raw as { kind?: unknown } | null)?.kind === BASELINE_KIND && version !== BASELINE_SCHEMA_VERSION) {
    throw new UserError(
      `the baseline has format version ${String(version)}, this evalgate reads version ${BASELINE_SCHEMA_VERSION}.`,
      {
        file: origin,
        fix: 'Re-create the baseline with this evalgate version (run it on the baseline branch).',
      },
    );
  }
  if (!validate(raw)) {
    const first = validate.errors?.[0];
    throw new UserError(
      `this is not an evalgate baseline: ${first ? `${first.instancePath || '(top level)'} ${first.message}` : 'unknown shape'}.`,
      { file: origin, fix: 'Point `baseline` at a baseline.json written by evalgate, or remove it.' },
    );
  }
  return raw as unknown as BaselineRecord;
}
