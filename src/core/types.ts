import type { ImportFormat } from './import-formats.js';
// The data that flows through the pipeline. Every stage adds to the per-item records;
// aggregates are always computed from items, never stored beside them.

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** Where an item came from, so that errors and annotations can point at it. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** Present on the items of a multi-turn scenario: each user turn is one scored item. */
export interface ConversationRef {
  scenarioId: string;
  /** 0-based index of this user turn within the scenario. */
  turn: number;
  /** The scenario's context (session data), sent to the model as a system message. */
  context?: unknown;
  /** The scenario's user turns up to and including this one. Assistant turns are the model's own answers. */
  userTurns: string[];
}

export type DatasetFormat = 'json' | 'jsonl' | 'bedrock' | 'scenarios' | ImportFormat;

export type { ImportFormat } from './import-formats.js';

/** Per-item scores another harness computed, carried into the item's scores unchanged (null = N/A). */
export interface ImportedScores {
  scores: ItemScores;
  /** Why a metric scored low, in the harness's words (e.g. the judge's explanation). */
  notes?: Record<string, string>;
}

/** One scored unit of a benchmark. */
export interface DatasetItem {
  id: string;
  category: string;
  /** The user input of this item (for a scenario turn: that turn's user message). */
  input: string;
  expectedOutput?: string;
  expectedAction?: string;
  metadata?: Record<string, unknown>;
  source: SourceLocation;
  conversation?: ConversationRef;
  /**
   * The answer carried by the dataset itself (Bedrock format). `null` means the file records no answer,
   * which becomes an error item; `undefined` means the dataset carries no answers.
   */
  precomputed?: string | null;
  /** Scores computed elsewhere (import formats). */
  imported?: ImportedScores;
}

