import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-UHBWR7LU.js";
import {
  shardFileName
} from "./chunk-MR7UCSTJ.js";
import {
  require_ajv
} from "./chunk-2ZSTHQWL.js";
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  __name,
  __toESM
} from "./chunk-ATWX4YAV.js";

// src/shard/file.ts
var import_ajv = __toESM(require_ajv(), 1);
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
var SHARD_FILE_FORMAT = "evalgate-shard";
var SHARD_SCHEMA_VERSION = 1;
var count = { type: "integer", minimum: 0 };
var duration = { type: "number", minimum: 0 };
var responseSchema = {
  type: "object",
  required: ["output"],
  additionalProperties: false,
  properties: {
    output: { type: ["string", "null"] },
    error: {
      type: "object",
      required: ["stage", "kind", "message"],
      additionalProperties: false,
      properties: {
        stage: { enum: ["model", "judge", "scoring"] },
        kind: { type: "string" },
        message: { type: "string" },
        attempts: count,
        status: { type: "integer" }
      }
    },
    latencyMs: duration,
    ttftMs: duration,
    usage: {
      type: "object",
      required: ["prompt", "completion", "total"],
      additionalProperties: false,
      // As the endpoint reported them: recorded, not judged.
      properties: { prompt: { type: "number" }, completion: { type: "number" }, total: { type: "number" } }
    },
    finishReason: { type: "string" },
    cached: { type: "boolean" },
    attempts: count
  }
};
var statsSchema = {
  type: "object",
  required: [
    "items",
    "requests",
    "retries",
    "rateLimited",
    "timeouts",
    "cacheHits",
    "cacheMisses",
    "errors",
    "wallMs"
  ],
  additionalProperties: false,
  properties: {
    items: count,
    requests: count,
    retries: count,
    rateLimited: count,
    timeouts: count,
    cacheHits: count,
    cacheMisses: count,
    errors: count,
    wallMs: duration
  }
};
var SHARD_FILE_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "evalgate shard result",
  type: "object",
  required: [
    "format",
    "schemaVersion",
    "evalgateVersion",
    "name",
    "shard",
    "partition",
    "configHash",
    "dataset",
    "source",
    "createdAt",
    "items"
  ],
  additionalProperties: false,
  properties: {
    format: { const: SHARD_FILE_FORMAT },
    schemaVersion: { const: SHARD_SCHEMA_VERSION },
    evalgateVersion: { type: "string" },
    name: { type: "string" },
    shard: {
      type: "object",
      required: ["index", "total"],
      additionalProperties: false,
      properties: { index: { type: "integer", minimum: 1 }, total: { type: "integer", minimum: 1 } }
    },
    partition: { type: "string" },
    configHash: { type: "string", pattern: "^[0-9a-f]{64}$" },
    dataset: {
      type: "object",
      required: ["file", "hash", "items"],
      additionalProperties: false,
      properties: { file: { type: "string" }, hash: { type: "string" }, items: count }
    },
    source: {
      type: "object",
      required: ["kind", "description", "stats", "unusedResponseIds", "droppedDuplicates"],
      additionalProperties: false,
      properties: {
        kind: { enum: ["live", "precomputed"] },
        description: { type: "string" },
        stats: statsSchema,
        unusedResponseIds: { type: "array", items: { type: "string" } },
        droppedDuplicates: {
          type: "array",
          items: {
            type: "object",
            required: ["id", "line", "differed"],
            additionalProperties: false,
            properties: { id: { type: "string" }, line: count, differed: { type: "boolean" } }
          }
        }
      }
    },
    createdAt: { type: "string" },
    items: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "response"],
        additionalProperties: false,
        properties: { id: { type: "string" }, response: responseSchema }
      }
    }
  }
};
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
var validateShardFile = ajv.compile(SHARD_FILE_SCHEMA);
async function writeShardFile(shard, dir) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, shardFileName(shard.shard));
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify(shard)}
`);
  await rename(partial, file);
  return file;
}
__name(writeShardFile, "writeShardFile");
async function readShardFile(file) {
  const shown = displayPath(file);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read the shard file (${error.code ?? String(error)}).`,
      { file: shown, fix: "Check the path given to --shards (or the `merge` input)." }
    );
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`the shard file is not valid JSON (${error.message}).`, {
      file: shown,
      fix: "The file is damaged or was cut off: run that shard again."
    });
  }
  const record = value !== null && typeof value === "object" ? value : {};
  if (record.format !== SHARD_FILE_FORMAT) {
    throw new UserError('this is not an evalgate shard file (it has no "format": "evalgate-shard").', {
      file: shown,
      fix: "Give --shards the folder or the files that `evalgate run --shard i/n` wrote (shard-i-of-n.json)."
    });
  }
  if (record.schemaVersion !== SHARD_SCHEMA_VERSION) {
    throw new UserError(
      `the shard file has schema version ${JSON.stringify(record.schemaVersion)}, but this evalgate reads version ${SHARD_SCHEMA_VERSION}.`,
      {
        file: shown,
        fix: `It was written by evalgate ${typeof record.evalgateVersion === "string" ? record.evalgateVersion : "(unknown)"}: run the shards and the merge with the same evalgate version.`
      }
    );
  }
  if (!validateShardFile(value)) {
    const problems = (validateShardFile.errors ?? []).slice(0, 5).map(describeSchemaError);
    throw new UserError(`the shard file does not match its schema: ${problems.join("; ")}.`, {
      file: shown,
      fix: "The file was changed or damaged after the shard wrote it: run that shard again."
    });
  }
  return value;
}
__name(readShardFile, "readShardFile");
function describeSchemaError(error) {
  const where = error.instancePath || "(top level)";
  if (error.keyword === "additionalProperties") {
    return `${where} has the unknown field "${String(error.params.additionalProperty)}"`;
  }
  return `${where} ${error.message ?? "is invalid"}`;
}
__name(describeSchemaError, "describeSchemaError");

