import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  reportCommandError
} from "./chunk-MGDPHAXE.js";
import "./chunk-UGW5OFIF.js";
import {
  parseShardSpec
} from "./chunk-MR7UCSTJ.js";
import {
  loadConfig
} from "./chunk-PFEF5VZ4.js";
import "./chunk-3VA3RSOF.js";
import "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-P2PIV36V.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
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

// src/cli/commands.ts
async function runCommand(command, values, log, relaunch) {
  try {
    const shard = values.shard === void 0 ? void 0 : parseShardSpec(values.shard);
    const config = await loadConfig(values.config, {
      responses: values.responses,
      dataset: values.dataset,
      baseline: values.baseline,
      outDir: values.out
    });
    if (relaunch && command !== "validate" && !shard && await inputBytes(config) >= LARGE_INPUT_BYTES) {
      const code = await relaunch();
      if (code !== void 0) return code;
    }
    const { runLoadedCommand } = await import("./loaded-command-UG2WCSJ7.js");
    return await runLoadedCommand(command, config, shard, values, log);
  } catch (error) {
    return reportCommandError(error);
  }
}
__name(runCommand, "runCommand");
export {
  runCommand
};
