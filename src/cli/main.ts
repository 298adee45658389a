import { parseArgs } from 'node:util';
import { logLine } from '../report/log-line.js';
import { FILE_OUTPUTS } from '../report/outputs.js';
import { EVALGATE_VERSION } from '../version.js';
import { enableCompileCacheOnce } from './compile-cache.js';

// Only argument parsing and the help live here: the code of a command (the pipeline, the config loader,
// ajv, the openai SDK, ...) is imported when that command runs, so `--version` and `--help` load none of it.
const HELP = () => `evalgate ${EVALGATE_VERSION}: decide whether a model version may ship.

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
(default .evalgate/baselines).`;

export interface MainOptions {
  /**
   * For a run or a merge that reads large inputs (src/cli/input-size.ts): run the CLI again in a process started
   * with the flags a large run needs; resolves to its exit code, or undefined to run the command here
   * (src/cli/relaunch.ts).
   */
  relaunch?: () => Promise<number | undefined>;
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        responses: { type: 'string' },
        dataset: { type: 'string' },
        baseline: { type: 'string' },
        out: { type: 'string' },
        'no-update-baseline': { type: 'boolean', default: false },
        'history-out': { type: 'string' },
        'influx-write': { type: 'string' },
        shard: { type: 'string' },
        'shard-out': { type: 'string' },
        shards: { type: 'string', multiple: true },
        corpus: { type: 'string', multiple: true },
        ...Object.fromEntries(FILE_OUTPUTS.map(({ option }) => [option, { type: 'string' as const }])),
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`evalgate: ${(error as Error).message}\nRun \`evalgate --help\` for the options.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP()}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${EVALGATE_VERSION}\n`);
    return 0;
  }
  const command = positionals[0];
  if (command === 'contamination') return contamination(values);
  if (values.corpus !== undefined) {
    process.stderr.write('evalgate: --corpus is an option of `evalgate contamination`.\n');
    return 2;
  }
  if (command !== 'run' && command !== 'validate' && command !== 'merge') {
    process.stderr.write(
      `evalgate: ${command ? `unknown command "${command}"` : 'no command given'}. Use \`evalgate run --config FILE\`; see --help.\n`,
    );
    return 2;
  }
  if (!values.config) {
    process.stderr.write('evalgate: --config FILE is required (the evalgate YAML or JSON config).\n');
    return 2;
  }
  const misuse = checkSplitOptions(command, values);
  if (misuse) {
    process.stderr.write(`evalgate: ${misuse}\n`);
    return 2;
  }
  const log = values.quiet ? () => {} : (line: string) => process.stderr.write(`${logLine(line)}\n`);
  enableCompileCacheOnce();
  if (options.relaunch && command !== 'validate' && values.shard === undefined) {
    const { surelyLargeInput } = await import('./early-input-size.js');
    if (await surelyLargeInput(values.config, values)) {
      const code = await options.relaunch();
      if (code !== undefined) return code;
    }
  }
  const { runCommand } = await import('./commands.js');
  return runCommand(command, { ...values, config: values.config }, log, options.relaunch);
}

async function contamination(values: {
  config?: string;
  dataset?: string;
  corpus?: string[];
  quiet?: boolean;
}): Promise<number> {
  if (!values.config) {
    process.stderr.write('evalgate: --config FILE is required (the evalgate YAML or JSON config).\n');
    return 2;
  }
  const log = values.quiet ? () => {} : (line: string) => process.stderr.write(`${logLine(line)}\n`);
  enableCompileCacheOnce();
  const { runContaminationCommand } = await import('./contamination-command.js');
  return runContaminationCommand(
    { config: values.config, dataset: values.dataset, corpus: values.corpus },
    log,
  );
}

/** Options of split runs used with a command they do not belong to: what is wrong, or undefined. */
function checkSplitOptions(
  command: 'run' | 'validate' | 'merge',
  values: {
    shard?: string;
    'shard-out'?: string;
    shards?: string[];
    out?: string;
    baseline?: string;
    'no-update-baseline'?: boolean;
    'history-out'?: string;
    'influx-write'?: string;
    [fileOutput: string]: string | string[] | boolean | undefined;
  },
): string | undefined {
  if (command !== 'run' && (values.shard !== undefined || values['shard-out'] !== undefined)) {
    return `--shard and --shard-out are options of \`evalgate run\`, not of \`evalgate ${command}\`.`;
  }
  if (command !== 'merge' && values.shards !== undefined) {
    return `--shards is an option of \`evalgate merge\`; \`evalgate ${command}\` does not read shard files.`;
  }
  if (command === 'merge' && (values.shards ?? []).length === 0) {
    return '`evalgate merge` needs --shards DIR: the folder holding the shard-I-of-N.json files of every shard.';
  }
  const outputs = FILE_OUTPUTS.filter(({ option }) => values[option] !== undefined).map(
    ({ option }) => `--${option}`,
  );
  if (command === 'validate' && outputs.length > 0) {
    return `${outputs.join(', ')} ${outputs.length === 1 ? 'is an option' : 'are options'} of \`evalgate run\` and \`evalgate merge\`; \`evalgate validate\` writes no report.`;
  }
  if (values['shard-out'] !== undefined && values.shard === undefined) {
    return '--shard-out DIR needs --shard I/N (which shard this run answers).';
  }
  if (values.shard !== undefined) {
    const misplaced = [
      values.out !== undefined ? '--out' : undefined,
      values.baseline !== undefined ? '--baseline' : undefined,
      values['no-update-baseline'] ? '--no-update-baseline' : undefined,
      values['history-out'] !== undefined ? '--history-out' : undefined,
      values['influx-write'] !== undefined ? '--influx-write' : undefined,
      ...outputs,
    ].filter((option) => option !== undefined);
    if (misplaced.length > 0) {
      return `${misplaced.join(', ')} ${misplaced.length === 1 ? 'has' : 'have'} no effect on a shard run (it writes no report and no baseline): give ${misplaced.length === 1 ? 'it' : 'them'} to \`evalgate merge\`; the shard file goes to --shard-out DIR.`;
    }
  }
  return undefined;
}

/** The help lines of the file outputs (src/report/outputs.ts), aligned with the other options. */
function fileOutputHelp(): string {
  return FILE_OUTPUTS.map(({ option, help }) => {
    const flag = `      --${option} FILE`;
    return `${flag.length < 25 ? flag.padEnd(25) : `${flag}\n${' '.repeat(25)}`}${help}\n`;
  }).join('');
}
