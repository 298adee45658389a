import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/report/outputs.ts
var FILE_OUTPUTS = [
  {
    option: "junit",
    help: "write the gates and failing items as JUnit XML (one test case each)",
    renderer: /* @__PURE__ */ __name(async () => (await import("./junit-U2NBJQ7D.js")).renderJunit, "renderer")
  }
];
function requestedOutputs(value) {
  const requested = /* @__PURE__ */ new Map();
  for (const output of FILE_OUTPUTS) {
    const file = value(output.option);
    if (file) requested.set(output, file);
  }
  return requested;
}
__name(requestedOutputs, "requestedOutputs");

export {
  FILE_OUTPUTS,
  requestedOutputs
};
