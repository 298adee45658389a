import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import "./chunk-QXOOWANP.js";
import "./chunk-7IEUSRRI.js";
import "./chunk-VKATPZEV.js";
import {
  checkMetricReferences,
  createScorers,
  knownMetricNames,
  listMetricSpecs
} from "./chunk-SDC2HCI2.js";
import {
  loadDataset
} from "./chunk-DM7GUWLD.js";
import {
  judgeMetricSpecs
} from "./chunk-FE3A3JBI.js";
import "./chunk-PHODTXVB.js";
import "./chunk-VJQVNCGM.js";
import "./chunk-ZLDXRWWG.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
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
