// The validator of the built-in Task API schema. Run from the sources (tests, tsc), it is compiled by ajv on first
// use. The bundles never run this file: scripts/bundle.mjs puts in its place the same validator compiled at build
// time (ajv's standalone code, same schema and options), so a run does not load ajv's compiler for it (about 60 ms
// of a 50-item run on a 2 GHz machine).
import { Ajv, type ValidateFunction } from 'ajv';
import { JSON_METRIC_AJV_OPTIONS, TASK_API_SCHEMA } from './task-api-schema.js';

let validate: ValidateFunction | undefined;

export function taskApiValidator(): ValidateFunction {
  validate ??= new Ajv(JSON_METRIC_AJV_OPTIONS).compile(TASK_API_SCHEMA);
  return validate;
}
