import path from 'node:path';
import { UserError, UserErrors } from '../core/errors.js';
import type { ConfigOverrides } from './load.js';
import type {
  CacheConfig,
  ContaminationConfig,
  EvalgateConfig,
  GateConfig,
  MetricsConfig,
  ModelConfig,
  RegressionConfig,
  ResponsesConfig,
  RotationConfig,
  ThresholdGate,
} from '../core/config.js';
import { renderKey, type Locate } from './validate.js';
import { normalizeJudgeConfig } from '../judge/config.js';
import { DEFAULT_MODEL_CIRCUIT_BREAKER } from '../model/circuit-breaker.js';

type Raw = Record<string, unknown>;

/**
 * Turns a schema-valid raw config (kebab-case keys) into the typed config with every default filled in,
 * applies overrides, and checks what a JSON Schema cannot say (e.g. a threshold gate needs a threshold).
 */
export function normalizeConfig(
  raw: Raw,
  configFile: string,
  locate: Locate,
  overrides: ConfigOverrides,
): EvalgateConfig {
  const baseDir = path.dirname(configFile);
  const problems: UserError[] = [];
  const problem = (keyPath: (string | number)[], message: string, fix?: string): void => {
    problems.push(
      new UserError(message, { file: configFile, line: locate(keyPath), key: renderKey(keyPath), fix }),
    );
  };

  const dataset = obj(raw.dataset);
  const fields = obj(dataset.fields);
  const config: EvalgateConfig = {
    version: 1,
    name: str(raw.name) ?? (path.basename(baseDir).replace(/[^A-Za-z0-9._-]/g, '-') || 'evalgate'),
    configFile,
    baseDir,
    dataset: {
      path: overrides.dataset ? path.resolve(overrides.dataset) : path.resolve(baseDir, str(dataset.path)!),
      format: (str(dataset.format) ?? 'auto') as EvalgateConfig['dataset']['format'],
      fields: {
        id: str(fields.id) ?? 'id',
        input: str(fields.input) ?? 'input',
        expectedOutput: str(fields['expected-output']) ?? 'expected_output',
        expectedAction: str(fields['expected-action']) ?? 'expected_action',
        category: str(fields.category) ?? 'category',
      },
      rotation: normalizeRotation(dataset.rotation, problem),
    },
    model: normalizeModel(raw.model, overrides),
    responses: normalizeResponses(raw.responses, baseDir, overrides),
    cache: normalizeCache(raw.cache, baseDir),
    metrics: normalizeMetrics(obj(raw.metrics)),
    composite: raw.composite
      ? {
          name: str(obj(raw.composite).name) ?? 'composite_score',
          weights: obj(obj(raw.composite).weights) as Record<string, number>,
        }
      : undefined,
    prices: obj(raw.prices) as EvalgateConfig['prices'],
    regression: normalizeRegression(raw.regression, baseDir, overrides),
    gates: normalizeGates(raw.gates, locate, problem),
    contamination: normalizeContamination(raw.contamination, baseDir),
    judge: normalizeJudgeConfig(raw.judge, baseDir, problem, obj(raw.prices) as EvalgateConfig['prices']),
    report: {
      outDir: overrides.outDir
        ? path.resolve(overrides.outDir)
        : fromConfigOrCwd(baseDir, str(obj(raw.report)['out-dir']), 'evalgate-report'),
      maxFailingItems: num(obj(raw.report)['max-failing-items']) ?? 10,
    },
  };
  if (raw.model && raw.responses && !overrides.responses && !overrides.baseUrl) {
    problem(
      ['responses'],
      'both `model` and `responses` are set: evalgate would not know where answers come from.',
      'Keep one: `model` to call an endpoint, or `responses` for answers collected beforehand.',
    );
  }
  const importFormat = ['bedrock-eval', 'lm-eval-harness', 'promptfoo'].includes(config.dataset.format);
  for (const key of ['responses', 'model'] as const) {
    const overridden = key === 'responses' ? overrides.responses : overrides.baseUrl;
    if (importFormat && (raw[key] !== undefined || overridden !== undefined)) {
      problem(
        [key],
        `dataset.format ${config.dataset.format}: imported results carry their own answers, and their scores belong to those answers.`,
        `Remove \`${key}\` (and the ${key === 'responses' ? 'responses' : 'endpoint'} override): the answers come from dataset.path.`,
      );
    }
  }
  if (overrides.responses) config.model = undefined;
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new UserErrors(problems);
  return config;
}

