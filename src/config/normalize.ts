import path from 'node:path';
import { isImportFormat } from '../core/import-formats.js';
import { UserError, UserErrors } from '../core/errors.js';
import type { ConfigOverrides } from './types.js';
import type {
  CacheConfig,
  ContaminationConfig,
  GateConfig,
  ModelConfig,
  RegressionConfig,
  RegressionGate,
  ResponsesConfig,
  RotationConfig,
  ThresholdGate,
} from '../core/config.js';
import type { LoadedConfig } from './types.js';
import { renderKey, type Locate } from './validate.js';
import { normalizeJudgeConfig } from '../judge/config.js';
import { normalizeMetrics } from '../scorers/registry.js';
import { defaultOf, withDefaults } from '../core/schema-defaults.js';
import { CONFIG_SCHEMA } from './schema.js';

type Raw = Record<string, unknown>;
type Problem = (keyPath: (string | number)[], message: string, fix?: string) => void;

const SECTIONS = CONFIG_SCHEMA.properties;

/**
 * Turns a schema-valid raw config (kebab-case keys) into the typed config with every default of the schema
 * filled in,
 * applies overrides, and checks what a JSON Schema cannot say (e.g. a threshold gate needs a threshold).
 */
export function normalizeConfig(
  raw: Raw,
  configFile: string,
  locate: Locate,
  overrides: ConfigOverrides,
): LoadedConfig {
  const baseDir = path.dirname(configFile);
  const problems: UserError[] = [];
  const problem: Problem = (keyPath, message, fix) => {
    problems.push(
      new UserError(message, { file: configFile, line: locate(keyPath), key: renderKey(keyPath), fix }),
    );
  };

  const dataset = obj(withDefaults(raw.dataset, SECTIONS.dataset));
  const fields = obj(withDefaults(obj(dataset.fields), CONFIG_SCHEMA.definitions.datasetFields));
  const config: LoadedConfig = {
    version: 1,
    name: str(raw.name) ?? (path.basename(baseDir).replace(/[^A-Za-z0-9._-]/g, '-') || 'evalgate'),
    configFile,
    baseDir,
    dataset: {
      path: overrides.dataset ? path.resolve(overrides.dataset) : path.resolve(baseDir, str(dataset.path)!),
      format: str(dataset.format) as LoadedConfig['dataset']['format'],
      fields: {
        id: str(fields.id)!,
        input: str(fields.input)!,
        expectedOutput: str(fields['expected-output'])!,
        expectedAction: str(fields['expected-action'])!,
        category: str(fields.category)!,
      },
      rotation: normalizeRotation(dataset.rotation, problem),
    },
    model: normalizeModel(raw.model, overrides),
    responses: normalizeResponses(raw.responses, baseDir, overrides),
    cache: normalizeCache(raw.cache, baseDir),
    metrics: normalizeMetrics(obj(raw.metrics)),
    composite: normalizeComposite(raw.composite),
    prices: obj(raw.prices) as LoadedConfig['prices'],
    regression: normalizeRegression(raw.regression, baseDir, overrides),
    gates: normalizeGates(raw.gates, locate, problem),
    contamination: normalizeContamination(raw.contamination, baseDir),
    judge: normalizeJudgeConfig(raw.judge, baseDir, problem, obj(raw.prices) as LoadedConfig['prices']),
    report: normalizeReport(raw.report, baseDir, overrides),
  };
  if (raw.model && raw.responses && !overrides.responses && !overrides.baseUrl) {
    problem(
      ['responses'],
      'both `model` and `responses` are set: evalgate would not know where answers come from.',
      'Keep one: `model` to call an endpoint, or `responses` for answers collected beforehand.',
    );
  }
  const importFormat = isImportFormat(config.dataset.format);
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

function normalizeRotation(value: unknown, problem: Problem): RotationConfig | undefined {
  if (value === undefined) return undefined;
  const raw = obj(withDefaults(value, SECTIONS.dataset.properties.rotation));
  const rotation: RotationConfig = {
    sets: num(raw.sets)!,
    period: str(raw.period) as RotationConfig['period'],
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
  const raw = obj(withDefaults(value, SECTIONS.contamination));
  const corpus = Array.isArray(raw.corpus) ? (raw.corpus as string[]) : [str(raw.corpus)!];
  return {
    corpus: corpus.map((entry) => path.resolve(baseDir, entry)),
    ngram: num(raw.ngram)!,
    fields: raw.fields as ContaminationConfig['fields'],
    format: str(raw.format) as ContaminationConfig['format'],
    textField: str(raw['text-field'])!,
    threshold: num(raw.threshold)!,
  };
}

function normalizeModel(value: unknown, overrides: ConfigOverrides): ModelConfig | undefined {
  if (value === undefined && overrides.baseUrl === undefined) return undefined;
  const raw = obj(withDefaults(obj(value), SECTIONS.model));
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
    apiKeyEnv: str(raw['api-key-env'])!,
    systemPrompt: str(raw['system-prompt']),
    temperature: num(raw.temperature),
    maxTokens: num(raw['max-tokens']),
    seed: num(raw.seed),
    timeoutMs: num(raw['timeout-ms'])!,
    maxRetries: num(raw['max-retries'])!,
    concurrency: num(raw.concurrency)!,
    stripThinking: raw['strip-thinking'] === true,
    stream: raw.stream === true,
    requestsPerMinute: num(raw['requests-per-minute']),
    tokensPerMinute: num(raw['tokens-per-minute']),
    deadlineMs: num(raw['deadline-ms']),
    headers: raw.headers as Record<string, string> | undefined,
    circuitBreaker: num(raw['circuit-breaker']),
  };
}

function normalizeResponses(
  value: unknown,
  baseDir: string,
  overrides: ConfigOverrides,
): ResponsesConfig | undefined {
  if (value === undefined && overrides.responses === undefined) return undefined;
  const schema = SECTIONS.responses;
  const raw = obj(withDefaults(obj(value), schema));
  const fields = obj(withDefaults(obj(raw.fields), schema.properties.fields));
  return {
    path: overrides.responses ? path.resolve(overrides.responses) : path.resolve(baseDir, str(raw.path)!),
    format: str(raw.format) as ResponsesConfig['format'],
    fields: { id: str(fields.id)!, response: str(fields.response)! },
    onDuplicate: str(raw['on-duplicate']) as ResponsesConfig['onDuplicate'],
  };
}

function normalizeCache(value: unknown, baseDir: string): CacheConfig {
  const raw = obj(value);
  return {
    mode: str(obj(withDefaults(raw, SECTIONS.cache)).mode) as CacheConfig['mode'],
    dir: fromConfigOrCwd(baseDir, str(raw.dir), SECTIONS.cache),
  };
}

function normalizeComposite(value: unknown): LoadedConfig['composite'] {
  if (!value) return undefined;
  const raw = obj(withDefaults(value, SECTIONS.composite));
  return { name: str(raw.name)!, weights: obj(raw.weights) as Record<string, number> };
}

function normalizeReport(
  value: unknown,
  baseDir: string,
  overrides: ConfigOverrides,
): LoadedConfig['report'] {
  const raw = obj(value);
  return {
    outDir: overrides.outDir
      ? path.resolve(overrides.outDir)
      : fromConfigOrCwd(baseDir, str(raw['out-dir']), SECTIONS.report, 'out-dir'),
    maxFailingItems: num(obj(withDefaults(raw, SECTIONS.report))['max-failing-items'])!,
  };
}

function normalizeRegression(value: unknown, baseDir: string, overrides: ConfigOverrides): RegressionConfig {
  const given = obj(value);
  const raw = obj(withDefaults(given, SECTIONS.regression));
  const baseline =
    overrides.baseline ?? (str(raw.baseline) ? path.resolve(baseDir, str(raw.baseline)!) : undefined);
  return {
    baselineDir: fromConfigOrCwd(baseDir, str(given['baseline-dir']), SECTIONS.regression, 'baseline-dir'),
    baselinePath: baseline ? path.resolve(baseline) : undefined,
    goldenPath: str(raw.golden) ? path.resolve(baseDir, str(raw.golden)!) : undefined,
    alpha: num(raw.alpha)!,
    requireSameDataset: raw['require-same-dataset'] === true,
    requireBaseline: str(raw['require-baseline']) as RegressionConfig['requireBaseline'],
  };
}

function normalizeGates(value: unknown, locate: Locate, problem: Problem): GateConfig[] {
  const names = new Map<string, number>();
  return arr(value).map((raw, index): GateConfig => {
    const at = ['gates', index];
    const filled = obj(withDefaults(raw, CONFIG_SCHEMA.definitions.gate));
    const gate =
      filled.type === 'regression'
        ? regressionGate(raw, filled, at, locate(at), problem)
        : thresholdGate(raw, filled, at, locate(at), problem);
    const previous = names.get(gate.name);
    if (previous !== undefined) {
      problem(
        at,
        `two gates are named "${gate.name}" (gates[${previous}] and gates[${index}]).`,
        'Give one of them a distinct `name:`.',
      );
    }
    names.set(gate.name, index);
    return gate;
  });
}

/** `raw` is the gate as written, `filled` the same with the schema's defaults. */
function regressionGate(
  raw: Raw,
  filled: Raw,
  at: (string | number)[],
  line: number | undefined,
  problem: Problem,
): RegressionGate {
  const metric = str(raw.metric)!;
  const margin = num(raw.margin);
  if (margin === undefined) {
    problem(
      at,
      `the regression gate on "${metric}" has no margin.`,
      'Add `margin:` — the largest drop you accept against the baseline, e.g. 0.02 for 2 points.',
    );
  }
  if (raw.op !== undefined || raw.threshold !== undefined) {
    problem(
      at,
      'a regression gate compares with the baseline and takes no op or threshold.',
      'Remove op/threshold, or make it a threshold gate (type: threshold).',
    );
  }
  return {
    type: 'regression',
    name: str(raw.name) ?? `${metric} vs baseline`,
    metric,
    margin: margin ?? 0,
    severity: str(filled.severity) as GateConfig['severity'],
    onInconclusive: str(filled['on-inconclusive']) as RegressionGate['onInconclusive'],
    description: str(raw.description),
    line,
  };
}

function thresholdGate(
  raw: Raw,
  filled: Raw,
  at: (string | number)[],
  line: number | undefined,
  problem: Problem,
): ThresholdGate {
  const metric = str(raw.metric)!;
  const op = str(raw.op);
  const threshold = num(raw.threshold);
  if (op === undefined || threshold === undefined) {
    problem(
      at,
      `the gate on "${metric}" needs both \`op\` and \`threshold\`.`,
      'For example: `op: ">="` and `threshold: 0.95`.',
    );
  }
  // Checked on the gate as written: `on-inconclusive` has a default.
  if (raw.margin !== undefined || raw['on-inconclusive'] !== undefined) {
    problem(
      at,
      '`margin` and `on-inconclusive` belong to regression gates.',
      'Add `type: regression` or remove them.',
    );
  }
  return {
    type: 'threshold',
    name: str(raw.name) ?? `${metric} ${op ?? '?'} ${threshold ?? '?'}`,
    metric,
    op: (op ?? '>=') as ThresholdGate['op'],
    threshold: threshold ?? 0,
    severity: str(filled.severity) as GateConfig['severity'],
    description: str(raw.description),
    line,
  };
}

/**
 * A path set in the config is relative to the config file; the schema's default is relative to where evalgate
 * runs.
 */
function fromConfigOrCwd(
  baseDir: string,
  configured: string | undefined,
  schema: Record<string, unknown>,
  key = 'dir',
): string {
  return configured ? path.resolve(baseDir, configured) : path.resolve(String(defaultOf(schema, key)));
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
