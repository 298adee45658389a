import path from 'node:path';
import type { EvalgateConfig } from '../config/types.js';
import { stableHash } from '../core/hash.js';

/**
 * The hash that ties shard files to the config they were run with. It covers the whole normalized config
 * (name, dataset, model, responses, metrics, judge, gates, ...), with paths taken relative to the config's
 * folder so that the shard jobs and the merge job may check the repository out in different places. It leaves
 * out what only says where this machine keeps files or which baseline to read: `report.outDir`,
 * `regression.baselineDir`, `regression.baselinePath` and `cache.dir`. So the merge may be given its own
 * `--out` and `--baseline`, but the same config file and the same dataset, responses and model overrides.
 */
export function shardConfigHash(config: EvalgateConfig): string {
  const relevant: EvalgateConfig = {
    ...config,
    cache: { ...config.cache, dir: '' },
    regression: { ...config.regression, baselineDir: '', baselinePath: undefined },
    report: { ...config.report, outDir: '' },
  };
  return stableHash(
    JSON.parse(
      JSON.stringify(relevant, (_key, value: unknown) =>
        typeof value === 'string' && path.isAbsolute(value)
          ? path.relative(config.baseDir, value).split(path.sep).join('/')
          : value,
      ),
    ),
  );
}
