// The config as the loader returns it: the shape of src/core/config.ts with the metrics section each scorer
// declares (src/scorers/registry.ts).
import type { EvalgateConfig } from '../core/config.js';
import type { MetricsConfig } from '../scorers/registry.js';

export type LoadedConfig = EvalgateConfig<MetricsConfig>;

/** Values given on the command line or as action inputs; they win over the file. */
export interface ConfigOverrides {
  dataset?: string;
  responses?: string;
  baseUrl?: string;
  model?: string;
  baseline?: string;
  outDir?: string;
}
