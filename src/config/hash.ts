import path from 'node:path';
import { stableHash } from '../core/hash.js';
import type { LoadedConfig } from './types.js';

/**
 * A hash of the settings that shape a run's result. It covers the whole normalized config (name, dataset,
 * model, responses, metrics, judge, gates, ...), with paths taken relative to the config's folder so that it
 * does not depend on where the repository is checked out. It leaves out what only says where this machine
 * keeps files or which baseline to read: `report.outDir`, `regression.baselineDir`, `regression.baselinePath`
 * and `cache.dir`.
 */
export function configHash(config: LoadedConfig): string {
  const relevant: LoadedConfig = {
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
