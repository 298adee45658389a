// What the action takes from the runner: @actions/core (the real module in src/main.ts, a fake in the tests)
// and the environment. Every module of src/action/ gets it as a parameter, so its logic runs in a unit test.
import type { AnnotationProperties } from '@actions/core';
import { runnerLogOf, type RunnerLog } from './runner-log.js';

/** The job summary being built: the part of @actions/core's `summary` the action uses. */
export interface StepSummary {
  addHeading(text: string, level?: number | string): StepSummary;
  addRaw(text: string, addEOL?: boolean): StepSummary;
  write(): Promise<unknown>;
}

/** The part of @actions/core the action uses. */
export interface ActionCore {
  getInput(name: string): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  setFailed(message: string): void;
  summary: StepSummary;
}

export interface Runner {
  core: ActionCore;
  env: NodeJS.ProcessEnv;
  log: RunnerLog;
}

export function runnerOf(core: ActionCore, env: NodeJS.ProcessEnv = process.env): Runner {
  return { core, env, log: runnerLogOf(core) };
}
