// Turns the schema-valid `judge:` section (kebab-case) into a JudgeConfig with every default filled in, and
// checks what the JSON Schema cannot: one of model/models, known metric names, custom metric files (every
// problem at once, with file and key), a price for every judge model (the budget cannot be kept without one),
// and that pairwise against a reference names its file.
import path from 'node:path';
import type { Price } from '../core/types.js';
import { DEFAULT_JUDGE_CIRCUIT_BREAKER } from '../model/circuit-breaker.js';
import { DEFAULT_PRICES, findPrice } from '../scorers/prices.js';
import { loadCustomMetrics } from './custom-metrics.js';
import { DEFAULT_JUDGE_METRICS, builtinMetric, builtinMetricNames } from './metrics.js';
import type { JudgeConfig, JudgeMetricDefinition } from '../core/judge.js';

type Raw = Record<string, unknown>;
/** A key path inside the `judge:` section. */
const at = (...keys: (string | number)[]) => ['judge', ...keys];
export type ProblemReporter = (keyPath: (string | number)[], message: string, fix?: string) => void;

export const DEFAULT_PAIRWISE_CRITERION =
  'Which response better serves the person who wrote the prompt: correct, complete, follows the instructions, clear and no longer than needed.';

/**
 * The judge configuration, or undefined when there is no `judge:` section. Problems go to `problem` (the
 * config loader throws them together); the returned value is then not to be used.
 */
export function normalizeJudgeConfig(
  value: unknown,
  baseDir: string,
  problem: ProblemReporter,
  topLevelPrices: Readonly<Record<string, Price>> = {},
): JudgeConfig | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = obj(value);
  const { single, models } = judgeModels(raw, problem);
  const { metrics, metricNames, customFiles } = judgeMetrics(raw, baseDir, problem);
  const pairwise = pairwiseConfig(raw, baseDir, problem);
  if (metrics.length === 0 && !pairwise && metricNames.length === 0 && customFiles.length === 0) {
    problem(
      at('metrics'),
      'the judge has nothing to judge.',
      'List judge metrics, custom metrics, or add `pairwise:`.',
    );
  }

  const prices = judgePrices(raw, topLevelPrices, models, single !== undefined, problem);

  const sampleSeed = str(raw['sample-seed']) ?? 'judge-v1';
  return {
    endpoint: {
      baseUrl: str(raw['base-url']) ?? '',
      apiKeyEnv: str(raw['api-key-env']) ?? 'OPENAI_API_KEY',
      headers: raw.headers as Record<string, string> | undefined,
      temperature: num(raw.temperature) ?? 0,
      seed: num(raw.seed),
      timeoutMs: num(raw['timeout-ms']) ?? 60_000,
      maxRetries: num(raw['max-retries']) ?? 3,
      circuitBreaker: num(raw['circuit-breaker']) ?? DEFAULT_JUDGE_CIRCUIT_BREAKER,
      concurrency: num(raw.concurrency) ?? 4,
      maxTokens: num(raw['max-tokens']) ?? 512,
      structuredOutput: (str(raw['structured-output']) ??
        'auto') as JudgeConfig['endpoint']['structuredOutput'],
    },
    models,
    aggregate: (str(raw.aggregate) ?? 'mean') as JudgeConfig['aggregate'],
    sampling: {
      rate: num(raw['sample-rate']) ?? 0.1,
      minSample: num(raw['min-sample']) ?? 10,
      seed: sampleSeed,
      includeFailed: raw['include-failed'] === true,
      judgeAll: raw['judge-all'] === true,
      minPerCategory: num(raw['min-per-category']) ?? 0,
    },
    budgetUsd: num(raw['budget-usd']) ?? 2,
    expectedOutputTokens: num(raw['expected-output-tokens']) ?? 200,
    maxErrorRate: num(raw['max-error-rate']) ?? 0.1,
    maxNaRate: num(raw['max-na-rate']) ?? 0.8,
    alertBelow: num(raw['alert-below']) ?? 0.5,
    metrics,
    pairwise,
    prices,
  };
}

/** One judge (`model`) or a panel (`models`), never both. */
function judgeModels(raw: Raw, problem: ProblemReporter): { single: string | undefined; models: string[] } {
  const single = str(raw.model);
  const panel = Array.isArray(raw.models) ? raw.models.filter((m): m is string => typeof m === 'string') : [];
  if (single !== undefined && panel.length > 0) {
    problem(
      at('models'),
      'both `model` and `models` are set.',
      'Keep `model` for one judge, or `models` for a panel.',
    );
  }
  if (single === undefined && panel.length === 0) {
    problem(at(), 'the judge has no model.', 'Add `model: <name>` (or `models: [a, b]` for a panel).');
  }
  const models = single !== undefined ? [single] : panel;
  return { single, models };
}

