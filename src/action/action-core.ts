// The part of @actions/core the action uses: the real module in src/main.ts, a fake in the tests.
import type { AnnotationProperties } from '@actions/core';

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
