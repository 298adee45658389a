import { describe, expect, it } from 'vitest';
import { normalizeMatrixKey } from '../../src/action/matrix-key.js';
import { decisionProblems, reportProblems, runProblems } from '../../src/action/report-verification.js';
import { parseConfig } from '../../src/config/load.js';
import type { TriggeringRun } from '../../src/github/context.js';
import type { PublishContext } from '../../src/github/publish-context.js';
import type { Report } from '../../src/core/report.js';

const config = parseConfig(
  [
    'version: 1',
    'name: task-api',
    'dataset: { path: bench.json }',
    'responses: { path: r.jsonl }',
    'gates:',
    '  - { name: format, metric: json_valid_rate, op: ">=", threshold: 0.95, severity: blocking }',
    '  - { name: target, metric: accuracy, op: ">=", threshold: 0.9, severity: warning }',
  ].join('\n'),
  '/repo/evalgate.yml',
);
const [format, target] = config.gates;

function report(overrides: Partial<Report> = {}): Report {
  return {
    name: 'task-api',
    decision: 'block',
    metrics: { json_valid_rate: { value: 0.9 }, accuracy: { value: 0.95 } },
    gates: [
      { gate: format, status: 'fail', effect: 'block', explanation: '', failingItems: [], failingCount: 0 },
      { gate: target, status: 'pass', effect: 'none', explanation: '', failingItems: [], failingCount: 0 },
    ],
    git: { sha: 'a'.repeat(40) },
    ...overrides,
  } as unknown as Report;
}

const triggering: TriggeringRun = {
  id: 70,
  runAttempt: 2,
  path: '.github/workflows/evals.yml',
  event: 'pull_request',
  headSha: 'a'.repeat(40),
  pullRequests: [],
};
const saved: PublishContext = {
  kind: 'evalgate-context',
  version: 1,
  configName: 'task-api',
  event: 'pull_request',
  runId: 70,
  runAttempt: 2,
  headSha: 'a'.repeat(40),
  workspace: '/w',
  workflowFile: 'evals.yml',
};
const expected = { configName: 'task-api', workflowFile: 'evals.yml', triggering, config };

describe('report verification', () => {
  it('accepts a report whose decision follows from its gates and the base config', () => {
    expect(reportProblems(report(), saved, expected)).toEqual([]);
    expect(runProblems(expected)).toEqual([]);
  });

  it('recomputes the decision: a passed gate whose metric misses its threshold, or a forged decision, is caught', () => {
    const forged = report({
      decision: 'deploy',
      gates: report().gates.map((gate) => ({ ...gate, status: 'pass', effect: 'none' })),
    });
    expect(decisionProblems(forged, config).join('\n')).toMatch(
      /"format" is pass, but json_valid_rate = 0.9 does not meet >= 0.95/,
    );
    expect(decisionProblems(report({ decision: 'deploy' }), config).join('\n')).toMatch(
      /says DEPLOY, but its gates give BLOCK/,
    );
    const severity = report({
      decision: 'deploy',
      gates: [{ ...report().gates[0]!, effect: 'warn' }, report().gates[1]!],
    });
    expect(decisionProblems(severity, config).join('\n')).toMatch(
      /effect warn, but its severity gives block/,
    );
  });

  it('a gate dropped from the report, or added to it, does not match the base config', () => {
    const dropped = report({ decision: 'deploy', gates: [report().gates[1]!] });
    expect(decisionProblems(dropped, config).join('\n')).toMatch(
      /gate "format" of the base branch's config is not in the report/,
    );
    const none = report({ decision: 'deploy', gates: [] });
    expect(decisionProblems(none, undefined)).toContain('the report says DEPLOY with no gate applied.');
  });

  it('ties the report to the triggering run, its newest attempt, its commit and its workflow file', () => {
    const problems = reportProblems(
      report({ name: 'other' }),
      { ...saved, runId: 69, runAttempt: 1, headSha: 'b'.repeat(40), workflowFile: 'x.yml' },
      expected,
    ).join('\n');
    expect(problems).toMatch(/for the config "other"/);
    expect(problems).toMatch(/made by run 69, not by the triggering run 70/);
    expect(problems).toMatch(/of attempt 1, not of the newest attempt 2/);
    expect(problems).toMatch(/of commit bbbbbbb/);
    expect(problems).toMatch(/workflow x\.yml, not evals\.yml/);
    expect(reportProblems(report(), undefined, expected).join('\n')).toMatch(
      /no readable evalgate-context\.json/,
    );
    expect(
      runProblems({ ...expected, triggering: { ...triggering, path: '.github/workflows/evil.yml' } })[0],
    ).toMatch(/evil\.yml/);
    expect(runProblems({ ...expected, workflowFile: undefined })[0]).toMatch(/evaluating-workflow/);
  });
});

describe('normalizeMatrixKey', () => {
  it('reduces a matrix to its values, hashes a long one stably, and is empty outside a matrix', () => {
    expect(normalizeMatrixKey('{"shard":2,"model":"gpt-4o"}')).toBe('gpt-4o-2');
    expect(normalizeMatrixKey('{"model":"gpt-4o","shard":2}')).toBe('gpt-4o-2');
    expect(normalizeMatrixKey('gpt 4o / eu')).toBe('gpt-4o-eu');
    const long = JSON.stringify({ model: 'x'.repeat(50), region: 'eu' });
    expect(normalizeMatrixKey(long)).toMatch(/^[0-9a-f]{12}$/);
    expect(normalizeMatrixKey(long)).toBe(
      normalizeMatrixKey(JSON.stringify({ region: 'eu', model: 'x'.repeat(50) })),
    );
    for (const none of ['', 'null', '{}', undefined]) expect(normalizeMatrixKey(none)).toBe('');
  });
});
