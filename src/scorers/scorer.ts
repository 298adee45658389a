import type { DatasetItem, ItemScores, MetricSpec, ModelResponse } from '../core/types.js';

/** A response that has an output: what `Scorer.score` receives. */
export type AnsweredResponse = ModelResponse & { output: string };

/**
 * A scorer declares the per-item metrics it produces and scores one answered item.
 * `score` is called only for items that have an output (error items are handled centrally,
 * following each metric's `onError`); a metric that does not apply to an item is `null` (N/A), never 0.
 */
export interface Scorer {
  readonly name: string;
  readonly metrics: readonly MetricSpec[];
  /** The result may be shared by many items (and frozen): callers copy it, never change it. */
  score(item: DatasetItem, response: AnsweredResponse): ItemScores;
  /** The config key that declared the scorer (`metrics.fields[0]`); errors about its metrics name it. */
  readonly configKey?: string;
  /**
   * Whether the scorer's metrics apply to the item at all, whatever the output (false when the item has no
   * expected answer). An error item scores 0 on the 'fail' metrics that apply, and null (N/A) on those that do
   * not. Absent means "always applies".
   */
  applies?(item: DatasetItem): boolean;
  /**
   * Why the item scored as it did, one short sentence per metric that has something to say (a 0, an N/A).
   * Computed on demand for the items a report lists, so it may redo work `score` did.
   */
  details?(item: DatasetItem, response: AnsweredResponse): Record<string, string>;
}
