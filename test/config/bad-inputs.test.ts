// A corpus of bad inputs a user would plausibly give evalgate (config in YAML and JSON, datasets in every
// format, responses, baselines, custom judge metrics, JSON Schemas), each run through the real CLI entry.
// Every one must end the way a user error ends: exit 2, a message that names the file and the line (or
// the key path), and no stack trace or "internal error". The fixtures are written by the test itself into a
// fresh folder per case, on top of one small valid project.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleForNode } from '../../scripts/bundle.mjs';
import { main } from '../../src/cli/main.js';

type Content = string | Buffer;

interface Case {
  name: string;
  /** Files written over the valid project (null removes one). */
  files?: Record<string, Content | null>;
  /** Extra CLI arguments; `{dir}` becomes the case's folder. */
  args?: string[];
  /** The config file given to --config (default evalgate.yml). */
  config?: string;
  /** Where the message must point: a file of the case and its line (a number, or a text found on that line). */
  where: { file: string; line?: number | string; key?: string };
  /** Further texts the message must contain (what was expected, the missing path...). */
  mentions?: string[];
}

const CONFIG = [
  'version: 1',
  'name: corpus',
  'dataset:',
  '  path: data.json',
  'responses:',
  '  path: answers.jsonl',
  'regression:',
  '  baseline-dir: baselines',
  'report:',
  '  out-dir: out',
  'metrics:',
  '  exact-match: true',
  'gates:',
  '  - metric: exact_match',
  "    op: '>='",
  '    threshold: 0.5',
  '  - metric: exact_match',
  '    type: regression',
  '    margin: 0.5',
  '',
].join('\n');

const ITEMS = [
  { id: 'a', input: 'What is 2+2?', expected_output: '4', expected_action: 'add' },
  { id: 'b', input: 'What is 3+3?', expected_output: '6', expected_action: 'add' },
  { id: 'c', input: 'What is 5-1?', expected_output: '4', expected_action: 'subtract' },
];
const DATASET = `[\n${ITEMS.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
const ANSWERS = [
  '{"id": "a", "response": "4"}',
  '{"id": "b", "response": "6"}',
  '{"id": "c", "response": "4"}',
]
  .map((line) => `${line}\n`)
  .join('');

const METRIC = JSON.stringify(
  {
    customMetricDefinition: {
      name: 'politeness',
      instructions: 'Is this answer polite? {{prediction}}',
      ratingScale: [
        { definition: 'rude', value: { floatValue: 0 } },
        { definition: 'polite', value: { floatValue: 1 } },
      ],
    },
  },
  null,
  2,
);

const withConfig = (edit: (text: string) => string): Record<string, string> => ({
  'evalgate.yml': edit(CONFIG),
});
const configLines = (...lines: string[]): Record<string, string> => ({
  'evalgate.yml': `${lines.join('\n')}\n`,
});
const judgeConfig = (file: string): Record<string, string> =>
  withConfig(
    (text) =>
      `${text}judge:\n  base-url: http://127.0.0.1:9/v1\n  model: gpt-4o-mini\n  custom-metrics:\n    - ${file}\n`,
  );
const schemaConfig = withConfig((text) =>
  text.replace('  exact-match: true', '  exact-match: true\n  json:\n    schema: shape.json'),
);
/** The text with its `\u0000` marker replaced by `é` in Latin-1 (a byte that is not UTF-8). */
const latin1At = (text: string): Buffer => {
  const [before, after] = text.split('\u0000') as [string, string];
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xe9]), Buffer.from(after, 'utf8')]);
};

/** Lines of a one-line JSON baseline with one value replaced. */
let goodBaseline = '';
const baselineWith = (replace: (text: string) => string) => (): Record<string, string> => ({
  'bad-baseline.json': replace(goodBaseline),
});
const BASELINE_ARGS = ['--baseline', '{dir}/bad-baseline.json'];

