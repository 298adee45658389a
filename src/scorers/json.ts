// JSON validity and schema validity (binary, both always apply).
//
// - json_valid (aggregate json_valid_rate): the whole trimmed output parses as JSON. Strict, because the Task API
//   contract is raw JSON: prose around it, a ``` fenced block or trailing text make it invalid. Any JSON value
//   counts here (a bare `42` is valid JSON); the schema says which shape is wanted.
// - schema_valid (aggregate schema_valid_rate): valid JSON that the JSON Schema accepts. The schema is the user's
//   file (draft-07 unless its `$schema` names 2019-09 or 2020-12; formats from ajv-formats; no remote `$ref`), or
//   by default the Task API shape: an object with a string `action`. Invalid JSON is schema_valid 0.
// The first schema error of a failing item is available through `details` (and `validationError`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { UserError } from '../core/errors.js';
import type { MetricSpec } from '../core/types.js';
import { describeJsonError, parseJsonStrict } from './common.js';
import { defineMetric, switchOrSettings } from './definition.js';
import type { AnsweredResponse, Scorer } from './scorer.js';
import { JSON_METRIC_AJV_OPTIONS } from './task-api-schema.js';
import { taskApiValidator } from './task-api-validator.js';

export interface JsonMetricsConfig {
  /** Path to a JSON Schema file; absent means the Task API shape (an object requiring `action`). */
  schema?: string;
}

export const jsonMetric = defineMetric({
  key: 'json',
  field: 'json',
  schema: switchOrSettings({
    schema: { type: 'string', description: 'JSON Schema file the output must satisfy.' },
  }),
  create: (settings: JsonMetricsConfig, { baseDir, configFile, configKey }) =>
    createJsonScorer(settings, { baseDir, configFile, configKey }),
});

export { TASK_API_SCHEMA } from './task-api-schema.js';

export interface JsonScorer extends Scorer {
  /** The schema file in use (absolute), or undefined for the built-in Task API shape. */
  readonly schemaFile?: string;
  /** The first schema error for this output, or undefined when it is valid (or not JSON at all). */
  validationError(output: string): string | undefined;
}

export interface JsonScorerOptions {
  /** Folder the schema path is resolved against (the config file's folder). */
  baseDir: string;
  /** The config file, named in errors. */
  configFile?: string;
  configKey?: string;
}

// The three results an item can get, made once.
const NOT_JSON = Object.freeze({ json_valid: 0, schema_valid: 0 });
const REJECTED_BY_SCHEMA = Object.freeze({ json_valid: 1, schema_valid: 0 });
const VALID = Object.freeze({ json_valid: 1, schema_valid: 1 });

// ajv-formats is CommonJS; under NodeNext its default import is `module.exports`, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

export function createJsonScorer(config: JsonMetricsConfig, options: JsonScorerOptions): JsonScorer {
  const configKey = options.configKey ?? 'metrics.json';
  const schemaFile = config.schema === undefined ? undefined : path.resolve(options.baseDir, config.schema);
  const validate =
    schemaFile === undefined ? taskApiValidator() : loadSchema(schemaFile, `${configKey}.schema`);
  const shape =
    schemaFile === undefined ? 'the Task API shape (an object with a string "action")' : schemaFile;

  const metrics: readonly MetricSpec[] = [
    {
      name: 'json_valid',
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      aggregateName: 'json_valid_rate',
      description: 'The whole output is valid JSON (no code fence, no text around it).',
    },
    {
      name: 'schema_valid',
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      aggregateName: 'schema_valid_rate',
      description: `The output is valid JSON that satisfies ${schemaFile ? `the schema ${path.basename(schemaFile)}` : shape}.`,
    },
  ];

  const validationError = (output: string): string | undefined => {
    const parsed = parseJsonStrict(output);
    if (!parsed.ok || validate(parsed.value)) return undefined;
    return formatAjvError(validate.errors?.[0]);
  };

  return {
    name: 'json',
    configKey,
    metrics,
    schemaFile,
    score(_item, response) {
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) return NOT_JSON;
      return validate(parsed.value) ? VALID : REJECTED_BY_SCHEMA;
    },
    validationError,
    details(_item, response: AnsweredResponse): Record<string, string> {
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) {
        const why = describeJsonError(response.output);
        return { json_valid: why, schema_valid: `not valid JSON: ${why}` };
      }
      const error = validationError(response.output);
      return error === undefined ? {} : { schema_valid: error };
    },
  };
}

function loadSchema(file: string, key: string): ValidateFunction {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read the JSON Schema file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      {
        file,
        key,
        fix: 'Check the path; it is relative to the config file.',
      },
    );
  }
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the JSON Schema file is not valid JSON: ${(error as Error).message}.`, {
      file,
      key,
      fix: 'Fix the JSON syntax of the schema file.',
    });
  }
  const isObject = typeof schema === 'object' && schema !== null && !Array.isArray(schema);
  if (!isObject && typeof schema !== 'boolean') {
    throw new UserError('the JSON Schema must be an object (or true or false).', {
      file,
      key,
      fix: 'Write the schema as a JSON object, e.g. {"type": "object", "required": ["action"]}.',
    });
  }
  return compile(ajvFor(schema, file, key), schema as object | boolean, file, key);
}

/** The ajv flavour the schema's `$schema` asks for: draft-07 by default, 2019-09 or 2020-12 when named. */
function ajvFor(schema: unknown, file: string, key: string): Ajv | Ajv2019 | Ajv2020 {
  const dialect =
    typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined;
  let ajv: Ajv | Ajv2019 | Ajv2020;
  if (dialect === undefined || (typeof dialect === 'string' && /draft-07/.test(dialect))) {
    ajv = new Ajv(JSON_METRIC_AJV_OPTIONS);
  } else if (typeof dialect === 'string' && /2020-12/.test(dialect)) {
    ajv = new Ajv2020(JSON_METRIC_AJV_OPTIONS);
  } else if (typeof dialect === 'string' && /2019-09/.test(dialect)) {
    ajv = new Ajv2019(JSON_METRIC_AJV_OPTIONS);
  } else {
    throw new UserError(`unsupported JSON Schema dialect ${JSON.stringify(dialect)}.`, {
      file,
      key,
      fix:
        'Use "$schema": "http://json-schema.org/draft-07/schema#" or "https://json-schema.org/draft/2020-12/schema" ' +
        '(or 2019-09), or leave "$schema" out for draft-07. Draft-06 schemas are usually valid draft-07 schemas.',
    });
  }
  addFormats(ajv);
  return ajv;
}

function compile(
  ajv: Ajv | Ajv2019 | Ajv2020,
  schema: object | boolean,
  file: string,
  key?: string,
): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw new UserError(`invalid JSON Schema: ${(error as Error).message}.`, {
      file,
      key,
      fix: 'Fix the schema (ajv compiles draft-07, 2019-09 and 2020-12; $ref must point inside the file).',
    });
  }
}

/** `at /params/priority: must be equal to one of the allowed values ("low", "high")`. */
export function formatAjvError(error: ErrorObject | undefined): string {
  if (!error) return 'rejected by the schema';
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    message += ` (${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')})`;
  } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    message += ` ("${params.additionalProperty}")`;
  } else if (error.keyword === 'const') {
    message += ` (${JSON.stringify(params.allowedValue)})`;
  }
  return `at ${where}: ${message}`;
}
