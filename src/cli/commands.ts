// The commands of the CLI, loaded by main.ts once the arguments are known to name one. Only the config is
// loaded here: a large run restarts the process with heap flags (relaunch.ts) before the pipeline's code is
// loaded, which loaded-command.ts imports.
import { loadConfig } from '../config/load.js';
import { parseShardSpec } from '../shard/spec.js';
import { reportCommandError } from './command-error.js';
import { LARGE_INPUT_BYTES, inputBytes } from './input-size.js';
import type { CommandOptions } from './loaded-command.js';

/** Runs `evalgate run | validate | merge` with checked options; returns the exit code. */
export async function runCommand(
  command: 'run' | 'validate' | 'merge',
  values: CommandOptions,
  log: (line: string) => void,
  relaunch?: () => Promise<number | undefined>,
): Promise<number> {
  try {
    const shard = values.shard === undefined ? undefined : parseShardSpec(values.shard);
    const config = await loadConfig(values.config, {
      responses: values.responses,
      dataset: values.dataset,
      baseline: values.baseline,
      outDir: values.out,
    });
    if (relaunch && command !== 'validate' && !shard && (await inputBytes(config)) >= LARGE_INPUT_BYTES) {
      const code = await relaunch();
      if (code !== undefined) return code;
    }
    const { runLoadedCommand } = await import('./loaded-command.js');
    return await runLoadedCommand(command, config, shard, values, log);
  } catch (error) {
    return reportCommandError(error);
  }
}
