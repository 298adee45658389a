// Hostile data - item ids, categories, gate names, endpoint error messages, model output - through every
// renderer evalgate prints or posts: the runner log (what @actions/core writes to stdout), the CLI's
// terminal, the PR comment, the check run, annotations and the job summary.
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GateResult } from '../../src/core/gates.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { CHECK_SUMMARY_LIMIT, checkRunTitle, renderBody } from '../../src/report/comment-body.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { logLine, logLines, stripTerminalControls } from '../../src/report/log-line.js';
import type { Report } from '../../src/core/report.js';
import { makeReport, rate } from '../github/fixtures.js';
import {
  ALL_PAYLOADS,
  ANSI_PAYLOAD,
  COMMAND_PAYLOADS,
  MARKDOWN_PAYLOADS,
  codeTexts,
  markdownProblems,
  runnerCommandIn,
  terminalControlIn,
} from './hostile-text.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A gate whose name, explanation and failing items are all hostile. */
function hostileGate(name: string, effect: 'block' | 'warn', payloads: readonly string[]): GateResult {
  return {
    gate: {
      type: 'threshold',
      name,
      metric: 'accuracy',
      op: '>=',
      threshold: 0.85,
      severity: effect === 'block' ? 'blocking' : 'warning',
      line: 30,
    },
    status: 'fail',
    effect,
    metric: rate('accuracy', 0.5, [0.4, 0.6]),
    explanation: `accuracy is 50%: ${name}`,
    failingItems: payloads.flatMap((payload, index) => [
      {
        id: payload,
        category: payload,
        source: { file: 'evals/benchmark.json', line: 10 + index },
        value: 0,
        output: payload,
        expected: payload,
      },
      {
        id: `err-${index}`,
        category: 'c',
        source: { file: 'evals/benchmark.json', line: 100 + index },
        value: null,
        output: null,
        error: `400 Bad Request: ${payload}`,
        reason: payload,
      },
    ]),
    failingCount: payloads.length * 2,
  };
}

function hostileReport(): Report {
  const gates = [
    ...COMMAND_PAYLOADS.map((payload) => hostileGate(payload, 'block', [payload])),
    hostileGate(ANSI_PAYLOAD, 'warn', [ANSI_PAYLOAD]),
    ...MARKDOWN_PAYLOADS.map((payload) => hostileGate(payload, 'warn', [payload])),
  ];
  return makeReport({
    name: 'task-api\n::error::FORGED report name',
    decision: 'block',
    headline: `BLOCK: ${COMMAND_PAYLOADS[0]} ${ANSI_PAYLOAD}`,
    gates,
    warnings: ALL_PAYLOADS.map((payload) => `the endpoint said: ${payload}`),
    comparison: { ...makeReport().comparison, reason: `no baseline: ${COMMAND_PAYLOADS[3]}` },
  });
}

/** What the real @actions/core writes to stdout for these calls, as the runner reads it: lines. */
function runnerLines(write: () => void): string[] {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    write();
  } finally {
    vi.restoreAllMocks();
  }
  // The runner reads with StreamReader.ReadLine: \n, \r and \r\n end a line.
  return out.split(/\r\n|\r|\n/);
}

