import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  judgeConnector,
  runJudgeStage,
  skippedJudge
} from "./chunk-EI75477G.js";
import "./chunk-LPMDVWIZ.js";
import {
  PAIRWISE_SPECS,
  applyJudgeAdvice,
  judgeMetricSpecs
} from "./chunk-ENLGWPXV.js";
import {
  normalizeJudgeConfig
} from "./chunk-T5Y334IV.js";
import "./chunk-VJQVNCGM.js";
import "./chunk-ZLDXRWWG.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-ATWX4YAV.js";
export {
  PAIRWISE_SPECS,
  applyJudgeAdvice,
  judgeConnector,
  judgeMetricSpecs,
  normalizeJudgeConfig,
  runJudgeStage,
  skippedJudge
};
