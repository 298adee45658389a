import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  judgeConnector,
  runJudgeStage
} from "./chunk-LISQC6YI.js";
import {
  PAIRWISE_SPECS,
  applyJudgeAdvice,
  judgeMetricSpecs,
  skippedJudge
} from "./chunk-SKAD3AIW.js";
import "./chunk-OW4ZRGGN.js";
import {
  normalizeJudgeConfig
} from "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-GRX6MNML.js";
import "./chunk-JDP6YO3L.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import "./chunk-VKATPZEV.js";
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
