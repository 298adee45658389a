// Shard mode: a matrix job answers its part of the items and writes a shard file; the merge job scores it.
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import {
  cacheSyncApplies,
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
} from '../github/response-cache-sync.js';
import { parseShardSpec, runShardWithConfig } from '../shard/index.js';
import { maskKeysOf, type StepResult } from './evaluate.js';
import type { ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import type { Runner } from './runner.js';

export async function answerShard(
  { core, env: runnerEnv, log }: Runner,
  inputs: ActionInputs,
): Promise<StepResult> {
  const spec = parseShardSpec(inputs.shard!, { key: 'shard' });
  const config = await loadConfig(inputs.config, inputs.overrides);
  const env = { ...runnerEnv };
  if (inputs.apiKey && config.model) env[config.model.apiKeyEnv] = inputs.apiKey;
  maskKeysOf(core, config, env);
  const outDir = path.resolve(inputs.overrides.outDir ?? 'evalgate-shard');
  const keys = responseCacheKeys(config, {
    runId: runnerEnv.GITHUB_RUN_ID,
    attempt: runnerEnv.GITHUB_RUN_ATTEMPT,
    shard: `shard${spec.index}of${spec.total}`,
  });
  const syncCache = runnerEnv.GITHUB_ACTIONS === 'true' && cacheSyncApplies(config);
  if (syncCache) await restoreResponseCache(config, keys, log);
  const result = await runShardWithConfig(config, spec, outDir, { log: log.info, env });
  if (syncCache) await saveResponseCache(config, keys, log);
  core.info(
    `shard ${spec.index}/${spec.total}: ${result.items} items answered (${result.stats.errors} errors), written to ${result.file}`,
  );
  setActionOutputs(core, { decision: '', shardFile: result.file });
  await core.summary
    .addRaw(
      `### evalgate shard ${spec.index}/${spec.total}\n\n${result.items} items answered (${result.stats.errors} error items). The merge job scores them, compares and decides.\n`,
      true,
    )
    .write();
  return { decision: 'deploy', failed: false };
}
