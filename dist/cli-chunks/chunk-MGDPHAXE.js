import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  logLines
} from "./chunk-UGW5OFIF.js";
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/cli/command-error.ts
function reportCommandError(error) {
  const text = error instanceof UserError ? `evalgate: error: ${error.describe()}` : `evalgate: internal error: ${error.stack ?? String(error)}`;
  process.stderr.write(`${logLines(text)}
`);
  return 2;
}
__name(reportCommandError, "reportCommandError");

export {
  reportCommandError
};
