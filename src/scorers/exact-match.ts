// Exact match of the output against the item's expected output (binary; N/A when the item has none).
//
// - Plain: the trimmed output equals the trimmed expected output.
// - normalize: SQuAD normalization on both sides first (lower case, ASCII punctuation and articles removed,
//   white space collapsed), see squad.ts.
// - json: when the expected output parses as JSON and so does the output, the parsed values are compared (key
//   order and spacing do not matter; numbers compare by value, so 1.0 equals 1). When the expected output is a
//   JSON object or array and the output is not valid JSON, it is not a match: a ``` fenced block, prose around the
//   JSON or trailing text all count as a miss. Exact match never unwraps a fence; the json_valid metric explains
//   such answers. When the expected output is a JSON scalar (`42`, `"yes"`) or not JSON, the text comparison
//   (normalized or not) decides.
import type { DatasetItem, MetricSpec } from '../core/types.js';
import { binaryOutcomes, firstDifference, jsonEqual, parseJsonStrict, preview } from './common.js';
import { defineMetric, metricNameSchema, switchOrSettings } from './definition.js';
import { squadNormalize } from './squad.js';
import type { AnsweredResponse, Scorer } from './scorer.js';

export interface ExactMatchConfig {
  name: string;
  /** SQuAD-style normalization: lower case, strip punctuation and articles, collapse spaces. */
  normalize: boolean;
  /** When both sides parse as JSON, compare the parsed values (key order and spacing do not matter). */
  json: boolean;
}

export const exactMatchMetric = defineMetric({
  key: 'exact-match',
  field: 'exactMatch',
  schema: switchOrSettings({
    name: metricNameSchema('exact_match'),
    normalize: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  }),
  create: (settings: ExactMatchConfig, { configKey }) => createExactMatchScorer(settings, configKey),
});

/** How the output compares with the expected output: a match, or which comparison found them different. */
type Verdict = 'match' | 'json-differs' | 'json-required' | 'text-differs';

export function createExactMatchScorer(config: ExactMatchConfig, configKey = 'metrics.exact-match'): Scorer {
  const { name } = config;
  const metrics: readonly MetricSpec[] = [
    {
      name,
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      description:
        'Output equals the expected output' +
        (config.normalize ? ' after SQuAD normalization' : ' (trimmed)') +
        (config.json ? '; JSON answers compare as parsed values' : '') +
        '.',
    },
  ];
  const outcomes = binaryOutcomes(name);

  const compare = (output: string, expected: string): Verdict => {
    // The same text matches in every mode, without parsing or normalizing it.
    if (output.trim() === expected.trim()) return 'match';
    if (config.json) {
      const wanted = parseJsonStrict(expected);
      if (wanted.ok) {
        const got = parseJsonStrict(output);
        if (got.ok) return jsonEqual(got.value, wanted.value) ? 'match' : 'json-differs';
        if (typeof wanted.value === 'object' && wanted.value !== null) return 'json-required';
      }
    }
    return config.normalize && squadNormalize(output) === squadNormalize(expected) ? 'match' : 'text-differs';
  };

  return {
    name: 'exact_match',
    configKey,
    metrics,
    applies: (item: DatasetItem) => item.expectedOutput !== undefined,
    score(item, response) {
      if (item.expectedOutput === undefined) return outcomes.na;
      return compare(response.output, item.expectedOutput) === 'match' ? outcomes.pass : outcomes.fail;
    },
    details(item: DatasetItem, response: AnsweredResponse): Record<string, string> {
      const expected = item.expectedOutput;
      if (expected === undefined) return { [name]: 'N/A: the item has no expected output' };
      const verdict = compare(response.output, expected);
      if (verdict === 'match') return {};
      if (verdict === 'json-differs') {
        const got = parseJsonStrict(response.output);
        const wanted = parseJsonStrict(expected);
        const where = got.ok && wanted.ok ? firstDifference(got.value, wanted.value) : undefined;
        return { [name]: `JSON differs at ${where ?? '$'}` };
      }
      if (verdict === 'json-required') {
        return {
          [name]:
            'the expected output is JSON but the output is not valid JSON (fences and prose do not count)',
        };
      }
      const shown = config.normalize
        ? `normalized ${preview(squadNormalize(response.output))} vs ${preview(squadNormalize(expected))}`
        : `${preview(response.output.trim())} vs expected ${preview(expected.trim())}`;
      return { [name]: `no exact match: ${shown}` };
    },
  };
}
