// What the parts of the judge stage hand each other: the plan of calls, the verdicts they brought back, and the
// per-item additions the pipeline merges into its records.
import type { ChatMessage, ItemRecord, ItemScores, MetricSpec } from '../../core/types.js';
import type { BaselineRecord } from '../../baseline/types.js';
import type { JudgeConfig, JudgeGateAdvice, JudgeMetricDefinition, JudgeReport } from '../../core/judge.js';
import type { ItemJudgement, JudgeVerdict, PairwiseOrderVerdict } from '../../core/types.js';
import type { JudgedContent } from '../prompt.js';
import type { JudgeSelection } from '../sample.js';
import type { JudgeConnection } from './connection.js';

/** One judge call: a pointwise metric by one judge, or one order of a pairwise comparison by one judge. */
export type JudgeTask =
  | { kind: 'point'; index: number; metric: JudgeMetricDefinition; model: string; messages: ChatMessage[] }
  | {
      kind: 'pair';
      index: number;
      model: string;
      order: PairwiseOrderVerdict['order'];
      messages: ChatMessage[];
    };

/** The other answer a pairwise comparison sets an item's answer against. */
export interface PairContext {
  other: string | undefined;
  identical: boolean;
}

export interface JudgePlan {
  /** What the judge sees of each record; null for a record without a model answer. */
  contents: (JudgedContent | null)[];
  selection: JudgeSelection;
  /** The sample, then the failed items judged on top of it. */
  selected: number[];
  /** Every call, item by item (so that a budget stop leaves whole items unjudged where it can). */
  tasks: JudgeTask[];
  pairOf: Map<number, PairContext>;
  /** Expected USD per item, which capped the sample. */
  expectedPerItem: number;
  /** min-sample, or the population when smaller. */
  minWanted: number;
  /** The budget cut the sample below min-sample. */
  belowMinimum: boolean;
}

/** What the judge calls brought back, by record index. */
export interface JudgeVerdicts {
  /** Pointwise verdicts by metric name. */
  point: Map<number, Map<string, JudgeVerdict[]>>;
  pair: Map<number, PairwiseOrderVerdict[]>;
  /** Items with a pairwise call the budget stopped. */
  pairBudget: Set<number>;
  /** USD spent on each item's calls. */
  cost: Map<number, number>;
}

/** What the judge adds to one record: scores (sampled items only) and the judgement itself. */
export interface JudgeItemAddition {
  /** The record's index in the records the stage was given. */
  index: number;
  /** Scores to set, in this order. */
  scores: ItemScores;
  judge: ItemJudgement;
}

export interface JudgeStageDeps {
  log: (line: string) => void;
  /** How to reach the judge, opened once the plan is logged (judgeConnector builds the default one). */
  connect: () => JudgeConnection;
  /** The baseline record, for pairwise judging against its stored outputs. */
  baseline?: BaselineRecord | null;
  /** Stage-1 metric specs: which items failed (for include-failed). */
  specs?: readonly MetricSpec[];
  progressIntervalMs?: number;
}

export interface JudgeStageResult {
  report: JudgeReport;
  /** Aggregated metric names (per category too) a gate cannot pass on. */
  inconclusiveMetrics: Set<string>;
  advice: JudgeGateAdvice;
  /** Per-item additions, in plan order; the pipeline merges them into its records. */
  additions: JudgeItemAddition[];
}

/** What the summaries read: the plan, each selected item's judgement, and the scores once merged. */
export interface JudgeSummaryInput {
  config: JudgeConfig;
  records: readonly ItemRecord[];
  plan: JudgePlan;
  /** Each selected item's judgement, by record index. */
  judgedOf: ReadonlyMap<number, ItemJudgement>;
  scoreOf: ScoreLookup;
  /** The records' categories, sorted. */
  categories: readonly string[];
  /** Filled in by the summaries: what a gate cannot pass on, and the worst cases. */
  advice: JudgeGateAdvice;
}

/** A record's score after the judge's additions are merged (index into the records, score name). */
export type ScoreLookup = (index: number, scoreName: string) => number | null | undefined;