// src/shard/partition.ts
import { createHash } from "node:crypto";
var PARTITION_SCHEME = "jump-sha256";
var MASK_64 = (1n << 64n) - 1n;
var JUMP_MULTIPLIER = 2862933555777941757n;
function partitionKey(item) {
  return item.conversation ? item.conversation.scenarioId : item.id;
}
__name(partitionKey, "partitionKey");
function jumpConsistentHash(key, buckets) {
  let bucket = -1;
  let next = 0;
  let state = key & MASK_64;
  while (next < buckets) {
    bucket = next;
    state = state * JUMP_MULTIPLIER + 1n & MASK_64;
    next = Math.floor((bucket + 1) * (2 ** 31 / (Number(state >> 33n) + 1)));
  }
  return bucket;
}
__name(jumpConsistentHash, "jumpConsistentHash");
function shardOfKey(key, total) {
  const digest = createHash("sha256").update(key, "utf8").digest();
  return jumpConsistentHash(digest.readBigUInt64BE(0), total) + 1;
}
__name(shardOfKey, "shardOfKey");
function shardOfItem(item, total) {
  return shardOfKey(partitionKey(item), total);
}
__name(shardOfItem, "shardOfItem");
function itemsOfShard(items, shard) {
  const memo = /* @__PURE__ */ new Map();
  return items.filter((item) => {
    const key = partitionKey(item);
    let index = memo.get(key);
    if (index === void 0) {
      index = shardOfKey(key, shard.total);
      memo.set(key, index);
    }
    return index === shard.index;
  });
}
__name(itemsOfShard, "itemsOfShard");

export {
  SHARD_FILE_FORMAT,
  SHARD_SCHEMA_VERSION,
  writeShardFile,
  readShardFile,
  PARTITION_SCHEME,
  shardOfItem,
  itemsOfShard
};
