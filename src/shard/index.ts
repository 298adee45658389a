// Splitting a run across processes or matrix jobs, and merging the parts into one verdict.
//
//   shard job i of n:  runShard(config, overrides, {index: i, total: n}, dir, deps)  -> dir/shard-i-of-n.json
//   merge job:         mergeShards(config, overrides, await collectShardFiles([dir]), deps) -> Report
//
// The transport between them (artifacts, a shared folder) is the caller's business.
export { configHash } from '../config/hash.js';
export {
  readShardFile,
  SHARD_FILE_FORMAT,
  SHARD_FILE_SCHEMA,
  SHARD_SCHEMA_VERSION,
  writeShardFile,
  type ShardFile,
} from './file.js';
export {
  checkShardSet,
  collectShardFiles,
  createReplaySource,
  mergeShards,
  mergeShardsWithConfig,
  sumRunStats,
  type LoadedShard,
  type MergeDependencies,
  type MergedAnswers,
} from './merge.js';
export {
  itemsOfShard,
  jumpConsistentHash,
  PARTITION_SCHEME,
  partitionKey,
  shardOfItem,
  shardOfKey,
} from './partition.js';
export { runShard, runShardWithConfig, type ShardDependencies, type ShardRunResult } from './run-shard.js';
export {
  checkShardSpec,
  formatShard,
  parseShardSpec,
  SHARD_FILE_PATTERN,
  shardFileName,
  type ShardSpec,
} from './spec.js';
