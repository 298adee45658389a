// Default price table: USD per million tokens, standard (non-batch, uncached) list prices as the vendors published
// them in mid-2025. Prices change: users add to and override this table with `prices:` in the config, and an
// exact model name there always wins. Shared by the cost metric and the judge budget.
import type { Price } from '../core/types.js';

export const DEFAULT_PRICES: Readonly<Record<string, Price>> = Object.freeze({
  // OpenAI
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  'gpt-3.5-turbo-0613': { input: 1.5, output: 2 },
  o1: { input: 15, output: 60 },
  o3: { input: 2, output: 8 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  // Anthropic (the same names serve Bedrock ids such as anthropic.claude-3-5-sonnet-20241022-v2:0)
  'claude-3-5-sonnet': { input: 3, output: 15 },
  'claude-3-7-sonnet': { input: 3, output: 15 },
  'claude-sonnet-4': { input: 3, output: 15 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
  'claude-3-haiku': { input: 0.25, output: 1.25 },
  'claude-3-sonnet': { input: 3, output: 15 },
  'claude-3-opus': { input: 15, output: 75 },
  'claude-opus-4': { input: 15, output: 75 },
  // Amazon Nova (Bedrock, us-east-1)
  'amazon.nova-micro': { input: 0.035, output: 0.14 },
  'amazon.nova-lite': { input: 0.06, output: 0.24 },
  'amazon.nova-pro': { input: 0.8, output: 3.2 },
  // Google
  'gemini-2.0-flash': { input: 0.1, output: 0.4 },
  'gemini-1.5-flash': { input: 0.075, output: 0.3 },
  'gemini-1.5-pro': { input: 1.25, output: 5 },
});

/** Region prefixes of Bedrock cross-region inference profiles (`us.amazon.nova-pro-v1:0`). */
const REGION_PREFIX = /^(?:us|eu|apac|us-gov|global)\./;
/** Vendor prefixes of Bedrock model ids (`anthropic.claude-3-haiku-...`). */
const VENDOR_PREFIX = /^(?:anthropic|amazon|meta|mistral|cohere|ai21|openai|google)\./;
/** Snapshot and version suffixes: `-2024-08-06`, `-20241022`, `-0613`, `-latest`, `-v2`, `:0`, `@001`. */
const VERSION_SUFFIX = /(?:-\d{4}-\d{2}-\d{2}|-\d{8}|-\d{4}|-latest|-v\d+(?:\.\d+)?|:\d+|@[\w.-]+)$/;

/** Lower case, without a `provider/` prefix or a Bedrock region or vendor prefix. */
function strippedModelName(model: string): string {
  let name = model.trim().toLowerCase();
  const slash = name.lastIndexOf('/');
  if (slash >= 0) name = name.slice(slash + 1);
  return name.replace(REGION_PREFIX, '').replace(VENDOR_PREFIX, '');
}

/**
 * The family name a model id prices under: lower case, without a `provider/` prefix, a Bedrock region or vendor
 * prefix, or snapshot suffixes. `openai/gpt-4o-2024-08-06` -> `gpt-4o`;
 * `us.anthropic.claude-3-5-sonnet-20241022-v2:0` -> `claude-3-5-sonnet`; `amazon.nova-lite-v1:0` -> `nova-lite`.
 */
export function canonicalModelName(model: string): string {
  let name = strippedModelName(model);
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(VERSION_SUFFIX, '');
  }
  return name;
}

export interface PriceMatch {
  /** The table key that priced the model. */
  key: string;
  price: Price;
}

/**
 * The price of a model, most specific first: the exact key (so a user can price one snapshot); then a key equal
 * once provider, region and vendor prefixes are dropped (`openai/gpt-4o-mini` -> `gpt-4o-mini`); then a key of the
 * same family (`gpt-4o-2024-08-06` -> `gpt-4o`), preferring a key that is itself a family name. Among equals the
 * later key wins, so entries a user adds beat the defaults. Undefined when nothing matches.
 */
export function findPrice(table: Readonly<Record<string, Price>>, model: string): PriceMatch | undefined {
  if (Object.hasOwn(table, model)) return { key: model, price: table[model]! };
  const entries = Object.entries(table);
  const stripped = strippedModelName(model);
  let match: PriceMatch | undefined;
  for (const [key, price] of entries) if (strippedModelName(key) === stripped) match = { key, price };
  if (match) return match;
  const family = canonicalModelName(model);
  let loose: PriceMatch | undefined;
  for (const [key, price] of entries) {
    const keyFamily = canonicalModelName(key);
    if (keyFamily !== family) continue;
    if (strippedModelName(key) === keyFamily) match = { key, price };
    else loose = { key, price };
  }
  return match ?? loose;
}

/** The default table with the user's entries added and overriding. */
export function mergePrices(overrides: Readonly<Record<string, Price>> = {}): Record<string, Price> {
  return { ...DEFAULT_PRICES, ...overrides };
}

/** USD for one call. */
export function costUsd(usage: { prompt: number; completion: number }, price: Price): number {
  return (usage.prompt * price.input + usage.completion * price.output) / 1_000_000;
}
