// Stage 1: per-item automated metrics. Builds the configured scorers and applies them to one item at a time.
//
// Error items (the model gave no output): every 'fail' metric that applies to the item scores its worst value
// (0 for higher-is-better metrics: an error is never a pass); a metric that does not apply to the item whatever
// the answer (no expected output, say) stays N/A (null); 'exclude' metrics (latency, tokens, cost) are left out of
// the item's scores altogether, so aggregates skip it and count it as an error.
import type { Price } from '../core/types.js';
import { UserError } from '../core/errors.js';
import type { Dataset, DatasetItem, ItemScores, MetricSpec, ModelResponse } from '../core/types.js';
import { createImportedScorer } from './imported.js';
import { checkMetricName } from './common.js';
import { mergePrices } from './prices.js';
import { type MetricsConfig, createConfiguredScorers } from './registry.js';
import type { AnsweredResponse, Scorer } from './scorer.js';
import { createUsageScorer } from './usage.js';

export type { AnsweredResponse, Scorer } from './scorer.js';
export { METRIC_DEFINITIONS, type MetricsConfig } from './registry.js';
export { createExactMatchScorer } from './exact-match.js';
export { createFieldScorer } from './fields.js';
export { TASK_API_SCHEMA, createJsonScorer, type JsonScorer } from './json.js';
export {
  createNumericScorer,
  extractAnswer,
  lastBoxed,
  lastNumber,
  parseAnswerNumber,
  parseExpectedNumber,
} from './numeric.js';
export {
  DEFAULT_PRICES,
  canonicalModelName,
  costUsd,
  findPrice,
  mergePrices,
  type PriceMatch,
} from './prices.js';
export { squadExactMatch, squadF1, squadNormalize } from './squad.js';
export { bleuSignature, corpusBleu, sentenceBleu, tokenize13a } from './bleu.js';
export { corpusChrf, sentenceChrf } from './chrf.js';
export {
  createBleuScorer,
  createChrfScorer,
  createRougeScorer,
  type RougeMetricConfig,
} from './generation.js';
export { rougeScores } from './rouge.js';
export { createContainsScorer, createRegexScorer, createTokenF1Scorer, type TokenF1Config } from './text.js';
export { USAGE_METRICS, createUsageScorer, type UsageScorer } from './usage.js';

export interface ScorerOptions {
  /** Folder relative paths (the JSON Schema file) are resolved against: the config file's folder. */
  baseDir: string;
  /** The user's prices (USD per million tokens); they add to and override DEFAULT_PRICES. */
  prices: Record<string, Price>;
  /** The model that answers, for the cost metric. */
  model?: string;
  /** The config file, named in errors. */
  configFile?: string;
  /** The dataset, when it carries imported scores (import formats): they become metrics too. */
  dataset?: Pick<Dataset, 'format' | 'importedMetrics'>;
}

/**
 * Builds the configured scorers, plus the usage scorer (always on). Throws a UserError for a bad config: an
 * unreadable or invalid schema file, an invalid regular expression or path, a metric name that is not snake_case
 * or that two metrics share.
 */
export function createScorers(metrics: MetricsConfig, options: ScorerOptions): Scorer[] {
  const { configFile } = options;
  const scorers = createConfiguredScorers(metrics, { baseDir: options.baseDir, configFile });
  if (options.dataset?.importedMetrics) {
    scorers.push(createImportedScorer(options.dataset.importedMetrics, options.dataset.format));
  }
  scorers.push(createUsageScorer({ prices: mergePrices(options.prices), model: options.model }));
  listMetricSpecs(scorers, configFile);
  return scorers;
}

/**
 * Every metric the scorers produce, in order. Throws a UserError naming the config key when a metric name is not
 * snake_case, or when two metrics share a name or an aggregate name (`json_valid_rate`).
 */
export function listMetricSpecs(scorers: readonly Scorer[], configFile?: string): MetricSpec[] {
  const specs: MetricSpec[] = [];
  const owners = new Map<string, string>();
  for (const scorer of scorers) {
    const key = scorer.configKey ?? `scorer ${scorer.name}`;
    const builtIn = scorer.name === 'json' || scorer.name === 'usage';
    const nameKey = builtIn ? key : `${key}.name`;
    for (const spec of scorer.metrics) {
      checkMetricName(spec.name, nameKey, configFile);
      if (spec.onError === 'fail' && !spec.higherIsBetter && spec.kind === 'continuous') {
        throw new Error(
          `metric ${spec.name}: a lower-is-better continuous metric has no worst value; use onError 'exclude'`,
        );
      }
      const names = new Set([spec.name, spec.aggregateName ?? spec.name]);
      for (const name of names) {
        const owner = owners.get(name);
        if (owner !== undefined) {
          throw new UserError(`the metric name "${name}" is used twice: by ${owner} and by ${nameKey}.`, {
            file: configFile,
            key: nameKey,
            fix: 'Give each metric its own name (json_valid, schema_valid, latency_ms, total_tokens and cost_usd are built in).',
          });
        }
        owners.set(name, nameKey);
      }
      specs.push(spec);
    }
  }
  return specs;
}

/** True when the response carries an output to score (not an error item). */
export function isAnswered(response: ModelResponse): response is AnsweredResponse {
  return response.error === undefined && typeof response.output === 'string';
}

/** The value an error item gets on a 'fail' metric. */
export function worstValue(spec: MetricSpec): number {
  if (spec.higherIsBetter) return 0;
  if (spec.kind === 'binary') return 1;
  throw new Error(`metric ${spec.name}: a lower-is-better continuous metric has no worst value`);
}

/** The per-item scores of one item: all scorers on an answered item, the error rules on an error item. */
export function scoreItem(
  scorers: readonly Scorer[],
  item: DatasetItem,
  response: ModelResponse,
): ItemScores {
  const scores: ItemScores = {};
  if (isAnswered(response)) {
    for (const scorer of scorers) Object.assign(scores, scorer.score(item, response));
    return scores;
  }
  for (const scorer of scorers) {
    const applies = scorer.applies?.(item) ?? true;
    for (const spec of scorer.metrics) {
      if (spec.onError === 'exclude') continue;
      scores[spec.name] = applies ? worstValue(spec) : null;
    }
  }
  return scores;
}

/**
 * Why the item scored as it did: metric name -> one sentence, for metrics that failed or are N/A. For the report's
 * failing-item lists; not needed for scoring.
 */
export function explainItem(
  scorers: readonly Scorer[],
  item: DatasetItem,
  response: ModelResponse,
): Record<string, string> {
  const notes: Record<string, string> = {};
  if (isAnswered(response)) {
    for (const scorer of scorers) Object.assign(notes, scorer.details?.(item, response));
    return notes;
  }
  const why = response.error ? `${response.error.kind}: ${response.error.message}` : 'no output';
  for (const scorer of scorers) {
    const applies = scorer.applies?.(item) ?? true;
    for (const spec of scorer.metrics) {
      if (spec.onError === 'exclude') continue;
      notes[spec.name] = applies
        ? `no answer (${why}): counted as a failure`
        : 'N/A for this item (no expected value to compare with)';
    }
  }
  return notes;
}
