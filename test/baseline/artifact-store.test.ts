// The artifact baseline store against the local fake of GitHub (issue 10, items 4 and 11): an unknown baseline
// workflow (404) is "no baseline yet", not a crash; a 403 and an expired baseline are lookup problems that
// regression.require-baseline turns into an ERROR; and the fake answers these the way GitHub does.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as ArtifactModule from '@actions/artifact';
import type * as GitHubModule from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBaselineRecord } from '../../src/baseline/build.js';
import { loadConfig } from '../../src/config/load.js';
import { createArtifactBaselineStore } from '../../src/github/artifact-baseline-store.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import type { Report } from '../../src/core/report.js';
import { startGitHubServer, type FakeGitHub, type WorkflowRun } from '../support/github-server/index.js';
import { taskApiWorkspace } from './helpers.js';

let fake: FakeGitHub;
let work: string;
const saved = { ...process.env };
// Imported once the environment points at the fake: both read GITHUB_API_URL when they load.
let DefaultArtifactClient: typeof ArtifactModule.DefaultArtifactClient;
let getOctokit: typeof GitHubModule.getOctokit;

beforeAll(async () => {
  fake = await startGitHubServer();
  fake.addToken('ghs_write');
  fake.addToken('ghs_noactions', { actions: 'none' });
  work = await mkdtemp(path.join(os.tmpdir(), 'evalgate-store-'));
  Object.assign(process.env, {
    ACTIONS_RESULTS_URL: `${fake.origin}/`,
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: work,
  });
  ({ DefaultArtifactClient } = await import('@actions/artifact'));
  ({ getOctokit } = await import('@actions/github'));
});

afterAll(async () => {
  process.env = saved;
  await fake.close();
  await rm(work, { recursive: true, force: true });
});

function storeFor(
  run: WorkflowRun,
  options: { token?: string; workflow?: string; branch?: string; staleListing?: boolean } = {},
) {
  const lines: { info: string[]; warning: string[] } = { info: [], warning: [] };
  const token = options.token ?? 'ghs_write';
  const octokit = getOctokit(token, { baseUrl: fake.apiUrl });
  if (options.staleListing) {
    // The listing was made just before the artifact expired: it still says live; the download then gets 410.
    octokit.hook.after('request', (response: { data: unknown }) => {
      const listed = (response.data as { artifacts?: { expired: boolean }[] } | null)?.artifacts;
      for (const artifact of listed ?? []) artifact.expired = false;
    });
  }
  const store = createArtifactBaselineStore({
    octokit,
    artifacts: new DefaultArtifactClient(),
    token,
    owner: 'acme',
    repo: 'evals',
    workflow: options.workflow ?? 'evals.yml',
    branch: options.branch ?? 'main',
    artifactName: 'evalgate-baseline-{name}',
    onCorrupt: 'warn',
    retentionDays: 90,
    currentRunId: run.id,
    log: { info: (line) => lines.info.push(line), warning: (line) => lines.warning.push(line) },
    tempDir: work,
  });
  return { store, lines };
}

function startRun(event: string, branch: string) {
  const started = fake.startRun({ event, branch, sha: 'a'.repeat(40) });
  process.env.ACTIONS_RUNTIME_TOKEN = started.runtimeToken;
  return started.run;
}

async function evaluate(
  store: ReturnType<typeof storeFor>['store'],
  replacesBaseline = false,
): Promise<Report> {
  const workspace = await taskApiWorkspace();
  const config = await loadConfig(workspace.config, { outDir: path.join(workspace.dir, 'out') });
  return runEvaluation(config, {
    baselineStore: store,
    writeBaseline: false,
    replacesBaseline,
    log: () => {},
    env: {},
  });
}

describe('the fake GitHub answers like GitHub', () => {
  it('404 with GitHub’s body for the runs of an unknown workflow; 200 for a known one that never ran', async () => {
    const octokit = getOctokit('ghs_write', { baseUrl: fake.apiUrl });
    const unknown = octokit.rest.actions.listWorkflowRuns({
      owner: 'acme',
      repo: 'evals',
      workflow_id: 'baseline.yml',
    });
    await expect(unknown).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } },
    });
    fake.addWorkflow('never-ran.yml');
    const known = await octokit.rest.actions.listWorkflowRuns({
      owner: 'acme',
      repo: 'evals',
      workflow_id: 'never-ran.yml',
    });
    expect(known.data.total_count).toBe(0);
  });
});

