import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  judgeConnector,
  runJudgeStage
} from "./chunk-QXOOWANP.js";
import "./chunk-7IEUSRRI.js";
import "./chunk-VKATPZEV.js";
import {
  PAIRWISE_SPECS,
  applyJudgeAdvice,
  judgeMetricSpecs,
  skippedJudge
} from "./chunk-FE3A3JBI.js";
import {
  normalizeJudgeConfig
} from "./chunk-PHODTXVB.js";
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
