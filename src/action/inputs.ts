import * as core from '@actions/core';
import type { ConfigOverrides } from '../config/load.js';

export interface ActionInputs {
  config: string;
  apiKey?: string;
  overrides: ConfigOverrides;
}

/** Every action input is read here, once. Empty inputs mean "use the config file's value". */
export function readActionInputs(): ActionInputs {
  const optional = (name: string): string | undefined => core.getInput(name).trim() || undefined;
  const apiKey = optional('api-key');
  if (apiKey) core.setSecret(apiKey);
  return {
    config: optional('config') ?? 'evalgate.yml',
    apiKey,
    overrides: {
      baseUrl: optional('endpoint'),
      model: optional('model'),
      dataset: optional('dataset'),
      responses: optional('responses'),
      baseline: optional('baseline'),
      outDir: optional('out-dir'),
    },
  };
}
