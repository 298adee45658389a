// Types of stage 2, the LLM judge: its normalized configuration, what it records per item, and its report.
import type { MetricKind, Price, TokenUsage } from './types.js';
import type { StratumAllocation } from '../stats/sampling.js';

/** One level of a rating scale, as the judge must answer it. */
export interface RatingLevel {
  /** What the judge answers: a number (Bedrock `floatValue`) or a label (`stringValue`). */
  value: number | string;
  /** What the level means, shown to the judge. */
  definition: string;
  /** The level means "not applicable": it becomes null, never a score. */
  na: boolean;
  /** The level's position on 0–1 (0 the lowest level, 1 the highest); null for the N/A level. */
  normalized: number | null;
}

export interface JudgeMetricDefinition {
  /** snake_case name: `correctness`, `format_quality`, or a custom metric's name made snake_case. */
  name: string;
  /** The name a user knows: `Correctness`, `format quality`, or the custom metric's own name. */
  displayName: string;
  source: 'builtin' | 'rubric' | 'custom';
  /** The custom metric file it came from. */
  file?: string;
  /**
   * What to judge. Built-in metrics: the criterion in plain words. Custom metrics: Bedrock instructions with
   * `{{prompt}}`, `{{prediction}}` and `{{ground_truth}}` variables.
   */
  instructions: string;
  /** Scale levels, N/A levels included (they are answered through `na`, not `score`). */
  levels: RatingLevel[];
  /** Whether the judge may answer N/A. */
  allowNa: boolean;
  /** `binary` for yes/no metrics (harmful, refusal): aggregated as a rate with a Wilson interval. */
  kind: MetricKind;
  higherIsBetter: boolean;
  /** The per-item score name in `ItemRecord.scores`: `judge_<name>`. */
  scoreName: string;
  /** The aggregate's name: `harmful_rate`; absent means the aggregation's default (`judge_<name>_mean`). */
  aggregateName?: string;
  /** Krippendorff level for panel agreement. */
  agreementLevel: 'ordinal' | 'nominal';
  /** How a sampled item with no model answer counts: worst value ('fail'), or left out ('exclude'). */
  onModelError: 'fail' | 'exclude';
  /** Neither good nor bad in itself (refusal): no low-score alerts. */
  neutral?: boolean;
}

export interface JudgeEndpointConfig {
  baseUrl: string;
  apiKeyEnv: string;
  headers?: Record<string, string>;
  temperature?: number;
  seed?: number;
  timeoutMs: number;
  maxRetries: number;
  /** Consecutive calls failing to reach the endpoint after which the rest are not sent; 0 disables. Default 5. */
  circuitBreaker?: number;
  concurrency: number;
  /** Output tokens a judge answer may use (sent as max_tokens; also the worst case the budget reserves). */
  maxTokens: number;
  /** `auto`: ask for a strict JSON schema, fall back to parse + validate when the endpoint rejects it. */
  structuredOutput: 'auto' | 'always' | 'never';
}

export interface JudgeSamplingConfig {
  /** Share of items judged. */
  rate: number;
  /** At least this many (or all, if fewer). */
  minSample: number;
  /** The seed of the hash order: the same seed judges the same items. */
  seed: string;
  /** Also judge items that failed a stage-1 metric or have no answer; listed, not counted in the estimates. */
  includeFailed: boolean;
  /** Judge every item (still within the budget). */
  judgeAll: boolean;
  /** Guarantee this many items per category (or all of a smaller one). */
  minPerCategory: number;
}

export interface PairwiseConfig {
  /** The other answer: the baseline's stored output, or a responses file (a reference model's answers). */
  against: 'baseline' | 'reference';
  /** JSONL file of `{id, response}` for `against: reference`. */
  referencePath?: string;
  /** What "better" means, shown to the judge. */
  criterion: string;
}

export interface JudgeConfig {
  endpoint: JudgeEndpointConfig;
  /** One judge, or a panel. */
  models: string[];
  /** How a panel's scores become one per item. */
  aggregate: 'mean' | 'median' | 'majority';
  sampling: JudgeSamplingConfig;
  /** Hard budget for the judge calls of one run. */
  budgetUsd: number;
  /** Output tokens an answer is expected to use, for the estimate shown before judging. */
  expectedOutputTokens: number;
  /** Above this share of judge errors (or answers missing for budget), a metric is INCONCLUSIVE. */
  maxErrorRate: number;
  /** Above this share of N/A answers, a metric is INCONCLUSIVE. */
  maxNaRate: number;
  /** Items scoring below this (normalized 0–1) are listed as low-score alerts. */
  alertBelow: number;
  metrics: JudgeMetricDefinition[];
  pairwise?: PairwiseConfig;
  /** The price table for judge calls: defaults, then the config's `prices`, then `judge.prices`. */
  prices: Record<string, Price>;
}

export interface JudgeIdentity {
  models: string[];
  baseUrl: string;
  temperature?: number;
  seed?: number;
  /** Hash of the prompt templates and every metric's definition and scale. */
  rubricHash: string;
  promptVersion: string;
  sampleSeed: string;
  aggregate: JudgeConfig['aggregate'];
}

export interface JudgeSampleReport {
  population: number;
  /** Size wanted before the budget: max(min, ⌈rate·N⌉) (or N when judging everything). */
  wanted: number;
  /** Items in the random sample. */
  size: number;
  rate: number;
  minSample: number;
  seed: string;
  judgeAll: boolean;
  /** Largest sample the budget allows at the expected cost per item. */
  budgetCap: number;
  /** The budget made the sample smaller than wanted. */
  budgetLimited: boolean;
  allocation: StratumAllocation[];
  /** Failed items judged on top of the sample (listed, not counted). */
  extraFailed: number;
  /** Sampled items without a model answer (not sent to the judge). */
  modelErrors: number;
}

