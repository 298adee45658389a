import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  PARTITION_SCHEME,
  readShardFile,
  shardOfItem
} from "./chunk-RZMQY4AY.js";
import {
  configHash,
  displayPath,
  runEvaluation
} from "./chunk-UHBWR7LU.js";
import "./chunk-JZBIJD3P.js";
import {
  SHARD_FILE_PATTERN,
  shardFileName
} from "./chunk-MR7UCSTJ.js";
import "./chunk-R4GRN5MV.js";
import {
  loadConfig
} from "./chunk-JOAQEVVP.js";
import "./chunk-MRUJQ4A3.js";
import "./chunk-JPWVHXOV.js";
import {
  loadDataset
} from "./chunk-6KVGQ3UR.js";
import "./chunk-3VA3RSOF.js";
import "./chunk-SKAD3AIW.js";
import "./chunk-OW4ZRGGN.js";
import "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import {
  emptyRunStats
} from "./chunk-JDP6YO3L.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import {
  UserError,
  UserErrors
} from "./chunk-FX4CWXZZ.js";
import {
  EVALGATE_VERSION
} from "./chunk-BKMCED4D.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/shard/merge.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var LISTED_IDS = 3;
async function mergeShards(configFile, overrides, shardFiles, deps) {
  const config = await loadConfig(configFile, overrides);
  return mergeShardsWithConfig(config, shardFiles, deps);
}
__name(mergeShards, "mergeShards");
async function mergeShardsWithConfig(config, shardFiles, deps) {
  if (shardFiles.length === 0) {
    throw new UserError("no shard files to merge.", {
      fix: "Point --shards (or the `merge` input) at the folder the shard jobs wrote shard-i-of-n.json files to."
    });
  }
  const shards = [];
  for (const file of shardFiles) shards.push({ file, data: await readShardFile(file) });
  const dataset = await loadDataset(config.dataset, config.baseDir);
  const merged = checkShardSet(shards, { configHash: configHash(config), dataset });
  deps.log(
    `merge: ${merged.total} shard${merged.total === 1 ? "" : "s"}, ${merged.responses.size} answers (${merged.stats.errors} error item${merged.stats.errors === 1 ? "" : "s"})`
  );
  return runEvaluation(config, {
    ...deps,
    source: createReplaySource(merged),
    sourceNotes: {
      unmatchedResponseIds: merged.unmatchedResponseIds,
      droppedDuplicates: merged.droppedDuplicates
    }
  });
}
__name(mergeShardsWithConfig, "mergeShardsWithConfig");
function checkShardSet(shards, expected) {
  const first = shards[0];
  if (!first) throw new UserError("no shard files to merge.");
  const problems = new ShardProblems();
  const total = first.data.shard.total;
  checkEachShard(shards, first, expected, problems);
  problems.throwIfAny();
  const byIndex = everyShardOnce(shards, total, problems);
  problems.throwIfAny();
  const ordered = [...byIndex.values()].sort((a, b) => a.data.shard.index - b.data.shard.index);
  const responses = answersInTheirShards(ordered, total, expected.dataset, problems);
  problems.throwIfAny();
  return mergedAnswers(ordered, total, responses);
}
__name(checkShardSet, "checkShardSet");
var ShardProblems = class {
  static {
    __name(this, "ShardProblems");
  }
  all = [];
  add(shard, message, fix) {
    this.all.push(new UserError(message, { file: displayPath(shard.file), fix }));
  }
  throwIfAny() {
    if (this.all.length === 1) throw this.all[0];
    if (this.all.length > 1) throw new UserErrors(this.all);
  }
};
function checkEachShard(shards, first, expected, problems) {
  const total = first.data.shard.total;
  const problem = problems.add.bind(problems);
  for (const shard of shards) {
    const { data } = shard;
    const name = `shard ${data.shard.index} of ${data.shard.total}`;
    if (data.evalgateVersion !== EVALGATE_VERSION) {
      problem(
        shard,
        `${name} was written by evalgate ${data.evalgateVersion}, but this merge runs evalgate ${EVALGATE_VERSION}.`,
        "Run the shards and the merge with the same evalgate version (pin the action to one release)."
      );
    }
    if (data.partition !== PARTITION_SCHEME) {
      problem(
        shard,
        `${name} was split by "${data.partition}", but this evalgate splits by "${PARTITION_SCHEME}".`,
        "Run the shards and the merge with the same evalgate version."
      );
    }
    if (data.shard.total !== total) {
      problem(
        shard,
        `${name} belongs to a split into ${data.shard.total} shards, but ${displayPath(first.file)} to a split into ${total}.`,
        "Merge the files of one split only: remove the files left from another run (or another matrix size)."
      );
    }
    if (data.configHash !== expected.configHash) {
      problem(
        shard,
        `${name} was run with another config (config hash ${data.configHash.slice(0, 12)}, this config ${expected.configHash.slice(0, 12)}).`,
        "Run the shards and the merge with the same config file and the same dataset, responses, model and endpoint overrides."
      );
    }
    if (data.dataset.hash !== expected.dataset.hash) {
      problem(
        shard,
        `${name} was run on another dataset (${data.dataset.file}, sha256 ${data.dataset.hash.slice(0, 12)}; here ${displayPath(expected.dataset.file)}, sha256 ${expected.dataset.hash.slice(0, 12)}).`,
        "Run the shards and the merge on the same dataset file (the same commit)."
      );
    }
  }
}
__name(checkEachShard, "checkEachShard");
function everyShardOnce(shards, total, problems) {
  const problem = problems.add.bind(problems);
  const byIndex = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    const index = shard.data.shard.index;
    const earlier = byIndex.get(index);
    if (earlier) {
      problem(
        shard,
        `shard ${index} of ${total} is given twice: here and in ${displayPath(earlier.file)}.`,
        "Keep one file per shard (a re-run job can leave a second copy; download the latest attempt only)."
      );
    } else byIndex.set(index, shard);
  }
  const missing = [];
  for (let index = 1; index <= total; index++) if (!byIndex.has(index)) missing.push(index);
  if (missing.length > 0) {
    problems.all.push(
      new UserError(
        `${missing.length} of ${total} shards ${missing.length === 1 ? "is" : "are"} missing: ${listOf(missing.map((index) => shardFileName({ index, total })))} (found ${listOf(
          shards.map((shard) => displayPath(shard.file))
        )}).`,
        {
          fix: "Every shard job must finish and upload its file before the merge; re-run the failed shard jobs."
        }
      )
    );
  }
  return byIndex;
}
__name(everyShardOnce, "everyShardOnce");
function answersInTheirShards(ordered, total, dataset, problems) {
  const problem = problems.add.bind(problems);
  const owner = /* @__PURE__ */ new Map();
  const itemsOf = /* @__PURE__ */ new Map();
  for (const item of dataset.items) {
    const index = shardOfItem(item, total);
    owner.set(item.id, index);
    const list = itemsOf.get(index);
    if (list) list.push(item);
    else itemsOf.set(index, [item]);
  }
  const responses = /* @__PURE__ */ new Map();
  for (const shard of ordered) {
    const index = shard.data.shard.index;
    const name = `shard ${index} of ${total}`;
    const seen = /* @__PURE__ */ new Set();
    const twice = [];
    const unknown = [];
    const misplaced = [];
    for (const { id, response } of shard.data.items) {
      if (seen.has(id)) {
        twice.push(id);
        continue;
      }
      seen.add(id);
      const belongs = owner.get(id);
      if (belongs === void 0) unknown.push(id);
      else if (belongs !== index) misplaced.push(`${id} (shard ${belongs})`);
      else responses.set(id, response);
    }
    const lacking = (itemsOf.get(index) ?? []).filter((item) => !seen.has(item.id)).map((item) => item.id);
    const damaged = "The file does not match the split of this dataset: run that shard again.";
    if (twice.length > 0)
      problem(shard, `${name} answers ${countOf(twice, "item")} twice: ${listOf(twice)}.`, damaged);
    if (unknown.length > 0) {
      problem(
        shard,
        `${name} answers ${countOf(unknown, "id")} the dataset does not have: ${listOf(unknown)}.`,
        damaged
      );
    }
    if (misplaced.length > 0) {
      problem(
        shard,
        `${name} holds ${countOf(misplaced, "item")} that belong${misplaced.length === 1 ? "s" : ""} to another shard: ${listOf(misplaced)}.`,
        damaged
      );
    }
    if (lacking.length > 0) {
      problem(
        shard,
        `${name} lacks ${lacking.length} of its ${itemsOf.get(index)?.length ?? 0} items: ${listOf(lacking)}.`,
        damaged
      );
    }
  }
  return responses;
}
__name(answersInTheirShards, "answersInTheirShards");
function mergedAnswers(ordered, total, responses) {
  const one = ordered[0].data;
  const unusedEverywhere = ordered.slice(1).reduce(
    (ids, shard) => {
      const unused = new Set(shard.data.source.unusedResponseIds);
      return ids.filter((id) => unused.has(id));
    },
    [...one.source.unusedResponseIds]
  );
  return {
    total,
    kind: one.source.kind,
    description: one.source.description,
    responses,
    stats: sumRunStats(ordered.map((shard) => shard.data.source.stats)),
    unmatchedResponseIds: unusedEverywhere,
    droppedDuplicates: one.source.droppedDuplicates
  };
}
__name(mergedAnswers, "mergedAnswers");
function sumRunStats(all) {
  const total = emptyRunStats();
  for (const stats of all) {
    total.items += stats.items;
    total.requests += stats.requests;
    total.retries += stats.retries;
    total.rateLimited += stats.rateLimited;
    total.timeouts += stats.timeouts;
    total.cacheHits += stats.cacheHits;
    total.cacheMisses += stats.cacheMisses;
    total.errors += stats.errors;
    total.wallMs = Math.max(total.wallMs, stats.wallMs);
  }
  return total;
}
__name(sumRunStats, "sumRunStats");
function createReplaySource(merged) {
  return {
    kind: merged.kind,
    description: merged.description,
    async run(items, onResponse) {
      for (const item of items) {
        const response = merged.responses.get(item.id);
        if (response === void 0) {
          throw new Error(
            `no recorded answer for item ${item.id} after the shard check; this is a bug in evalgate.`
          );
        }
        onResponse(item, response);
      }
      return { ...merged.stats };
    }
  };
}
__name(createReplaySource, "createReplaySource");
async function collectShardFiles(paths) {
  const found = /* @__PURE__ */ new Set();
  for (const given of paths) {
    const resolved = path.resolve(given);
    let info;
    try {
      info = await stat(resolved);
    } catch (error) {
      throw new UserError(
        `cannot read the shards (${error.code ?? String(error)}).`,
        {
          file: given,
          fix: "Give --shards (or the `merge` input) the folder the shard files were downloaded to."
        }
      );
    }
    if (info.isDirectory()) {
      const entries = await readdir(resolved, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && SHARD_FILE_PATTERN.test(entry.name)) {
          found.add(path.join(entry.parentPath, entry.name));
        }
      }
    } else found.add(resolved);
  }
  if (found.size === 0) {
    throw new UserError("there are no shard files (shard-i-of-n.json) there.", {
      file: paths.join(", "),
      fix: "Download every shard artifact into this folder first (actions/download-artifact with a pattern and merge-multiple: true)."
    });
  }
  return [...found].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}
__name(collectShardFiles, "collectShardFiles");
function listOf(values) {
  const shown = values.slice(0, LISTED_IDS).join(", ");
  return values.length > LISTED_IDS ? `${shown} and ${values.length - LISTED_IDS} more` : shown;
}
__name(listOf, "listOf");
function countOf(values, noun) {
  return `${values.length} ${noun}${values.length === 1 ? "" : "s"}`;
}
__name(countOf, "countOf");
export {
  checkShardSet,
  collectShardFiles,
  createReplaySource,
  mergeShards,
  mergeShardsWithConfig,
  sumRunStats
};
