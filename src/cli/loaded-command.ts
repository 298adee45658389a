// A command of the CLI once its config is loaded (and a large run has restarted with its heap flags): the
// evaluation, its reports and their publishing. The code only one command needs (validation, shards and
// their merge) is imported when that command runs.
import { createLocalBaselineStore } from '../baseline/local-store.js';
import type { LoadedConfig } from '../config/types.js';
import { displayPath, runEvaluation } from '../pipeline/run.js';
import { logLine, logLines } from '../report/log-line.js';
import { writeReportFiles } from '../report/write.js';
import { formatShard, type ShardSpec } from '../shard/spec.js';
import { describeEndpoint } from '../history/endpoint.js';
import { publishFromCli } from './publishers.js';

export interface CommandOptions {
  config: string;
  responses?: string;
  dataset?: string;
  baseline?: string;
  out?: string;
  'no-update-baseline'?: boolean;
  'history-out'?: string;
  'influx-write'?: string;
  shard?: string;
  'shard-out'?: string;
  shards?: string[];
  /** The file outputs of src/report/outputs.ts (`junit`), by option name. */
  [fileOutput: string]: string | string[] | boolean | undefined;
}

/** Runs `evalgate run | validate | merge` on a loaded config; returns the exit code, throws what went wrong. */
export async function runLoadedCommand(
  command: 'run' | 'validate' | 'merge',
  config: LoadedConfig,
  shard: ShardSpec | undefined,
  values: CommandOptions,
  log: (line: string) => void,
): Promise<number> {
  if (command === 'validate') {
    const { validateRun } = await import('../pipeline/validate-run.js');
    const summary = await validateRun(config);
    process.stdout.write(`${logLines(summary)}\n`);
    return 0;
  }
  if (shard) {
    const { runShardWithConfig } = await import('../shard/run-shard.js');
    const result = await runShardWithConfig(config, shard, values['shard-out'] ?? 'evalgate-shards', {
      log,
      env: process.env,
    });
    process.stdout.write(
      `${logLine(`shard ${formatShard(shard)}: ${result.items} items answered (${result.stats.errors} error item${result.stats.errors === 1 ? '' : 's'}) -> ${displayPath(result.file)}`)}\n`,
    );
    return 0;
  }
  const deps = {
    baselineStore: createLocalBaselineStore(config.regression.baselineDir),
    writeBaseline: !values['no-update-baseline'],
    log,
    env: process.env,
    git: { sha: process.env.GITHUB_SHA, ref: process.env.GITHUB_REF, runId: process.env.GITHUB_RUN_ID },
  };
  let report;
  if (command === 'merge') {
    const { collectShardFiles, mergeShardsWithConfig } = await import('../shard/merge.js');
    report = await mergeShardsWithConfig(config, await collectShardFiles(values.shards ?? []), deps);
  } else {
    report = await runEvaluation(config, deps);
  }
  const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
  if (values['history-out']) {
    const { writeHistoryJsonl } = await import('../history/jsonl.js');
    await writeHistoryJsonl(report.history ?? [], values['history-out']);
  }
  if (values['influx-write']) {
    const { exportToInflux } = await import('../history/influx.js');
    const problem = await exportToInflux(report, values['influx-write'], {
      token: process.env.INFLUX_TOKEN,
    });
    if (problem) process.stderr.write(`${logLines(`evalgate: warning: ${problem}`)}\n`);
    else log(`metrics exported to ${describeEndpoint(values['influx-write'])}`);
  }
  await publishFromCli(report, { reportDir: written.dir }, values, log);
  return report.decision === 'deploy' ? 0 : report.decision === 'block' ? 1 : 2;
}
