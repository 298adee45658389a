import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/shard/spec.ts
var SPEC = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;
function parseShardSpec(text, origin = { key: "--shard" }) {
  const match = SPEC.exec(text);
  if (!match) {
    throw new UserError(
      `"${text}" is not a shard: expected "i/n", e.g. "2/4" for the second of four shards.`,
      {
        ...origin,
        fix: 'Give the 1-based shard number and the number of shards, separated by "/" (in a matrix: `${{ matrix.shard }}/4`).'
      }
    );
  }
  return checkShardSpec({ index: Number(match[1]), total: Number(match[2]) }, origin);
}
__name(parseShardSpec, "parseShardSpec");
function checkShardSpec(shard, origin = { key: "shard" }) {
  const { index, total } = shard;
  if (!Number.isSafeInteger(total) || total < 1) {
    throw new UserError(`the number of shards must be a whole number of at least 1 (got ${total}).`, {
      ...origin,
      fix: 'Write the shard as "i/n" with n >= 1, e.g. "1/4".'
    });
  }
  if (!Number.isSafeInteger(index) || index < 1 || index > total) {
    throw new UserError(`shard ${index} of ${total} does not exist: shards are numbered 1 to ${total}.`, {
      ...origin,
      fix: `Use a shard number from 1 to ${total} (a matrix \`shard: [1, ..., ${total}]\` with \`\${{ matrix.shard }}/${total}\`).`
    });
  }
  return { index, total };
}
__name(checkShardSpec, "checkShardSpec");
function formatShard(shard) {
  return `${shard.index}/${shard.total}`;
}
__name(formatShard, "formatShard");
function shardFileName(shard) {
  return `shard-${shard.index}-of-${shard.total}.json`;
}
__name(shardFileName, "shardFileName");
var SHARD_FILE_PATTERN = /^shard-(\d+)-of-(\d+)\.json$/;

export {
  parseShardSpec,
  checkShardSpec,
  formatShard,
  shardFileName,
  SHARD_FILE_PATTERN
};
