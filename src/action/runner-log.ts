// The action's log: every line that carries data (ids, gate names, endpoint messages, paths) goes through
// here, so that it stays one line and the runner never reads it as a workflow command.
import * as core from '@actions/core';
import { logLine, stripTerminalControls } from '../report/log-line.js';

export const runnerLog = {
  info: (line: string): void => core.info(logLine(line)),
  /** A warning is a workflow command whose text @actions/core escapes: only terminal controls must go. */
  warning: (line: string, properties?: core.AnnotationProperties): void =>
    core.warning(stripTerminalControls(line), properties),
  error: (line: string, properties?: core.AnnotationProperties): void =>
    core.error(stripTerminalControls(line), properties),
};
