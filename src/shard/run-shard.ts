// One shard of a split run: the model calls for the items of this shard, written to a shard file.
// It scores nothing and decides nothing: no aggregation, no gates, no baseline; the merge does all that once.
import { loadConfig } from '../config/load.js';
import { type ConfigOverrides } from '../config/types.js';
import type { LoadedConfig } from '../config/types.js';
import type { ModelResponse } from '../core/types.js';
import { loadDataset } from '../dataset/index.js';
import { judgeMetricSpecs } from '../judge/index.js';
import type { ModelRunStats } from '../core/report.js';
import { checkMetricReferences } from '../pipeline/metric-names.js';
import { displayPath, type RunDependencies } from '../pipeline/run.js';
import { createModelSource, type SourceSetup } from '../pipeline/source.js';
import { createScorers, listMetricSpecs } from '../scorers/index.js';
import { EVALGATE_VERSION } from '../version.js';
import { configHash } from '../config/hash.js';
import { SHARD_FILE_FORMAT, SHARD_SCHEMA_VERSION, writeShardFile, type ShardFile } from './file.js';
import { itemsOfShard, PARTITION_SCHEME } from './partition.js';
import { checkShardSpec, formatShard, type ShardSpec } from './spec.js';

/** What a shard needs from its surroundings: RunDependencies without the baseline, which only the merge uses. */
export type ShardDependencies = Pick<RunDependencies, 'log' | 'env' | 'source' | 'now'>;

export interface ShardRunResult {
  /** The shard file written. */
  file: string;
  /** Items of this shard (answered or error items). */
  items: number;
  stats: ModelRunStats;
}

/**
 * Runs shard `shard` of the config's dataset: loads the config (with `overrides`, as `evalgate run` does), asks
 * the model source for the answers of this shard's items only, and writes `outDir/shard-i-of-n.json`. An item
 * the model failed on is recorded as an error item; only a fault of the whole run (bad config, dataset or
 * endpoint setup) throws.
 */
export async function runShard(
  configFile: string,
  overrides: ConfigOverrides,
  shard: ShardSpec,
  outDir: string,
  deps: ShardDependencies,
): Promise<ShardRunResult> {
  checkShardSpec(shard);
  const config = await loadConfig(configFile, overrides);
  return runShardWithConfig(config, shard, outDir, deps);
}

/** runShard for a config already loaded. */
export async function runShardWithConfig(
  config: LoadedConfig,
  shard: ShardSpec,
  outDir: string,
  deps: ShardDependencies,
): Promise<ShardRunResult> {
  checkShardSpec(shard);
  const now = deps.now ?? (() => new Date());
  const dataset = await loadDataset(config.dataset, config.baseDir);
  // The checks a full run makes before its first model call, so that a bad config fails here and not
  // after every shard has paid for its answers.
  const scorers = createScorers(config.metrics, {
    baseDir: config.baseDir,
    prices: config.prices,
    model: config.model?.model,
    dataset,
  });
  const specs = [...listMetricSpecs(scorers), ...judgeMetricSpecs(config.judge)];
  checkMetricReferences(config, specs, dataset);

  const items = itemsOfShard(dataset.items, shard);
  deps.log(
    `shard ${formatShard(shard)}: ${items.length} of ${dataset.items.length} items from ${displayPath(dataset.file)}`,
  );
  const setup: SourceSetup = deps.source
    ? { source: deps.source, unmatchedResponseIds: () => [], droppedDuplicates: [] }
    : await createModelSource(config, dataset, deps);
  deps.log(`answers: ${setup.source.description}`);

  const answers = new Map<string, ModelResponse>();
  const stats = await setup.source.run(items, (item, response) => {
    if (answers.has(item.id)) throw new Error(`the model source answered item ${item.id} twice`);
    answers.set(item.id, response);
  });
  const entries = items.map((item) => {
    const response = answers.get(item.id);
    if (response === undefined) {
      throw new Error(`the model source did not answer item ${item.id}; this is a bug in evalgate.`);
    }
    return { id: item.id, response };
  });

  const result: ShardFile = {
    format: SHARD_FILE_FORMAT,
    schemaVersion: SHARD_SCHEMA_VERSION,
    evalgateVersion: EVALGATE_VERSION,
    name: config.name,
    shard: { index: shard.index, total: shard.total },
    partition: PARTITION_SCHEME,
    configHash: configHash(config),
    dataset: { file: displayPath(dataset.file), hash: dataset.hash, items: dataset.items.length },
    source: {
      kind: setup.source.kind,
      description: setup.source.description,
      stats,
      unusedResponseIds: setup.unmatchedResponseIds(),
      droppedDuplicates: setup.droppedDuplicates,
    },
    createdAt: now().toISOString(),
    items: entries,
  };
  const file = await writeShardFile(result, outDir);
  deps.log(
    `shard ${formatShard(shard)}: ${entries.length} answers (${stats.errors} error item${stats.errors === 1 ? '' : 's'}) written to ${displayPath(file)}`,
  );
  return { file, items: entries.length, stats };
}
