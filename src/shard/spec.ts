import { UserError } from '../core/errors.js';

/** One part of a split run: shard `index` (1-based) of `total`. */
export interface ShardSpec {
  index: number;
  total: number;
}

/** Where a shard spec came from, for the error message (`--shard`, or the action's `shard` input). */
export interface ShardSpecOrigin {
  key?: string;
  file?: string;
}

const SPEC = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/** Parses `"i/n"` (1 <= i <= n), e.g. `"2/4"`. Anything else is a UserError saying what is expected. */
export function parseShardSpec(text: string, origin: ShardSpecOrigin = { key: '--shard' }): ShardSpec {
  const match = SPEC.exec(text);
  if (!match) {
    throw new UserError(
      `"${text}" is not a shard: expected "i/n", e.g. "2/4" for the second of four shards.`,
      {
        ...origin,
        fix: 'Give the 1-based shard number and the number of shards, separated by "/" (in a matrix: `${{ matrix.shard }}/4`).',
      },
    );
  }
  return checkShardSpec({ index: Number(match[1]), total: Number(match[2]) }, origin);
}

/** Checks a shard given as numbers (the API's form); returns it unchanged when it is valid. */
export function checkShardSpec(shard: ShardSpec, origin: ShardSpecOrigin = { key: 'shard' }): ShardSpec {
  const { index, total } = shard;
  if (!Number.isSafeInteger(total) || total < 1) {
    throw new UserError(`the number of shards must be a whole number of at least 1 (got ${total}).`, {
      ...origin,
      fix: 'Write the shard as "i/n" with n >= 1, e.g. "1/4".',
    });
  }
  if (!Number.isSafeInteger(index) || index < 1 || index > total) {
    throw new UserError(`shard ${index} of ${total} does not exist: shards are numbered 1 to ${total}.`, {
      ...origin,
      fix: `Use a shard number from 1 to ${total} (a matrix \`shard: [1, ..., ${total}]\` with \`\${{ matrix.shard }}/${total}\`).`,
    });
  }
  return { index, total };
}

export function formatShard(shard: ShardSpec): string {
  return `${shard.index}/${shard.total}`;
}

/** The name of a shard's result file: `shard-2-of-4.json`. */
export function shardFileName(shard: ShardSpec): string {
  return `shard-${shard.index}-of-${shard.total}.json`;
}

/** Matches the names shardFileName gives. */
export const SHARD_FILE_PATTERN = /^shard-(\d+)-of-(\d+)\.json$/;
