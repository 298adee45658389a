// The JSON Schema of the config file, defaults included: the single place where the config's defaults are
// written (normalize.ts reads them from here). The `metrics` section comes from the scorers' declarations
// (src/scorers/registry.ts). schemas/evalgate.schema.json, which editors use, is generated from this module by
// `npm run schema`; test/config/schema-file.test.ts fails when it is stale.
import { metricsSchema } from '../scorers/registry.js';
import { IMPORT_FORMATS } from '../core/import-formats.js';

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/evalgate/evalgate/schemas/evalgate.schema.json',
  title: 'evalgate configuration',
  description:
    'Configuration of an evalgate run: the benchmark, where answers come from, the metrics, the judge, the regression comparison and the quality gates.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'dataset'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Version of this configuration format. Always 1.' },
    name: {
      type: 'string',
      pattern: '^[A-Za-z0-9._-]{1,64}$',
      description:
        "Name of this evaluation: it names the check run, the PR comment and the baseline. Defaults to the config folder's name.",
    },
    dataset: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      description: 'The benchmark.',
      properties: {
        path: {
          type: 'string',
          minLength: 1,
          description:
            'Path of the dataset file, relative to this config file (for bedrock-eval and lm-eval-harness, also a folder that holds the results).',
        },
        format: {
          enum: ['auto', 'json', 'jsonl', 'bedrock', 'scenarios', ...IMPORT_FORMATS],
          default: 'auto',
          description:
            "json: an array of {input, expected_output, expected_action}; jsonl: the same, one per line; bedrock: Amazon Bedrock evaluation dataset JSONL; scenarios: multi-turn {id, category, context, turns}. Imported results with their scores (path may be a downloaded folder): bedrock-eval: a Bedrock evaluation job's output; lm-eval-harness: lm_eval --output_path --log_samples; promptfoo: promptfoo eval -o results.json.",
        },
        fields: { $ref: '#/definitions/datasetFields' },
        rotation: {
          type: 'object',
          additionalProperties: false,
          required: ['sets'],
          description:
            'Held-out rotation: the items are split by a hash of their id into `sets` held-out sets, and only the active set is evaluated, so that a team cannot tune on the whole benchmark. Baselines pair only within a set.',
          properties: {
            sets: { type: 'integer', minimum: 2, maximum: 100, description: 'Number of held-out sets.' },
            period: {
              enum: ['daily', 'weekly', 'monthly', 'quarterly'],
              default: 'monthly',
              description:
                "How often the active set changes, from the run's date (UTC): the set is 1 + (periods since 1970-01) mod sets.",
            },
            set: {
              type: 'integer',
              minimum: 1,
              description: 'Evaluate this set (1-based) whatever the date.',
            },
          },
        },
      },
    },
    contamination: {
      type: 'object',
      additionalProperties: false,
      required: ['corpus'],
      description:
        'Contamination check: n-gram overlap between the benchmark items and a training-data corpus. Gives the metric contamination_rate for gates.',
      properties: {
        corpus: {
          oneOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          ],
          description:
            'Corpus files or folders (searched recursively), relative to this config file: JSONL or plain text, optionally gzip.',
        },
        ngram: {
          type: 'integer',
          minimum: 1,
          maximum: 64,
          default: 13,
          description: 'n-gram length in tokens.',
        },
        fields: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: ['input', 'expected'] },
          default: ['input', 'expected'],
          description:
            'Which parts of an item are checked: the input, the expected output (when the item has one).',
        },
        format: {
          enum: ['auto', 'jsonl', 'text'],
          default: 'auto',
          description: 'auto: .jsonl, .ndjson and .json files (also .gz) are JSONL, other files plain text.',
        },
        'text-field': {
          type: 'string',
          minLength: 1,
          default: 'text',
          description: 'Field of a JSONL record that holds the training text.',
        },
        threshold: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 0,
          description:
            'An item counts as contaminated when at least this share of its n-grams is in the corpus (0: any one n-gram).',
        },
      },
    },
    model: {
      type: 'object',
      additionalProperties: false,
      required: ['base-url', 'model'],
      description: 'A live OpenAI-compatible chat-completions endpoint to answer the benchmark.',
      properties: {
        'base-url': {
          type: 'string',
          pattern: '^https?://',
          description: 'Base URL, e.g. https://api.openai.com/v1.',
        },
        model: { type: 'string', minLength: 1, description: 'Model name sent to the endpoint.' },
        'api-key-env': {
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
          default: 'OPENAI_API_KEY',
          description: 'Environment variable that holds the API key (set it from a secret).',
        },
        'system-prompt': { type: 'string', description: 'System prompt sent before every item.' },
        temperature: { type: 'number', minimum: 0, maximum: 2, default: 0 },
        'max-tokens': { type: 'integer', minimum: 1 },
        seed: { type: 'integer' },
        'timeout-ms': {
          type: 'integer',
          minimum: 100,
          default: 60000,
          description: 'Timeout of one request.',
        },
        'max-retries': { type: 'integer', minimum: 0, maximum: 20, default: 3 },
        'circuit-breaker': {
          type: 'integer',
          minimum: 0,
          default: 10,
          description:
            'After this many requests in a row fail to reach the endpoint (connection errors, timeouts; after their retries), nothing more is sent and every item not yet answered is an error item that says the endpoint looks down. 0 disables.',
        },
        concurrency: {
          type: 'integer',
          minimum: 1,
          maximum: 1024,
          default: 8,
          description: 'Requests kept in flight.',
        },
        'strip-thinking': {
          type: 'boolean',
          default: false,
          description: 'Remove <thinking>...</thinking> blocks before scoring.',
        },
        stream: {
          type: 'boolean',
          default: false,
          description: 'Stream answers to measure time to first token.',
        },
        'requests-per-minute': { type: 'number', exclusiveMinimum: 0 },
        'tokens-per-minute': { type: 'number', exclusiveMinimum: 0 },
        'deadline-ms': {
          type: 'integer',
          minimum: 1000,
          description: 'Deadline for all model calls of the run.',
        },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    responses: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      description: 'Answers collected beforehand, instead of a live endpoint.',
      properties: {
        path: { type: 'string', minLength: 1 },
        format: { enum: ['auto', 'jsonl', 'bedrock'], default: 'auto' },
        fields: {
          type: 'object',
          additionalProperties: false,
          properties: {
            id: { type: 'string', default: 'id' },
            response: { type: 'string', default: 'response' },
          },
        },
        'on-duplicate': {
          enum: ['error', 'first'],
          default: 'error',
          description:
            'An id answered twice: fail, or keep the first answer and list the others in the report.',
        },
      },
    },
    cache: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { enum: ['read-write', 'read-only', 'off'], default: 'read-write' },
        dir: { type: 'string', default: '.evalgate/cache' },
      },
    },
    metrics: metricsSchema(),
    composite: {
      type: 'object',
      additionalProperties: false,
      required: ['weights'],
      description: 'A weighted mean of aggregated metrics.',
      properties: {
        name: { $ref: '#/definitions/metricName', default: 'composite_score' },
        weights: {
          type: 'object',
          minProperties: 1,
          additionalProperties: { type: 'number', exclusiveMinimum: 0 },
        },
      },
    },
    prices: {
      type: 'object',
      description: 'USD per million tokens, per model name; adds to and overrides the built-in table.',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['input', 'output'],
        properties: { input: { type: 'number', minimum: 0 }, output: { type: 'number', minimum: 0 } },
      },
    },
    regression: {
      type: 'object',
      additionalProperties: false,
      description: 'Stage 3, comparison with the last accepted baseline.',
      properties: {
        'baseline-dir': {
          type: 'string',
          default: '.evalgate/baselines',
          description: 'Local baseline store.',
        },
        baseline: {
          type: 'string',
          description: "A baseline file to compare with instead of the store's latest.",
        },
        golden: {
          type: 'string',
          description:
            'A pinned baseline file (e.g. the last release): the report shows the cumulative drift against it beside the comparison with the last accepted run. It never gates.',
        },
        alpha: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 0.25,
          default: 0.05,
          description: 'One-sided alpha of non-inferiority decisions.',
        },
        'require-same-dataset': { type: 'boolean', default: false },
        'require-baseline': {
          enum: ['auto', 'always', 'never'],
          default: 'auto',
          description:
            'What regression gates do without a usable baseline. auto: on a first run (no baseline was ever stored) they warn; a baseline that existed but cannot be read (expired, damaged, no permission to read it) or that shares no item with this run makes the run an ERROR (exit 2). always: no usable baseline is an ERROR, on a first run too. never: they only warn.',
        },
      },
    },
    gates: {
      type: 'array',
      description:
        'Stage 5, quality gates. Blocking gates decide DEPLOY or BLOCK; warning gates are reported.',
      items: { $ref: '#/definitions/gate' },
    },
    report: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'out-dir': { type: 'string', default: 'evalgate-report' },
        'max-failing-items': { type: 'integer', minimum: 1, maximum: 1000, default: 10 },
      },
    },
    judge: {
      type: 'object',
      additionalProperties: false,
      required: ['base-url'],
      description:
        'Stage 2, the LLM judge: scores a deterministic sample of the answers within a hard budget. A judge answer that does not parse is an error, never a pass; N/A is never a score.',
      properties: {
        'base-url': {
          type: 'string',
          pattern: '^https?://',
          description:
            'OpenAI-compatible endpoint of the judge (apart from the model under test), e.g. https://api.openai.com/v1.',
        },
        model: { type: 'string', minLength: 1, description: 'The judge model. Use `models` for a panel.' },
        models: {
          type: 'array',
          minItems: 1,
          maxItems: 7,
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          description: 'A panel of judge models, aggregated per `aggregate`; agreement is reported.',
        },
        'api-key-env': {
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
          default: 'OPENAI_API_KEY',
          description: "Environment variable holding the judge's API key (not needed for a local endpoint).",
        },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        temperature: { type: 'number', minimum: 0, maximum: 2, default: 0 },
        seed: { type: 'integer', description: 'Sent to the endpoint (best effort determinism).' },
        'timeout-ms': { type: 'integer', minimum: 100, default: 60000 },
        'max-retries': { type: 'integer', minimum: 0, maximum: 20, default: 3 },
        'circuit-breaker': {
          type: 'integer',
          minimum: 0,
          default: 5,
          description:
            'After this many judge requests in a row fail to reach the endpoint (connection errors, timeouts; after their retries), nothing more is sent and every judge call not yet answered is a judge error. 0 disables.',
        },
        concurrency: { type: 'integer', minimum: 1, maximum: 256, default: 4 },
        'max-tokens': {
          type: 'integer',
          minimum: 16,
          default: 512,
          description: 'Largest judge answer, in tokens; also the worst case the budget reserves per call.',
        },
        'expected-output-tokens': {
          type: 'integer',
          minimum: 1,
          default: 200,
          description: 'Typical judge answer length, for the cost estimate printed before judging.',
        },
        'structured-output': {
          enum: ['auto', 'always', 'never'],
          default: 'auto',
          description:
            'auto: ask for a strict JSON schema and fall back to parse + validate if the endpoint rejects it.',
        },
        'sample-rate': { type: 'number', exclusiveMinimum: 0, maximum: 1, default: 0.1 },
        'min-sample': { type: 'integer', minimum: 1, default: 10 },
        'sample-seed': {
          type: 'string',
          minLength: 1,
          default: 'judge-v1',
          description: 'Seed of the hash order: the same seed judges the same items; change it to resample.',
        },
        'min-per-category': { type: 'integer', minimum: 0, default: 0 },
        'include-failed': {
          type: 'boolean',
          default: false,
          description:
            'Also judge items that failed a stage-1 metric (listed with alerts, not counted in the sampled estimates).',
        },
        'judge-all': {
          type: 'boolean',
          default: false,
          description: 'Judge every item (within the budget).',
        },
        'budget-usd': {
          type: 'number',
          minimum: 0,
          default: 2,
          description: 'Hard budget for the judge calls of one run: no call is sent that could cross it.',
        },
        'max-error-rate': {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 0.1,
          description:
            'Above this share of judge errors (and answers missing for budget), a judge metric is INCONCLUSIVE.',
        },
        'max-na-rate': {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 0.8,
          description:
            'Above this share of N/A answers, a judge metric is INCONCLUSIVE (a warning from 60%).',
        },
        'alert-below': {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 0.5,
          description:
            "Items scoring below this (normalized 0-1) are listed as low-score alerts with the judge's reasoning.",
        },
        metrics: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description:
            'Built-in judge metrics: accuracy, helpfulness, format_quality (the default rubric), Correctness, Completeness, Faithfulness, Helpfulness, Coherence, Relevance, FollowingInstructions, ProfessionalStyleAndTone, Harmfulness, Stereotyping, Refusal.',
        },
        'custom-metrics': {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            "JSON files of custom metrics in Amazon Bedrock's customMetricDefinition format, relative to this config file.",
        },
        aggregate: {
          enum: ['mean', 'median', 'majority'],
          default: 'mean',
          description: "How a panel's scores become one per item.",
        },
        pairwise: {
          type: 'object',
          additionalProperties: false,
          description:
            "Also judge the candidate's answer against another answer to the same item, in both orders.",
          properties: {
            against: { enum: ['baseline', 'reference'], default: 'baseline' },
            reference: {
              type: 'string',
              description:
                "For against: reference, a JSONL file of {id, response} (a reference model's answers).",
            },
            criterion: { type: 'string', minLength: 1 },
          },
        },
        prices: {
          type: 'object',
          description:
            'USD per million tokens for judge models; overrides the built-in table and the top-level prices.',
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['input', 'output'],
            properties: { input: { type: 'number', minimum: 0 }, output: { type: 'number', minimum: 0 } },
          },
        },
      },
    },
  },
  definitions: {
    metricName: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', description: 'snake_case metric name' },
    datasetFields: {
      type: 'object',
      additionalProperties: false,
      description: 'Field names of your records, when they differ from ours.',
      properties: {
        id: { type: 'string', default: 'id' },
        input: { type: 'string', default: 'input' },
        'expected-output': { type: 'string', default: 'expected_output' },
        'expected-action': { type: 'string', default: 'expected_action' },
        category: { type: 'string', default: 'category' },
      },
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      required: ['metric'],
      properties: {
        name: { type: 'string', minLength: 1 },
        metric: {
          type: 'string',
          minLength: 1,
          description: 'An aggregated metric, e.g. accuracy or accuracy@create_task.',
        },
        type: { enum: ['threshold', 'regression'], default: 'threshold' },
        op: {
          enum: ['<', '<=', '>', '>=', '=='],
          description: 'Threshold gates: how the metric compares with the threshold to pass.',
        },
        threshold: { type: 'number' },
        margin: {
          type: 'number',
          exclusiveMinimum: 0,
          description:
            "Regression gates: the largest tolerated drop against the baseline, in the metric's units (0.02 = 2 points).",
        },
        'on-inconclusive': { enum: ['pass', 'warn', 'block'], default: 'warn' },
        severity: { enum: ['blocking', 'warning'], default: 'blocking' },
        description: { type: 'string' },
      },
    },
  },
};