const cases: (Case & { lazyFiles?: () => Record<string, Content | null> })[] = [
  // --- the config, YAML ---
  {
    name: 'config: YAML syntax error (unclosed quote)',
    files: withConfig((text) => text.replace("op: '>='", "op: '>=")),
    where: { file: 'evalgate.yml', line: "op: '>=" },
  },
  {
    name: 'config: a tab used for indentation',
    files: withConfig((text) => text.replace('  path: data.json', '\tpath: data.json')),
    where: { file: 'evalgate.yml', line: 'path: data.json' },
  },
  {
    name: 'config: a key given twice',
    files: withConfig((text) => text.replace('name: corpus', 'name: corpus\nname: again')),
    where: { file: 'evalgate.yml', line: 'name: again' },
  },
  {
    name: 'config: a YAML alias bomb',
    files: configLines(
      'version: 1',
      'dataset:',
      '  path: data.json',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
    ),
    where: { file: 'evalgate.yml', line: 'b: &b' },
    mentions: ['alias'],
  },
  {
    name: 'config: an unknown top-level key holding a section (typo of dataset)',
    files: configLines('version: 1', 'datset:', '  path: data.json', 'responses:', '  path: answers.jsonl'),
    where: { file: 'evalgate.yml', line: 2, key: 'datset' },
    mentions: ['Did you mean "dataset"?'],
  },
  {
    name: 'config: an unknown top-level key holding a value',
    files: withConfig((text) => `${text}treshold: 0.9\n`),
    where: { file: 'evalgate.yml', line: 'treshold: 0.9', key: 'treshold' },
  },
  {
    name: 'config: an unknown key inside a gate',
    files: withConfig((text) =>
      text.replace('    threshold: 0.5', '    threshold: 0.5\n    severty: warning'),
    ),
    where: { file: 'evalgate.yml', line: 'severty: warning', key: 'gates[0].severty' },
  },
  {
    name: 'config: a threshold written as a word',
    files: withConfig((text) => text.replace('threshold: 0.5', 'threshold: high')),
    where: { file: 'evalgate.yml', line: 'threshold: high', key: 'gates[0].threshold' },
    mentions: ['number'],
  },
  {
    name: 'config: a threshold of .nan',
    files: withConfig((text) => text.replace('threshold: 0.5', 'threshold: .nan')),
    where: { file: 'evalgate.yml', line: 'threshold: .nan', key: 'gates[0].threshold' },
    mentions: ['finite'],
  },
  {
    name: 'config: a margin of 1e999',
    files: withConfig((text) => text.replace('margin: 0.5', 'margin: 1e999')),
    where: { file: 'evalgate.yml', line: 'margin: 1e999', key: 'gates[1].margin' },
    mentions: ['finite'],
  },
  {
    name: 'config: an unknown gate operator',
    files: withConfig((text) => text.replace("op: '>='", "op: '=>'")),
    where: { file: 'evalgate.yml', line: "op: '=>'", key: 'gates[0].op' },
    mentions: ['">="'],
  },
  {
    name: 'config: version 2',
    files: withConfig((text) => text.replace('version: 1', 'version: 2')),
    where: { file: 'evalgate.yml', line: 'version: 2', key: 'version' },
  },
  {
    name: 'config: no dataset section',
    files: configLines('version: 1', 'responses:', '  path: answers.jsonl'),
    where: { file: 'evalgate.yml', line: 1 },
    mentions: ['dataset'],
  },
  {
    name: 'config: the dataset section without a path',
    files: configLines('version: 1', 'dataset:', '  format: json', 'responses:', '  path: answers.jsonl'),
    where: { file: 'evalgate.yml', line: 'dataset:', key: 'dataset' },
    mentions: ['path'],
  },
  {
    name: 'config: the dataset given as a bare path',
    files: withConfig((text) => text.replace('dataset:\n  path: data.json', 'dataset: data.json')),
    where: { file: 'evalgate.yml', line: 'dataset: data.json', key: 'dataset' },
    mentions: ['found a string ("data.json")'],
  },
  {
    name: 'config: gates written as a mapping, not a list',
    files: configLines(
      'version: 1',
      'dataset:',
      '  path: data.json',
      'responses:',
      '  path: answers.jsonl',
      'gates:',
      '  metric: exact_match',
      "  op: '>='",
      '  threshold: 0.5',
    ),
    where: { file: 'evalgate.yml', line: 'gates:', key: 'gates' },
    mentions: ['array'],
  },
  {
    name: 'config: a gate severity that is not blocking or warning',
    files: withConfig((text) =>
      text.replace('    threshold: 0.5', '    threshold: 0.5\n    severity: block'),
    ),
    where: { file: 'evalgate.yml', line: 'severity: block', key: 'gates[0].severity' },
    mentions: ['"blocking", "warning"'],
  },
  {
    name: 'config: a judge without a base URL',
    files: withConfig((text) => `${text}judge:\n  model: gpt-4o-mini\n`),
    where: { file: 'evalgate.yml', line: 'judge:', key: 'judge' },
    mentions: ['base-url'],
  },
  {
    name: 'config: an empty file',
    files: { 'evalgate.yml': '' },
    where: { file: 'evalgate.yml', line: 1 },
  },
  {
    name: 'config: a YAML list instead of a mapping',
    files: configLines('- version: 1', '- dataset: data.json'),
    where: { file: 'evalgate.yml', line: 1 },
  },
  {
    name: 'config: invalid UTF-8 (a Latin-1 é in a gate name)',
    files: {
      'evalgate.yml': latin1At(
        CONFIG.replace(
          '  - metric: exact_match\n    op',
          '  - name: caf\u0000\n    metric: exact_match\n    op',
        ),
      ),
    },
    where: { file: 'evalgate.yml', line: '  - name: ' },
    mentions: ['UTF-8', 'byte'],
  },
  {
    name: 'config: a regression gate without a margin',
    files: withConfig((text) => text.replace('    margin: 0.5\n', '')),
    where: { file: 'evalgate.yml', line: 17 },
    mentions: ['margin'],
  },
  // --- the config, JSON ---
  {
    name: 'config (JSON): a missing comma',
    config: 'evalgate.json',
    files: {
      'evalgate.json':
        '{\n  "version": 1,\n  "dataset": {"path": "data.json"}\n  "responses": {"path": "answers.jsonl"}\n}\n',
    },
    where: { file: 'evalgate.json', line: '"responses"' },
  },
  {
    name: 'config (JSON): an unknown key',
    config: 'evalgate.json',
    files: {
      'evalgate.json':
        '{\n  "version": 1,\n  "dataset": {"path": "data.json"},\n  "respones": {"path": "answers.jsonl"}\n}\n',
    },
    where: { file: 'evalgate.json', line: '"respones"', key: 'respones' },
  },
  {
    name: 'config (JSON): a threshold in quotes',
    config: 'evalgate.json',
    files: {
      'evalgate.json': [
        '{',
        '  "version": 1,',
        '  "dataset": {"path": "data.json"},',
        '  "responses": {"path": "answers.jsonl"},',
        '  "gates": [',
        '    {"metric": "exact_match", "op": ">=", "threshold": "0.9"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    },
    where: { file: 'evalgate.json', line: '"threshold"', key: 'gates[0].threshold' },
  },
  {
    name: 'config (JSON): an unclosed object',
    config: 'evalgate.json',
    files: { 'evalgate.json': '{\n  "version": 1,\n  "dataset": {"path": "data.json"}\n' },
    where: { file: 'evalgate.json' },
    mentions: [':'],
  },
  // --- files the config names that are not there ---
  {
    name: 'config: the dataset file does not exist',
    files: { 'data.json': null },
    where: { file: 'evalgate.yml', line: 'path: data.json', key: 'dataset.path' },
    mentions: ['data.json'],
  },
  {
    name: 'config: the dataset path is a folder',
    files: withConfig((text) => text.replace('path: data.json', 'path: baselines')),
    where: { file: 'evalgate.yml', line: 'path: baselines', key: 'dataset.path' },
    mentions: ['directory'],
  },
  {
    name: 'config: the responses file does not exist',
    files: { 'answers.jsonl': null },
    where: { file: 'evalgate.yml', line: 'path: answers.jsonl', key: 'responses.path' },
    mentions: ['answers.jsonl'],
  },
  {
    name: 'config: the JSON Schema file does not exist',
    files: schemaConfig,
    where: { file: 'evalgate.yml', line: 'schema: shape.json', key: 'metrics.json.schema' },
    mentions: ['shape.json'],
  },
  {
    name: 'config: the custom metric file does not exist',
    files: judgeConfig('missing-metric.json'),
    where: { file: 'evalgate.yml', line: '- missing-metric.json', key: 'judge.custom-metrics[0]' },
    mentions: ['missing-metric.json'],
  },
  {
    name: 'config: the baseline file does not exist',
    files: withConfig((text) => text.replace('  baseline-dir: baselines', '  baseline: old/baseline.json')),
    where: { file: 'evalgate.yml', line: 'baseline: old/baseline.json', key: 'regression.baseline' },
    mentions: ['old/baseline.json'],
  },
  // --- datasets: JSON ---
  {
    name: 'dataset (JSON): a trailing comma',
    files: { 'data.json': DATASET.replace(/}\n]/, '},\n]') },
    where: { file: 'data.json', line: 4 },
    mentions: ['trailing comma'],
  },
  {
    name: 'dataset (JSON): a single object, not a list',
    files: { 'data.json': JSON.stringify(ITEMS[0], null, 2) },
    where: { file: 'data.json', line: 1 },
  },
  {
    name: 'dataset (JSON): an item without input',
    files: { 'data.json': DATASET.replace('"input":"What is 3+3?",', '') },
    where: { file: 'data.json', line: 3, key: 'input' },
  },
  {
    name: 'dataset (JSON): an input that is a number',
    files: { 'data.json': DATASET.replace('"What is 3+3?"', '33') },
    where: { file: 'data.json', line: 3, key: 'input' },
    mentions: ['string'],
  },
  {
    name: 'dataset (JSON): expected_action written as a number',
    files: { 'data.json': DATASET.replace('"expected_action":"subtract"', '"expected_action":5') },
    where: { file: 'data.json', line: 4, key: 'expected_action' },
    mentions: ['string'],
  },
  {
    name: 'dataset (JSON): two items with one id',
    files: { 'data.json': DATASET.replace('"id":"c"', '"id":"a"') },
    where: { file: 'data.json', line: 4, key: 'id' },
  },
  {
    name: 'dataset (JSON): invalid UTF-8',
    files: { 'data.json': latin1At(DATASET.replace('What is 5-1', 'What is 5\u0000-1')) },
    where: { file: 'data.json', line: 4 },
    mentions: ['UTF-8', 'byte'],
  },
  {
    name: 'dataset (JSON): saved as UTF-16',
    files: { 'data.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DATASET, 'utf16le')]) },
    where: { file: 'data.json', line: 1 },
    mentions: ['UTF-16'],
  },
  {
    name: 'dataset (JSON): format jsonl set for a JSON array',
    files: withConfig((text) => text.replace('  path: data.json', '  path: data.json\n  format: jsonl')),
    where: { file: 'data.json', line: 1, key: 'dataset.format' },
    mentions: ['json'],
  },
  {
    name: 'dataset (JSON): an empty file',
    files: { 'data.json': '' },
    where: { file: 'data.json', line: 1 },
  },
  {
    name: 'dataset (JSON): an empty list',
    files: { 'data.json': '[]\n' },
    where: { file: 'data.json', line: 1 },
  },
  {
    name: 'dataset (JSON): metadata that is a string',
    files: {
      'data.json': DATASET.replace('"expected_action":"add"}', '"expected_action":"add","metadata":"easy"}'),
    },
    where: { file: 'data.json', line: 2, key: 'metadata' },
  },
  // --- datasets: JSONL ---
  {
    name: 'dataset (JSONL): a line cut short',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: data.jsonl')),
      'data.jsonl': `${JSON.stringify(ITEMS[0])}\n{"id": "b", "input": "What is\n${JSON.stringify(ITEMS[2])}\n`,
    },
    where: { file: 'data.jsonl', line: 2 },
  },
  {
    name: 'dataset (JSONL): Python True instead of true',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: data.jsonl')),
      'data.jsonl': `${JSON.stringify(ITEMS[0])}\n{"id": "b", "input": "x", "metadata": {"hard": True}}\n`,
    },
    where: { file: 'data.jsonl', line: 2 },
    mentions: ['true'],
  },
  {
    name: 'dataset (JSONL): NaN in a line',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: data.jsonl')),
      'data.jsonl': `${JSON.stringify(ITEMS[0])}\n{"id": "b", "input": "x", "expected_output": NaN}\n`,
    },
    where: { file: 'data.jsonl', line: 2 },
    mentions: ['NaN'],
  },
  {
    name: 'dataset (JSONL): a line that is a list',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: data.jsonl')),
      'data.jsonl': `${JSON.stringify(ITEMS[0])}\n["b", "What is 3+3?"]\n`,
    },
    where: { file: 'data.jsonl', line: 2 },
    mentions: ['object'],
  },
  {
    name: 'dataset (JSONL): invalid UTF-8 on line 3',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: data.jsonl')),
      'data.jsonl': latin1At(
        `${JSON.stringify(ITEMS[0])}\n${JSON.stringify(ITEMS[1])}\n{"input": "caf\u0000"}\n`,
      ),
    },
    where: { file: 'data.jsonl', line: 3 },
    mentions: ['UTF-8', 'byte'],
  },
  // --- datasets: Bedrock ---
  {
    name: 'dataset (Bedrock): two model responses on a line',
    files: {
      ...configLines('version: 1', 'dataset:', '  path: bedrock.jsonl', 'report:', '  out-dir: out'),
      'bedrock.jsonl':
        '{"prompt": "Hi", "referenceResponse": "Hello", "modelResponses": [{"response": "Hello", "modelIdentifier": "m"}]}\n' +
        '{"prompt": "Bye", "referenceResponse": "Bye", "modelResponses": [{"response": "a", "modelIdentifier": "m"}, {"response": "b", "modelIdentifier": "m"}]}\n',
    },
    where: { file: 'bedrock.jsonl', line: 2, key: 'modelResponses' },
  },
  {
    name: 'dataset (Bedrock): a response that is a number',
    files: {
      ...configLines(
        'version: 1',
        'dataset:',
        '  path: bedrock.jsonl',
        '  format: bedrock',
        'report:',
        '  out-dir: out',
      ),
      'bedrock.jsonl':
        '{"prompt": "Hi", "referenceResponse": "Hello", "modelResponses": [{"response": 42, "modelIdentifier": "m"}]}\n',
    },
    where: { file: 'bedrock.jsonl', line: 1, key: 'modelResponses[0].response' },
  },
  {
    name: 'dataset (Bedrock): answers of two models in one file',
    files: {
      ...configLines('version: 1', 'dataset:', '  path: bedrock.jsonl', 'report:', '  out-dir: out'),
      'bedrock.jsonl':
        '{"prompt": "Hi", "modelResponses": [{"response": "Hello", "modelIdentifier": "m1"}]}\n' +
        '{"prompt": "Bye", "modelResponses": [{"response": "Bye", "modelIdentifier": "m2"}]}\n',
    },
    where: { file: 'bedrock.jsonl', line: 2, key: 'modelResponses[0].modelIdentifier' },
  },
  // --- datasets: scenarios ---
  {
    name: 'dataset (scenarios): no turns',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: scenarios.json\n  format: scenarios')),
      'scenarios.json': '[\n  {"id": "s1", "turns": ["hello"]},\n  {"id": "s2", "turns": []}\n]\n',
    },
    where: { file: 'scenarios.json', line: 3, key: 'turns' },
  },
  {
    name: 'dataset (scenarios): a turn that is a number',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: scenarios.json\n  format: scenarios')),
      'scenarios.json': '[\n  {"id": "s1", "turns": [\n    "hello",\n    42\n  ]}\n]\n',
    },
    where: { file: 'scenarios.json', line: 4, key: 'turns[1]' },
  },
  {
    name: 'dataset (scenarios): expected_action written as a number in a turn',
    files: {
      ...withConfig((text) => text.replace('path: data.json', 'path: scenarios.json\n  format: scenarios')),
      'scenarios.json':
        '[\n  {"id": "s1", "turns": [\n    {"input": "add it", "expected_action": 5}\n  ]}\n]\n',
    },
    where: { file: 'scenarios.json', line: 3, key: 'turns[0].expected_action' },
    mentions: ['string'],
  },
  // --- the responses file ---
  {
    name: 'responses: a line without an id',
    files: { 'answers.jsonl': ANSWERS.replace('"id": "b", ', '') },
    where: { file: 'answers.jsonl', line: 2, key: 'id' },
  },
  {
    name: 'responses: an answer that is an object',
    files: { 'answers.jsonl': ANSWERS.replace('"response": "6"', '"response": {"text": "6"}') },
    where: { file: 'answers.jsonl', line: 2, key: 'response' },
  },
  {
    name: 'responses: one id answered twice',
    files: { 'answers.jsonl': ANSWERS.replace('"id": "c"', '"id": "a"') },
    where: { file: 'answers.jsonl', line: 3, key: 'id' },
  },
  {
    name: 'responses: a syntax error',
    files: { 'answers.jsonl': ANSWERS.replace('"response": "6"}', '"response": "6"') },
    where: { file: 'answers.jsonl', line: 2 },
  },
  {
    name: 'responses: invalid UTF-8',
    files: { 'answers.jsonl': latin1At(ANSWERS.replace('"response": "6"', '"response": "6\u0000"')) },
    where: { file: 'answers.jsonl', line: 2 },
    mentions: ['UTF-8', 'byte'],
  },
  {
    name: 'responses: an empty file',
    files: { 'answers.jsonl': '\n' },
    where: { file: 'answers.jsonl', line: 1 },
  },
  // --- the baseline file ---
  {
    name: 'baseline: a score of 1e999 (Infinity)',
    lazyFiles: baselineWith((text) => text.replace('"exact_match":1', '"exact_match":1e999')),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', line: '"exact_match":1e999', key: 'items[0].scores.exact_match' },
    mentions: ['finite'],
  },
  {
    name: 'baseline: a binary score out of range (5)',
    lazyFiles: baselineWith((text) => text.replace('"exact_match":1', '"exact_match":5')),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', line: '"exact_match":5', key: 'items[0].scores.exact_match' },
    mentions: ['0 or 1'],
  },
  {
    name: 'baseline: a binary score of -1',
    lazyFiles: baselineWith((text) => text.replace(/"exact_match":1(?=[,}])/, '"exact_match":-1')),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', line: '"exact_match":-1', key: 'items[0].scores.exact_match' },
    mentions: ['0 or 1'],
  },
  {
    name: 'baseline: NaN written by another tool',
    lazyFiles: baselineWith((text) => text.replace('"exact_match":1', '"exact_match":NaN')),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', line: '"exact_match":NaN' },
    mentions: ['NaN', 'column'],
  },
  {
    name: 'baseline: an aggregate of 1e999',
    lazyFiles: baselineWith((text) => text.replace(/"value":[0-9.]+/, '"value":1e999')),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', line: '"value":1e999' },
    mentions: ['finite', 'aggregates'],
  },
  {
    name: 'baseline: a file cut short',
    // Cut inside the first item, which sits on line 2 (one item per line).
    lazyFiles: baselineWith((text) => text.slice(0, text.indexOf('"scores"'))),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', line: 2 },
  },
  {
    name: 'baseline: a report.json given as the baseline',
    files: { 'bad-baseline.json': '{\n  "kind": "evalgate-report",\n  "decision": "deploy"\n}\n' },
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', key: 'kind' },
  },
  {
    name: 'baseline: an item without scores',
    lazyFiles: baselineWith((text) => text.replace(/"scores":\{[^}]*\},/, '')),
    args: BASELINE_ARGS,
    where: { file: 'bad-baseline.json', key: 'items[0]' },
    mentions: ['scores'],
  },
  {
    name: 'baseline: the config names a baseline with an Infinity score',
    lazyFiles: () => ({
      ...withConfig((text) => text.replace('  baseline-dir: baselines', '  baseline: bad-baseline.json')),
      'bad-baseline.json': goodBaseline.replace('"exact_match":1', '"exact_match":1e999'),
    }),
    where: { file: 'bad-baseline.json', line: '"exact_match":1e999', key: 'items[0].scores.exact_match' },
  },
  // --- custom judge metrics ---
  {
    name: 'custom metric: a JSON syntax error',
    files: {
      ...judgeConfig('metric.json'),
      'metric.json': METRIC.replace('"name": "politeness",', '"name": "politeness",,'),
    },
    where: { file: 'evalgate.yml', line: '- metric.json', key: 'judge.custom-metrics[0]' },
    mentions: ['metric.json', 'line 3, column'],
  },
  {
    name: 'custom metric: a trailing comma at the end of the scale',
    files: {
      ...judgeConfig('metric.json'),
      'metric.json': METRIC.replace(/\}\n {4}\]/, '},\n    ]'),
    },
    where: { file: 'evalgate.yml', line: '- metric.json', key: 'judge.custom-metrics[0]' },
    mentions: ['metric.json', 'trailing comma', 'line 17, column 8'],
  },
  {
    name: 'custom metric: instructions without {{prediction}}',
    files: { ...judgeConfig('metric.json'), 'metric.json': METRIC.replace(' {{prediction}}', '') },
    where: { file: 'evalgate.yml', line: '- metric.json', key: 'judge.custom-metrics[0]' },
    mentions: ['{{prediction}}'],
  },
  {
    name: 'custom metric: a rating scale of one level',
    files: {
      ...judgeConfig('metric.json'),
      'metric.json': METRIC.replace(/,\n\s*\{\s*"definition": "polite"[^\]]*?\}\n(\s*)\}/, '\n$1'),
    },
    where: { file: 'evalgate.yml', line: '- metric.json', key: 'judge.custom-metrics[0]' },
    mentions: ['ratingScale'],
  },
  // --- a JSON Schema for the json metric ---
  {
    name: 'schema: a JSON syntax error',
    files: { ...schemaConfig, 'shape.json': '{\n  "type": "object",\n  "required": ["action"],\n}\n' },
    where: { file: 'shape.json' },
    mentions: ['metrics.json.schema'],
  },
  {
    name: 'schema: an unknown type',
    files: { ...schemaConfig, 'shape.json': '{\n  "type": "objet"\n}\n' },
    where: { file: 'shape.json' },
    mentions: ['metrics.json.schema'],
  },
  // --- the command line ---
  {
    name: 'cli: --dataset names a missing file',
    args: ['--dataset', '{dir}/nope.json'],
    where: { file: 'nope.json' },
    mentions: ['does not exist'],
  },
  {
    name: 'cli: --responses names a missing file',
    args: ['--responses', '{dir}/nope.jsonl'],
    where: { file: 'nope.jsonl' },
    mentions: ['does not exist'],
  },
  {
    name: 'cli: --baseline names a missing file',
    args: ['--baseline', '{dir}/nope-baseline.json'],
    where: { file: 'nope-baseline.json' },
    mentions: ['ENOENT'],
  },
  {
    name: 'cli: --config names a missing file',
    config: 'evalgate.yaml',
    where: { file: 'evalgate.yaml' },
    mentions: ['--config'],
  },
];