describe('the artifact baseline store', () => {
  it('an unknown baseline workflow (404) is "no baseline yet": a warning, no crash, no lookup problem', async () => {
    const run = startRun('pull_request', 'feature');
    const { store, lines } = storeFor(run, { workflow: 'evalgate-baseline.yml' });
    await expect(store.latest('task-api')).resolves.toBeNull();
    expect(lines.warning.join('\n')).toMatch(
      /no baseline yet: GitHub does not know the workflow evalgate-baseline\.yml \(HTTP 404\).*baseline-workflow/,
    );
    expect(store.lookupProblem).toBeUndefined();

    // The pipeline then warns (a first run) and deploys: the regression gate is not a pass.
    const report = await evaluate(store);
    expect(report.decision).toBe('deploy');
    expect(report.gates.find((gate) => gate.gate.type === 'regression')!.status).toBe('inconclusive');
    expect(report.warnings[0]).toMatch(/^no baseline yet/);
  });

  it('a token that may not read actions (403) is a lookup problem, and the run is an ERROR', async () => {
    const run = startRun('pull_request', 'feature');
    const { store } = storeFor(run, { token: 'ghs_noactions' });
    await expect(store.latest('task-api')).resolves.toBeNull();
    expect(store.lookupProblem).toMatchObject({
      kind: 'forbidden',
      fix: expect.stringMatching(/actions: read/),
    });
    const report = await evaluate(store);
    expect(report.decision).toBe('error');
    expect(report.headline).toMatch(/^ERROR: no usable baseline: the token may not read .*\(HTTP 403\)/);
    expect(report.error!.message).toMatch(/Grant `actions: read`/);
  });

  it('an expired baseline is a lookup problem: an ERROR on a pull request, re-established on the baseline branch', async () => {
    // A baseline run on main stores a baseline...
    const baselineRun = startRun('push', 'main');
    const writer = storeFor(baselineRun).store;
    const first = await evaluate(writer);
    await writer.save(buildBaselineRecord(first));
    fake.completeRun(baselineRun, 'success');
    const artifact = fake.state.artifacts.find((candidate) => candidate.runId === baselineRun.id)!;

    // ...which a later run finds and compares with.
    const live = storeFor(startRun('pull_request', 'feature'));
    const compared = await evaluate(live.store);
    expect(compared.comparison.status, live.lines.warning.join('\n')).toBe('compared');
    expect(compared.decision).toBe('deploy');

    // GitHub lists an expired artifact with expired: true and refuses to download it (410).
    artifact.expired = true;
    const octokit = getOctokit('ghs_write', { baseUrl: fake.apiUrl });
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: 'acme',
      repo: 'evals',
      run_id: baselineRun.id,
    });
    expect(listed.data.artifacts[0]!.expired).toBe(true);
    await expect(
      octokit.rest.actions.downloadArtifact({
        owner: 'acme',
        repo: 'evals',
        artifact_id: artifact.id,
        archive_format: 'zip',
      }),
    ).rejects.toMatchObject({ status: 410 });

    const pr = storeFor(startRun('pull_request', 'feature'));
    await expect(pr.store.latest('task-api')).resolves.toBeNull();
    expect(pr.store.lookupProblem?.kind).toBe('expired');
    expect(pr.lines.warning.join('\n')).toMatch(/no usable baseline: every stored baseline has expired/);
    const blocked = await evaluate(pr.store);
    expect(blocked.decision).toBe('error');
    expect(blocked.headline).toMatch(/^ERROR: no usable baseline: every stored baseline has expired/);
    expect(blocked.error!.message).toMatch(/retention-days/);

    // Listed as live, expired by the time of the download (GitHub answers 410): the same, never a crash.
    const gone = () =>
      fake.state.requests.filter((r) => r.operation === 'actions/download-artifact' && r.status === 410)
        .length;
    const goneBefore = gone();
    const racing = storeFor(startRun('pull_request', 'feature'), { staleListing: true });
    await expect(racing.store.latest('task-api')).resolves.toBeNull();
    expect(racing.store.lookupProblem?.kind).toBe('expired');
    expect(gone()).toBe(goneBefore + 1);

    const main = storeFor(startRun('push', 'main'));
    const refreshed = await evaluate(main.store, true);
    expect(refreshed.decision).toBe('deploy');
    expect(refreshed.warnings[0]).toMatch(/expired.*re-establishes the baseline/);
    expect(fake.state.violations).toEqual([]);
  });

  it('a baseline stored only on another branch is a lookup problem (a wrong baseline-branch?), and the run is an ERROR', async () => {
    const releaseRun = startRun('push', 'release');
    const writer = storeFor(releaseRun, { branch: 'release' }).store;
    await writer.save(buildBaselineRecord(await evaluate(writer)));
    fake.completeRun(releaseRun, 'success');

    const pr = storeFor(startRun('pull_request', 'feature'), { branch: 'develop' });
    await expect(pr.store.latest('task-api')).resolves.toBeNull();
    expect(pr.store.lookupProblem).toMatchObject({
      kind: 'other-branch',
      message: expect.stringMatching(
        /no baseline on branch develop, but run \d+ .* on branch release stored/,
      ),
      fix: expect.stringMatching(/`baseline-branch` input to release/),
    });
    const report = await evaluate(pr.store);
    expect(report.decision).toBe('error');
    expect(report.headline).toMatch(/^ERROR: no usable baseline: no baseline on branch develop/);

    // On the branch that has it, it is found.
    const right = storeFor(startRun('pull_request', 'feature'), { branch: 'release' });
    expect(await right.store.latest('task-api')).not.toBeNull();
    expect(fake.state.violations).toEqual([]);
  });
});
