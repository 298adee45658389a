import { describe, expect, it } from 'vitest';
import { buildAnnotations, repositoryPath } from '../../src/report/annotations.js';
import { baselinePolicy } from '../../src/github/baseline-policy.js';
import { chartLabel, renderRatesChart } from '../../src/report/chart.js';
import { batches } from '../../src/github/check-run.js';
import { conclusionOf } from '../../src/report/conclusion.js';
import { findOwnComment, shouldCreateComment } from '../../src/github/comment.js';
import { metricRows } from '../../src/report/comparison-view.js';
import { readRunContext, workflowFileOf } from '../../src/github/context.js';
import { renderJobSummary, truncateBytes } from '../../src/report/job-summary.js';
import { failingGate, makeReport } from './fixtures.js';

const env = {
  GITHUB_REPOSITORY: 'acme/evals',
  GITHUB_SHA: 'merge',
  GITHUB_RUN_ID: '42',
  GITHUB_WORKFLOW_REF: 'acme/evals/.github/workflows/evals.yml@refs/heads/main',
  GITHUB_WORKSPACE: '/ws',
};

describe('readRunContext', () => {
  it('reports on the pull request head, not the merge commit, and spots forks', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/3/merge' },
      {
        number: 3,
        pull_request: { number: 3, head: { sha: 'head', repo: { full_name: 'mallory/evals' } } },
        repository: { default_branch: 'main' },
      },
    );
    expect(context).toMatchObject({
      headSha: 'head',
      pullRequest: { number: 3, fromFork: true },
      defaultBranch: 'main',
      branch: undefined,
    });
    expect(context.workflowFile).toBe('evals.yml');
  });

  it('takes the commit and pull request of the triggering run on workflow_run', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main' },
      {
        workflow_run: {
          id: 7,
          event: 'pull_request',
          head_sha: 'pr-head',
          head_branch: 'feature',
          pull_requests: [{ number: 5 }],
        },
      },
    );
    expect(context).toMatchObject({
      headSha: 'pr-head',
      pullRequest: { number: 5 },
      branch: undefined,
      triggeringRun: { id: 7 },
    });
  });

  it('knows the branch of push, schedule and manual runs', () => {
    const context = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main' },
      {},
    );
    expect(context).toMatchObject({ branch: 'main', headSha: 'merge' });
    expect(context.pullRequest).toBeUndefined();
    expect(workflowFileOf('o/r/.github/workflows/nightly.yaml@refs/tags/v1')).toBe('nightly.yaml');
  });
});

describe('baselinePolicy', () => {
  const context = (eventName: string, branch?: string, triggeredBy?: string) => ({
    ...readRunContext(
      {
        ...env,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_REF: branch ? `refs/heads/${branch}` : 'refs/pull/1/merge',
      },
      {},
    ),
    ...(triggeredBy
      ? {
          triggeringRun: {
            id: 1,
            runAttempt: 1,
            event: triggeredBy,
            headSha: 'x',
            pullRequests: [],
            headBranch: branch,
          },
        }
      : {}),
  });
  it.each([
    ['push', 'main', 'auto', true],
    ['schedule', 'main', 'auto', true],
    ['workflow_dispatch', 'main', 'auto', true],
    ['push', 'feature', 'auto', false],
    ['push', 'release', 'always', true],
    ['push', 'main', 'never', false],
    ['pull_request', undefined, 'always', false],
    ['pull_request_target', undefined, 'always', false],
  ] as const)('%s on %s with update-baseline %s: %s', (event, branch, update, write) => {
    expect(baselinePolicy(context(event, branch), update, 'main').write).toBe(write);
  });
  it('never lets a run triggered by a pull request write, and never replaces an unreadable baseline', () => {
    expect(baselinePolicy(context('workflow_run', 'main', 'pull_request'), 'always', 'main').write).toBe(
      false,
    );
    expect(baselinePolicy(context('push', 'main'), 'always', 'main', 'no actions: read').write).toBe(false);
  });
});

describe('annotations', () => {
  it('point at repository paths, one per failing item and failed gate, sent 50 at a time', () => {
    const report = makeReport({
      config: { file: '/ws/evals/evalgate.yml', hash: 'c' },
      gates: [failingGate('accuracy', 'block', 120), failingGate('target', 'warn', 2)],
    });
    const annotations = buildAnnotations(report, '/ws');
    expect(annotations).toHaveLength(124);
    expect(annotations[0]).toMatchObject({
      path: 'evals/evalgate.yml',
      start_line: 30,
      annotation_level: 'failure',
    });
    expect(annotations[1]).toMatchObject({ path: 'evals/benchmark.json', start_line: 10, end_line: 10 });
    expect(annotations.filter((a) => a.annotation_level === 'warning')).toHaveLength(3);
    expect(batches(annotations).map((batch) => batch.length)).toEqual([50, 50, 24]);
    expect(repositoryPath('/elsewhere/file.json', '/ws')).toBeUndefined();
  });
});

describe('small rules', () => {
  it('maps the decision to a check conclusion', () => {
    expect(conclusionOf(makeReport())).toBe('success');
    expect(conclusionOf(makeReport({ gates: [failingGate('t', 'warn', 0)] }))).toBe('neutral');
    expect(conclusionOf(makeReport({ decision: 'block' }))).toBe('failure');
    expect(conclusionOf(makeReport({ decision: 'error' }))).toBe('failure');
  });

  it('finds its own comment by marker, preferring the bot, newest first', () => {
    const marker = '<!-- m -->';
    const comments = [
      { id: 1, body: `${marker}\nold`, html_url: 'a', user: { type: 'Bot' } },
      { id: 2, body: `quoting ${marker}`, html_url: 'b', user: { type: 'User' } },
      { id: 3, body: `${marker}\nby a person`, html_url: 'c', user: { type: 'User' } },
      { id: 4, body: `${marker}\nnew`, html_url: 'd', user: { type: 'Bot' } },
    ];
    expect(findOwnComment(comments, marker)?.id).toBe(4);
    expect(findOwnComment(comments.slice(1, 3), marker)?.id).toBe(3);
    expect(findOwnComment([], marker)).toBeUndefined();
  });

  it('creates comments per the comment input', () => {
    expect(shouldCreateComment('on-failure', 'deploy')).toBe(false);
    expect(shouldCreateComment('on-failure', 'block')).toBe(true);
    expect(shouldCreateComment('auto', 'deploy')).toBe(true);
    expect(shouldCreateComment('never', 'block')).toBe(false);
  });

  it('charts rate metrics with their intervals, with safe labels', () => {
    const chart = renderRatesChart(metricRows(makeReport()));
    expect(chart).toContain('x-axis ["accuracy"]');
    expect(chart).toContain('bar [94]');
    expect(chart).toContain('line [90.7]');
    expect(chartLabel('a"b] --> c')).toBe('a_b_ --_ c');
  });

  it('keeps the job summary under its byte limit without splitting a character', () => {
    const report = makeReport({ decision: 'block', gates: [failingGate('a', 'block', 400, 'é'.repeat(90))] });
    const summary = renderJobSummary(report, {
      maxFailingItems: 400,
      limitBytes: 20_000,
      footer: '## GitHub',
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    expect(summary).toContain('## GitHub');
    expect(truncateBytes('aé', 2)).toBe('a');
  });
});
