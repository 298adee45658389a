import type { DatasetItem, ItemScores, MetricSpec, ModelResponse } from '../core/types.js';

/**
 * A scorer declares the per-item metrics it produces and scores one answered item.
 * `score` is called only for items that have an output (error items are handled centrally,
 * following each metric's `onError`); a metric that does not apply to an item is `null` (N/A), never 0.
 */
export interface Scorer {
  readonly name: string;
  readonly metrics: readonly MetricSpec[];
  score(item: DatasetItem, response: ModelResponse & { output: string }): ItemScores;
}
