// The judge stage, loaded when the config has a judge: a run without one (most precomputed runs) never
// loads the judge's client and the openai SDK behind it.
import type { runJudgeStage as RunJudgeStage, JudgeStageResult } from '../judge/index.js';

export async function runJudgeStage(...args: Parameters<typeof RunJudgeStage>): Promise<JudgeStageResult> {
  if (!args[0]) return noJudge();
  const judge = await import('../judge/index.js');
  return judge.runJudgeStage(...args);
}

/** What the judge stage answers without a judge (skippedJudge('no judge configured') of src/judge/stage.ts). */
export function noJudge(): JudgeStageResult {
  const inconclusiveMetrics = new Set<string>();
  return {
    report: { status: 'skipped', reason: 'no judge configured' },
    inconclusiveMetrics,
    advice: { inconclusiveMetrics, worstCase: new Map() },
  };
}
