import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  reportCommandError
} from "./chunk-MGDPHAXE.js";
import {
  logLines
} from "./chunk-UGW5OFIF.js";
import {
  checkContamination
} from "./chunk-R4GRN5MV.js";
import {
  loadConfig
} from "./chunk-JOAQEVVP.js";
import "./chunk-MRUJQ4A3.js";
import {
  CONTAMINATION_METRIC,
  contaminationMetric,
  contaminationOptions,
  describeHeldOut,
  loadDataset
} from "./chunk-6KVGQ3UR.js";
import "./chunk-3VA3RSOF.js";
import {
  evaluateThresholdGate
} from "./chunk-OW4ZRGGN.js";
import "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-L5TLYO3L.js";
import "./chunk-P2PIV36V.js";
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/cli/contamination-command.ts
import path from "node:path";
var DEFAULTS = {
  ngram: 13,
  fields: ["input", "expected"],
  format: "auto",
  textField: "text",
  threshold: 0
};
async function runContaminationCommand(values, log, now = /* @__PURE__ */ new Date()) {
  try {
    const config = await loadConfig(values.config, { dataset: values.dataset });
    const corpus = values.corpus?.map((entry) => path.resolve(entry));
    if (!config.contamination && !corpus) {
      throw new UserError("no training-data corpus to check against.", {
        file: config.configFile,
        key: "contamination",
        fix: "Add a contamination section with corpus: [files or folders] to the config, or pass --corpus PATH."
      });
    }
    const dataset = await loadDataset(config.dataset, config.baseDir, now);
    if (dataset.heldOut) log(describeHeldOut(dataset.heldOut));
    const settings = config.contamination ?? { ...DEFAULTS, corpus: [] };
    const result = await checkContamination(dataset.items, contaminationOptions(settings, corpus), {
      file: corpus ? void 0 : config.configFile,
      key: corpus ? "--corpus" : "contamination.corpus"
    });
    const metrics = { [CONTAMINATION_METRIC]: contaminationMetric(result) };
    const gates = config.gates.filter((gate) => gate.type === "threshold" && gate.metric === CONTAMINATION_METRIC).map(
      (gate) => evaluateThresholdGate(gate, metrics, [], 0)
    );
    const lines = [...renderContamination(result)];
    for (const gate of gates) {
      lines.push(
        `gate "${gate.gate.name}": ${gate.status === "pass" ? "pass" : gate.effect === "block" ? "FAIL (blocking)" : "fail (warning)"}: ${gate.explanation}`
      );
    }
    process.stdout.write(`${logLines(lines.join("\n"))}
`);
    return gates.some((gate) => gate.effect === "block") ? 1 : 0;
  } catch (error) {
    return reportCommandError(error);
  }
}
__name(runContaminationCommand, "runContaminationCommand");
function renderContamination(result) {
  const percent = (result.rate * 100).toFixed(1);
  const lines = [
    `contamination_rate: ${percent}% (${result.contaminated.length} of ${result.items} items share a ${result.ngram}-gram of their ${result.fields.join(" or ")} with the corpus${result.threshold > 0 ? `, at least ${result.threshold} of their n-grams` : ""})`,
    `corpus: ${result.corpus.paths.join(", ")}: ${result.corpus.files} file${result.corpus.files === 1 ? "" : "s"}, ${result.corpus.documents} documents, ${result.corpus.tokens} tokens`,
    `normalization: ${result.normalization}`
  ];
  if (result.tooShort > 0) {
    lines.push(
      `${result.tooShort} items have fewer than ${result.ngram} tokens: they cannot be checked (counted as clean).`
    );
  }
  for (const item of result.contaminated) {
    lines.push(
      `  ${item.id}: ${item.matchedNgrams} of ${item.totalNgrams} n-grams (${(item.overlap * 100).toFixed(0)}%) found; first in ${item.foundIn.file}:${item.foundIn.line}, ${item.field}: ${item.span}`
    );
  }
  return lines;
}
__name(renderContamination, "renderContamination");
export {
  renderContamination,
  runContaminationCommand
};
