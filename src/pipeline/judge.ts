// The judge stage in the pipeline: reaches the judge the config describes (or the connection it is given, as
// with the model source), runs the stage, and merges what it adds to each item into the records. This is the
// one place where judge results enter the records.
import type { BaselineRecord } from '../baseline/types.js';
import type { ItemRecord, MetricSpec } from '../core/types.js';
import {
  judgeConnector,
  runJudgeStage,
  skippedJudge,
  type JudgeConfig,
  type JudgeConnection,
  type JudgeConnectorOptions,
  type JudgeItemAddition,
  type JudgeStageResult,
} from '../judge/index.js';

export interface JudgeDependencies extends JudgeConnectorOptions {
  /** A connection to use instead of the one the config describes (tests, embedders). */
  connect?: () => JudgeConnection;
  /** The baseline record, for pairwise judging against its stored outputs. */
  baseline?: BaselineRecord | null;
  /** Stage-1 metric specs: which items failed (for include-failed). */
  specs?: readonly MetricSpec[];
  progressIntervalMs?: number;
}

export async function judgeRecords(
  config: JudgeConfig | undefined,
  records: ItemRecord[],
  deps: JudgeDependencies,
): Promise<JudgeStageResult> {
  if (!config) return skippedJudge('no judge configured');
  const connect = deps.connect ?? judgeConnector(config, deps);
  const result = await runJudgeStage(config, records, {
    log: deps.log,
    connect,
    baseline: deps.baseline,
    specs: deps.specs,
    progressIntervalMs: deps.progressIntervalMs,
  });
  mergeJudgeAdditions(records, result.additions);
  return result;
}

/** Sets each addition's scores (in their order) and judgement on its record. */
export function mergeJudgeAdditions(records: ItemRecord[], additions: readonly JudgeItemAddition[]): void {
  for (const addition of additions) {
    const record = records[addition.index]!;
    Object.assign(record.scores, addition.scores);
    record.judge = addition.judge;
  }
}
