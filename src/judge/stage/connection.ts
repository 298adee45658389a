// How the judge stage reaches the judge: a client (cache, concurrency, retries) and the budget it reserves
// from. The pipeline builds the connector from the config, as it builds the model source; tests and embedders
// can hand the stage their own. The API key is checked at once, the cache opened only when the calls start.
import path from 'node:path';
import type { CacheConfig } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import type { FetchFunction } from '../../model/http-fetch.js';
import { isLocalEndpoint } from '../../model/openai-source.js';
import { createLocalResponseCache, type ResponseCache } from '../../model/response-cache.js';
import type { RetryPolicy } from '../../model/retry.js';
import { JudgeBudget } from '../budget.js';
import { createJudgeClient, type JudgeClient } from '../client.js';
import type { JudgeConfig } from '../../core/judge.js';
import { judgePriceOf } from './prices.js';

export interface JudgeConnection {
  client: JudgeClient;
  /** The budget the client reserves from: what was spent, whether it ran out. */
  budget: JudgeBudget;
  /** Releases what the connection opened (its own cache). */
  close(): Promise<void>;
}

export interface JudgeConnectorOptions {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  cacheConfig: CacheConfig;
  /** Tests and embedders: a cache (kept open), a fetch, backoff tuning, jitter. */
  cache?: ResponseCache;
  fetch?: FetchFunction;
  retry?: Partial<Omit<RetryPolicy, 'maxRetries' | 'timeoutMs'>>;
  random?: () => number;
}

/** Checks the judge's API key now; the returned function opens the connection (and the cache) when called. */
export function judgeConnector(config: JudgeConfig, options: JudgeConnectorOptions): () => JudgeConnection {
  const apiKey = options.env[config.endpoint.apiKeyEnv];
  if ((apiKey === undefined || apiKey.trim() === '') && !isLocalEndpoint(config.endpoint.baseUrl)) {
    throw new UserError(
      `no API key for the judge: the environment variable ${config.endpoint.apiKeyEnv} is not set or empty`,
      {
        key: 'judge.api-key-env',
        fix: `Set ${config.endpoint.apiKeyEnv} (in GitHub Actions, from a secret), or name another variable in judge.api-key-env.`,
      },
    );
  }
  return () => {
    const budget = new JudgeBudget(config.budgetUsd);
    const cache =
      options.cache ??
      createLocalResponseCache(
        { mode: options.cacheConfig.mode, dir: path.join(options.cacheConfig.dir, 'judge') },
        { log: options.log },
      );
    const client = createJudgeClient(config.endpoint, {
      apiKey,
      cache,
      budget,
      priceOf: judgePriceOf(config),
      retry: options.retry,
      random: options.random,
      fetch: options.fetch,
    });
    const ownCache = options.cache === undefined;
    return { client, budget, close: () => (ownCache ? cache.close() : Promise.resolve()) };
  };
}
