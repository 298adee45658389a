// A benchmark split across a matrix, end to end: the bundled action (dist/index.js) runs as one child process
// per job against the local fake of GitHub's artifact, blob and REST services. Shard jobs run side by side,
// each in its own checkout with its own GITHUB_OUTPUT and job summary; their shard files are then gathered
// into one folder (as actions/download-artifact with merge-multiple leaves them) for the merge job. However
// many shards, the run gives one verdict, one comment, one check run and one baseline.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Report } from '../../src/core/report.js';
import type { ShardFile } from '../../src/shard/index.js';
import {
  ensureBundle,
  REPO_ROOT,
  runBundledAction,
  taskApiWorkspace,
  type ActionResult,
} from '../support/github-server/action-runner.js';
import { pullRequestPayload, pushPayload } from '../support/github-server/events.js';
import {
  cacheEntries,
  runtimeToken,
  startGitHubServer,
  type FakeGitHub,
  type WorkflowRun,
} from '../support/github-server/index.js';

const V1 = 'evals/responses/model-v1.jsonl';
const V2 = 'evals/responses/model-v2.jsonl';
const CONFIG = 'evals/evalgate.yml';
const ITEMS = 300; // examples/task-api/benchmark.json
const SHARD_DIR = 'evalgate-shard'; // out-dir of the shard jobs, as in examples/workflows/sharded.yml
const MERGE_DIR = 'evalgate-shards'; // where the merge job downloads them
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

/**
 * What a runner passes a JavaScript action: every input declared in action.yml, with its default when the
 * workflow does not set it (the runner evaluates `${{ github.token }}`; the caller gives the token).
 */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      }
    ).inputs,
  )
    .filter(([, input]) => input.default !== undefined && !String(input.default).includes('${{'))
    .map(([name, input]) => [name, String(input.default)]),
);

beforeAll(async () => {
  await ensureBundle();
});

/** The event a workflow run was triggered by, as a job of that run sees it. */
interface Trigger {
  eventName: string;
  payload: Record<string, unknown>;
  ref: string;
  sha: string;
}

interface MatrixRun {
  run: WorkflowRun;
  trigger: Trigger;
}

function startPullRequestRun(fake: FakeGitHub, number: number, headSha: string): MatrixRun {
  const headRef = `feature-${number}`;
  fake.addPullRequest(number, { headSha, headRef });
  const { run } = fake.startRun({
    event: 'pull_request',
    branch: headRef,
    sha: headSha,
    pullRequests: [number],
  });
  return {
    run,
    trigger: {
      eventName: 'pull_request',
      payload: pullRequestPayload(fake, { number, headSha, headRef }),
      ref: `refs/pull/${number}/merge`,
      sha: sha('f'), // the merge commit: never the one to report on
    },
  };
}

function startPushRun(fake: FakeGitHub, headSha: string): MatrixRun {
  const { run } = fake.startRun({ event: 'push', branch: 'main', sha: headSha });
  return {
    run,
    trigger: {
      eventName: 'push',
      payload: pushPayload(fake, headSha, 'main'),
      ref: 'refs/heads/main',
      sha: headSha,
    },
  };
}

interface JobResult extends ActionResult {
  /** The job's backend id: artifacts it uploads carry it. */
  job: string;
  workspace: string;
}

/** One job of the workflow run `matrix`, in a fresh checkout of the Task API example. */
async function runJob(
  fake: FakeGitHub,
  matrix: MatrixRun,
  job: string,
  inputs: Record<string, string>,
  prepare?: (workspace: string) => Promise<void>,
): Promise<JobResult> {
  const workspace = await taskApiWorkspace();
  await prepare?.(workspace);
  const result = await runBundledAction(fake, {
    workspace,
    run: matrix.run,
    runtimeToken: runtimeToken(matrix.run.backendId, job),
    ...matrix.trigger,
    inputs: { ...ACTION_DEFAULTS, config: CONFIG, 'github-token': 'ghs_write', ...inputs },
  });
  return { ...result, job, workspace };
}