/** Built-in metrics by name (the default rubric when none are listed) and custom metric files, named once. */
function judgeMetrics(
  raw: Raw,
  baseDir: string,
  problem: ProblemReporter,
): { metrics: JudgeMetricDefinition[]; metricNames: string[]; customFiles: string[] } {
  const metrics: JudgeMetricDefinition[] = [];
  const metricNames = Array.isArray(raw.metrics)
    ? raw.metrics.filter((m): m is string => typeof m === 'string')
    : raw['custom-metrics'] !== undefined || raw.pairwise !== undefined
      ? []
      : [...DEFAULT_JUDGE_METRICS];
  metricNames.forEach((name, index) => {
    const metric = builtinMetric(name);
    if (!metric) {
      problem(
        at('metrics', index),
        `unknown judge metric "${name}".`,
        `Built-in metrics: ${builtinMetricNames().join(', ')}. For your own, write a Bedrock customMetricDefinition file and list it under judge.custom-metrics.`,
      );
      return;
    }
    metrics.push(metric);
  });
  const customFiles = Array.isArray(raw['custom-metrics'])
    ? raw['custom-metrics'].filter((f): f is string => typeof f === 'string')
    : [];
  const custom = loadCustomMetrics(customFiles, baseDir);
  for (const found of custom.problems) {
    const index = customFiles.indexOf(found.file);
    problem(
      at('custom-metrics', Math.max(0, index)),
      `custom metric file ${found.file}${found.key ? `, ${found.key}` : ''}: ${found.message}.`,
    );
  }
  metrics.push(...custom.metrics);
  const seen = new Map<string, JudgeMetricDefinition>();
  for (const metric of metrics) {
    const previous = seen.get(metric.name);
    if (previous) {
      problem(
        at(metric.source === 'custom' ? 'custom-metrics' : 'metrics'),
        `two judge metrics are named "${metric.name}" (${describe(previous)} and ${describe(metric)}).`,
        'Rename the custom metric, or list the metric once.',
      );
    }
    seen.set(metric.name, metric);
  }
  return { metrics, metricNames, customFiles };
}

function pairwiseConfig(raw: Raw, baseDir: string, problem: ProblemReporter): JudgeConfig['pairwise'] {
  if (raw.pairwise === undefined) return undefined;
  const pw = obj(raw.pairwise);
  const against = (str(pw.against) ?? (str(pw.reference) ? 'reference' : 'baseline')) as
    'baseline' | 'reference';
  const reference = str(pw.reference);
  if (against === 'reference' && !reference) {
    problem(
      at('pairwise'),
      'pairwise against a reference needs the reference answers.',
      'Add `reference: <file.jsonl>` ({id, response} per line).',
    );
  }
  if (against === 'baseline' && reference) {
    problem(
      at('pairwise', 'reference'),
      '`reference` is set but `against` is baseline.',
      'Set `against: reference`, or remove `reference`.',
    );
  }
  return {
    against,
    referencePath: reference ? path.resolve(baseDir, reference) : undefined,
    criterion: str(pw.criterion) ?? DEFAULT_PAIRWISE_CRITERION,
  };
}

/** The price table (defaults, then the top level, then judge.prices), with a price for every judge model. */
function judgePrices(
  raw: Raw,
  topLevelPrices: Readonly<Record<string, Price>>,
  models: readonly string[],
  single: boolean,
  problem: ProblemReporter,
): Record<string, Price> {
  const prices: Record<string, Price> = {
    ...DEFAULT_PRICES,
    ...topLevelPrices,
    ...(obj(raw.prices) as Record<string, Price>),
  };
  for (const model of models) {
    if (!findPrice(prices, model)) {
      problem(
        at(single ? 'model' : 'models'),
        `no price is known for the judge model "${model}", so the judge budget cannot be enforced.`,
        `Add it under judge.prices, e.g. \`prices: {"${model}": {input: 0.15, output: 0.6}}\` (USD per million tokens; 0 for a free local model).`,
      );
    }
  }
  return prices;
}

function describe(metric: JudgeMetricDefinition): string {
  return metric.source === 'custom'
    ? `custom metric "${metric.displayName}" in ${metric.file}`
    : `built-in ${metric.displayName}`;
}

function obj(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
