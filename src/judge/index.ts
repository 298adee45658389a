// Stage 2, the LLM judge: what the pipeline uses.
export { normalizeJudgeConfig } from './config.js';
export { judgeMetricSpecs, PAIRWISE_SPECS } from './specs.js';
export { runJudgeStage } from './stage/run.js';
export { skippedJudge } from './stage/skipped.js';
export { judgeConnector, type JudgeConnection, type JudgeConnectorOptions } from './stage/connection.js';
export type { JudgeItemAddition, JudgeStageDeps, JudgeStageResult } from './stage/types.js';
export { applyJudgeAdvice } from './gates.js';
export type * from '../core/judge.js';
