// Per-item latency, tokens and cost (continuous, lower is better). Error items are left out of these metrics
// (onError 'exclude'): a failed call has no meaningful latency or usage. Always on.
//
// - latency_ms: the response's latency (for a cached answer, the original call's); null when not measured.
// - total_tokens: from the response's usage; null when the source recorded none.
// - cost_usd: prompt and completion tokens times the model's price (USD per million tokens, see prices.ts);
//   null when there is no usage or the model has no price. `unpricedModels` names a model without a price, so
//   the report can say why cost is N/A. A cached answer keeps the cost of the call that produced it.
import type { Price } from '../core/types.js';
import type { DatasetItem, MetricSpec } from '../core/types.js';
import { type PriceMatch, costUsd, findPrice } from './prices.js';
import type { AnsweredResponse, Scorer } from './scorer.js';

export interface UsageScorer extends Scorer {
  /** The model whose price applies, when known. */
  readonly model?: string;
  /** The price applied and the table key it came from; undefined when the model has none. */
  readonly price?: PriceMatch;
  /** Models without a price: cost_usd is N/A for their items. */
  readonly unpricedModels: readonly string[];
}

export interface UsageScorerOptions {
  /** The full price table (defaults merged with the user's entries). */
  prices: Readonly<Record<string, Price>>;
  /** The model that answered, when known (absent for most precomputed answers). */
  model?: string;
}

export const USAGE_METRICS: readonly MetricSpec[] = [
  {
    name: 'latency_ms',
    kind: 'continuous',
    higherIsBetter: false,
    onError: 'exclude',
    description: 'Time the model took to answer, in milliseconds.',
  },
  {
    name: 'total_tokens',
    kind: 'continuous',
    higherIsBetter: false,
    onError: 'exclude',
    description: 'Prompt plus completion tokens of the call.',
  },
  {
    name: 'cost_usd',
    kind: 'continuous',
    higherIsBetter: false,
    onError: 'exclude',
    description: 'Cost of the call in USD, from the token usage and the price table.',
  },
];

export function createUsageScorer(options: UsageScorerOptions): UsageScorer {
  const { model } = options;
  const price = model === undefined ? undefined : findPrice(options.prices, model);
  const unpricedModels = model !== undefined && price === undefined ? [model] : [];

  const tokens = (response: AnsweredResponse): number | null => {
    const usage = response.usage;
    if (!usage) return null;
    if (Number.isFinite(usage.total)) return usage.total;
    const sum = usage.prompt + usage.completion;
    return Number.isFinite(sum) ? sum : null;
  };

  return {
    name: 'usage',
    configKey: 'built-in usage metrics (latency_ms, total_tokens, cost_usd)',
    metrics: USAGE_METRICS,
    model,
    price,
    unpricedModels,
    score(_item, response) {
      const latency = response.latencyMs;
      const usage = response.usage;
      return {
        latency_ms: typeof latency === 'number' && Number.isFinite(latency) ? latency : null,
        total_tokens: tokens(response),
        cost_usd: usage && price ? finiteOrNull(costUsd(usage, price.price)) : null,
      };
    },
    details(_item: DatasetItem, response: AnsweredResponse): Record<string, string> {
      const notes: Record<string, string> = {};
      if (typeof response.latencyMs !== 'number') notes.latency_ms = 'N/A: no latency was recorded';
      if (!response.usage) notes.total_tokens = 'N/A: no token usage was recorded';
      if (!response.usage) notes.cost_usd = 'N/A: no token usage was recorded';
      else if (model === undefined) notes.cost_usd = 'N/A: the model is not known, so it has no price';
      else if (!price)
        notes.cost_usd = `N/A: no price for model "${model}" (add it under prices: in the config)`;
      return notes;
    },
  };
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
