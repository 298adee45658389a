import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/report/log-line.ts
var ESCAPE_SEQUENCE = new RegExp(
  [
    "\\u001b\\[[0-?]*[ -/]*[@-~]?",
    "\\u001b\\][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?",
    "\\u001b[PX^_][^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?",
    "\\u001b[ -/]*[0-~]?",
    "\\u009b[0-?]*[ -/]*[@-~]?",
    "\\u009d[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?",
    "[\\u0090\\u0098\\u009e\\u009f][^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?"
  ].join("|"),
  "g"
);
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
var IGNORABLE = new RegExp("\\p{Default_Ignorable_Code_Point}", "gu");
var LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
function stripTerminalControls(text) {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}
__name(stripTerminalControls, "stripTerminalControls");
function logValue(text, maxLength = 500) {
  const flat = stripTerminalControls(text.replace(LINE_BREAK, " \u23CE ")).replace(/\s+/g, " ").trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}\u2026` : flat;
  return guardLine(cut);
}
__name(logValue, "logValue");
function logLine(text) {
  return guardLine(stripTerminalControls(text.replace(LINE_BREAK, " \u23CE ")));
}
__name(logLine, "logLine");
function logLines(text) {
  return text.split(/\r\n|\r|\n/).map((line) => guardLine(stripTerminalControls(line))).join("\n");
}
__name(logLines, "logLines");
function guardLine(line) {
  let safe = line.replace(IGNORABLE, "");
  while (safe.includes("##[")) safe = safe.replaceAll("##[", "#\\#[");
  return safe.replace(/^(\s*)::/u, "$1\\::");
}
__name(guardLine, "guardLine");

// package.json
var package_default = {
  name: "evalgate",
  version: "0.1.0",
  description: "Gate model deployments on evaluation results: metrics, LLM judge, statistical regression checks and quality gates, as a GitHub Action and a CLI.",
  type: "module",
  license: "MIT",
  private: true,
  bin: {
    evalgate: "dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node scripts/bench.mjs",
    "bench:stats": "node scripts/bench-stats.mjs",
    evalgate: "node dist/cli.js"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    jstat: "^1.9.6",
    openai: "^7.57.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.0",
    "@types/node": "^24.19.2",
    esbuild: "^0.28.2",
    eslint: "^9.39.0",
    node: "^24.9.0",
    prettier: "^3.10.1",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^5.1.1"
  }
};

// src/version.ts
var EVALGATE_VERSION = package_default.version;

export {
  stripTerminalControls,
  logValue,
  logLine,
  logLines,
  EVALGATE_VERSION
};
