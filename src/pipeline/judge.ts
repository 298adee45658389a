// The judge stage in the pipeline: reaches the judge the config describes (or the connection it is given, as
// with the model source), runs the stage, and merges what it adds to each item into the records. This is the
// one place where judge results enter the records. The judge is loaded only when the config has one: a run
// without it (most precomputed runs) never loads the judge's client and the openai SDK behind it.
import type { BaselineRecord } from '../baseline/types.js';
import type { ItemRecord, MetricSpec } from '../core/types.js';
import type {
  JudgeConfig,
  JudgeConnection,
  JudgeConnectorOptions,
  JudgeItemAddition,
  JudgeStageResult,
} from '../judge/index.js';
import { skippedJudge } from '../judge/stage/skipped.js';

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
  if (!config) return noJudge();
  const judge = await import('../judge/index.js');
  const connect = deps.connect ?? judge.judgeConnector(config, deps);
  const result = await judge.runJudgeStage(config, records, {
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

/** What the judge stage answers without a judge, the judge itself left unloaded. */
export function noJudge(): JudgeStageResult {
  return skippedJudge('no judge configured');
}
