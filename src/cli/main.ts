import { parseArgs } from 'node:util';
import { createLocalBaselineStore } from '../baseline/local-store.js';
import { loadConfig } from '../config/load.js';
import { UserError } from '../core/errors.js';
import { runEvaluation } from '../pipeline/run.js';
import { validateRun } from '../pipeline/validate-run.js';
import { renderConsoleSummary } from '../report/console.js';
import { writeReportFiles } from '../report/write.js';
import { EVALGATE_VERSION } from '../version.js';

const HELP = `evalgate ${EVALGATE_VERSION}: decide whether a model version may ship.

Usage:
  evalgate run --config FILE [options]      run the benchmark, score it, compare, apply the gates
  evalgate validate --config FILE           check the config and the dataset without calling a model
  evalgate --help | --version

Options of run:
  -c, --config FILE      the evalgate config (YAML or JSON)                       (required)
      --responses FILE   score answers from this file instead of the config's source
      --dataset FILE     use this dataset file instead of the config's
      --baseline PATH    compare with this baseline.json instead of the baseline store's latest
      --out DIR          where report.json and report.md go           (default: evalgate-report/)
      --no-update-baseline
                         do not store this run as the baseline, even when it is accepted
  -q, --quiet            print only the summary

Exit codes: 0 DEPLOY, 1 BLOCK, 2 error (bad config, dataset or responses; the message names the file and line).

The API key of a live endpoint is read from the environment variable named by model.api-key-env
(default OPENAI_API_KEY). Accepted runs (DEPLOY) become the baseline in regression.baseline-dir
(default .evalgate/baselines).`;

export async function main(argv: string[]): Promise<number> {
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
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${EVALGATE_VERSION}\n`);
    return 0;
  }
  const command = positionals[0];
  if (command !== 'run' && command !== 'validate') {
    process.stderr.write(
      `evalgate: ${command ? `unknown command "${command}"` : 'no command given'}. Use \`evalgate run --config FILE\`; see --help.\n`,
    );
    return 2;
  }
  if (!values.config) {
    process.stderr.write('evalgate: --config FILE is required (the evalgate YAML or JSON config).\n');
    return 2;
  }
  const log = values.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  try {
    const config = await loadConfig(values.config, {
      responses: values.responses,
      dataset: values.dataset,
      baseline: values.baseline,
      outDir: values.out,
    });
    if (command === 'validate') {
      const summary = await validateRun(config);
      process.stdout.write(`${summary}\n`);
      return 0;
    }
    const report = await runEvaluation(config, {
      baselineStore: createLocalBaselineStore(config.regression.baselineDir),
      writeBaseline: !values['no-update-baseline'],
      log,
      env: process.env,
      git: { sha: process.env.GITHUB_SHA, ref: process.env.GITHUB_REF, runId: process.env.GITHUB_RUN_ID },
    });
    const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
    process.stdout.write(`${renderConsoleSummary(report, written.dir)}\n`);
    return report.decision === 'deploy' ? 0 : report.decision === 'block' ? 1 : 2;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`evalgate: error: ${error.describe()}\n`);
      return 2;
    }
    process.stderr.write(`evalgate: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
