// The shard result file: what one shard of a split run hands to the merge.
//
// It is JSON, versioned (`schemaVersion`), and checked against its own schema when read. It holds the
// answers, not scores: scoring, the judge, the comparison, the gates and the report all happen once, in the
// merge, exactly as in an unsharded run.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { UserError } from '../core/errors.js';
import type { ModelResponse } from '../core/types.js';
import type { ModelRunStats } from '../core/report.js';
import type { Report } from '../core/report.js';
import { displayPath } from '../pipeline/run.js';
import { shardFileName, type ShardSpec } from './spec.js';

export const SHARD_FILE_FORMAT = 'evalgate-shard';
export const SHARD_SCHEMA_VERSION = 1;

export interface ShardFile {
  format: typeof SHARD_FILE_FORMAT;
  schemaVersion: typeof SHARD_SCHEMA_VERSION;
  evalgateVersion: string;
  /** The config's name. */
  name: string;
  shard: ShardSpec;
  /** How items were assigned to shards (see partition.ts). */
  partition: string;
  /** configHash of the config the shard ran with. */
  configHash: string;
  dataset: { file: string; hash: string; items: number };
  source: {
    kind: 'live' | 'precomputed';
    description: string;
    stats: ModelRunStats;
    /**
     * Answers of the responses file that no item of this shard used. An answer matches no item of the
     * dataset when no shard used it, so the merge keeps the ids every shard lists.
     */
    unusedResponseIds: string[];
    droppedDuplicates: Report['source']['droppedDuplicates'];
  };
  createdAt: string;
  /** The shard's items in dataset order, each with what the model answered (or the error it got). */
  items: { id: string; response: ModelResponse }[];
}

const count = { type: 'integer', minimum: 0 } as const;
const duration = { type: 'number', minimum: 0 } as const;

const responseSchema = {
  type: 'object',
  required: ['output'],
  additionalProperties: false,
  properties: {
    output: { type: ['string', 'null'] },
    error: {
      type: 'object',
      required: ['stage', 'kind', 'message'],
      additionalProperties: false,
      properties: {
        stage: { enum: ['model', 'judge', 'scoring'] },
        kind: { type: 'string' },
        message: { type: 'string' },
        attempts: count,
        status: { type: 'integer' },
      },
    },
    latencyMs: duration,
    ttftMs: duration,
    usage: {
      type: 'object',
      required: ['prompt', 'completion', 'total'],
      additionalProperties: false,
      // As the endpoint reported them: recorded, not judged.
      properties: { prompt: { type: 'number' }, completion: { type: 'number' }, total: { type: 'number' } },
    },
    finishReason: { type: 'string' },
    cached: { type: 'boolean' },
    attempts: count,
  },
} as const;

const statsSchema = {
  type: 'object',
  required: [
    'items',
    'requests',
    'retries',
    'rateLimited',
    'timeouts',
    'cacheHits',
    'cacheMisses',
    'errors',
    'wallMs',
  ],
  additionalProperties: false,
  properties: {
    items: count,
    requests: count,
    retries: count,
    rateLimited: count,
    timeouts: count,
    cacheHits: count,
    cacheMisses: count,
    errors: count,
    wallMs: duration,
  },
} as const;

/** The JSON Schema of a shard file (schemaVersion 1). */
export const SHARD_FILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'evalgate shard result',
  type: 'object',
  required: [
    'format',
    'schemaVersion',
    'evalgateVersion',
    'name',
    'shard',
    'partition',
    'configHash',
    'dataset',
    'source',
    'createdAt',
    'items',
  ],
  additionalProperties: false,
  properties: {
    format: { const: SHARD_FILE_FORMAT },
    schemaVersion: { const: SHARD_SCHEMA_VERSION },
    evalgateVersion: { type: 'string' },
    name: { type: 'string' },
    shard: {
      type: 'object',
      required: ['index', 'total'],
      additionalProperties: false,
      properties: { index: { type: 'integer', minimum: 1 }, total: { type: 'integer', minimum: 1 } },
    },
    partition: { type: 'string' },
    configHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    dataset: {
      type: 'object',
      required: ['file', 'hash', 'items'],
      additionalProperties: false,
      properties: { file: { type: 'string' }, hash: { type: 'string' }, items: count },
    },
    source: {
      type: 'object',
      required: ['kind', 'description', 'stats', 'unusedResponseIds', 'droppedDuplicates'],
      additionalProperties: false,
      properties: {
        kind: { enum: ['live', 'precomputed'] },
        description: { type: 'string' },
        stats: statsSchema,
        unusedResponseIds: { type: 'array', items: { type: 'string' } },
        droppedDuplicates: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'line', 'differed'],
            additionalProperties: false,
            properties: { id: { type: 'string' }, line: count, differed: { type: 'boolean' } },
          },
        },
      },
    },
    createdAt: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'response'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, response: responseSchema },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShardFile = ajv.compile<ShardFile>(SHARD_FILE_SCHEMA);

/** Writes the shard file into `dir` (created if needed) as `shard-i-of-n.json`; returns its path. */
export async function writeShardFile(shard: ShardFile, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, shardFileName(shard.shard));
  // Written whole, then renamed: an interrupted shard never leaves a half file for the merge to read.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify(shard)}\n`);
  await rename(partial, file);
  return file;
}

/** Reads and checks one shard file. Every problem is a UserError naming the file. */
export async function readShardFile(file: string): Promise<ShardFile> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read the shard file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { file: shown, fix: 'Check the path given to --shards (or the `merge` input).' },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the shard file is not valid JSON (${(error as Error).message}).`, {
      file: shown,
      fix: 'The file is damaged or was cut off: run that shard again.',
    });
  }
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (record.format !== SHARD_FILE_FORMAT) {
    throw new UserError('this is not an evalgate shard file (it has no "format": "evalgate-shard").', {
      file: shown,
      fix: 'Give --shards the folder or the files that `evalgate run --shard i/n` wrote (shard-i-of-n.json).',
    });
  }
  if (record.schemaVersion !== SHARD_SCHEMA_VERSION) {
    throw new UserError(
      `the shard file has schema version ${JSON.stringify(record.schemaVersion)}, but this evalgate reads version ${SHARD_SCHEMA_VERSION}.`,
      {
        file: shown,
        fix: `It was written by evalgate ${typeof record.evalgateVersion === 'string' ? record.evalgateVersion : '(unknown)'}: run the shards and the merge with the same evalgate version.`,
      },
    );
  }
  if (!validateShardFile(value)) {
    const problems = (validateShardFile.errors ?? []).slice(0, 5).map(describeSchemaError);
    throw new UserError(`the shard file does not match its schema: ${problems.join('; ')}.`, {
      file: shown,
      fix: 'The file was changed or damaged after the shard wrote it: run that shard again.',
    });
  }
  return value;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath || '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `${where} has the unknown field "${String((error.params as { additionalProperty: string }).additionalProperty)}"`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}
