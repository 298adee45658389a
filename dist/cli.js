#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  FILE_OUTPUTS
} from "./cli-chunks/chunk-GSJMQOS5.js";
import {
  logLine
} from "./cli-chunks/chunk-UGW5OFIF.js";
import {
  EVALGATE_VERSION
} from "./cli-chunks/chunk-BKMCED4D.js";
import {
  __name
} from "./cli-chunks/chunk-ATWX4YAV.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/cli/compile-cache.ts
import module from "node:module";
function enableCompileCacheOnce() {
  const enable = module.enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable();
  } catch {
  }
}
__name(enableCompileCacheOnce, "enableCompileCacheOnce");

// src/cli/main.ts
var HELP = /* @__PURE__ */ __name(() => `evalgate ${EVALGATE_VERSION}: decide whether a model version may ship.

Usage:
  evalgate run --config FILE [options]      run the benchmark, score it, compare, apply the gates
  evalgate validate --config FILE           check the config and the dataset without calling a model
  evalgate run --config FILE --shard I/N [--shard-out DIR]
                                            a split run: get the answers of shard I of N only
  evalgate merge --config FILE --shards DIR [options]
                                            merge the N shards into one report and one decision
  evalgate contamination --config FILE [--corpus PATH ...]
                                            n-gram overlap of the benchmark with a training corpus;
                                            exit 1 when a blocking gate on contamination_rate fails
  evalgate --help | --version

Options of run and merge:
  -c, --config FILE      the evalgate config (YAML or JSON)                       (required)
      --responses FILE   score answers from this file instead of the config's source
      --dataset FILE     use this dataset file instead of the config's
      --baseline PATH    compare with this baseline.json instead of the baseline store's latest
      --out DIR          where report.json and report.md go           (default: evalgate-report/)
      --no-update-baseline
                         do not store this run as the baseline, even when it is accepted
      --history-out FILE write the trend (the accepted runs kept with the baseline, then this run;
                         at most 50) as JSON Lines, one run a line, oldest first
      --influx-write URL send this run's metrics as InfluxDB line protocol to a write endpoint:
                         InfluxDB 1.x http://HOST:8086/write?db=DB, InfluxDB 2.x
                         http://HOST:8086/api/v2/write?org=ORG&bucket=BUCKET (token from the
                         INFLUX_TOKEN environment variable), VictoriaMetrics http://HOST:8428/write.
                         A failed export is a warning; it never changes the decision.
  -q, --quiet            print only the summary
${fileOutputHelp()}
Split runs (e.g. one shard per job of a CI matrix, then one merge job):
      --shard I/N        run: only the model calls of shard I of N (1-based), written to
                         DIR/shard-I-of-N.json; no scores, gates, report or baseline. Items are split by
                         a hash of their id (a multi-turn scenario stays whole): the same item always
                         lands in the same shard. Model errors are recorded as error items; exit 0.
      --shard-out DIR    run: where the shard file goes                  (default: evalgate-shards/)
      --shards PATH      merge: a folder holding the shard files (subfolders are searched too), or a
                         shard file; repeatable. Every shard 1..N must be there exactly once, from the
                         same config and dataset; the merge then scores, judges, compares, gates and
                         reports once, as an unsharded run would. Give merge the same --config,
                         --dataset and --responses as the shards.

Exit codes: 0 DEPLOY, 1 BLOCK, 2 error (bad config, dataset or responses; the message names the file and line).
A shard run exits 0 once its file is written, 2 on an error.

The API key of a live endpoint is read from the environment variable named by model.api-key-env
(default OPENAI_API_KEY). Accepted runs (DEPLOY) become the baseline in regression.baseline-dir
(default .evalgate/baselines).`, "HELP");
async function main(argv, options = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string", short: "c" },
        responses: { type: "string" },
        dataset: { type: "string" },
        baseline: { type: "string" },
        out: { type: "string" },
        "no-update-baseline": { type: "boolean", default: false },
        "history-out": { type: "string" },
        "influx-write": { type: "string" },
        shard: { type: "string" },
        "shard-out": { type: "string" },
        shards: { type: "string", multiple: true },
        corpus: { type: "string", multiple: true },
        ...Object.fromEntries(FILE_OUTPUTS.map(({ option }) => [option, { type: "string" }])),
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    process.stderr.write(`evalgate: ${error.message}
Run \`evalgate --help\` for the options.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP()}
`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${EVALGATE_VERSION}
`);
    return 0;
  }
  const command = positionals[0];
  if (command === "contamination") return contamination(values);
  if (values.corpus !== void 0) {
    process.stderr.write("evalgate: --corpus is an option of `evalgate contamination`.\n");
    return 2;
  }
  if (command !== "run" && command !== "validate" && command !== "merge") {
    process.stderr.write(
      `evalgate: ${command ? `unknown command "${command}"` : "no command given"}. Use \`evalgate run --config FILE\`; see --help.
`
    );
    return 2;
  }
  if (!values.config) {
    process.stderr.write("evalgate: --config FILE is required (the evalgate YAML or JSON config).\n");
    return 2;
  }
  const misuse = checkSplitOptions(command, values);
  if (misuse) {
    process.stderr.write(`evalgate: ${misuse}
`);
    return 2;
  }
  const log = values.quiet ? () => {
  } : (line) => process.stderr.write(`${logLine(line)}
`);
  enableCompileCacheOnce();
  if (options.relaunch && command !== "validate" && values.shard === void 0) {
    const { surelyLargeInput } = await import("./cli-chunks/early-input-size-VUNESWRW.js");
    if (await surelyLargeInput(values.config, values)) {
      const code = await options.relaunch();
      if (code !== void 0) return code;
    }
  }
  const { runCommand } = await import("./cli-chunks/commands-LL5OD2QW.js");
  return runCommand(command, { ...values, config: values.config }, log, options.relaunch);
}
__name(main, "main");
async function contamination(values) {
  if (!values.config) {
    process.stderr.write("evalgate: --config FILE is required (the evalgate YAML or JSON config).\n");
    return 2;
  }
  const log = values.quiet ? () => {
  } : (line) => process.stderr.write(`${logLine(line)}
`);
  enableCompileCacheOnce();
  const { runContaminationCommand } = await import("./cli-chunks/contamination-command-GWFGJOYC.js");
  return runContaminationCommand(
    { config: values.config, dataset: values.dataset, corpus: values.corpus },
    log
  );
}
__name(contamination, "contamination");
function checkSplitOptions(command, values) {
  if (command !== "run" && (values.shard !== void 0 || values["shard-out"] !== void 0)) {
    return `--shard and --shard-out are options of \`evalgate run\`, not of \`evalgate ${command}\`.`;
  }
  if (command !== "merge" && values.shards !== void 0) {
    return `--shards is an option of \`evalgate merge\`; \`evalgate ${command}\` does not read shard files.`;
  }
  if (command === "merge" && (values.shards ?? []).length === 0) {
    return "`evalgate merge` needs --shards DIR: the folder holding the shard-I-of-N.json files of every shard.";
  }
  const outputs = FILE_OUTPUTS.filter(({ option }) => values[option] !== void 0).map(
    ({ option }) => `--${option}`
  );
  if (command === "validate" && outputs.length > 0) {
    return `${outputs.join(", ")} ${outputs.length === 1 ? "is an option" : "are options"} of \`evalgate run\` and \`evalgate merge\`; \`evalgate validate\` writes no report.`;
  }
  if (values["shard-out"] !== void 0 && values.shard === void 0) {
    return "--shard-out DIR needs --shard I/N (which shard this run answers).";
  }
  if (values.shard !== void 0) {
    const misplaced = [
      values.out !== void 0 ? "--out" : void 0,
      values.baseline !== void 0 ? "--baseline" : void 0,
      values["no-update-baseline"] ? "--no-update-baseline" : void 0,
      values["history-out"] !== void 0 ? "--history-out" : void 0,
      values["influx-write"] !== void 0 ? "--influx-write" : void 0,
      ...outputs
    ].filter((option) => option !== void 0);
    if (misplaced.length > 0) {
      return `${misplaced.join(", ")} ${misplaced.length === 1 ? "has" : "have"} no effect on a shard run (it writes no report and no baseline): give ${misplaced.length === 1 ? "it" : "them"} to \`evalgate merge\`; the shard file goes to --shard-out DIR.`;
    }
  }
  return void 0;
}
__name(checkSplitOptions, "checkSplitOptions");
function fileOutputHelp() {
  return FILE_OUTPUTS.map(({ option, help }) => {
    const flag = `      --${option} FILE`;
    return `${flag.length < 25 ? flag.padEnd(25) : `${flag}
${" ".repeat(25)}`}${help}
`;
  }).join("");
}
__name(fileOutputHelp, "fileOutputHelp");

