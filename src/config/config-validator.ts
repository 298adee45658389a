// The validator of the config file's JSON Schema. Run from the sources (tests, tsc), it is compiled by ajv the
// first time a config is checked. The bundles never run this file: scripts/bundle.mjs puts in its place the
// same validator compiled at build time (ajv's standalone code, same schema and options), so a run spends no
// time compiling the schema.
import { Ajv, type ValidateFunction } from 'ajv';
import { CONFIG_SCHEMA } from './schema.js';

/** The ajv options of the config validator; scripts/bundle.mjs compiles with these too. */
export const CONFIG_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

let validate: ValidateFunction | undefined;

export function configValidator(): ValidateFunction {
  validate ??= new Ajv(CONFIG_AJV_OPTIONS).compile(CONFIG_SCHEMA);
  return validate;
}