let root: string;

async function writeProject(dir: string, files: Record<string, Content | null>): Promise<void> {
  const all: Record<string, Content | null> = {
    'evalgate.yml': CONFIG,
    'data.json': DATASET,
    'answers.jsonl': ANSWERS,
    ...files,
  };
  await mkdir(path.join(dir, 'baselines'), { recursive: true });
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

function lineNumber(content: Content | undefined, where: number | string): number {
  if (typeof where === 'number') return where;
  const text = Buffer.isBuffer(content) ? content.toString('latin1') : (content ?? '');
  const index = text.split('\n').findIndex((line) => line.includes(where));
  if (index < 0) throw new Error(`fixture error: no line holds ${JSON.stringify(where)}`);
  return index + 1;
}

interface Prepared {
  dir: string;
  args: string[];
  expected: { place: string; key?: string; mentions: string[] };
}

async function prepare(testCase: (typeof cases)[number], index: number): Promise<Prepared> {
  const dir = path.join(root, `case-${index}`);
  const files = { ...(testCase.files ?? {}), ...(testCase.lazyFiles?.() ?? {}) };
  await writeProject(dir, files);
  const all: Record<string, Content | null> = {
    'evalgate.yml': CONFIG,
    'data.json': DATASET,
    'answers.jsonl': ANSWERS,
    ...files,
  };
  const configFile = path.join(dir, testCase.config ?? 'evalgate.yml');
  const args = [
    'run',
    '--config',
    configFile,
    '--no-update-baseline',
    ...(testCase.args ?? []).map((arg) => arg.replace('{dir}', dir)),
  ];
  // The file as shown: absolute, or relative to the working directory (the child process runs in `dir`).
  const file = testCase.where.file;
  const place =
    testCase.where.line === undefined
      ? file
      : `${file}:${lineNumber(all[file] ?? undefined, testCase.where.line)}:`;
  return { dir, args, expected: { place, key: testCase.where.key, mentions: testCase.mentions ?? [] } };
}

function checkMessage(output: string, expected: Prepared['expected']): void {
  expect(output).toContain(expected.place);
  if (expected.key) expect(output).toContain(`${expected.key}:`);
  for (const text of expected.mentions) expect(output).toContain(text);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain('internal error');
  expect(output).not.toMatch(/RangeError|TypeError|ReferenceError|SyntaxError/);
}

async function runInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'evalgate-bad-inputs-'));
  // A real baseline, written by an accepted run of the valid project, for the baseline cases to damage.
  const good = path.join(root, 'good');
  await writeProject(good, {});
  const result = await runInProcess(['run', '--config', path.join(good, 'evalgate.yml'), '--quiet']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  goodBaseline = await readFile(path.join(good, 'baselines', 'corpus', 'latest.json'), 'utf8');
  expect(goodBaseline).toContain('"exact_match":1');
});

