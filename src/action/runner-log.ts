// The action's log: every line that carries data (ids, gate names, endpoint messages, paths) goes through
// here, so that it stays one line and the runner never reads it as a workflow command.
import type { AnnotationProperties } from '@actions/core';
import { logLine, stripTerminalControls } from '../report/log-line.js';
import type { ActionCore } from './action-core.js';

export interface RunnerLog {
  info(line: string): void;
  warning(line: string, properties?: AnnotationProperties): void;
  error(line: string, properties?: AnnotationProperties): void;
}

export function runnerLogOf(core: ActionCore): RunnerLog {
  return {
    info: (line) => core.info(logLine(line)),
    /** A warning is a workflow command whose text @actions/core escapes: only terminal controls must go. */
    warning: (line, properties) => core.warning(stripTerminalControls(line), properties),
    error: (line, properties) => core.error(stripTerminalControls(line), properties),
  };
}
