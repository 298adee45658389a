import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  reportCommandError
} from "./chunk-MGDPHAXE.js";
import "./chunk-UGW5OFIF.js";
import {
  LARGE_INPUT_BYTES,
  inputBytes
} from "./chunk-HENIR2DE.js";
import {
  parseShardSpec
} from "./chunk-MR7UCSTJ.js";
import {
  loadConfig
} from "./chunk-JOAQEVVP.js";
import "./chunk-MRUJQ4A3.js";
import "./chunk-3VA3RSOF.js";
import "./chunk-DU5443JY.js";
import "./chunk-2ZSTHQWL.js";
import "./chunk-P2PIV36V.js";
import "./chunk-FX4CWXZZ.js";
import "./chunk-BKMCED4D.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

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
    const { runLoadedCommand } = await import("./loaded-command-DPYJDXED.js");
    return await runLoadedCommand(command, config, shard, values, log);
  } catch (error) {
    return reportCommandError(error);
  }
}
__name(runCommand, "runCommand");
export {
  runCommand
};