// src/cli/relaunch.ts
var HEAP_FLAGS = ["--max-semi-space-size=16"];
async function relaunchWithHeapFlags(options = {}) {
  const script = process.argv[1];
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (!script || given.some((flag) => /^--(max-semi-space-size|inspect)/.test(flag))) {
    return void 0;
  }
  const args = [...process.execArgv, ...HEAP_FLAGS, script, ...process.argv.slice(2)];
  if (options.replaceProcess !== false && typeof process.execve === "function" && process.platform !== "win32") {
    try {
      process.execve(process.execPath, [process.execPath, ...args], process.env);
    } catch {
    }
  }
  const { spawn } = await import("node:child_process");
  const { constants } = await import("node:os");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    const forward = /* @__PURE__ */ __name((signal) => child.kill(signal), "forward");
    for (const signal of signals) process.on(signal, forward);
    const done = /* @__PURE__ */ __name((code) => {
      for (const signal of signals) process.off(signal, forward);
      resolve(code);
    }, "done");
    child.on("error", () => done(void 0));
    child.on("exit", (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] ?? 0 : 0)));
  });
}
__name(relaunchWithHeapFlags, "relaunchWithHeapFlags");

// src/cli.ts
var NEVER_SETTLED = "evalgate: error: the run stopped before it finished: nothing was left to wait for while it was still pending (an internal dead-lock). No decision was made; please report this.\n";
var settled = false;
process.on("beforeExit", () => {
  if (settled) return;
  settled = true;
  process.stderr.write(NEVER_SETTLED);
  process.exitCode = 2;
});
main(process.argv.slice(2), { relaunch: relaunchWithHeapFlags }).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error) => {
    settled = true;
    process.stderr.write(`evalgate: internal error: ${String(error)}
`);
    process.exitCode = 2;
  }
);
