// What the judge stage answers when it does not judge. Light on purpose: the pipeline answers with it for a run
// without a judge, without loading the judge's client and the openai SDK behind it.
import type { JudgeGateAdvice } from '../../core/judge.js';
import type { JudgeStageResult } from './types.js';

export function emptyAdvice(): JudgeGateAdvice {
  return { inconclusiveMetrics: new Set(), worstCase: new Map() };
}

export function skippedJudge(reason: string): JudgeStageResult {
  const advice = emptyAdvice();
  return {
    report: { status: 'skipped', reason },
    inconclusiveMetrics: advice.inconclusiveMetrics,
    advice,
    additions: [],
  };
}
