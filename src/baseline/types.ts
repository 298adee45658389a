import type { ItemScores, MetricSpec, MetricValue } from '../core/types.js';
import type { HistoryEntry } from '../core/report.js';

export const BASELINE_KIND = 'evalgate-baseline';
export const BASELINE_SCHEMA_VERSION = 1;

/** One item of an accepted run, kept so that the next run can be compared item by item (paired). */
export interface BaselineItem {
  id: string;
  category: string;
  scores: ItemScores;
  /** sha256 of the output: written by older versions only (the output itself is stored), read and ignored. */
  outputHash?: string | null;
  output: string | null;
  error: boolean;
}

/** The last accepted run: per-item results are the unit of truth, aggregates are kept for display. */
export interface BaselineRecord {
  kind: typeof BASELINE_KIND;
  schemaVersion: typeof BASELINE_SCHEMA_VERSION;
  evalgateVersion: string;
  name: string;
  createdAt: string;
  gitSha?: string;
  gitRef?: string;
  runId?: string;
  datasetHash: string;
  /** The held-out set the run evaluated (absent: the whole dataset); baselines pair only within a set. */
  heldOut?: { set: number; sets: number };
  configHash: string;
  /** Per-item metric -> hash of the scorer settings that produced it (scorer-hashes.ts); absent in older baselines. */
  metricHashes?: Record<string, string>;
  /** Who judged the sampled items, when a judge ran. */
  judge: unknown;
  metricSpecs: MetricSpec[];
  items: BaselineItem[];
  aggregates: Record<
    string,
    Pick<MetricValue, 'value' | 'n' | 'kind' | 'interval' | 'higherIsBetter' | 'standardError'>
  >;
  /** The aggregates of the last accepted runs (at most 50), oldest first, this one last; absent in older baselines. */
  history?: HistoryEntry[];
}

/** Where baselines live: a local folder for the CLI, workflow artifacts in GitHub Actions. */
export interface BaselineStore {
  readonly description: string;
  /** The latest accepted baseline of this evaluation, or null when there is none yet. */
  latest(name: string): Promise<LoadedBaseline | null>;
  save(record: BaselineRecord): Promise<string>;
  /**
   * Set by `latest` when it returned null although a baseline was stored before (or may have been): an expired
   * or damaged one, or a lookup the token was not allowed to make. Unset means "no baseline yet".
   */
  readonly lookupProblem?: BaselineLookupProblem;
}

/** Why the store could not give a baseline it has (or may have). */
export interface BaselineLookupProblem {
  /**
   * expired: every stored baseline expired; unreadable: damaged or of another format; forbidden: no permission
   * to look; other-branch: none on the baseline branch, but one on another branch (a wrong `baseline-branch`?).
   */
  kind: 'expired' | 'unreadable' | 'forbidden' | 'other-branch';
  message: string;
  fix: string;
}

export interface LoadedBaseline {
  record: BaselineRecord;
  /** Where it came from (a path, or an artifact of a run). */
  origin: string;
}
