// Stage 2, the LLM judge: what the pipeline uses.
export { normalizeJudgeConfig } from './config.js';
export { judgeMetricSpecs, PAIRWISE_SPECS } from './specs.js';
export { runJudgeStage, skippedJudge, type JudgeStageDeps, type JudgeStageResult } from './stage.js';
export { applyJudgeAdvice } from './gates.js';
export type * from '../core/judge.js';