describe('the runner log', () => {
  it('the console summary printed with core.info has no line a runner would run, and no terminal control', () => {
    const lines = runnerLines(() => core.info(renderConsoleSummary(hostileReport(), 'out')));
    expect(lines.length).toBeGreaterThan(20);
    const commands = lines.map(runnerCommandIn).filter(Boolean);
    expect(commands).toEqual([]);
    expect(lines.map(terminalControlIn).filter(Boolean)).toEqual([]);
    // Each value stays on its own line: the forged text is shown, flattened, after evalgate's own prefix.
    const nameLine = lines.find((line) => line.startsWith('BLOCK  task-api'))!;
    expect(nameLine).toContain('⏎');
    expect(nameLine).toContain('FORGED report name');
  });

  it('every pipeline log line goes out as one line a runner cannot run', () => {
    for (const payload of ALL_PAYLOADS) {
      const lines = runnerLines(() => core.info(logLine(`model: endpoint down (last error: ${payload})`)));
      expect(lines.filter((line) => line.length > 0)).toHaveLength(1);
      expect(runnerCommandIn(lines[0]!)).toBeUndefined();
      expect(terminalControlIn(lines[0]!)).toBeUndefined();
      expect(lines[0]!.startsWith('model: endpoint down')).toBe(true);
    }
  });

  it('a composed text keeps its lines, and none of them can be run', () => {
    const text = logLines(['summary', ...COMMAND_PAYLOADS, '   ::error::FORGED indented'].join('\n'));
    for (const line of text.split(/\r\n|\r|\n/)) expect(runnerCommandIn(line)).toBeUndefined();
    expect(text.startsWith('summary\n')).toBe(true);
  });

  it('strips ANSI CSI, OSC and other escape sequences, and C0/C1 controls', () => {
    expect(stripTerminalControls(ANSI_PAYLOAD)).toBe('k red link    bell');
    expect(stripTerminalControls('tab\tand\nline')).toBe('tab\tand\nline');
    expect(stripTerminalControls('unterminated \u001b]0;title')).toBe('unterminated ');
    expect(stripTerminalControls('\u001bPq#0;2;0;0;0\u001b\\x')).toBe('x');
  });
});

describe('what GitHub shows', () => {
  const report = hostileReport();
  const links = { reportArtifact: 'https://github.com/acme/evals/actions/runs/1/artifacts/2' };
  const documents = {
    comment: renderBody(report, { marker: '<!-- evalgate:comment workflow=e.yml config=x -->', links }),
    checkRunSummary: renderBody(report, { links, maxLength: CHECK_SUMMARY_LIMIT, headingLevel: 2 }),
    jobSummary: renderJobSummary(report, { maxFailingItems: 50 }),
    reportMarkdown: renderMarkdown(report, { maxFailingItems: 50 }),
  };

  for (const [name, markdown] of Object.entries(documents)) {
    it(`the ${name} has no HTML, fence, extra cell, mention, issue link or terminal control from data`, () => {
      expect(markdownProblems(markdown)).toEqual([]);
      expect(markdown).not.toContain('<script');
      expect(markdown).not.toContain('<img');
    });

    it(`the ${name} quotes model output character for character (only terminal controls removed)`, () => {
      const quoted = new Set(codeTexts(markdown));
      for (const payload of ALL_PAYLOADS) {
        const shown = stripTerminalControls(payload).replace(/\r\n?/g, '\n');
        expect(quoted, JSON.stringify(payload)).toContain(shown);
      }
    });
  }

  it('the check run title is one line of plain text without terminal controls', () => {
    const title = checkRunTitle(report);
    expect(title).not.toMatch(/[\n\r]/);
    expect(terminalControlIn(title)).toBeUndefined();
    expect(title.length).toBeLessThanOrEqual(250);
  });

  it('annotations carry no terminal control, and their titles stay on one line', () => {
    const annotations = buildAnnotations(report, process.cwd());
    expect(annotations.length).toBeGreaterThan(10);
    for (const annotation of annotations) {
      expect(terminalControlIn(annotation.message)).toBeUndefined();
      expect(terminalControlIn(annotation.title)).toBeUndefined();
      expect(annotation.title).not.toMatch(/[\n\r]/);
    }
  });

  it('annotations sent as workflow commands cannot be broken out of', () => {
    const annotations = buildAnnotations(report, process.cwd());
    const lines = runnerLines(() => {
      for (const annotation of annotations)
        core.error(annotation.message, {
          title: annotation.title,
          file: annotation.path,
          startLine: annotation.start_line,
        });
    });
    expect(lines.map(runnerCommandIn).filter(Boolean)).toEqual([]);
    expect(lines.map(terminalControlIn).filter(Boolean)).toEqual([]);
  });
});
