// Every metric family the config can turn on, in the order their scorers run and their metrics are listed.
// To add one: write its scorer file with a `defineMetric` declaration, add it to METRIC_DEFINITIONS, and run
// `npm run schema` to regenerate schemas/evalgate.schema.json.
import { settingsWithDefaults } from '../core/schema-defaults.js';
import type { JsonSchema, MetricDefinition, ScorerContext } from './definition.js';
import { exactMatchMetric } from './exact-match.js';
import { fieldsMetric } from './fields.js';
import { bleuMetric, chrfMetric, rougeMetric } from './generation.js';
import { jsonMetric } from './json.js';
import { numericMetric } from './numeric.js';
import type { Scorer } from './scorer.js';
import { containsMetric, f1Metric, regexMetric } from './text.js';

export const METRIC_DEFINITIONS = [
  exactMatchMetric,
  jsonMetric,
  fieldsMetric,
  containsMetric,
  regexMetric,
  numericMetric,
  f1Metric,
  rougeMetric,
  bleuMetric,
  chrfMetric,
] as const;

type Definitions = (typeof METRIC_DEFINITIONS)[number];
type SettingsOf<D> = D extends MetricDefinition<string, infer Settings> ? Settings : never;

/** The metrics part of the normalized config: one field per family (a list, or settings when it is on). */
export type MetricsConfig = {
  [D in Definitions as D extends { many: true } ? D['field'] : never]: SettingsOf<D>[];
} & {
  [D in Definitions as D extends { many: true } ? never : D['field']]?: SettingsOf<D>;
} & {
  /** Per-category aggregates for every metric. */
  perCategory: boolean;
};

const PER_CATEGORY_SCHEMA: JsonSchema = {
  type: 'boolean',
  default: true,
  description: 'Also aggregate every metric per category (metric@category).',
};

/** The JSON Schema of the `metrics:` section, assembled from the definitions. */
export function metricsSchema(): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Stage 1, automated metrics computed on every item.',
    properties: {
      ...Object.fromEntries(METRIC_DEFINITIONS.map((definition) => [definition.key, definition.schema])),
      'per-category': PER_CATEGORY_SCHEMA,
    },
  };
}

/** The schema-valid `metrics:` section as MetricsConfig: defaults filled in, off families undefined. */
export function normalizeMetrics(raw: Record<string, unknown>): MetricsConfig {
  const metrics: Record<string, unknown> = {};
  for (const definition of METRIC_DEFINITIONS as readonly MetricDefinition<string, unknown>[]) {
    metrics[definition.field] = settingsOf(definition, raw[definition.key]);
  }
  metrics.perCategory = settingsWithDefaults(raw['per-category'], PER_CATEGORY_SCHEMA);
  return metrics as MetricsConfig;
}

function settingsOf(definition: MetricDefinition<string, unknown>, value: unknown): unknown {
  if (definition.settings) return definition.settings(value);
  if (definition.many) return settingsWithDefaults(value, definition.schema);
  if (value === undefined || value === false) return undefined;
  return settingsWithDefaults(value === true && definition.schema.oneOf ? {} : value, definition.schema);
}

/** The scorers of the families the config turns on, in the order of METRIC_DEFINITIONS. */
export function createConfiguredScorers(
  metrics: MetricsConfig,
  context: Omit<ScorerContext, 'configKey'>,
): Scorer[] {
  const scorers: Scorer[] = [];
  for (const definition of METRIC_DEFINITIONS as readonly MetricDefinition<string, unknown>[]) {
    const settings = (metrics as Record<string, unknown>)[definition.field];
    const configKey = `metrics.${definition.key}`;
    if (definition.many) {
      (settings as unknown[] | undefined)?.forEach((entry, index) => {
        scorers.push(definition.create(entry, { ...context, configKey: `${configKey}[${index}]` }));
      });
    } else if (settings !== undefined && settings !== false) {
      scorers.push(definition.create(settings, { ...context, configKey }));
    }
  }
  return scorers;
}
