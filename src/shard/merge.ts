// The merge of a split run: read every shard file, check that together they are exactly one run of this
// config on this dataset, then run the rest of the pipeline once, with a model source that replays the
// recorded answers. Scoring, the judge, the comparison, aggregation, gates, report and baseline are then the
// same code, on the same inputs, as in an unsharded run; so is the report, apart from timings.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { type ConfigOverrides } from '../config/types.js';
import type { LoadedConfig } from '../config/types.js';
import { UserError, UserErrors } from '../core/errors.js';
import type { Dataset, DatasetItem, ModelResponse } from '../core/types.js';
import { loadDataset } from '../dataset/index.js';
import { emptyRunStats, type ModelSource } from '../model/source.js';
import { type ModelRunStats } from '../core/report.js';
import { displayPath, runEvaluation, type RunDependencies } from '../pipeline/run.js';
import type { Report } from '../core/report.js';
import { EVALGATE_VERSION } from '../version.js';
import { configHash } from '../config/hash.js';
import { readShardFile, type ShardFile } from './file.js';
import { PARTITION_SCHEME, shardOfItem } from './partition.js';
import { SHARD_FILE_PATTERN, shardFileName } from './spec.js';

/** What the merge needs: RunDependencies, whose model source it provides itself. */
export type MergeDependencies = Omit<RunDependencies, 'source' | 'sourceNotes'>;

/** Shard files read from disk, each with the path it came from. */
export interface LoadedShard {
  file: string;
  data: ShardFile;
}

/** What a complete, consistent set of shards amounts to: the answers of one run. */
export interface MergedAnswers {
  total: number;
  kind: ModelSource['kind'];
  description: string;
  responses: Map<string, ModelResponse>;
  stats: ModelRunStats;
  unmatchedResponseIds: string[];
  droppedDuplicates: Report['source']['droppedDuplicates'];
}

/** Most ids a problem lists before it says "and N more". */
const LISTED_IDS = 3;

/**
 * Merges the shard files of one split run and evaluates them: the report and decision an unsharded run of the
 * same config would give. `shardFiles` are the files themselves (see collectShardFiles for folders).
 */
export async function mergeShards(
  configFile: string,
  overrides: ConfigOverrides,
  shardFiles: string[],
  deps: MergeDependencies,
): Promise<Report> {
  const config = await loadConfig(configFile, overrides);
  return mergeShardsWithConfig(config, shardFiles, deps);
}

/** mergeShards for a config already loaded. */
export async function mergeShardsWithConfig(
  config: LoadedConfig,
  shardFiles: string[],
  deps: MergeDependencies,
): Promise<Report> {
  if (shardFiles.length === 0) {
    throw new UserError('no shard files to merge.', {
      fix: 'Point --shards (or the `merge` input) at the folder the shard jobs wrote shard-i-of-n.json files to.',
    });
  }
  const shards: LoadedShard[] = [];
  for (const file of shardFiles) shards.push({ file, data: await readShardFile(file) });
  const dataset = await loadDataset(config.dataset, config.baseDir);
  const merged = checkShardSet(shards, { configHash: configHash(config), dataset });
  deps.log(
    `merge: ${merged.total} shard${merged.total === 1 ? '' : 's'}, ${merged.responses.size} answers (${merged.stats.errors} error item${merged.stats.errors === 1 ? '' : 's'})`,
  );
  return runEvaluation(config, {
    ...deps,
    source: createReplaySource(merged),
    sourceNotes: {
      unmatchedResponseIds: merged.unmatchedResponseIds,
      droppedDuplicates: merged.droppedDuplicates,
    },
  });
}

/**
 * Checks that the shards are one complete run of this config on this dataset: same evalgate version, partition,
 * number of shards, config hash and dataset hash; every shard 1..n exactly once; each holding exactly the items
 * the partition gives it. Throws a UserError (UserErrors for several) naming each file and its problem.
 */
