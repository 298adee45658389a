import type { LoadedConfig } from '../config/types.js';
import { loadDataset } from '../dataset/index.js';
import { judgeMetricSpecs } from '../judge/index.js';
import { createScorers, listMetricSpecs } from '../scorers/index.js';
import { checkMetricReferences, knownMetricNames } from './metric-names.js';

/** `evalgate validate`: everything a run checks before its first model call, and what it would produce. */
export async function validateRun(config: LoadedConfig): Promise<string> {
  const dataset = await loadDataset(config.dataset, config.baseDir);
  const scorers = createScorers(config.metrics, {
    baseDir: config.baseDir,
    prices: config.prices,
    model: config.model?.model,
    configFile: config.configFile,
    dataset,
  });
  const specs = [...listMetricSpecs(scorers, config.configFile), ...judgeMetricSpecs(config.judge)];
  checkMetricReferences(config, specs, dataset);
  const names = knownMetricNames(config, specs, dataset).filter((name) => !name.includes('@'));
  return [
    `config ok: ${config.configFile}`,
    `dataset ok: ${dataset.items.length} items (${dataset.format}), sha256 ${dataset.hash.slice(0, 12)}`,
    `answers from: ${config.model ? `${config.model.model} at ${config.model.baseUrl}` : (config.responses?.path ?? 'the dataset (precomputed)')}`,
    `metrics: ${names.join(', ')}`,
    `gates: ${config.gates.map((gate) => gate.name).join('; ') || 'none'}`,
  ].join('\n');
}