function normalizeRotation(
  value: unknown,
  problem: (keyPath: (string | number)[], message: string, fix?: string) => void,
): RotationConfig | undefined {
  if (value === undefined) return undefined;
  const raw = obj(value);
  const rotation: RotationConfig = {
    sets: num(raw.sets)!,
    period: (str(raw.period) ?? 'monthly') as RotationConfig['period'],
    set: num(raw.set),
  };
  if (rotation.set !== undefined && rotation.set > rotation.sets) {
    problem(
      ['dataset', 'rotation', 'set'],
      `set ${rotation.set} does not exist: the items are split into ${rotation.sets} sets.`,
      `Use a set from 1 to ${rotation.sets}, or leave set out to take the set of the period.`,
    );
  }
  return rotation;
}

function normalizeContamination(value: unknown, baseDir: string): ContaminationConfig | undefined {
  if (value === undefined) return undefined;
  const raw = obj(value);
  const corpus = Array.isArray(raw.corpus) ? (raw.corpus as string[]) : [str(raw.corpus)!];
  return {
    corpus: corpus.map((entry) => path.resolve(baseDir, entry)),
    ngram: num(raw.ngram) ?? 13,
    fields: (raw.fields as ContaminationConfig['fields'] | undefined) ?? ['input', 'expected'],
    format: (str(raw.format) ?? 'auto') as ContaminationConfig['format'],
    textField: str(raw['text-field']) ?? 'text',
    threshold: num(raw.threshold) ?? 0,
  };
}

function normalizeModel(value: unknown, overrides: ConfigOverrides): ModelConfig | undefined {
  if (value === undefined && overrides.baseUrl === undefined) return undefined;
  const raw = obj(value);
  const baseUrl = overrides.baseUrl ?? str(raw['base-url']);
  const model = overrides.model ?? str(raw.model);
  if (!baseUrl || !model) {
    throw new UserError('a live endpoint needs both a base URL and a model name.', {
      key: 'model',
      fix: 'Set model.base-url and model.model in the config, or the `endpoint` and `model` inputs.',
    });
  }
  return {
    baseUrl,
    model,
    apiKeyEnv: str(raw['api-key-env']) ?? 'OPENAI_API_KEY',
    systemPrompt: str(raw['system-prompt']),
    temperature: num(raw.temperature) ?? 0,
    maxTokens: num(raw['max-tokens']),
    seed: num(raw.seed),
    timeoutMs: num(raw['timeout-ms']) ?? 60_000,
    maxRetries: num(raw['max-retries']) ?? 3,
    concurrency: num(raw.concurrency) ?? 8,
    stripThinking: raw['strip-thinking'] === true,
    stream: raw.stream === true,
    requestsPerMinute: num(raw['requests-per-minute']),
    tokensPerMinute: num(raw['tokens-per-minute']),
    deadlineMs: num(raw['deadline-ms']),
    headers: raw.headers as Record<string, string> | undefined,
    circuitBreaker: num(raw['circuit-breaker']) ?? DEFAULT_MODEL_CIRCUIT_BREAKER,
  };
}

function normalizeResponses(
  value: unknown,
  baseDir: string,
  overrides: ConfigOverrides,
): ResponsesConfig | undefined {
  if (value === undefined && overrides.responses === undefined) return undefined;
  const raw = obj(value);
  const fields = obj(raw.fields);
  return {
    path: overrides.responses ? path.resolve(overrides.responses) : path.resolve(baseDir, str(raw.path)!),
    format: (str(raw.format) ?? 'auto') as ResponsesConfig['format'],
    fields: { id: str(fields.id) ?? 'id', response: str(fields.response) ?? 'response' },
    onDuplicate: (str(raw['on-duplicate']) ?? 'error') as ResponsesConfig['onDuplicate'],
  };
}

function normalizeCache(value: unknown, baseDir: string): CacheConfig {
  const raw = obj(value);
  return {
    mode: (str(raw.mode) ?? 'read-write') as CacheConfig['mode'],
    dir: fromConfigOrCwd(baseDir, str(raw.dir), '.evalgate/cache'),
  };
}

function normalizeMetrics(raw: Raw): MetricsConfig {
  const exact = raw['exact-match'];
  const json = raw.json;
  const numeric = raw.numeric;
  return {
    exactMatch:
      exact === undefined || exact === false
        ? undefined
        : {
            name: str(obj(exact).name) ?? 'exact_match',
            normalize: obj(exact).normalize === true,
            json: obj(exact).json === true,
          },
    json: json === undefined || json === false ? undefined : { schema: str(obj(json).schema) },
    fields: arr(raw.fields).map((field) => ({
      name: str(field.name)!,
      path: str(field.path)!,
      expected: str(field.expected) ?? 'expected_action',
    })),
    contains: arr(raw.contains).map((entry) => ({
      name: str(entry.name)!,
      values: entry.values as string[],
      caseSensitive: entry['case-sensitive'] !== false,
    })),
    regex: arr(raw.regex).map((entry) => ({
      name: str(entry.name)!,
      pattern: str(entry.pattern)!,
      flags: str(entry.flags) ?? '',
      mustMatch: entry['must-match'] !== false,
    })),
    numeric:
      numeric === undefined || numeric === false
        ? undefined
        : {
            name: str(obj(numeric).name) ?? 'numeric_match',
            extract: (str(obj(numeric).extract) ?? 'boxed-or-last') as NonNullable<
              MetricsConfig['numeric']
            >['extract'],
            tolerance: num(obj(numeric).tolerance) ?? 1e-6,
          },
    f1: raw.f1 === undefined || raw.f1 === false ? undefined : { name: str(obj(raw.f1).name) ?? 'f1' },
    rouge:
      raw.rouge === undefined || raw.rouge === false
        ? undefined
        : {
            types: (obj(raw.rouge).types as NonNullable<MetricsConfig['rouge']>['types'] | undefined) ?? [
              'rouge1',
              'rouge2',
              'rougeL',
            ],
            stemmer: obj(raw.rouge).stemmer === true,
          },
    bleu: raw.bleu === true ? true : undefined,
    chrf: raw.chrf === true ? true : undefined,
    perCategory: raw['per-category'] !== false,
  };
}

