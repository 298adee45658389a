// Publish mode's verification path in process, with a fake @actions/core and the local fake of GitHub's REST
// API: a triggering run whose report cannot be trusted, or that left none, gets a check run that says so.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { taskApiWorkspace } from '../support/github-server/action-runner.js';
import { workflowRunPayload } from '../support/github-server/events.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { fakeCore, linesOf } from './fake-core.js';

let fake: FakeGitHub;
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

beforeAll(async () => {
  fake = await startGitHubServer();
  fake.addToken('ghs_write');
});

afterEach(() => {
  expect(fake.state.violations).toEqual([]);
});

afterAll(async () => {
  await fake.close();
});

/** The publisher's run for an evaluating run of `workflowFile` on `headSha`: its core, and what it returned. */
async function publishFor(headSha: string, workflowFile: string) {
  const { run: evaluating } = fake.startRun({
    event: 'pull_request',
    branch: 'feature',
    sha: headSha,
    workflowFile,
  });
  fake.completeRun(evaluating, 'success');
  const { run, runtimeToken } = fake.startRun({
    event: 'workflow_run',
    branch: 'main',
    sha: sha('9'),
    workflowFile: 'publish.yml',
  });
  const temp = await mkdtemp(path.join(tmpdir(), 'evalgate-publisher-'));
  const event = path.join(temp, 'event.json');
  const payload = workflowRunPayload(fake, {
    id: evaluating.id,
    event: 'pull_request',
    headSha,
    headBranch: 'feature',
    headRepository: fake.state.fullName,
    pullRequests: [],
    workflowFile,
  });
  await writeFile(event, JSON.stringify(payload));
  const workspace = await taskApiWorkspace();
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: fake.state.fullName,
    GITHUB_REPOSITORY_OWNER: fake.state.owner,
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: event,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: sha('9'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW_REF: `${fake.state.fullName}/.github/workflows/publish.yml@refs/heads/main`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.apiUrl,
    ACTIONS_RUNTIME_TOKEN: runtimeToken,
    ACTIONS_RESULTS_URL: `${fake.origin}/`,
  };
  const core = fakeCore({
    config: path.join(workspace, 'evals/evalgate.yml'),
    'evaluating-workflow': 'evals.yml',
    'github-token': 'ghs_write',
  });
  const result = await runAction(core, env);
  fake.completeRun(run, 'success');
  return { core, result, checks: fake.state.checkRuns.filter((check) => check.headSha === headSha) };
}

describe('publish mode (workflow_run)', () => {
  it('a run of another workflow file is not trusted: a failing check run says why, and the step fails', async () => {
    const { core, result, checks } = await publishFor(sha('a'), 'other.yml');
    expect(result).toEqual({ decision: 'error', failed: true });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: 'evalgate: task-api', conclusion: 'failure' });
    expect(checks[0]!.output.title).toBe('evalgate: the report could not be verified');
    expect(checks[0]!.output.summary).toContain('not .github/workflows/evals.yml');
    expect(core.outputs).toMatchObject({ decision: 'error', 'check-run-id': String(checks[0]!.id) });
    expect(linesOf(core, 'error')[0]).toMatch(
      /^evalgate: the report could not be verified: the triggering run/,
    );
    expect(core.written).toContain('## evalgate: the report could not be verified');
  });

  it('a run that left no report asks for action on its check run; the publishing step itself passes', async () => {
    const { core, result, checks } = await publishFor(sha('b'), 'evals.yml');
    expect(result).toEqual({ decision: 'error', failed: false });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ conclusion: 'action_required' });
    expect(checks[0]!.output.summary).toContain('uploaded no report artifact');
    expect(core.failures).toEqual([]);
    expect(linesOf(core, 'warning')[0]).toMatch(/^evalgate: no report to publish: /);
  });
});