export function checkShardSet(
  shards: readonly LoadedShard[],
  expected: { configHash: string; dataset: Dataset },
): MergedAnswers {
  const first = shards[0];
  if (!first) throw new UserError('no shard files to merge.');
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

/** The problems found in a set of shard files, thrown together. */
class ShardProblems {
  readonly all: UserError[] = [];

  add(shard: LoadedShard, message: string, fix: string): void {
    this.all.push(new UserError(message, { file: displayPath(shard.file), fix }));
  }

  throwIfAny(): void {
    if (this.all.length === 1) throw this.all[0]!;
    if (this.all.length > 1) throw new UserErrors(this.all);
  }
}

/** Each file on its own: written by this evalgate, for this config and dataset, split the same way. */
function checkEachShard(
  shards: readonly LoadedShard[],
  first: LoadedShard,
  expected: { configHash: string; dataset: Dataset },
  problems: ShardProblems,
): void {
  const total = first.data.shard.total;
  const problem = problems.add.bind(problems);
  for (const shard of shards) {
    const { data } = shard;
    const name = `shard ${data.shard.index} of ${data.shard.total}`;
    if (data.evalgateVersion !== EVALGATE_VERSION) {
      problem(
        shard,
        `${name} was written by evalgate ${data.evalgateVersion}, but this merge runs evalgate ${EVALGATE_VERSION}.`,
        'Run the shards and the merge with the same evalgate version (pin the action to one release).',
      );
    }
    if (data.partition !== PARTITION_SCHEME) {
      problem(
        shard,
        `${name} was split by "${data.partition}", but this evalgate splits by "${PARTITION_SCHEME}".`,
        'Run the shards and the merge with the same evalgate version.',
      );
    }
    if (data.shard.total !== total) {
      problem(
        shard,
        `${name} belongs to a split into ${data.shard.total} shards, but ${displayPath(first.file)} to a split into ${total}.`,
        'Merge the files of one split only: remove the files left from another run (or another matrix size).',
      );
    }
    if (data.configHash !== expected.configHash) {
      problem(
        shard,
        `${name} was run with another config (config hash ${data.configHash.slice(0, 12)}, this config ${expected.configHash.slice(0, 12)}).`,
        'Run the shards and the merge with the same config file and the same dataset, responses, model and endpoint overrides.',
      );
    }
    if (data.dataset.hash !== expected.dataset.hash) {
      problem(
        shard,
        `${name} was run on another dataset (${data.dataset.file}, sha256 ${data.dataset.hash.slice(0, 12)}; here ${displayPath(expected.dataset.file)}, sha256 ${expected.dataset.hash.slice(0, 12)}).`,
        'Run the shards and the merge on the same dataset file (the same commit).',
      );
    }
  }
}

/** Every shard 1..n exactly once: the shards by index. */
function everyShardOnce(
  shards: readonly LoadedShard[],
  total: number,
  problems: ShardProblems,
): Map<number, LoadedShard> {
  const problem = problems.add.bind(problems);
  const byIndex = new Map<number, LoadedShard>();
  for (const shard of shards) {
    const index = shard.data.shard.index;
    const earlier = byIndex.get(index);
    if (earlier) {
      problem(
        shard,
        `shard ${index} of ${total} is given twice: here and in ${displayPath(earlier.file)}.`,
        'Keep one file per shard (a re-run job can leave a second copy; download the latest attempt only).',
      );
    } else byIndex.set(index, shard);
  }
  const missing: number[] = [];
  for (let index = 1; index <= total; index++) if (!byIndex.has(index)) missing.push(index);
  if (missing.length > 0) {
    problems.all.push(
      new UserError(
        `${missing.length} of ${total} shards ${missing.length === 1 ? 'is' : 'are'} missing: ${listOf(missing.map((index) => shardFileName({ index, total })))} (found ${listOf(
          shards.map((shard) => displayPath(shard.file)),
        )}).`,
        {
          fix: 'Every shard job must finish and upload its file before the merge; re-run the failed shard jobs.',
        },
      ),
    );
  }
  return byIndex;
}

/** Each shard holds exactly the items the partition gives it: their answers by item id. */
function answersInTheirShards(
  ordered: readonly LoadedShard[],
  total: number,
  dataset: Dataset,
  problems: ShardProblems,
): Map<string, ModelResponse> {
  const problem = problems.add.bind(problems);
  const owner = new Map<string, number>();
  const itemsOf = new Map<number, DatasetItem[]>();
  for (const item of dataset.items) {
    const index = shardOfItem(item, total);
    owner.set(item.id, index);
    const list = itemsOf.get(index);
    if (list) list.push(item);
    else itemsOf.set(index, [item]);
  }
  const responses = new Map<string, ModelResponse>();
  for (const shard of ordered) {
    const index = shard.data.shard.index;
    const name = `shard ${index} of ${total}`;
    const seen = new Set<string>();
    const twice: string[] = [];
    const unknown: string[] = [];
    const misplaced: string[] = [];
    for (const { id, response } of shard.data.items) {
      if (seen.has(id)) {
        twice.push(id);
        continue;
      }
      seen.add(id);
      const belongs = owner.get(id);
      if (belongs === undefined) unknown.push(id);
      else if (belongs !== index) misplaced.push(`${id} (shard ${belongs})`);
      else responses.set(id, response);
    }
    const lacking = (itemsOf.get(index) ?? []).filter((item) => !seen.has(item.id)).map((item) => item.id);
    const damaged = 'The file does not match the split of this dataset: run that shard again.';
    if (twice.length > 0)
      problem(shard, `${name} answers ${countOf(twice, 'item')} twice: ${listOf(twice)}.`, damaged);
    if (unknown.length > 0) {
      problem(
        shard,
        `${name} answers ${countOf(unknown, 'id')} the dataset does not have: ${listOf(unknown)}.`,
        damaged,
      );
    }
    if (misplaced.length > 0) {
      problem(
        shard,
        `${name} holds ${countOf(misplaced, 'item')} that belong${misplaced.length === 1 ? 's' : ''} to another shard: ${listOf(misplaced)}.`,
        damaged,
      );
    }
    if (lacking.length > 0) {
      problem(
        shard,
        `${name} lacks ${lacking.length} of its ${itemsOf.get(index)?.length ?? 0} items: ${listOf(lacking)}.`,
        damaged,
      );
    }
  }
  return responses;
}

/** What the shards answered together, with their run stats summed. */
function mergedAnswers(
  ordered: readonly LoadedShard[],
  total: number,
  responses: Map<string, ModelResponse>,
): MergedAnswers {
  const one = ordered[0]!.data;
  const unusedEverywhere = ordered.slice(1).reduce(
    (ids, shard) => {
      const unused = new Set(shard.data.source.unusedResponseIds);
      return ids.filter((id) => unused.has(id));
    },
    [...one.source.unusedResponseIds],
  );
  return {
    total,
    kind: one.source.kind,
    description: one.source.description,
    responses,
    stats: sumRunStats(ordered.map((shard) => shard.data.source.stats)),
    unmatchedResponseIds: unusedEverywhere,
    droppedDuplicates: one.source.droppedDuplicates,
  };
}

/**
 * The run stats of the shards together: counters are summed; `wallMs` is the longest shard's, since the
 * shards run side by side (the sum would be machine time, not the wall time of the model stage).
 */
export function sumRunStats(all: readonly ModelRunStats[]): ModelRunStats {
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

/** A model source that answers with the recorded responses of the shards, as the original source did. */
export function createReplaySource(merged: MergedAnswers): ModelSource {
  return {
    kind: merged.kind,
    description: merged.description,
    async run(items, onResponse) {
      for (const item of items) {
        const response = merged.responses.get(item.id);
        if (response === undefined) {
          throw new Error(
            `no recorded answer for item ${item.id} after the shard check; this is a bug in evalgate.`,
          );
        }
        onResponse(item, response);
      }
      return { ...merged.stats };
    },
  };
}

/**
 * The shard files under `paths`: a folder is searched, with its subfolders, for `shard-i-of-n.json` (as
 * download-artifact leaves them, with or without merge-multiple); a file is taken as is. Sorted, no repeats.
 */
export async function collectShardFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    const resolved = path.resolve(given);
    let info;
    try {
      info = await stat(resolved);
    } catch (error) {
      throw new UserError(
        `cannot read the shards (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
        {
          file: given,
          fix: 'Give --shards (or the `merge` input) the folder the shard files were downloaded to.',
        },
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
    throw new UserError('there are no shard files (shard-i-of-n.json) there.', {
      file: paths.join(', '),
      fix: 'Download every shard artifact into this folder first (actions/download-artifact with a pattern and merge-multiple: true).',
    });
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function listOf(values: readonly (string | number)[]): string {
  const shown = values.slice(0, LISTED_IDS).join(', ');
  return values.length > LISTED_IDS ? `${shown} and ${values.length - LISTED_IDS} more` : shown;
}

function countOf(values: readonly unknown[], noun: string): string {
  return `${values.length} ${noun}${values.length === 1 ? '' : 's'}`;
}
