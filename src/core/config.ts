// The validated, normalized configuration. The file itself uses kebab-case keys
// (`base-url`, `on-inconclusive`); the loader turns them into these camelCase fields.
import type { DatasetFormat, Price } from './types.js';
import type { JudgeConfig } from './judge.js';

export type CacheMode = 'read-write' | 'read-only' | 'off';

export interface ModelConfig {
  baseUrl: string;
  model: string;
  /** Environment variable holding the API key. Default OPENAI_API_KEY. */
  apiKeyEnv: string;
  systemPrompt?: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Requests kept in flight. */
  concurrency: number;
  /** Remove `<thinking>...</thinking>` blocks from answers before scoring. */
  stripThinking: boolean;
  /** Stream answers to measure time to first token. */
  stream: boolean;
  /** Optional caps, per minute. */
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Overall deadline for all model calls. */
  deadlineMs?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Consecutive calls failing to reach the endpoint after which the rest are not sent; 0 disables. Default 10. */
  circuitBreaker?: number;
}

export interface CacheConfig {
  mode: CacheMode;
  dir: string;
}

/** Names of the fields a JSON/JSONL record keeps its parts in, when they differ from ours. */
export interface DatasetFieldNames {
  id: string;
  input: string;
  expectedOutput: string;
  expectedAction: string;
  category: string;
}

export interface ResponsesConfig {
  path: string;
  format: 'auto' | 'jsonl' | 'bedrock';
  fields: { id: string; response: string };
  /** A responses file that holds an id twice: fail, or keep the first and report the others. */
  onDuplicate: 'error' | 'first';
}

export interface DatasetConfig {
  path: string;
  format: DatasetFormat | 'auto';
  fields: DatasetFieldNames;
  /** Held-out rotation: only the active set of items is evaluated (src/rotation/). */
  rotation?: RotationConfig;
}

export interface RotationConfig {
  /** Number of held-out sets the items are split into. */
  sets: number;
  /** How often the active set changes (from the run's date, UTC). */
  period: 'daily' | 'weekly' | 'monthly' | 'quarterly';
  /** An explicit active set, 1-based (overrides the period). */
  set?: number;
}

export interface ContaminationConfig {
  /** Absolute paths of corpus files or folders. */
  corpus: string[];
  ngram: number;
  fields: ('input' | 'expected')[];
  format: 'auto' | 'jsonl' | 'text';
  textField: string;
  /** Share of an item's n-grams that must be found for it to count as contaminated (0: any one). */
  threshold: number;
}

/** The metrics section as the stages below the config loader see it: each scorer file declares its own part
 * (src/scorers/registry.ts); src/config/types.ts gives the loaded config its exact type. */
export type MetricSettings = Readonly<Record<string, unknown>>;

export type GateOperator = '<' | '<=' | '>' | '>=' | '==';
export type GateSeverity = 'blocking' | 'warning';

export interface ThresholdGate {
  type: 'threshold';
  name: string;
  metric: string;
  op: GateOperator;
  threshold: number;
  severity: GateSeverity;
  description?: string;
  /** Line of the gate in the config file, for annotations. */
  line?: number;
}

export interface RegressionGate {
  type: 'regression';
  name: string;
  metric: string;
  /** Largest tolerated drop, in the metric's own units (0.02 = 2 points for a rate). */
  margin: number;
  severity: GateSeverity;
  onInconclusive: 'pass' | 'warn' | 'block';
  description?: string;
  line?: number;
}

export type GateConfig = ThresholdGate | RegressionGate;

export interface RegressionConfig {
  /** Local baseline store folder. */
  baselineDir: string;
  /** An explicit baseline file to compare with (overrides the store). */
  baselinePath?: string;
  /** A pinned "golden" baseline: cumulative drift is shown against it, never gated. */
  goldenPath?: string;
  /** One-sided alpha for non-inferiority decisions. */
  alpha: number;
  /** Refuse to compare with a baseline of another dataset. */
  requireSameDataset: boolean;
  /** What regression gates do without a usable baseline (see RequireBaseline). */
  requireBaseline: RequireBaseline;
}

/**
 * - `auto`: a first run (no baseline ever stored) warns; a baseline that existed but cannot be read, or that
 *   pairs no item with this run, is an error.
 * - `always`: no usable baseline is an error, on a first run too.
 * - `never`: no usable baseline only warns.
 */
export type RequireBaseline = 'auto' | 'always' | 'never';

export interface CompositeConfig {
  name: string;
  weights: Record<string, number>;
}

export interface ReportConfig {
  outDir: string;
  /** Failing items listed per failed gate. */
  maxFailingItems: number;
}

export interface EvalgateConfig<Metrics = MetricSettings> {
  version: 1;
  name: string;
  /** Absolute path of the config file, for error messages and annotations. */
  configFile: string;
  /** Folder relative paths in the config are resolved against. */
  baseDir: string;
  dataset: DatasetConfig;
  model?: ModelConfig;
  responses?: ResponsesConfig;
  cache: CacheConfig;
  metrics: Metrics;
  composite?: CompositeConfig;
  prices: Record<string, Price>;
  regression: RegressionConfig;
  gates: GateConfig[];
  report: ReportConfig;
  /** Stage 2, the LLM judge (absent: no judge). */
  judge?: JudgeConfig;
  /** N-gram overlap of the benchmark with a training corpus (absent: not checked). */
  contamination?: ContaminationConfig;
}