function normalizeRegression(value: unknown, baseDir: string, overrides: ConfigOverrides): RegressionConfig {
  const raw = obj(value);
  const baseline =
    overrides.baseline ?? (str(raw.baseline) ? path.resolve(baseDir, str(raw.baseline)!) : undefined);
  return {
    baselineDir: fromConfigOrCwd(baseDir, str(raw['baseline-dir']), '.evalgate/baselines'),
    baselinePath: baseline ? path.resolve(baseline) : undefined,
    goldenPath: str(raw.golden) ? path.resolve(baseDir, str(raw.golden)!) : undefined,
    alpha: num(raw.alpha) ?? 0.05,
    requireSameDataset: raw['require-same-dataset'] === true,
    requireBaseline: (str(raw['require-baseline']) ?? 'auto') as RegressionConfig['requireBaseline'],
  };
}

function normalizeGates(
  value: unknown,
  locate: Locate,
  problem: (keyPath: (string | number)[], message: string, fix?: string) => void,
): GateConfig[] {
  const names = new Map<string, number>();
  return arr(value).map((raw, index): GateConfig => {
    const metric = str(raw.metric)!;
    const type = str(raw.type) ?? 'threshold';
    const severity = (str(raw.severity) ?? 'blocking') as GateConfig['severity'];
    const line = locate(['gates', index]);
    let gate: GateConfig;
    if (type === 'regression') {
      const margin = num(raw.margin);
      if (margin === undefined) {
        problem(
          ['gates', index],
          `the regression gate on "${metric}" has no margin.`,
          'Add `margin:` — the largest drop you accept against the baseline, e.g. 0.02 for 2 points.',
        );
      }
      if (raw.op !== undefined || raw.threshold !== undefined) {
        problem(
          ['gates', index],
          'a regression gate compares with the baseline and takes no op or threshold.',
          'Remove op/threshold, or make it a threshold gate (type: threshold).',
        );
      }
      gate = {
        type: 'regression',
        name: str(raw.name) ?? `${metric} vs baseline`,
        metric,
        margin: margin ?? 0,
        severity,
        onInconclusive: (str(raw['on-inconclusive']) ?? 'warn') as 'pass' | 'warn' | 'block',
        description: str(raw.description),
        line,
      };
    } else {
      const op = str(raw.op);
      const threshold = num(raw.threshold);
      if (op === undefined || threshold === undefined) {
        problem(
          ['gates', index],
          `the gate on "${metric}" needs both \`op\` and \`threshold\`.`,
          'For example: `op: ">="` and `threshold: 0.95`.',
        );
      }
      if (raw.margin !== undefined || raw['on-inconclusive'] !== undefined) {
        problem(
          ['gates', index],
          '`margin` and `on-inconclusive` belong to regression gates.',
          'Add `type: regression` or remove them.',
        );
      }
      gate = {
        type: 'threshold',
        name: str(raw.name) ?? `${metric} ${op ?? '?'} ${threshold ?? '?'}`,
        metric,
        op: (op ?? '>=') as ThresholdGate['op'],
        threshold: threshold ?? 0,
        severity,
        description: str(raw.description),
        line,
      };
    }
    const previous = names.get(gate.name);
    if (previous !== undefined) {
      problem(
        ['gates', index],
        `two gates are named "${gate.name}" (gates[${previous}] and gates[${index}]).`,
        'Give one of them a distinct `name:`.',
      );
    }
    names.set(gate.name, index);
    return gate;
  });
}

/** A path set in the config is relative to the config file; a default is relative to where evalgate runs. */
function fromConfigOrCwd(baseDir: string, configured: string | undefined, fallback: string): string {
  return configured ? path.resolve(baseDir, configured) : path.resolve(fallback);
}

function obj(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}

function arr(value: unknown): Raw[] {
  return Array.isArray(value) ? (value as Raw[]) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
