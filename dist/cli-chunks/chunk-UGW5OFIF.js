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

export {
  stripTerminalControls,
  logValue,
  logLine,
  logLines
};