export interface Dataset {
  file: string;
  format: DatasetFormat;
  items: DatasetItem[];
  /** sha256 of the file's bytes, hex. */
  hash: string;
  /** The metrics the imported scores carry (import formats only). */
  importedMetrics?: MetricSpec[];
  /** Set when a held-out rotation reduced the items to its active set (src/rotation/held-out.ts). */
  heldOut?: HeldOutSelection;
  /** Aggregates another harness reported without per-item results (lm-eval results_*.json alone). */
  reportedMetrics?: MetricValue[];
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

export type ItemErrorKind =
  | 'missing_response' // no response recorded for the item
  | 'timeout'
  | 'rate_limited'
  | 'http' // a non-retryable or exhausted HTTP error
  | 'connection'
  | 'empty_response'
  | 'content_filter'
  | 'judge'
  | 'internal';

export interface ItemError {
  stage: 'model' | 'judge' | 'scoring';
  kind: ItemErrorKind;
  message: string;
  /** Number of attempts made, retries included. */
  attempts?: number;
  status?: number;
}

/** What the model source produced for one item. Exactly one of `output` and `error` is set. */
export interface ModelResponse {
  output: string | null;
  error?: ItemError;
  latencyMs?: number;
  /** Time to first token, when streaming. */
  ttftMs?: number;
  usage?: TokenUsage;
  finishReason?: string;
  /** True when the answer came from the response cache (its latency is the original one). */
  cached?: boolean;
  attempts?: number;
}

/** Per-item scores: metric name -> value. `null` means not applicable (N/A), never zero. */
export type ItemScores = Record<string, number | null>;

export type MetricKind = 'binary' | 'continuous';

/** Declares a per-item metric a scorer produces. */
export interface MetricSpec {
  name: string;
  kind: MetricKind;
  /** Whether larger values are better (false for latency, cost, error and harm rates). */
  higherIsBetter: boolean;
  description: string;
  /**
   * How an error item (no model output) counts. 'fail' scores it as the worst value (0 for binary metrics):
   * an error is never a pass. 'exclude' leaves it out (used for latency and tokens).
   */
  onError: 'fail' | 'exclude';
  /** Name under which the aggregate appears, e.g. `json_valid` -> `json_valid_rate`. Defaults to `name`. */
  aggregateName?: string;
  /** Also aggregate at corpus level (`corpus_bleu`, `corpus_chrf`) from the items' outputs and references. */
  corpus?: 'bleu' | 'chrf';
}

/** The per-item record: the unit of truth in the report and the baseline. */
export interface ItemRecord {
  id: string;
  category: string;
  input: string;
  expectedOutput?: string;
  expectedAction?: string;
  output: string | null;
  error?: ItemError;
  scores: ItemScores;
  /** Why a metric failed or was N/A for this item (metric -> reason), e.g. the first schema error. */
  notes?: Record<string, string>;
  latencyMs?: number;
  ttftMs?: number;
  usage?: TokenUsage;
  costUsd?: number;
  finishReason?: string;
  cached?: boolean;
  attempts?: number;
  source: SourceLocation;
  scenarioId?: string;
  turn?: number;
  /** What the LLM judge did for this item (sampled items only): raw levels, reasoning, models, cost. */
  judge?: ItemJudgement;
}

export interface Interval {
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
  method: string;
}

/** An aggregated metric: a value always travels with its n and its interval. */
export interface MetricValue {
  name: string;
  /** The per-item metric it aggregates (`exact_match`), or the summary it is (`latency_p95_ms`). */
  base: string;
  /** Set for per-category metrics (`exact_match@create_task`). */
  category?: string;
  kind: 'rate' | 'mean' | 'quantile' | 'total' | 'composite' | 'corpus';
  value: number | null;
  /** Items that entered the value. */
  n: number;
  interval?: Interval;
  /** Items whose score was N/A. */
  naCount: number;
  /** Error items counted in n as failures (for 'fail' metrics) or left out (for 'exclude' metrics). */
  errorCount: number;
  higherIsBetter: boolean;
  description: string;
  /** How a corpus metric was computed, in sacreBLEU's signature format (kind 'corpus'). */
  signature?: string;
  /** A harness's reported aggregate: its standard error, or null when it reported none. Absent when computed from items. */
  standardError?: number | null;
}

export type MetricsMap = Record<string, MetricValue>;

export type Decision = 'deploy' | 'block' | 'error';

/** USD per million tokens of one model. */
export interface Price {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
}

/** The held-out set a rotating benchmark runs this period (see src/rotation/). */
export interface HeldOutSelection {
  /** The active set, 1-based. */
  set: number;
  sets: number;
  /** `explicit`: the config's `set`; `period`: from the run's date. */
  chosenBy: 'explicit' | 'period';
  period?: 'daily' | 'weekly' | 'monthly' | 'quarterly';
  /** The period the date falls in, e.g. `2026-12`, `2026-Q4`, `week of 2026-11-30`, `2026-12-02`. */
  periodLabel?: string;
  /** Items of the active set, and of the whole dataset. */
  items: number;
  totalItems: number;
}

// What the judge did for one item (src/judge/), kept in ItemRecord.judge.

/** One judge model's answer for one item and metric. */
export interface JudgeVerdict {
  model: string;
  /** The level the judge chose (null: N/A or error). */
  raw: number | string | null;
  /** On 0–1 (null: N/A or error). */
  normalized: number | null;
  na: boolean;
  reasoning: string;
  /** Set when the judge gave no usable answer: never a pass, never a zero. */
  error?: ItemError;
  /** Requests made, retries and the re-ask after an invalid answer included. */
  attempts: number;
  cached: boolean;
  /** Whether the answer was asked for with a strict JSON schema. */
  structured?: boolean;
}

export type JudgedStatus = 'scored' | 'na' | 'error' | 'budget' | 'model_error';

/** One metric of one item: the panel's verdicts and what they add up to. */
export interface JudgedMetric {
  status: JudgedStatus;
  /** The aggregated normalized score written to `scores[judge_<metric>]` (null: N/A; absent: not counted). */
  score?: number | null;
  /** The aggregated level on the metric's own scale. */
  raw?: number | string | null;
  verdicts: JudgeVerdict[];
}

export type PairwiseWinner = 'candidate' | 'other' | 'tie';

export interface PairwiseOrderVerdict {
  model: string;
  /** Which answer was shown first: the candidate's (`candidate-first`) or the other one's. */
  order: 'candidate-first' | 'other-first';
  /** The winner as the judge said it, in candidate terms (null: error). */
  winner: PairwiseWinner | null;
  reasoning: string;
  error?: ItemError;
  attempts: number;
  cached: boolean;
}

export interface PairwiseItemResult {
  /** `model_error`: the candidate has no answer, a loss without a call. */
  status: 'judged' | 'error' | 'budget' | 'identical' | 'no_other' | 'model_error';
  /** Final verdict: a win only if both orders agree; disagreeing orders make a tie. */
  outcome?: PairwiseWinner;
  /** The orders disagreed (for at least one judge). */
  inconsistent?: boolean;
  verdicts: PairwiseOrderVerdict[];
}

/** What the judge did for one item, kept in `ItemRecord.judge`. */
export interface ItemJudgement {
  /** `sample`: in the random sample (counted); `failed`: judged because it failed stage 1 (listed only). */
  selection: 'sample' | 'failed';
  metrics: Record<string, JudgedMetric>;
  pairwise?: PairwiseItemResult;
  /** USD spent on this item's judge calls. */
  costUsd: number;
}
