// The fork-safe pair (evalgate-fork-evaluate.yml + evalgate-fork-publish.yml) against a hostile fork: the
// evaluating run's artifact is written by the pull request's code, so the publisher must name the check run
// after the base branch's config, publish only a report it can tie to the triggering run, its newest attempt,
// its commit and the expected workflow file, and never turn anything else into a green check.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import {
  ensureBundle,
  runBundledAction,
  taskApiWorkspace,
  type ActionResult,
} from '../support/github-server/action-runner.js';
import { pullRequestPayload, workflowRunPayload } from '../support/github-server/events.js';
import {
  READ_ONLY,
  startGitHubServer,
  type FakeGitHub,
  type WorkflowRun,
} from '../support/github-server/index.js';

const V1 = 'evals/responses/model-v1.jsonl';
const V2 = 'evals/responses/model-v2.jsonl';
const CHECK = 'evalgate: task-api';
const FORK = 'mallory/evals';
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

let fake: FakeGitHub;
beforeAll(async () => {
  await ensureBundle();
  fake = await startGitHubServer();
  fake.addToken('ghs_write');
  fake.addToken('ghs_fork', READ_ONLY);
});
afterAll(() => fake.close());

function explain(result: ActionResult): string {
  return `exit ${result.exitCode}\n${result.log}\nviolations: ${fake.state.violations.join('\n')}`;
}

/** The evaluating workflow on a fork's pull request: read-only token, posts nothing, uploads the report. */
async function forkEvaluate(number: number, headSha: string, responses: string) {
  const headRef = `feature-${number}`;
  fake.addPullRequest(number, { headSha, headRef, headRepository: FORK });
  const { run, runtimeToken } = fake.startRun({
    event: 'pull_request',
    branch: headRef,
    sha: headSha,
    headRepository: FORK,
    workflowFile: 'evals.yml',
  });
  const result = await runBundledAction(fake, {
    workspace: await taskApiWorkspace(),
    run,
    runtimeToken,
    eventName: 'pull_request',
    payload: pullRequestPayload(fake, { number, headSha, headRef, headRepository: FORK }),
    inputs: {
      config: 'evals/evalgate.yml',
      responses,
      'github-token': 'ghs_fork',
      comment: 'never',
      'check-run': 'never',
    },
    ref: `refs/pull/${number}/merge`,
    sha: sha('f'),
  });
  fake.completeRun(run, result.exitCode === 0 ? 'success' : 'failure');
  return { run, result };
}

/** The publisher in the base repository, with the base branch's config checked out. */
async function publishFor(
  triggering: WorkflowRun,
  options: { number: number; path?: string; headSha?: string; inputs?: Record<string, string> },
) {
  const { run, runtimeToken } = fake.startRun({
    event: 'workflow_run',
    branch: 'main',
    sha: sha('2'),
    workflowFile: 'publish.yml',
  });
  const payload = workflowRunPayload(fake, {
    id: triggering.id,
    event: 'pull_request',
    headSha: options.headSha ?? triggering.headSha,
    headBranch: `feature-${options.number}`,
    headRepository: FORK,
    pullRequests: [],
    workflowFile: options.path ?? triggering.workflowFile,
    runAttempt: triggering.runAttempt,
  });
  const result = await runBundledAction(fake, {
    workspace: await taskApiWorkspace(),
    run,
    runtimeToken,
    eventName: 'workflow_run',
    payload,
    inputs: {
      config: 'evals/evalgate.yml',
      'evaluating-workflow': 'evals.yml',
      'github-token': 'ghs_write',
      ...options.inputs,
    },
    ref: 'refs/heads/main',
    sha: sha('2'),
    workflowFile: 'publish.yml',
  });
  fake.completeRun(run, 'success');
  return result;
}

/** What a fork can do in its own run: upload any report under any name, with a context file to match. */
async function uploadForged(
  run: WorkflowRun,
  runtimeToken: string,
  artifactName: string,
  report: Report,
  context: Record<string, unknown>,
): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evalgate-forged-'));
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(report));
  await writeFile(path.join(dir, 'evalgate-context.json'), JSON.stringify(context));
  const saved = { ...process.env };
  Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_RESULTS_URL: `${fake.origin}/` });
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const files = (await readdir(dir)).map((file) => path.join(dir, file));
    await new DefaultArtifactClient().uploadArtifact(artifactName, files, dir);
  } finally {
    process.env = saved;
  }
}