describe('bad inputs through the CLI', () => {
  it('holds at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((testCase, index) => [testCase.name, index] as const))(
    '%s: exit 2, names the file and line, no stack',
    async (_name, index) => {
      const prepared = await prepare(cases[index]!, index);
      const result = await runInProcess(prepared.args);
      const output = `${result.stderr}${result.stdout}`;
      checkMessage(output, prepared.expected);
      expect(result.code).toBe(2);
    },
  );
});

describe('bad inputs through the bundled CLI in a child process', () => {
  let cli: string;
  let processRoot: string;

  beforeAll(async () => {
    processRoot = await mkdtemp(path.join(tmpdir(), 'evalgate-bad-inputs-cli-'));
    if (process.env.EVALGATE_CLI) cli = path.resolve(process.env.EVALGATE_CLI);
    else {
      cli = path.join(processRoot, 'cli.mjs');
      await bundleForNode('src/cli.ts', cli);
    }
  });

  afterAll(() => {
    vi.restoreAllMocks();
  });

  function evalgate(
    args: string[],
    cwd: string,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, ...args], {
        cwd,
        env: { PATH: process.env.PATH, HOME: cwd },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  const chosen = [
    'config: a YAML alias bomb',
    'config: invalid UTF-8 (a Latin-1 é in a gate name)',
    'config: the dataset file does not exist',
    'dataset (JSON): expected_action written as a number',
    'baseline: a score of 1e999 (Infinity)',
    'baseline: a binary score out of range (5)',
    'custom metric: a JSON syntax error',
  ];

  it.each(chosen)('%s: exit 2 from the process, no stack', async (name) => {
    const index = cases.findIndex((testCase) => testCase.name === name);
    expect(index).toBeGreaterThanOrEqual(0);
    const prepared = await prepare(cases[index]!, 1000 + index);
    const result = await evalgate(prepared.args, prepared.dir);
    checkMessage(`${result.stderr}${result.stdout}`, prepared.expected);
    expect(result.code).toBe(2);
  });
});
