// Text checks on the raw output.
//
// - contains (binary): the output contains every configured string. `{{expected}}` in a string stands for the
//   item's expected output, trimmed; such a check is N/A (null) on an item without one. With case-sensitive false,
//   both sides are lower-cased (String.prototype.toLowerCase) before the search.
// - regex (binary): must-match true scores 1 when the pattern matches somewhere in the output; must-match false
//   scores 1 when it does not. A JavaScript regular expression; flags from `imsu` (g and y are ignored). An
//   invalid pattern is a config error, raised when the scorers are built.
// - token F1 (continuous, 0..1): SQuAD token F1 of the output against the expected output (see squad.ts); N/A
//   without an expected output.
import { UserError } from '../core/errors.js';
import type { DatasetItem, MetricSpec } from '../core/types.js';
import { preview, truncate } from './common.js';
import { defineMetric, listOfNamedMetrics, metricNameSchema, switchOrSettings } from './definition.js';
import { squadF1 } from './squad.js';
import type { AnsweredResponse, Scorer } from './scorer.js';

export interface ContainsMetricConfig {
  name: string;
  /** Literal strings the output must contain (all of them). `{{expected}}` stands for the expected output. */
  values: string[];
  caseSensitive: boolean;
}

export interface RegexMetricConfig {
  name: string;
  pattern: string;
  flags: string;
  /** true: the output must match; false: the output must not match. */
  mustMatch: boolean;
}

export const containsMetric = defineMetric({
  key: 'contains',
  field: 'contains',
  many: true,
  schema: listOfNamedMetrics(['values'], {
    values: { type: 'array', minItems: 1, items: { type: 'string' } },
    'case-sensitive': { type: 'boolean', default: true },
  }),
  create: (settings: ContainsMetricConfig, { configKey }) => createContainsScorer(settings, configKey),
});

export const regexMetric = defineMetric({
  key: 'regex',
  field: 'regex',
  many: true,
  schema: listOfNamedMetrics(['pattern'], {
    pattern: { type: 'string' },
    flags: { type: 'string', pattern: '^[imsu]*$', default: '' },
    'must-match': { type: 'boolean', default: true },
  }),
  create: (settings: RegexMetricConfig, { configKey, configFile }) =>
    createRegexScorer(settings, configKey, configFile),
});

export const f1Metric = defineMetric({
  key: 'f1',
  field: 'f1',
  schema: switchOrSettings(
    { name: metricNameSchema('f1') },
    'SQuAD token F1 between the output and the expected output (a continuous metric, aggregated as f1_mean).',
  ),
  create: (settings: TokenF1Config, { configKey }) => createTokenF1Scorer(settings, configKey),
});

const EXPECTED_PLACEHOLDER = /\{\{\s*expected\s*\}\}/g;

type Needle = { literal: string } | { template: string };

export function createContainsScorer(config: ContainsMetricConfig, configKey = 'metrics.contains'): Scorer {
  const { name, caseSensitive } = config;
  const fold = (text: string) => (caseSensitive ? text : text.toLowerCase());
  const needles: Needle[] = config.values.map((value) =>
    value.search(EXPECTED_PLACEHOLDER) >= 0 ? { template: value } : { literal: fold(value) },
  );
  const usesExpected = needles.some((needle) => 'template' in needle);

  const resolve = (needle: Needle, expected: string | undefined): string | undefined =>
    'literal' in needle
      ? needle.literal
      : expected === undefined
        ? undefined
        : fold(needle.template.replace(EXPECTED_PLACEHOLDER, () => expected.trim()));

  /** The first configured string the output lacks, null when it has them all, undefined when N/A. */
  const firstMissing = (item: DatasetItem, output: string): string | null | undefined => {
    if (usesExpected && item.expectedOutput === undefined) return undefined;
    const haystack = fold(output);
    for (const needle of needles) {
      const wanted = resolve(needle, item.expectedOutput)!;
      if (!haystack.includes(wanted)) return wanted;
    }
    return null;
  };

  const metrics: readonly MetricSpec[] = [
    {
      name,
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      description: `The output contains ${config.values.map((value) => JSON.stringify(value)).join(', ')}${
        caseSensitive ? '' : ' (case-insensitive)'
      }.`,
    },
  ];

  return {
    name: 'contains',
    configKey,
    metrics,
    applies: (item: DatasetItem) => !usesExpected || item.expectedOutput !== undefined,
    score(item, response) {
      const missing = firstMissing(item, response.output);
      return { [name]: missing === undefined ? null : missing === null ? 1 : 0 };
    },
    details(item: DatasetItem, response: AnsweredResponse): Record<string, string> {
      const missing = firstMissing(item, response.output);
      if (missing === undefined)
        return { [name]: 'N/A: {{expected}} is used and the item has no expected output' };
      return missing === null ? {} : { [name]: `the output does not contain ${preview(missing)}` };
    },
  };
}

export function createRegexScorer(
  config: RegexMetricConfig,
  configKey = 'metrics.regex',
  configFile?: string,
): Scorer {
  const { name, mustMatch } = config;
  const flags = config.flags.replace(/[gy]/g, '');
  let pattern: RegExp;
  try {
    pattern = new RegExp(config.pattern, flags);
  } catch (error) {
    throw new UserError(
      `metric "${name}": invalid regular expression /${config.pattern}/${flags}: ${(error as Error).message}.`,
      {
        file: configFile,
        key: `${configKey}.pattern`,
        fix: 'Write a JavaScript regular expression (in YAML, single quotes keep backslashes as they are).',
      },
    );
  }

  const metrics: readonly MetricSpec[] = [
    {
      name,
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      description: `The output ${mustMatch ? 'matches' : 'does not match'} /${config.pattern}/${flags}.`,
    },
  ];

  return {
    name: 'regex',
    configKey,
    metrics,
    score(_item, response) {
      return { [name]: pattern.test(response.output) === mustMatch ? 1 : 0 };
    },
    details(_item: DatasetItem, response: AnsweredResponse): Record<string, string> {
      const match = pattern.exec(response.output);
      if ((match !== null) === mustMatch) return {};
      return match
        ? { [name]: `the output matches /${config.pattern}/${flags} at ${preview(truncate(match[0], 60))}` }
        : { [name]: `the output does not match /${config.pattern}/${flags}` };
    },
  };
}

export interface TokenF1Config {
  /** Metric name. */
  name: string;
}

export function createTokenF1Scorer(config: TokenF1Config, configKey = 'metrics.f1'): Scorer {
  const { name } = config;
  const metrics: readonly MetricSpec[] = [
    {
      name,
      kind: 'continuous',
      higherIsBetter: true,
      onError: 'fail',
      description: 'SQuAD token F1 between the output and the expected output (0 to 1).',
    },
  ];
  return {
    name: 'token_f1',
    configKey,
    metrics,
    applies: (item: DatasetItem) => item.expectedOutput !== undefined,
    score(item, response) {
      return {
        [name]: item.expectedOutput === undefined ? null : squadF1(response.output, item.expectedOutput),
      };
    },
    details(item: DatasetItem): Record<string, string> {
      return item.expectedOutput === undefined ? { [name]: 'N/A: the item has no expected output' } : {};
    },
  };
}