/** A blocked run's report rewritten to say DEPLOY, every gate passed. */
function forgedDeploy(report: Report, name = report.name): Report {
  return {
    ...report,
    name,
    decision: 'deploy',
    headline: `DEPLOY: ${report.gates.length} of ${report.gates.length} gates passed.`,
    gates: report.gates.map((gate) => ({
      ...gate,
      status: 'pass',
      effect: 'none',
      failingItems: [],
      failingCount: 0,
    })),
  };
}

const checksOn = (headSha: string) => fake.state.checkRuns.filter((check) => check.headSha === headSha);

describe('the workflow_run publisher of the fork-safe pair', () => {
  let blocked: Report;
  beforeAll(async () => {
    const { result } = await forkEvaluate(40, sha('4'), V2);
    expect(result.exitCode, explain(result)).toBe(1);
    blocked = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as Report;
    expect(blocked.decision).toBe('block');
  });

  it('publishes a verified report under the base config’s check name: DEPLOY, neutral while no baseline exists', async () => {
    const { run, result } = await forkEvaluate(41, sha('5'), V1);
    expect(result.exitCode, explain(result)).toBe(0);
    const published = await publishFor(run, { number: 41 });
    expect(published.exitCode, explain(published)).toBe(0);
    expect(published.outputs.decision).toBe('deploy');
    // Not compared (no baseline run yet): the regression gate warns, so DEPLOY is neutral, not green.
    expect(checksOn(sha('5'))).toMatchObject([{ name: CHECK, conclusion: 'neutral' }]);
    expect(fake.state.violations).toEqual([]);
  });

  it('a report rewritten to DEPLOY by the fork is caught by its own gates and the base config: a failing check', async () => {
    const { run, runtimeToken } = fake.startRun({
      event: 'pull_request',
      branch: 'feature-42',
      sha: sha('6'),
      headRepository: FORK,
    });
    await uploadForged(run, runtimeToken, 'evalgate-report-task-api', forgedDeploy(blocked), {
      kind: 'evalgate-context',
      version: 1,
      configName: 'task-api',
      event: 'pull_request',
      runId: run.id,
      runAttempt: 1,
      headSha: sha('6'),
      workspace: '/tmp',
      workflowFile: 'evals.yml',
    });
    fake.completeRun(run, 'success');
    const published = await publishFor(run, { number: 42 });
    expect(published.outputs.decision).toBe('error');
    expect(published.exitCode).toBe(1);
    const checks = checksOn(sha('6'));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: CHECK, conclusion: 'failure' });
    expect(checks[0]!.output.title).toBe('evalgate: the report could not be verified');
    expect(checks[0]!.output.summary).toMatch(/the gate "format" is pass, but/);
    expect(published.log).toMatch(/::error::evalgate: the report could not be verified: /);
  });

  it('an artifact that names itself after another config gets no check of that name: the base config’s check says no report', async () => {
    const { run, runtimeToken } = fake.startRun({
      event: 'pull_request',
      branch: 'feature-43',
      sha: sha('7'),
      headRepository: FORK,
    });
    await uploadForged(
      run,
      runtimeToken,
      'evalgate-report-release-gate',
      forgedDeploy(blocked, 'release-gate'),
      {
        kind: 'evalgate-context',
        version: 1,
        configName: 'release-gate',
        event: 'pull_request',
        runId: run.id,
        runAttempt: 1,
        headSha: sha('7'),
        workspace: '/tmp',
        workflowFile: 'evals.yml',
      },
    );
    fake.completeRun(run, 'success');
    const published = await publishFor(run, { number: 43 });
    expect(published.outputs.decision).toBe('error');
    expect(checksOn(sha('7'))).toMatchObject([{ name: CHECK, conclusion: 'action_required' }]);
    expect(fake.state.checkRuns.some((check) => check.name.includes('release-gate'))).toBe(false);
  });

  it('a report of another workflow file (a fork can add one with the same name) is not trusted', async () => {
    const { run, result } = await forkEvaluate(44, sha('8'), V1);
    expect(result.exitCode, explain(result)).toBe(0);
    const published = await publishFor(run, { number: 44, path: 'sneaky.yml' });
    expect(published.outputs.decision).toBe('error');
    expect(checksOn(sha('8'))).toMatchObject([{ name: CHECK, conclusion: 'failure' }]);
    expect(checksOn(sha('8'))[0]!.output.summary).toContain('.github/workflows/sneaky.yml');
  });

  it('a report of another commit than the triggering run’s head is not trusted', async () => {
    const { run, result } = await forkEvaluate(45, sha('9'), V1);
    expect(result.exitCode, explain(result)).toBe(0);
    // The event names commit aaaaaaa (a commit GitHub knows); the report inside the artifact is of 9999999.
    fake.addPullRequest(145, { headSha: sha('a'), headRef: 'feature-145', headRepository: FORK });
    const published = await publishFor(run, { number: 45, headSha: sha('a') });
    expect(published.outputs.decision).toBe('error');
    expect(checksOn(sha('a'))).toMatchObject([{ name: CHECK, conclusion: 'failure' }]);
    expect(checksOn(sha('a'))[0]!.output.summary).toMatch(/not of the evaluated commit aaaaaaa/);
    expect(checksOn(sha('9'))).toHaveLength(0);
  });

  it('without the evaluating-workflow input nothing can be verified: never a success', async () => {
    const { run, result } = await forkEvaluate(46, sha('b'), V1);
    expect(result.exitCode, explain(result)).toBe(0);
    const published = await publishFor(run, { number: 46, inputs: { 'evaluating-workflow': '' } });
    expect(published.outputs.decision).toBe('error');
    expect(checksOn(sha('b'))).toMatchObject([{ name: CHECK, conclusion: 'failure' }]);
    expect(checksOn(sha('b'))[0]!.output.summary).toContain('evaluating-workflow');
  });
});

