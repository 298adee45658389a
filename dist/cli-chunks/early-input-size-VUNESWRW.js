import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  LARGE_INPUT_BYTES,
  sizeOf
} from "./chunk-HENIR2DE.js";
import {
  require_dist
} from "./chunk-MRUJQ4A3.js";
import {
  __name,
  __toESM
} from "./chunk-ATWX4YAV.js";

// src/cli/early-input-size.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";
async function surelyLargeInput(configFile, overrides) {
  let raw;
  try {
    raw = (0, import_yaml.parse)(await readFile(configFile, "utf8"));
  } catch {
    return false;
  }
  const baseDir = path.dirname(path.resolve(configFile));
  const files = [
    overrides.dataset ? path.resolve(overrides.dataset) : pathIn(raw, "dataset", baseDir),
    overrides.responses ? path.resolve(overrides.responses) : pathIn(raw, "responses", baseDir)
  ];
  let total = 0;
  for (const file of files) {
    if (file !== void 0) total += await sizeOf(file, LARGE_INPUT_BYTES - total);
    if (total >= LARGE_INPUT_BYTES) return true;
  }
  return false;
}
__name(surelyLargeInput, "surelyLargeInput");
function pathIn(raw, section, baseDir) {
  const value = raw?.[section]?.path;
  return typeof value === "string" && value !== "" ? path.resolve(baseDir, value) : void 0;
}
__name(pathIn, "pathIn");
export {
  surelyLargeInput
};
