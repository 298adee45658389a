// What the action takes from the runner: @actions/core (the real module in src/main.ts, a fake in the tests)
// and the environment. Every module of src/action/ gets it as a parameter, so its logic runs in a unit test.
import type { ActionCore } from './action-core.js';
import { runnerLogOf, type RunnerLog } from './runner-log.js';

export interface Runner {
  core: ActionCore;
  env: NodeJS.ProcessEnv;
  log: RunnerLog;
}

export function runnerOf(core: ActionCore, env: NodeJS.ProcessEnv = process.env): Runner {
  return { core, env, log: runnerLogOf(core) };
}