describe('a pull request from a fork with evalgate-pr.yml, which needs a secret', () => {
  it('explains that forks get no secrets and what to do, and the pair’s publisher then asks for action on the check', async () => {
    const workspace = await taskApiWorkspace();
    const config = path.join(workspace, 'evals', 'evalgate.yml');
    await writeFile(
      config,
      (await readFile(config, 'utf8')).replace(
        'responses:\n  path: responses/model-v1.jsonl',
        'model:\n  base-url: https://models.example.com/v1\n  model: task-model',
      ),
    );
    const headSha = sha('c');
    fake.addPullRequest(47, { headSha, headRef: 'feature-47', headRepository: FORK });
    const { run, runtimeToken } = fake.startRun({
      event: 'pull_request',
      branch: 'feature-47',
      sha: headSha,
      headRepository: FORK,
    });
    const result = await runBundledAction(fake, {
      workspace,
      run,
      runtimeToken,
      eventName: 'pull_request',
      payload: pullRequestPayload(fake, { number: 47, headSha, headRef: 'feature-47', headRepository: FORK }),
      // What evalgate-pr.yml passes: `${{ secrets.OPENAI_API_KEY }}` is empty on a fork's pull request.
      inputs: { config: 'evals/evalgate.yml', 'api-key': '', 'github-token': 'ghs_fork' },
      ref: 'refs/pull/47/merge',
      sha: sha('f'),
    });
    fake.completeRun(run, 'failure');
    expect(result.exitCode, explain(result)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    for (const text of [result.log, result.summary]) {
      expect(text).toContain('no API key on a pull request from a fork');
      expect(text).toContain(`cannot post the check run "${CHECK}"`);
      expect(text).toContain('evalgate-fork-evaluate.yml');
    }
    expect(checksOn(headSha)).toHaveLength(0); // the token is read-only: nothing could be posted

    // With the fork-safe pair, the publisher posts the required check anyway, asking for action.
    const published = await publishFor(run, { number: 47 });
    expect(published.exitCode, explain(published)).toBe(0);
    expect(published.outputs.decision).toBe('error');
    const checks = checksOn(headSha);
    expect(checks).toMatchObject([{ name: CHECK, conclusion: 'action_required' }]);
    expect(checks[0]!.output.summary).toMatch(/no secrets/);
  });
});
