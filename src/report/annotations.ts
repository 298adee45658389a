// Check run annotations: one at the benchmark file:line of each failing item, one at the config line of
// each failed gate. Paths are relative to the repository root.
import path from 'node:path';
import { UserErrors, type UserError } from '../core/errors.js';
import type { GateResult } from '../core/gates.js';
import { stripTerminalControls } from './log-line.js';
import type { Report } from '../core/report.js';
import { truncateBytes } from './job-summary.js';

/** GitHub takes at most 64 KB of UTF-8 in an annotation's message. */
export const MESSAGE_LIMIT_BYTES = 64 * 1024;
const TITLE_LIMIT = 255;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** A path from the report as a repository path, or undefined when it lies outside the workspace. */
export function repositoryPath(file: string, workspace: string): string | undefined {
  const absolute = path.isAbsolute(file) ? file : path.resolve(workspace, file);
  const relative = path.relative(workspace, absolute);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

export function buildAnnotations(report: Report, workspace: string): Annotation[] {
  const annotations: Annotation[] = [];
  const configPath = repositoryPath(report.config.file, workspace);
  for (const result of report.gates) {
    if (result.status === 'pass') continue;
    const level = levelOf(result);
    if (configPath && result.gate.line) {
      annotations.push({
        path: configPath,
        start_line: result.gate.line,
        end_line: result.gate.line,
        annotation_level: level,
        title: cut(
          `evalgate: gate ${result.gate.name} ${result.status === 'fail' ? 'failed' : 'inconclusive'}`,
          TITLE_LIMIT,
        ),
        message: cutMessage(result.explanation),
      });
    }
    for (const item of result.failingItems) {
      const file = repositoryPath(item.source.file, workspace);
      if (!file) continue;
      const said = item.error ? `error: ${item.error}` : `output: ${item.output ?? '(none)'}`;
      const expected = item.expected !== undefined ? `\nexpected: ${item.expected}` : '';
      annotations.push({
        path: file,
        start_line: item.source.line,
        end_line: item.source.line,
        annotation_level: level,
        title: cut(`evalgate: item ${item.id} fails ${result.gate.name}`, TITLE_LIMIT),
        message: cutMessage(
          `${result.gate.metric} = ${item.value ?? 'n/a'} (${item.category})\n${said}${expected}`,
        ),
      });
    }
  }
  return annotations;
}

/** The problems of an error that stopped the run (one, or each of a UserErrors). */
export function problemsOf(error: UserError): UserError[] {
  return error instanceof UserErrors && error.errors.length > 0 ? error.errors : [error];
}

/** One failure annotation per problem that names a file in the workspace and a line. */
export function errorAnnotations(error: UserError, workspace: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const problem of problemsOf(error)) {
    const file = problem.file ? repositoryPath(problem.file, workspace) : undefined;
    if (!file || !problem.line || problem.line < 1) continue;
    annotations.push({
      path: file,
      start_line: problem.line,
      end_line: problem.line,
      annotation_level: 'failure',
      title: 'evalgate: configuration error',
      message: cutMessage(
        `${problem.key ? `${problem.key}: ` : ''}${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`,
      ),
    });
  }
  return annotations;
}

function levelOf(result: GateResult): Annotation['annotation_level'] {
  if (result.effect === 'block') return 'failure';
  if (result.effect === 'warn') return 'warning';
  return 'notice';
}

/** A title: one line of plain text, no terminal controls, at most 255 characters. */
function cut(text: string, limit: number): string {
  const flat = stripTerminalControls(text).replace(/\s+/g, ' ');
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** A message: no terminal controls, at most 64 KB of UTF-8 (a character is up to 4 bytes). */
function cutMessage(text: string): string {
  const clean = stripTerminalControls(text).replace(/\r\n?/g, '\n');
  if (Buffer.byteLength(clean) <= MESSAGE_LIMIT_BYTES) return clean;
  return `${truncateBytes(clean, MESSAGE_LIMIT_BYTES - Buffer.byteLength('…'))}…`;
}
