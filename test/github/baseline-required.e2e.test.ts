// The bundled action against the local fake of GitHub (issue 10, items 4, 5 and 11): an unknown baseline workflow
// is "no baseline yet", not an internal error; a baseline that pairs nothing and a responses file that answers
// nothing end as ERROR with the reason on the check run, in the comment and in the report, never as BLOCK.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import {
  ensureBundle,
  runBundledAction,
  taskApiWorkspace,
  type ActionResult,
} from '../support/github-server/action-runner.js';
import { pullRequestPayload, pushPayload } from '../support/github-server/events.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';

const V1 = 'evals/responses/model-v1.jsonl';
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

beforeAll(async () => {
  await ensureBundle();
});

function explain(result: ActionResult, fake: FakeGitHub): string {
  return `exit ${result.exitCode}\n${result.log}\nviolations: ${fake.state.violations.join('\n')}`;
}

async function pullRequest(
  fake: FakeGitHub,
  number: number,
  options: { workspace?: string; inputs?: Record<string, string> } = {},
): Promise<ActionResult & { workspace: string }> {
  const headSha = sha(String(number % 10));
  fake.addPullRequest(number, { headSha, headRef: `feature-${number}` });
  const { run, runtimeToken } = fake.startRun({
    event: 'pull_request',
    branch: `feature-${number}`,
    sha: headSha,
    pullRequests: [number],
  });
  const workspace = options.workspace ?? (await taskApiWorkspace());
  const result = await runBundledAction(fake, {
    workspace,
    run,
    runtimeToken,
    eventName: 'pull_request',
    payload: pullRequestPayload(fake, { number, headSha, headRef: `feature-${number}` }),
    inputs: { config: 'evals/evalgate.yml', responses: V1, 'github-token': 'ghs_write', ...options.inputs },
    ref: `refs/pull/${number}/merge`,
    sha: sha('f'),
  });
  fake.completeRun(run, result.exitCode === 0 ? 'success' : 'failure');
  return { ...result, workspace };
}

async function readReport(result: ActionResult): Promise<Report> {
  return JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as Report;
}

describe('a baseline workflow GitHub does not know (404)', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
  });
  afterAll(() => fake.close());

  it('is "no baseline yet": a warning, DEPLOY with the regression gate not passed, no internal error', async () => {
    const result = await pullRequest(fake, 1, { inputs: { 'baseline-workflow': 'evalgate-baseline.yml' } });
    expect(result.exitCode, explain(result, fake)).toBe(0);
    expect(result.log).not.toContain('internal error');
    expect(result.log).toMatch(
      /::warning::no baseline yet: GitHub does not know the workflow evalgate-baseline\.yml \(HTTP 404\)/,
    );
    expect(result.outputs.decision).toBe('deploy');
    expect(
      fake.state.requests.some((r) => r.status === 404 && r.path.includes('evalgate-baseline.yml')),
    ).toBe(true);
    const report = await readReport(result);
    expect(report.gates.find((gate) => gate.gate.name === 'no regression')!.status).toBe('inconclusive');
    expect(fake.state.checkRuns.at(-1)!.conclusion).toBe('neutral');
    expect(fake.state.violations).toEqual([]);
  });
});

describe('runs that say nothing about the model end as ERROR, not BLOCK', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
    const { run, runtimeToken } = fake.startRun({ event: 'push', branch: 'main', sha: sha('a') });
    const stored = await runBundledAction(fake, {
      workspace: await taskApiWorkspace(),
      run,
      runtimeToken,
      eventName: 'push',
      payload: pushPayload(fake, sha('a'), 'main'),
      inputs: { config: 'evals/evalgate.yml', responses: V1, 'github-token': 'ghs_write' },
      ref: 'refs/heads/main',
      sha: sha('a'),
    });
    fake.completeRun(run, stored.exitCode === 0 ? 'success' : 'failure');
    if (stored.exitCode !== 0) throw new Error(explain(stored, fake));
  });
  afterAll(() => fake.close());

  it('a dataset whose ids all changed pairs nothing with the baseline: ERROR on the check, the comment and the report', async () => {
    const workspace = await taskApiWorkspace();
    for (const file of ['benchmark.json', 'responses/model-v1.jsonl']) {
      const target = path.join(workspace, 'evals', file);
      await writeFile(target, (await readFile(target, 'utf8')).replace(/"ta-(\d+)"/g, '"renamed-$1"'));
    }
    const result = await pullRequest(fake, 2, { workspace });
    expect(result.exitCode, explain(result, fake)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    expect(result.log).toMatch(/::error::ERROR: the baseline \(.*\) shares no item id with this run/);
    const report = await readReport(result);
    expect(report.decision).toBe('error');
    expect(report.comparison.paired).toBe(0);
    const check = fake.state.checkRuns.at(-1)!;
    expect(check.conclusion).toBe('failure');
    const comment = fake.state.comments.filter((c) => c.issueNumber === 2).at(-1)!;
    expect(comment.body).toMatch(/shares no item id with this run/);
    expect(comment.body).not.toContain('BLOCK');
    expect(fake.state.violations).toEqual([]);
  });

  it('a responses file that answers no item is an ERROR naming it', async () => {
    const workspace = await taskApiWorkspace();
    const target = path.join(workspace, V1);
    await writeFile(target, (await readFile(target, 'utf8')).replace(/"ta-(\d+)"/g, '"other-$1"'));
    const result = await pullRequest(fake, 3, { workspace });
    expect(result.exitCode, explain(result, fake)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    expect(result.log).toMatch(/::error::ERROR: no item of the dataset has an answer in .*model-v1\.jsonl/);
    expect((await readReport(result)).decision).toBe('error');
    expect(fake.state.checkRuns.at(-1)!.conclusion).toBe('failure');
  });
});
