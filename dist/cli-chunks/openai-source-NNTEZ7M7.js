import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  createOpenAISource,
  isLocalEndpoint,
  stripThinking,
  toModelResponse
} from "./chunk-GRX6MNML.js";
import "./chunk-JDP6YO3L.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import "./chunk-VKATPZEV.js";
import "./chunk-ATWX4YAV.js";
export {
  createOpenAISource,
  isLocalEndpoint,
  stripThinking,
  toModelResponse
};
