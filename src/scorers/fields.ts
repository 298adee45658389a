// Field accuracy, e.g. `action_accuracy` (binary): the value at a dotted path of the JSON output equals the
// expected value.
//
// - The output must be valid JSON as a whole (see json.ts); otherwise the field is wrong (0).
// - Path: `action`, `params.priority`, `items.0.id` (a number indexes an array). A missing value is wrong (0).
// - Expected value, from the config's `expected`:
//     `expected_action`          the item's expected action (a string);
//     `expected_output`          the item's expected output, parsed as JSON when it parses, else the raw string;
//     `expected_output.<path>`   a dotted path into the expected output parsed as JSON.
//   No expected value (no expected action, an expected output that is not JSON or lacks the path) -> N/A (null).
// - Comparison: deep equality of JSON values; strings compare exactly (no trimming or case folding), and a
//   string never equals a number ("1" vs 1 is a miss).
import { UserError } from '../core/errors.js';
import type { DatasetItem, MetricSpec } from '../core/types.js';
import {
  type Lookup,
  binaryOutcomes,
  getPath,
  jsonEqual,
  parseJsonStrict,
  parsePath,
  preview,
} from './common.js';
import { defineMetric, listOfNamedMetrics } from './definition.js';
import type { AnsweredResponse, Scorer } from './scorer.js';

export interface FieldMetricConfig {
  /** Metric name, e.g. `action_accuracy`. */
  name: string;
  /** Dotted path into the parsed JSON output, e.g. `action` or `params.priority`. */
  path: string;
  /** Where the expected value comes from: `expected_action`, or a dotted path into the parsed expected output. */
  expected: string;
}

export const fieldsMetric = defineMetric({
  key: 'fields',
  field: 'fields',
  many: true,
  schema: listOfNamedMetrics(['path'], {
    path: { type: 'string', minLength: 1 },
    expected: { type: 'string', default: 'expected_action' },
  }),
  create: (settings: FieldMetricConfig, { configKey, configFile }) =>
    createFieldScorer(settings, configKey, configFile),
});

const NONE: Lookup = Object.freeze({ found: false });

export function createFieldScorer(
  config: FieldMetricConfig,
  configKey = 'metrics.fields',
  configFile?: string,
): Scorer {
  const { name } = config;
  const outputPath = parsePath(config.path);
  if (!outputPath) {
    throw new UserError(`metric "${name}": "${config.path}" is not a dotted path.`, {
      file: configFile,
      key: `${configKey}.path`,
      fix: 'Write field names separated by single dots, e.g. action, params.priority or items.0.id.',
    });
  }
  const expectedOf = expectedSource(config, configKey, configFile);

  const metrics: readonly MetricSpec[] = [
    {
      name,
      kind: 'binary',
      higherIsBetter: true,
      onError: 'fail',
      description: `The JSON output's ${config.path} equals the item's ${config.expected}.`,
    },
  ];
  const outcomes = binaryOutcomes(name);

  return {
    name: 'field',
    configKey,
    metrics,
    applies: (item: DatasetItem) => expectedOf(item).found,
    score(item, response) {
      const expected = expectedOf(item);
      if (!expected.found) return outcomes.na;
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) return outcomes.fail;
      const actual = getPath(parsed.value, outputPath);
      return actual.found && jsonEqual(actual.value, expected.value) ? outcomes.pass : outcomes.fail;
    },
    details(item: DatasetItem, response: AnsweredResponse): Record<string, string> {
      const expected = expectedOf(item);
      if (!expected.found) return { [name]: `N/A: ${missingExpected(config.expected, item)}` };
      const parsed = parseJsonStrict(response.output);
      if (!parsed.ok) return { [name]: 'the output is not valid JSON' };
      const actual = getPath(parsed.value, outputPath);
      if (!actual.found)
        return { [name]: `the output has no ${config.path} (expected ${preview(expected.value)})` };
      if (jsonEqual(actual.value, expected.value)) return {};
      return { [name]: `${config.path} is ${preview(actual.value)}, expected ${preview(expected.value)}` };
    },
  };
}

/** Compiles `expected` into a function reading the expected value of an item. */
function expectedSource(
  config: FieldMetricConfig,
  configKey: string,
  configFile: string | undefined,
): (item: DatasetItem) => Lookup {
  const spec = config.expected;
  if (spec === 'expected_action') {
    return (item) => (item.expectedAction === undefined ? NONE : { found: true, value: item.expectedAction });
  }
  if (spec === 'expected_output') {
    return (item) => {
      if (item.expectedOutput === undefined) return NONE;
      const parsed = parseJsonStrict(item.expectedOutput);
      return { found: true, value: parsed.ok ? parsed.value : item.expectedOutput };
    };
  }
  const segments = spec.startsWith('expected_output.')
    ? parsePath(spec.slice('expected_output.'.length))
    : undefined;
  if (!segments) {
    throw new UserError(`metric "${config.name}": cannot read an expected value from "${spec}".`, {
      file: configFile,
      key: `${configKey}.expected`,
      fix: 'Use expected_action, expected_output, or a dotted path into the expected output such as expected_output.priority.',
    });
  }
  return (item) => {
    if (item.expectedOutput === undefined) return NONE;
    const parsed = parseJsonStrict(item.expectedOutput);
    return parsed.ok ? getPath(parsed.value, segments) : NONE;
  };
}

function missingExpected(spec: string, item: DatasetItem): string {
  if (spec === 'expected_action') return 'the item has no expected action';
  if (item.expectedOutput === undefined) return 'the item has no expected output';
  if (!parseJsonStrict(item.expectedOutput).ok) return 'the expected output is not valid JSON';
  return `the expected output has no ${spec.slice('expected_output.'.length)}`;
}