/** The matrix: shard jobs `indexes` of `total`, all at once. */
function runShards(
  fake: FakeGitHub,
  matrix: MatrixRun,
  total: number,
  responses: string,
  indexes = Array.from({ length: total }, (_, index) => index + 1),
): Promise<JobResult[]> {
  return Promise.all(
    indexes.map((index) =>
      runJob(fake, matrix, `job-shard-${matrix.run.id}-${index}`, {
        shard: `${index}/${total}`,
        'out-dir': SHARD_DIR,
        responses,
      }),
    ),
  );
}

/** The merge job: the shard files of `shards` downloaded into one folder, then `merge` on it. */
function runMerge(
  fake: FakeGitHub,
  matrix: MatrixRun,
  shards: readonly JobResult[],
  responses: string,
): Promise<JobResult> {
  return runJob(
    fake,
    matrix,
    `job-merge-${matrix.run.id}`,
    { merge: MERGE_DIR, responses },
    async (workspace) => {
      await mkdir(path.join(workspace, MERGE_DIR));
      for (const shard of shards) {
        const file = shard.outputs['shard-file']!;
        await copyFile(file, path.join(workspace, MERGE_DIR, path.basename(file)));
      }
    },
  );
}

function explain(result: ActionResult, fake: FakeGitHub): string {
  return `exit ${result.exitCode}\n${result.log}\nsummary:\n${result.summary}\nviolations: ${fake.state.violations.join('\n')}`;
}

const baselineArtifacts = (fake: FakeGitHub) =>
  fake.state.artifacts.filter((a) => a.name === 'evalgate-baseline-task-api');

const readReport = async (result: ActionResult) =>
  JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as Report;

/** A report without what may differ between two runs of the same inputs: when, how long, which run. */
function comparable(report: Report): Report {
  const copy = structuredClone(report);
  copy.startedAt = '';
  copy.finishedAt = '';
  copy.durationMs = 0;
  // The stages timed differ too: a merge has no `responses` stage (its answers are the shards').
  copy.timings = [];
  copy.source.stats.wallMs = 0;
  if (copy.git) copy.git.runId = '';
  for (const entry of copy.history ?? []) {
    entry.date = '';
    entry.runId = undefined;
  }
  return copy;
}

/** Checks what every shard job of a run must do: succeed, decide nothing, write its file, touch nothing. */
async function expectQuietShards(shards: readonly JobResult[], total: number, fake: FakeGitHub) {
  const ids = new Set<string>();
  for (const [position, shard] of shards.entries()) {
    const index = position + 1;
    expect(shard.exitCode, explain(shard, fake)).toBe(0);
    expect(shard.outputs.decision).toBe('');
    expect(shard.outputs['report-path']).toBe('');
    expect(shard.outputs['comment-url']).toBe('');
    expect(shard.outputs['check-run-id']).toBe('');
    const file = path.join(shard.workspace, SHARD_DIR, `shard-${index}-of-${total}.json`);
    expect(shard.outputs['shard-file']).toBe(file);
    expect(shard.summary).toContain(`evalgate shard ${index}/${total}`);
    expect(shard.summary).not.toMatch(/DEPLOY|BLOCK/);
    const data = JSON.parse(await readFile(file, 'utf8')) as ShardFile;
    expect(data.shard).toEqual({ index, total });
    expect(data.items.length).toBeGreaterThan(0);
    for (const item of data.items) {
      expect(ids.has(item.id), `${item.id} is in two shards`).toBe(false);
      ids.add(item.id);
    }
    // Nothing uploaded by a shard job: no report, no baseline.
    expect(fake.state.artifacts.filter((a) => a.jobBackendId === shard.job)).toEqual([]);
  }
  expect(ids.size).toBe(ITEMS);
}

