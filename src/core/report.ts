import type { HeldOutSelection } from './types.js';
import type { ComparisonReport } from './comparison.js';
import type { Decision, DatasetFormat, ItemRecord, MetricSpec, MetricsMap } from './types.js';
import type { GateResult } from './gates.js';
import type { JudgeReport } from './judge.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface StageTiming {
  name: 'dataset' | 'responses' | 'metrics' | 'baseline' | 'judge' | 'aggregation' | 'comparison' | 'gates';
  durationMs: number;
}

/** report.judge: the judge stage (see src/judge/types.ts). */
export type JudgeStageReport = JudgeReport;

/** One metric of a run in the history: its value, interval (when one was computed) and n. */
export interface HistoryMetric {
  value: number | null;
  lower?: number;
  upper?: number;
  n: number;
}

/** One run in the trend: accepted runs carried by the baseline, and the current run last. */
export interface HistoryEntry {
  /** ISO 8601, when the run finished. */
  date: string;
  sha?: string;
  runId?: string;
  decision: 'deploy' | 'block' | 'error';
  metrics: Record<string, HistoryMetric>;
}

/** report.json: everything needed to understand and reproduce the decision. */
export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  evalgateVersion: string;
  name: string;
  decision: Decision;
  /** One line: why this decision. */
  headline: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** `metricHashes`: per-item metric -> hash of its scorer settings (src/baseline/scorer-hashes.ts). */
  config: { file: string; hash: string; metricHashes?: Record<string, string> };
  dataset: { file: string; format: DatasetFormat; hash: string; items: number; categories: string[] };
  /** The active held-out set, when the dataset rotates (src/rotation/held-out.ts). */
  heldOut?: HeldOutSelection;
  /** The n-gram overlap with a training corpus, when configured (src/contamination/check.ts). */
  contamination?: ContaminationResult;
  source: {
    kind: 'live' | 'precomputed';
    description: string;
    stats: ModelRunStats;
    /** Responses for ids the dataset does not have, and duplicates dropped: listed, never silently skipped. */
    unmatchedResponseIds: string[];
    droppedDuplicates: { id: string; line: number; differed: boolean }[];
  };
  git?: { sha?: string; ref?: string; runId?: string };
  metricSpecs: MetricSpec[];
  metrics: MetricsMap;
  judge: JudgeStageReport;
  comparison: ComparisonReport;
  /** Cumulative drift against the pinned golden baseline, when one is configured. Informational. */
  golden?: ComparisonReport;
  gates: GateResult[];
  warnings: string[];
  timings: StageTiming[];
  baselineWritten?: string;
  items: ItemRecord[];
  /** Accepted runs from the baseline, oldest first, this run last; at most 50 entries. */
  history?: HistoryEntry[];
  /** Set when the decision is `error`: what went wrong, in terms a user can act on. */
  error?: { message: string; file?: string; line?: number; key?: string };
}

/** What the model source did (src/model/). */
export interface ModelRunStats {
  /** Items answered (error items included). */
  items: number;
  /** HTTP requests sent, retries included (0 for a precomputed source). */
  requests: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
  cacheHits: number;
  cacheMisses: number;
  errors: number;
  wallMs: number;
}

/** The benchmark fields the contamination check (src/contamination/) looks for in the corpus. */
export type OverlapField = 'input' | 'expected';

export interface ContaminatedItem {
  id: string;
  /** Share of the item's distinct n-grams found in the corpus. */
  overlap: number;
  matchedNgrams: number;
  totalNgrams: number;
  /** The first n-gram found: the field it is in, the normalized n-gram and the item's text around it. */
  field: OverlapField;
  ngram: string;
  span: string;
  /** Where the corpus holds it. */
  foundIn: { file: string; line: number };
}

export interface ContaminationResult {
  ngram: number;
  fields: OverlapField[];
  threshold: number;
  normalization: string;
  corpus: { paths: string[]; files: number; documents: number; tokens: number };
  items: number;
  /** Items with fewer tokens than the n-gram length in every checked field: they cannot be checked. */
  tooShort: number;
  contaminated: ContaminatedItem[];
  /** contaminated / items. */
  rate: number;
}
