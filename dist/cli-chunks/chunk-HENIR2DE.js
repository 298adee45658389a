import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/cli/input-size.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var LARGE_INPUT_BYTES = 16 * 1024 * 1024;
async function inputBytes(config) {
  const paths = [
    config.dataset.path,
    config.responses?.path,
    config.regression.baselinePath ?? path.join(config.regression.baselineDir, config.name, "latest.json")
  ].filter((file) => file !== void 0);
  let total = 0;
  for (const file of paths) {
    total += await sizeOf(path.resolve(config.baseDir, file), LARGE_INPUT_BYTES - total);
    if (total >= LARGE_INPUT_BYTES) break;
  }
  return total;
}
__name(inputBytes, "inputBytes");
async function sizeOf(target, enough) {
  const info = await stat(target).catch(() => void 0);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(target, { withFileTypes: true }).catch(() => [])) {
    total += await sizeOf(path.join(target, entry.name), enough - total);
    if (total >= enough) break;
  }
  return total;
}
__name(sizeOf, "sizeOf");

export {
  LARGE_INPUT_BYTES,
  inputBytes,
  sizeOf
};
