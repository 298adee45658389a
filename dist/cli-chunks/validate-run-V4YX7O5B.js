import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  checkMetricReferences,
  createScorers,
  knownMetricNames,
  listMetricSpecs
} from "./chunk-JPWVHXOV.js";
import {
  loadDataset
} from "./chunk-6KVGQ3UR.js";
import "./chunk-3VA3RSOF.js";
import "./chunk-LISQC6YI.js";
import {
  judgeMetricSpecs
} from "./chunk-SKAD3AIW.js";
import "./chunk-OW4ZRGGN.js";
import "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-GRX6MNML.js";
import "./chunk-JDP6YO3L.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import "./chunk-VKATPZEV.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/pipeline/validate-run.ts
async function validateRun(config) {
  const dataset = await loadDataset(config.dataset, config.baseDir);
  const scorers = createScorers(config.metrics, {
    baseDir: config.baseDir,
    prices: config.prices,
    model: config.model?.model,
    configFile: config.configFile,
    dataset
  });
  const specs = [...listMetricSpecs(scorers, config.configFile), ...judgeMetricSpecs(config.judge)];
  checkMetricReferences(config, specs, dataset);
  const names = knownMetricNames(config, specs, dataset).filter((name) => !name.includes("@"));
  return [
    `config ok: ${config.configFile}`,
    `dataset ok: ${dataset.items.length} items (${dataset.format}), sha256 ${dataset.hash.slice(0, 12)}`,
    `answers from: ${config.model ? `${config.model.model} at ${config.model.baseUrl}` : config.responses?.path ?? "the dataset (precomputed)"}`,
    `metrics: ${names.join(", ")}`,
    `gates: ${config.gates.map((gate) => gate.name).join("; ") || "none"}`
  ].join("\n");
}
__name(validateRun, "validateRun");
export {
  validateRun
};
