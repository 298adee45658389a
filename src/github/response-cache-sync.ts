// The response cache folder, carried between workflow runs with @actions/cache: restored before the model
// calls, saved after them. The cache service is a convenience: every failure is a warning, never an error.
import * as cache from '@actions/cache';
import { existsSync, readdirSync } from 'node:fs';
import type { LoadedConfig } from '../config/types.js';
import { configHash } from '../config/hash.js';
import { PULL_REQUEST_EVENTS } from './context.js';

const PREFIX = 'evalgate-responses-v1';
/** The cache service refuses longer keys. */
const MAX_KEY_LENGTH = 512;

export interface CacheSyncLog {
  info(line: string): void;
  warning(line: string): void;
}

export interface CacheKeys {
  primary: string;
  restore: string[];
}

/**
 * A new key per run (entries are immutable), restored from the newest entry of the same config, else of the
 * same evaluation: answers are looked up by a hash of each request, so an older folder can only help.
 */
export function responseCacheKeys(
  config: LoadedConfig,
  run: { runId?: string; attempt?: string; shard?: string },
): CacheKeys {
  const name = config.name.replace(/[^A-Za-z0-9._-]/g, '-');
  const byName = `${PREFIX}-${name}-`;
  const byConfig = `${byName}${configHash(config).slice(0, 16)}-`;
  const unique = [run.runId ?? `local${Date.now()}`, run.attempt ?? '1', run.shard ?? '']
    .filter(Boolean)
    .join('-');
  return { primary: `${byConfig}${unique}`.slice(0, MAX_KEY_LENGTH), restore: [byConfig, byName] };
}

export type CacheWriteMode = 'auto' | 'always' | 'never';

/**
 * Whether this run saves its response cache. Every save is a new entry that counts against the repository's
 * cache quota and evicts older ones, so by default (`auto`) only runs on the baseline branch save, and pull
 * requests restore the baseline branch's entry read-only (entries saved on a pull request's ref are not
 * visible to other pull requests anyway).
 */
export function cacheWritePolicy(
  mode: CacheWriteMode,
  run: { eventName: string; branch?: string; baselineBranch?: string },
): { save: boolean; reason: string } {
  if (mode === 'never') return { save: false, reason: 'cache-write is never' };
  if (mode === 'always') return { save: true, reason: 'cache-write is always' };
  if (PULL_REQUEST_EVENTS.has(run.eventName))
    return { save: false, reason: 'read-only on a pull request (cache-write: auto)' };
  if (run.branch && run.baselineBranch && run.branch === run.baselineBranch)
    return { save: true, reason: `a run on the baseline branch ${run.baselineBranch}` };
  return {
    save: false,
    reason: `read-only on ${run.branch ?? 'this ref'}: only the baseline branch ${run.baselineBranch ?? '(unknown)'} saves (cache-write: auto)`,
  };
}

/** Whether this run calls an endpoint through a cache worth carrying over. */
export function cacheSyncApplies(config: LoadedConfig): boolean {
  return config.model !== undefined && config.cache.mode !== 'off' && cache.isFeatureAvailable();
}

export async function restoreResponseCache(
  config: LoadedConfig,
  keys: CacheKeys,
  log: CacheSyncLog,
): Promise<string | undefined> {
  try {
    const hit = await cache.restoreCache([config.cache.dir], keys.primary, keys.restore);
    log.info(hit ? `response cache restored from ${hit}` : 'response cache: no earlier entry to restore');
    return hit;
  } catch (error) {
    log.warning(
      `The response cache could not be restored (${firstLine(error)}); every answer will be requested.`,
    );
    return undefined;
  }
}

export async function saveResponseCache(
  config: LoadedConfig,
  keys: CacheKeys,
  log: CacheSyncLog,
): Promise<void> {
  if (config.cache.mode !== 'read-write') return;
  if (!existsSync(config.cache.dir) || readdirSync(config.cache.dir).length === 0) return;
  try {
    const id = await cache.saveCache([config.cache.dir], keys.primary);
    if (id !== -1) log.info(`response cache saved as ${keys.primary}`);
  } catch (error) {
    log.warning(
      `The response cache could not be saved (${firstLine(error)}); the next run requests these answers again.`,
    );
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
