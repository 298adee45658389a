import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  createOpenAISource,
  isLocalEndpoint,
  stripThinking,
  toModelResponse
} from "./chunk-7IEUSRRI.js";
import "./chunk-VKATPZEV.js";
import "./chunk-VJQVNCGM.js";
import "./chunk-ZLDXRWWG.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import "./chunk-ATWX4YAV.js";
export {
  createOpenAISource,
  isLocalEndpoint,
  stripThinking,
  toModelResponse
};