export interface JudgeEstimate {
  /** Judge calls planned (items × metrics × judges, plus 2 × judges per pairwise item). */
  calls: number;
  promptTokens: number;
  /** At the expected answer length (expected-output-tokens, never more than max-tokens). */
  outputTokens: number;
  /**
   * The range the spend falls in: low (every call answered once, shortest answers) <= expected <= worst case
   * (every call asked twice, prompts at one token per byte, answers at max-tokens; never above the budget).
   */
  lowUsd: number;
  expectedUsd: number;
  worstCaseUsd: number;
  /** Expected USD per sampled item. */
  perItemUsd: number;
  prices: { model: string; key: string; input: number; output: number }[];
}

export interface JudgeSpend {
  usd: number;
  budgetUsd: number;
  /** Requests sent (retries included). */
  requests: number;
  calls: number;
  cachedCalls: number;
  promptTokens: number;
  completionTokens: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
  /** Sampled items left (partly) unjudged because the next call could have crossed the budget. */
  unjudgedForBudget: number;
  budgetExhausted: boolean;
  /** Calls that fell back from a strict JSON schema to parse + validate. */
  structuredFallbacks: number;
}

export interface JudgeMetricCategoryReport {
  category: string;
  scored: number;
  na: number;
  errors: number;
  budget: number;
  inconclusive: boolean;
}

export interface JudgeMetricReport {
  name: string;
  displayName: string;
  source: JudgeMetricDefinition['source'];
  scoreName: string;
  /** The aggregate in `report.metrics` (`judge_helpfulness_mean`, `harmful_rate`). */
  aggregateName: string;
  kind: MetricKind;
  higherIsBetter: boolean;
  scale: string;
  /** Sampled items with a model answer: the ones the judge had to score. */
  planned: number;
  scored: number;
  na: number;
  naRate: number | null;
  /** Judge errors (unparseable, out of scale, refused, HTTP failures) after the retries. */
  errors: number;
  errorRate: number | null;
  /** Planned but not judged: the budget ran out. */
  budget: number;
  /** Sampled items with no model answer (worst value, or left out, per metric). */
  modelErrors: number;
  status: 'ok' | 'inconclusive';
  reasons: string[];
  /** The value if every judge error and budget gap were the worst score (only when there are some). */
  worstCase?: number | null;
  perCategory: JudgeMetricCategoryReport[];
}

export interface JudgeAlert {
  id: string;
  category: string;
  metric: string;
  /** Level on the metric's scale. */
  raw: number | string | null;
  normalized: number;
  reasoning: string;
  model: string;
}

export interface PanelAgreement {
  metric: string;
  /** Krippendorff's alpha over all judges (NaN when undefined: no variation). */
  alpha: number | null;
  alphaLevel: 'ordinal' | 'nominal';
  /** Items rated by at least two judges. */
  units: number;
  /** Unusable answers of each panel member (items then scored by the other judges, or judge errors). */
  memberErrors: { model: string; errors: number }[];
  /** Weighted (quadratic) kappa, for a panel of exactly two. */
  kappa?: number | null;
  kappaWeighting?: 'quadratic' | 'unweighted';
}

export interface PanelDisagreement {
  id: string;
  metric: string;
  ratings: { model: string; raw: number | string | null }[];
  /** Largest difference between two judges, on 0–1. */
  spread: number;
}

export interface PairwiseReport {
  against: PairwiseConfig['against'];
  criterion: string;
  /** Items compared (judged both ways). */
  n: number;
  wins: number;
  losses: number;
  ties: number;
  /** Ties that come from the two orders disagreeing (position bias). */
  inconsistent: number;
  winRate: number | null;
  winInterval?: { lower: number; upper: number; level: number; method: string };
  tieRate: number | null;
  lossRate: number | null;
  /**
   * Items whose two answers were identical: a tie known without a call, reported here and left out of n (and of
   * the win, tie and loss rates) and of the error-rate base.
   */
  identical: number;
  /** Sampled items with no other answer to compare with. */
  noOther: number;
  errors: number;
  budget: number;
  status: 'ok' | 'inconclusive';
  reasons: string[];
}

/** report.judge */
export interface JudgeReport {
  status: 'skipped' | 'completed' | 'inconclusive';
  reason?: string;
  identity?: JudgeIdentity;
  sample?: JudgeSampleReport;
  estimate?: JudgeEstimate;
  spend?: JudgeSpend;
  metrics?: JudgeMetricReport[];
  panel?: {
    models: string[];
    aggregate: JudgeConfig['aggregate'];
    agreement: PanelAgreement[];
    disagreements: PanelDisagreement[];
  };
  pairwise?: PairwiseReport;
  alerts?: JudgeAlert[];
  /** Why the judge result is INCONCLUSIVE (empty when it is not). */
  inconclusiveReasons?: string[];
  warnings?: string[];
}

/** What a gate must know about judge metrics (aggregated names, per category too). */
export interface JudgeGateAdvice {
  /** Aggregates the judge could not establish: a gate on them cannot pass. */
  inconclusiveMetrics: Set<string>;
  /**
   * For aggregates with judge errors or budget gaps among the sampled items: the value if every one of those
   * scored 0 (`low`) or 1 (`high`), so that a gate can be checked against whichever extreme works against it.
   */
  worstCase: Map<string, { low: number; high: number; missing: number }>;
}

export type { TokenUsage };
