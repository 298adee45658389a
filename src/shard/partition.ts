// Which shard an item belongs to.
//
// Scheme `jump-sha256` (recorded in every shard file, so that a merge refuses files split another way):
//   key     = the item's id, or for the turns of a multi-turn scenario its scenario id (a scenario stays whole:
//             its turns run in order in one process, each answer feeding the next turn's request);
//   h       = the first 8 bytes of sha256(utf-8 key), read as an unsigned big-endian 64-bit integer;
//   shard   = 1 + jump(h, n), where jump is the jump consistent hash of Lamping and Veach
//             ("A Fast, Minimal Memory, Consistent Hash Algorithm", 2014).
// The result depends only on the key and n: not on the order of the items, on the other items, or on the
// machine, so an item always lands in the same shard. The jump hash also keeps items in place when the split
// grows: going from n to n+1 shards moves only about 1/(n+1) of the items (all into the new shard), so the
// response caches of the existing shards stay useful.
import { createHash } from 'node:crypto';
import type { DatasetItem } from '../core/types.js';
import type { ShardSpec } from './spec.js';

export const PARTITION_SCHEME = 'jump-sha256';

const MASK_64 = (1n << 64n) - 1n;
const JUMP_MULTIPLIER = 2862933555777941757n;

/** The value the partition hashes: the scenario id for a scenario's turns, else the item id. */
export function partitionKey(item: Pick<DatasetItem, 'id' | 'conversation'>): string {
  return item.conversation ? item.conversation.scenarioId : item.id;
}

/** Bucket 0..buckets-1 of a 64-bit key by the jump consistent hash. */
export function jumpConsistentHash(key: bigint, buckets: number): number {
  let bucket = -1;
  let next = 0;
  let state = key & MASK_64;
  while (next < buckets) {
    bucket = next;
    state = (state * JUMP_MULTIPLIER + 1n) & MASK_64;
    next = Math.floor((bucket + 1) * (2 ** 31 / (Number(state >> 33n) + 1)));
  }
  return bucket;
}

/** The 1-based shard, out of `total`, that a partition key belongs to. */
export function shardOfKey(key: string, total: number): number {
  const digest = createHash('sha256').update(key, 'utf8').digest();
  return jumpConsistentHash(digest.readBigUInt64BE(0), total) + 1;
}

/** The 1-based shard, out of `total`, that an item belongs to. */
export function shardOfItem(item: Pick<DatasetItem, 'id' | 'conversation'>, total: number): number {
  return shardOfKey(partitionKey(item), total);
}

/** The items of one shard, in dataset order. */
export function itemsOfShard<T extends Pick<DatasetItem, 'id' | 'conversation'>>(
  items: readonly T[],
  shard: ShardSpec,
): T[] {
  const memo = new Map<string, number>();
  return items.filter((item) => {
    const key = partitionKey(item);
    let index = memo.get(key);
    if (index === undefined) {
      index = shardOfKey(key, shard.total);
      memo.set(key, index);
    }
    return index === shard.index;
  });
}