describe('a benchmark split across a matrix and merged', () => {
  let fake: FakeGitHub;
  let firstBaselineRun: number;

  beforeAll(async () => {
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
    // The baseline: an ordinary (unsharded) push of model v1 to the default branch.
    const matrix = startPushRun(fake, sha('1'));
    const base = await runJob(fake, matrix, matrix.run.jobBackendId, { responses: V1 });
    fake.completeRun(matrix.run, base.exitCode === 0 ? 'success' : 'failure');
    expect(base.exitCode, explain(base, fake)).toBe(0);
    expect(baselineArtifacts(fake)).toHaveLength(1);
    firstBaselineRun = matrix.run.id;
  });
  afterAll(() => fake.close());

  it('a pull request: 4 shard jobs in parallel and a merge give one BLOCK, one comment, one check run, and the report of an unsharded run', async () => {
    const headSha = sha('2');
    const matrix = startPullRequestRun(fake, 5, headSha);
    const requestsBefore = fake.state.requests.length;
    const artifactsBefore = fake.state.artifacts.length;
    const checkRunsBefore = fake.state.checkRuns.length;
    const shards = await runShards(fake, matrix, 4, V2);

    await expectQuietShards(shards, 4, fake);
    // While the shards ran, nobody called the REST API (no baseline lookup, comment or check run) or
    // stored anything.
    expect(fake.state.requests.slice(requestsBefore)).toEqual([]);
    expect(fake.state.artifacts).toHaveLength(artifactsBefore);
    expect(cacheEntries(fake.state)).toEqual([]);
    expect(fake.state.comments).toEqual([]);
    expect(fake.state.checkRuns).toHaveLength(checkRunsBefore);

    const merge = await runMerge(fake, matrix, shards, V2);
    fake.completeRun(matrix.run, merge.exitCode === 0 ? 'success' : 'failure');
    expect(merge.exitCode, explain(merge, fake)).toBe(1);
    expect(merge.log).toContain(`merge: 4 shards, ${ITEMS} answers`);
    expect(merge.outputs.decision).toBe('block');
    expect(merge.outputs['baseline-run-id']).toBe(String(firstBaselineRun));
    expect(merge.outputs['shard-file']).toBe('');

    // One comment, on the pull request, with the comparison with the baseline.
    expect(fake.state.comments).toHaveLength(1);
    const [comment] = fake.state.comments;
    expect(comment!.issueNumber).toBe(5);
    expect(comment!.body).toContain('❌ BLOCK');
    expect(comment!.body).toContain('Compared with the baseline');
    expect(comment!.body).toMatch(/\| accuracy \| 94% \| 80% \| −14 pts \|/);
    expect(merge.outputs['comment-url']).toContain(`issuecomment-${comment!.id}`);
    // One check run, on the head commit.
    expect(fake.state.checkRuns).toHaveLength(checkRunsBefore + 1);
    const check = fake.state.checkRuns.at(-1)!;
    expect(check).toMatchObject({
      name: 'evalgate: task-api',
      headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(merge.outputs['check-run-id']).toBe(String(check.id));
    const writes = fake.state.requests.slice(requestsBefore).filter((r) => r.method !== 'GET');
    expect(writes.filter((r) => r.operation === 'issues/create-comment')).toHaveLength(1);
    expect(writes.filter((r) => r.operation === 'checks/create')).toHaveLength(1);
    expect(writes.every((r) => r.status < 300)).toBe(true);
    // The run's only artifact: the merge job's report. A pull request writes no baseline.
    expect(
      fake.state.artifacts.filter((a) => a.runId === matrix.run.id).map((a) => [a.name, a.jobBackendId]),
    ).toEqual([['evalgate-report-task-api', merge.job]]);
    expect(baselineArtifacts(fake)).toHaveLength(1);
    expect(merge.summary).toContain('evalgate · task-api');
    expect(fake.state.violations).toEqual([]);

    const merged = await readReport(merge);
    expect(merged.decision).toBe('block');
    expect(merged.items).toHaveLength(ITEMS);
    expect(merged.source.stats.items).toBe(ITEMS);
    expect(merged.git).toMatchObject({ sha: headSha, runId: String(matrix.run.id) });
    expect(merged.comparison.status).not.toBe('skipped');

    // The same pull request evaluated by one unsharded job: the same report, apart from timings.
    const single = startPullRequestRun(fake, 5, headSha);
    const unsharded = await runJob(fake, single, single.run.jobBackendId, { responses: V2 });
    fake.completeRun(single.run, unsharded.exitCode === 0 ? 'success' : 'failure');
    expect(unsharded.exitCode, explain(unsharded, fake)).toBe(1);
    expect(unsharded.outputs.decision).toBe('block');
    const reference = await readReport(unsharded);
    expect(reference.git?.runId).toBe(String(single.run.id));
    expect(reference.timings.map((t) => t.name)).toEqual(
      expect.arrayContaining(merged.timings.map((t) => t.name)),
    );
    expect(comparable(merged)).toEqual(comparable(reference));
  });

  it('a push to the default branch: 2 shards and a merge give DEPLOY and one baseline, stored by the merge job', async () => {
    const matrix = startPushRun(fake, sha('3'));
    const requestsBefore = fake.state.requests.length;
    const baselinesBefore = baselineArtifacts(fake).length;
    const shards = await runShards(fake, matrix, 2, V1);
    await expectQuietShards(shards, 2, fake);
    expect(fake.state.requests.slice(requestsBefore)).toEqual([]);

    const merge = await runMerge(fake, matrix, shards, V1);
    fake.completeRun(matrix.run, merge.exitCode === 0 ? 'success' : 'failure');
    expect(merge.exitCode, explain(merge, fake)).toBe(0);
    expect(merge.log).toContain(`merge: 2 shards, ${ITEMS} answers`);
    expect(merge.outputs.decision).toBe('deploy');
    expect(merge.outputs['baseline-run-id']).toBe(String(firstBaselineRun));
    expect(merge.summary).toContain('This run is the new baseline');
    const ofRun = fake.state.artifacts.filter((a) => a.runId === matrix.run.id);
    expect(ofRun.map((a) => [a.name, a.jobBackendId]).sort()).toEqual([
      ['evalgate-baseline-task-api', merge.job],
      ['evalgate-report-task-api', merge.job],
    ]);
    expect(baselineArtifacts(fake)).toHaveLength(baselinesBefore + 1);
    expect((await readReport(merge)).baselineWritten).toBeTruthy();
    expect(fake.state.comments.filter((c) => c.issueNumber !== 5)).toEqual([]);
    expect(fake.state.violations).toEqual([]);

    // That baseline is the one the next pull request is compared with.
    const next = startPullRequestRun(fake, 6, sha('4'));
    const pr = await runJob(fake, next, next.run.jobBackendId, { responses: V1 });
    fake.completeRun(next.run, pr.exitCode === 0 ? 'success' : 'failure');
    expect(pr.exitCode, explain(pr, fake)).toBe(0);
    expect(pr.outputs['baseline-run-id']).toBe(String(matrix.run.id));
  });

  it('a merge with a missing shard is an error that names it, and writes no baseline', async () => {
    const matrix = startPushRun(fake, sha('5'));
    const requestsBefore = fake.state.requests.length;
    const baselinesBefore = baselineArtifacts(fake).length;
    // Shard 2 of 2 failed: only shard 1 uploaded its file.
    const shards = await runShards(fake, matrix, 2, V1, [1]);
    expect(shards[0]!.exitCode, explain(shards[0]!, fake)).toBe(0);

    const merge = await runMerge(fake, matrix, shards, V1);
    fake.completeRun(matrix.run, merge.exitCode === 0 ? 'success' : 'failure');
    expect(merge.exitCode, explain(merge, fake)).toBe(1);
    expect(merge.outputs.decision).toBe('error');
    expect(merge.summary).toContain('ERROR');
    expect(merge.summary).toMatch(/1 of 2 shards is missing: shard-2-of-2\.json/);
    expect(merge.summary).toContain('shard-1-of-2.json'); // what was found
    expect(merge.log).toMatch(/::error::evalgate: .*shard-2-of-2\.json/);
    expect(fake.state.artifacts.filter((a) => a.runId === matrix.run.id)).toEqual([]);
    expect(baselineArtifacts(fake)).toHaveLength(baselinesBefore);
    expect(fake.state.requests.slice(requestsBefore).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(fake.state.violations).toEqual([]);
  });
});
