import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  judgeConnector,
  runJudgeStage
} from "./chunk-2YBZ7FOJ.js";
import "./chunk-7IEUSRRI.js";
import "./chunk-VKATPZEV.js";
import {
  PAIRWISE_SPECS,
  applyJudgeAdvice,
  judgeMetricSpecs,
  skippedJudge
} from "./chunk-AJ5AZ3I7.js";
import {
  normalizeJudgeConfig
} from "./chunk-Q5LBFKF7.js";
import "./chunk-VJQVNCGM.js";
import "./chunk-ZLDXRWWG.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
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
