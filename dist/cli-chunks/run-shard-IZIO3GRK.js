import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  PARTITION_SCHEME,
  SHARD_FILE_FORMAT,
  SHARD_SCHEMA_VERSION,
  itemsOfShard,
  writeShardFile
} from "./chunk-RZMQY4AY.js";
import {
  configHash,
  createModelSource,
  displayPath
} from "./chunk-UHBWR7LU.js";
import "./chunk-JZBIJD3P.js";
import {
  checkShardSpec,
  formatShard
} from "./chunk-MR7UCSTJ.js";
import "./chunk-R4GRN5MV.js";
import {
  loadConfig
} from "./chunk-JOAQEVVP.js";
import "./chunk-MRUJQ4A3.js";
import {
  checkMetricReferences,
  createScorers,
  listMetricSpecs
} from "./chunk-JPWVHXOV.js";
import {
  loadDataset
} from "./chunk-6KVGQ3UR.js";
import "./chunk-3VA3RSOF.js";
import "./chunk-LISQC6YI.js";
import {
  judgeMetricSpecs
} from "./chunk-SKAD3AIW.js";
import "./chunk-OW4ZRGGN.js";
import "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-GRX6MNML.js";
import "./chunk-JDP6YO3L.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import "./chunk-FX4CWXZZ.js";
import {
  EVALGATE_VERSION
} from "./chunk-BKMCED4D.js";
import "./chunk-VKATPZEV.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/shard/run-shard.ts
async function runShard(configFile, overrides, shard, outDir, deps) {
  checkShardSpec(shard);
  const config = await loadConfig(configFile, overrides);
  return runShardWithConfig(config, shard, outDir, deps);
}
__name(runShard, "runShard");
async function runShardWithConfig(config, shard, outDir, deps) {
  checkShardSpec(shard);
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const dataset = await loadDataset(config.dataset, config.baseDir);
  const scorers = createScorers(config.metrics, {
    baseDir: config.baseDir,
    prices: config.prices,
    model: config.model?.model,
    dataset
  });
  const specs = [...listMetricSpecs(scorers), ...judgeMetricSpecs(config.judge)];
  checkMetricReferences(config, specs, dataset);
  const items = itemsOfShard(dataset.items, shard);
  deps.log(
    `shard ${formatShard(shard)}: ${items.length} of ${dataset.items.length} items from ${displayPath(dataset.file)}`
  );
  const setup = deps.source ? { source: deps.source, unmatchedResponseIds: /* @__PURE__ */ __name(() => [], "unmatchedResponseIds"), droppedDuplicates: [] } : await createModelSource(config, dataset, deps);
  deps.log(`answers: ${setup.source.description}`);
  const answers = /* @__PURE__ */ new Map();
  const stats = await setup.source.run(items, (item, response) => {
    if (answers.has(item.id)) throw new Error(`the model source answered item ${item.id} twice`);
    answers.set(item.id, response);
  });
  const entries = items.map((item) => {
    const response = answers.get(item.id);
    if (response === void 0) {
      throw new Error(`the model source did not answer item ${item.id}; this is a bug in evalgate.`);
    }
    return { id: item.id, response };
  });
  const result = {
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
      droppedDuplicates: setup.droppedDuplicates
    },
    createdAt: now().toISOString(),
    items: entries
  };
  const file = await writeShardFile(result, outDir);
  deps.log(
    `shard ${formatShard(shard)}: ${entries.length} answers (${stats.errors} error item${stats.errors === 1 ? "" : "s"}) written to ${displayPath(file)}`
  );
  return { file, items: entries.length, stats };
}
__name(runShardWithConfig, "runShardWithConfig");
export {
  runShard,
  runShardWithConfig
};
