import type { DatasetItem, ModelResponse } from '../core/types.js';
import type { ModelRunStats } from '../core/report.js';

/** Counters a model source keeps while it runs; they go into the report. */

/**
 * Where answers come from: a live OpenAI-compatible endpoint, or a file of answers collected beforehand.
 * `run` answers every item exactly once through `onResponse` (in any order) and never throws for one item:
 * an item that fails becomes a response with `error` set. It throws only for a fault of the whole run.
 */
export interface ModelSource {
  readonly kind: 'live' | 'precomputed';
  /** One line for reports, e.g. `gpt-4o-mini at https://api.openai.com/v1` or `responses/v2.jsonl`. */
  readonly description: string;
  run(
    items: readonly DatasetItem[],
    onResponse: (item: DatasetItem, response: ModelResponse) => void,
  ): Promise<ModelRunStats>;
}

export function emptyRunStats(): ModelRunStats {
  return {
    items: 0,
    requests: 0,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    cacheHits: 0,
    cacheMisses: 0,
    errors: 0,
    wallMs: 0,
  };
}
