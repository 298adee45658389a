// Re-runs and matrices against the local fake of GitHub: "Re-run jobs" keeps the run id and bumps the
// attempt, so evalgate must update the check run it posted on that commit rather than add a second one, and
// a publisher must use the newest attempt's report only. Matrix legs over one config share a run: each needs
// its own report artifact, comment and check run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Job {
  run: WorkflowRun;
  runtimeToken: string;
  number: number;
  headRepository: string;
}

function pullRequestRun(number: number, headSha: string, headRepository = 'acme/evals'): Job {
  fake.addPullRequest(number, { headSha, headRef: `feature-${number}`, headRepository });
  const { run, runtimeToken } = fake.startRun({
    event: 'pull_request',
    branch: `feature-${number}`,
    sha: headSha,
    headRepository,
    pullRequests: headRepository === 'acme/evals' ? [number] : [],
  });
  return { run, runtimeToken, number, headRepository };
}

async function evaluateJob(job: Job, responses: string, inputs: Record<string, string> = {}) {
  return runBundledAction(fake, {
    workspace: await taskApiWorkspace(),
    run: job.run,
    runtimeToken: job.runtimeToken,
    runAttempt: job.run.runAttempt,
    eventName: 'pull_request',
    payload: pullRequestPayload(fake, {
      number: job.number,
      headSha: job.run.headSha,
      headRef: `feature-${job.number}`,
      headRepository: job.headRepository,
    }),
    inputs: { config: 'evals/evalgate.yml', responses, 'github-token': 'ghs_write', ...inputs },
    ref: `refs/pull/${job.number}/merge`,
    sha: sha('f'),
  });
}

const checksOn = (headSha: string) => fake.state.checkRuns.filter((check) => check.headSha === headSha);

describe('re-running a pull request’s evaluation', () => {
  it('updates the check run of the first attempt instead of adding one, without repeating its annotations', async () => {
    const job = pullRequestRun(50, sha('5'));
    const first = await evaluateJob(job, V2);
    expect(first.exitCode, explain(first)).toBe(1);
    fake.completeRun(job.run, 'failure');
    expect(checksOn(sha('5'))).toHaveLength(1);
    const check = checksOn(sha('5'))[0]!;
    const annotations = check.annotations.length;
    expect(annotations).toBeGreaterThan(0);

    const again = fake.rerun(job.run);
    const second = await evaluateJob({ ...job, ...again }, V2);
    expect(second.exitCode, explain(second)).toBe(1);
    expect(checksOn(sha('5'))).toHaveLength(1);
    expect(check.annotations).toHaveLength(annotations);
    expect(second.outputs['check-run-id']).toBe(String(check.id));

    const third = await evaluateJob({ ...job, ...fake.rerun(job.run) }, V1);
    expect(third.exitCode, explain(third)).toBe(0);
    expect(checksOn(sha('5'))).toHaveLength(1);
    expect(check).toMatchObject({ name: CHECK, status: 'completed' });
    expect(['success', 'neutral']).toContain(check.conclusion);
    expect(fake.state.violations).toEqual([]);
  });

  it('the workflow_run publisher uses the newest attempt’s report and ignores the older ones', async () => {
    const job = pullRequestRun(51, sha('6'), 'mallory/evals');
    const silent = { 'github-token': 'ghs_fork', comment: 'never', 'check-run': 'never' };
    const first = await evaluateJob(job, V2, silent); // attempt 1: BLOCK
    expect(first.exitCode, explain(first)).toBe(1);
    fake.completeRun(job.run, 'failure');
    const second = await evaluateJob({ ...job, ...fake.rerun(job.run) }, V1, silent); // attempt 2: DEPLOY
    expect(second.exitCode, explain(second)).toBe(0);
    fake.completeRun(job.run, 'success');
    expect(
      fake.state.artifacts
        .filter((a) => a.runId === job.run.id)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['evalgate-report-task-api', 'evalgate-report-task-api-attempt-2']);

    const { run, runtimeToken } = fake.startRun({
      event: 'workflow_run',
      branch: 'main',
      sha: sha('2'),
      workflowFile: 'publish.yml',
    });
    const published = await runBundledAction(fake, {
      workspace: await taskApiWorkspace(),
      run,
      runtimeToken,
      eventName: 'workflow_run',
      payload: workflowRunPayload(fake, {
        id: job.run.id,
        event: 'pull_request',
        headSha: sha('6'),
        headBranch: 'feature-51',
        headRepository: 'mallory/evals',
        pullRequests: [],
        runAttempt: 2,
      }),
      inputs: {
        config: 'evals/evalgate.yml',
        'evaluating-workflow': 'evals.yml',
        'github-token': 'ghs_write',
      },
      ref: 'refs/heads/main',
      sha: sha('2'),
      workflowFile: 'publish.yml',
    });
    expect(published.exitCode, explain(published)).toBe(0);
    expect(published.outputs.decision).toBe('deploy');
    expect(checksOn(sha('6'))).toHaveLength(1);
    expect(['success', 'neutral']).toContain(checksOn(sha('6'))[0]!.conclusion);
    expect(published.log).toMatch(/Ignored \(not of the newest attempt 2\): evalgate-report-task-api\b/);
  });
});

describe('matrix legs over one config', () => {
  it('each leg gets its own report artifact, comment and check run', async () => {
    const job = pullRequestRun(52, sha('7'));
    // Two legs of one run (one run id), as `strategy.matrix.model: [v1, v2]` with `matrix-key: ${{ toJSON(matrix) }}`.
    const legV1 = await evaluateJob(job, V1, { 'matrix-key': '{"model":"v1"}' });
    const legV2 = await evaluateJob(job, V2, { 'matrix-key': '{"model":"v2"}' });
    expect(legV1.exitCode, explain(legV1)).toBe(0);
    expect(legV2.exitCode, explain(legV2)).toBe(1);
    expect(legV2.log).not.toMatch(/could not be uploaded/);
    expect(
      fake.state.artifacts
        .filter((a) => a.runId === job.run.id)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['evalgate-report-task-api--v1', 'evalgate-report-task-api--v2']);
    const comments = fake.state.comments.filter((comment) => comment.issueNumber === 52);
    expect(comments).toHaveLength(2);
    expect(comments.map((comment) => comment.body.split('\n')[0]).sort()).toEqual([
      '<!-- evalgate:comment workflow=evals.yml config=task-api matrix=v1 -->',
      '<!-- evalgate:comment workflow=evals.yml config=task-api matrix=v2 -->',
    ]);
    expect(comments.find((c) => c.body.includes('matrix=v2'))!.body).toContain('BLOCK');
    const checks = checksOn(sha('7'))
      .map((check) => [check.name, check.conclusion])
      .sort();
    expect(checks).toEqual([
      [`${CHECK} (v1)`, expect.stringMatching(/success|neutral/)],
      [`${CHECK} (v2)`, 'failure'],
    ]);
  });
});
