// What a scorer module declares so that the registry (registry.ts) can offer it in the config: the key under
// `metrics:`, the JSON Schema of its value with the defaults in it, and the factory. The config schema
// (schemas/evalgate.schema.json) and the normalized settings are both built from these declarations.
import type { Scorer } from './scorer.js';

export type JsonSchema = Record<string, unknown>;

/** Where a scorer is built: errors it raises name the config key and file; paths resolve against baseDir. */
export interface ScorerContext {
  /** `metrics.exact-match`, `metrics.fields[0]`. */
  configKey: string;
  /** The config file's folder. */
  baseDir: string;
  configFile?: string;
}

interface DefinitionBase<Field extends string> {
  /** The key under `metrics:` in the config file (kebab-case). */
  readonly key: string;
  /** The field of the normalized MetricsConfig (camelCase). */
  readonly field: Field;
  /** JSON Schema of the value under the key, defaults included. */
  readonly schema: JsonSchema;
}

/**
 * One scorer, or none: the value is `false` or absent (off), `true` (on with the defaults) or its settings. The
 * settings are the schema-valid value with the schema's defaults filled in and camelCase keys; a family that
 * needs more declares `settings`, which gets the value as written (schema-valid) and returns undefined for off.
 */
export interface SingleMetricDefinition<Field extends string, Settings> extends DefinitionBase<Field> {
  readonly many?: false;
  settings?(value: unknown): Settings | undefined;
  create(settings: Settings, context: ScorerContext): Scorer;
}

/** A list under the key: one scorer per entry (`metrics.fields[0]`, `metrics.fields[1]`...). */
export interface ListMetricDefinition<Field extends string, Settings> extends DefinitionBase<Field> {
  readonly many: true;
  settings?(value: unknown): Settings[];
  create(settings: Settings, context: ScorerContext): Scorer;
}

export type MetricDefinition<Field extends string = string, Settings = never> =
  SingleMetricDefinition<Field, Settings> | ListMetricDefinition<Field, Settings>;

/** Declares a metric family (keeps the field name's literal type, for MetricsConfig). */
export function defineMetric<const Field extends string, Settings>(
  definition: ListMetricDefinition<Field, Settings>,
): ListMetricDefinition<Field, Settings>;
export function defineMetric<const Field extends string, Settings>(
  definition: SingleMetricDefinition<Field, Settings>,
): SingleMetricDefinition<Field, Settings>;
export function defineMetric(
  definition: MetricDefinition<string, unknown>,
): MetricDefinition<string, unknown> {
  return definition;
}

/** A snake_case metric name, with the name used when the config gives none. */
export function metricNameSchema(defaultName?: string): JsonSchema {
  return defaultName === undefined
    ? { $ref: '#/definitions/metricName' }
    : { $ref: '#/definitions/metricName', default: defaultName };
}

/** A list of named metrics of one kind (`contains: [{name, values}, ...]`): each entry needs its name and `required`. */
export function listOfNamedMetrics(required: string[], properties: Record<string, JsonSchema>): JsonSchema {
  return {
    type: 'array',
    default: [],
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['name', ...required],
      properties: { name: metricNameSchema(), ...properties },
    },
  };
}

/** `true`, `false`, or an object of settings (`exact-match: true` or `exact-match: {normalize: true}`). */
export function switchOrSettings(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    ...(description === undefined ? {} : { description }),
    oneOf: [{ type: 'boolean' }, { type: 'object', additionalProperties: false, properties }],
  };
}
