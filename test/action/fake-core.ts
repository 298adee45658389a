// A stand-in for @actions/core that records what the action does with it: inputs come from a plain object,
// and every log line, output, secret, failure and job summary is kept for the test to read.
import type { AnnotationProperties } from '@actions/core';
import type { ActionCore, StepSummary } from '../../src/action/action-core.js';

export interface LoggedLine {
  level: 'info' | 'notice' | 'warning' | 'error';
  message: string;
  properties?: AnnotationProperties;
}

export interface FakeCore extends ActionCore {
  secrets: string[];
  outputs: Record<string, string>;
  lines: LoggedLine[];
  /** The messages of setFailed, in order. */
  failures: string[];
  /** The job summary as written (each write appends the buffer, as the runner's file does). */
  written: string;
}

export function fakeCore(inputs: Record<string, string> = {}): FakeCore {
  let buffer = '';
  const summary: StepSummary = {
    addHeading(text, level = 1) {
      buffer += `<h${level}>${text}</h${level}>\n`;
      return summary;
    },
    addRaw(text, addEOL = false) {
      buffer += addEOL ? `${text}\n` : text;
      return summary;
    },
    async write() {
      core.written += buffer;
      buffer = '';
      return summary;
    },
  };
  const log = (level: LoggedLine['level']) => (message: string, properties?: AnnotationProperties) => {
    core.lines.push({ level, message, ...(properties ? { properties } : {}) });
  };
  const core: FakeCore = {
    secrets: [],
    outputs: {},
    lines: [],
    failures: [],
    written: '',
    getInput: (name) => inputs[name] ?? '',
    setSecret: (secret) => void core.secrets.push(secret),
    setOutput: (name, value) => void (core.outputs[name] = value),
    info: log('info'),
    notice: log('notice'),
    warning: log('warning'),
    error: log('error'),
    setFailed: (message) => {
      core.failures.push(message);
      log('error')(message);
    },
    summary,
  };
  return core;
}

/** The lines of one level, as text. */
export function linesOf(core: FakeCore, level: LoggedLine['level']): string[] {
  return core.lines.filter((line) => line.level === level).map((line) => line.message);
}
