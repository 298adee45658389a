// Shard mode: a matrix job answers its part of the items and writes a shard file; the merge job scores it.
import * as core from '@actions/core';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Decision } from '../core/types.js';
import {
  cacheSyncApplies,
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
} from '../github/response-cache-sync.js';
import { parseShardSpec, runShardWithConfig } from '../shard/index.js';
import { maskKeysOf } from './evaluate.js';
import type { ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import { runnerLog } from './runner-log.js';

export async function answerShard(inputs: ActionInputs): Promise<Decision> {
  const spec = parseShardSpec(inputs.shard!, { key: 'shard' });
  const config = await loadConfig(inputs.config, inputs.overrides);
  const env = { ...process.env };
  if (inputs.apiKey && config.model) env[config.model.apiKeyEnv] = inputs.apiKey;
  maskKeysOf(config, env);
  const outDir = path.resolve(inputs.overrides.outDir ?? 'evalgate-shard');
  const keys = responseCacheKeys(config, {
    runId: process.env.GITHUB_RUN_ID,
    attempt: process.env.GITHUB_RUN_ATTEMPT,
    shard: `shard${spec.index}of${spec.total}`,
  });
  const syncCache = process.env.GITHUB_ACTIONS === 'true' && cacheSyncApplies(config);
  const log = runnerLog;
  if (syncCache) await restoreResponseCache(config, keys, log);
  const result = await runShardWithConfig(config, spec, outDir, { log: runnerLog.info, env });
  if (syncCache) await saveResponseCache(config, keys, log);
  core.info(
    `shard ${spec.index}/${spec.total}: ${result.items} items answered (${result.stats.errors} errors), written to ${result.file}`,
  );
  setActionOutputs({ decision: '', shardFile: result.file });
  await core.summary
    .addRaw(
      `### evalgate shard ${spec.index}/${spec.total}\n\n${result.items} items answered (${result.stats.errors} error items). The merge job scores them, compares and decides.\n`,
      true,
    )
    .write();
  return 'deploy';
}
