import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/history/jsonl.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
function historyJsonl(history) {
  return history.map((entry) => `${JSON.stringify(entry)}
`).join("");
}
__name(historyJsonl, "historyJsonl");
async function writeHistoryJsonl(history, file) {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, historyJsonl(history));
  } catch (error) {
    throw new UserError(
      `cannot write the history (${error.code ?? String(error)}).`,
      { file, key: "--history-out", fix: "Give --history-out a file in a folder this user can write to." }
    );
  }
}
__name(writeHistoryJsonl, "writeHistoryJsonl");
export {
  historyJsonl,
  writeHistoryJsonl
};
