// The bundled action (dist/index.js) as a child process, against the local fake of GitHub's artifact,
// blob and REST services, through the life of a repository: pull requests before and after a baseline,
// a baseline written on the default branch, expired artifacts, forks, and a workflow_run publisher.
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
import { pullRequestPayload, pushPayload, workflowRunPayload } from '../support/github-server/events.js';
import {
  READ_ONLY,
  runtimeToken,
  startGitHubServer,
  type FakeGitHub,
} from '../support/github-server/index.js';

const V1 = 'evals/responses/model-v1.jsonl';
const V2 = 'evals/responses/model-v2.jsonl';
const MARKER = '<!-- evalgate:comment workflow=evals.yml config=task-api -->';
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

beforeAll(async () => {
  await ensureBundle();
});

interface PrOptions {
  number: number;
  headSha: string;
  responses: string;
  token?: string;
  headRepository?: string;
  inputs?: Record<string, string>;
  workspace?: string;
}

async function pullRequestRun(fake: FakeGitHub, options: PrOptions): Promise<ActionResult> {
  const headRepository = options.headRepository ?? fake.state.fullName;
  fake.addPullRequest(options.number, {
    headSha: options.headSha,
    headRef: `feature-${options.number}`,
    headRepository,
  });
  const { run, runtimeToken } = fake.startRun({
    event: 'pull_request',
    branch: `feature-${options.number}`,
    sha: options.headSha,
    headRepository,
    pullRequests: headRepository === fake.state.fullName ? [options.number] : [],
  });
  const result = await runBundledAction(fake, {
    workspace: options.workspace ?? (await taskApiWorkspace()),
    run,
    runtimeToken,
    eventName: 'pull_request',
    payload: pullRequestPayload(fake, {
      number: options.number,
      headSha: options.headSha,
      headRef: `feature-${options.number}`,
      headRepository,
    }),
    inputs: {
      config: 'evals/evalgate.yml',
      responses: options.responses,
      'github-token': options.token ?? 'ghs_write',
      ...options.inputs,
    },
    ref: `refs/pull/${options.number}/merge`,
    sha: sha('f'), // the merge commit: never the one to report on
  });
  fake.completeRun(run, result.exitCode === 0 ? 'success' : 'failure');
  return result;
}

async function pushRun(
  fake: FakeGitHub,
  headSha: string,
  responses: string,
  inputs: Record<string, string> = {},
) {
  const { run, runtimeToken } = fake.startRun({ event: 'push', branch: 'main', sha: headSha });
  const result = await runBundledAction(fake, {
    workspace: await taskApiWorkspace(),
    run,
    runtimeToken,
    eventName: 'push',
    payload: pushPayload(fake, headSha, 'main'),
    inputs: { config: 'evals/evalgate.yml', responses, 'github-token': 'ghs_write', ...inputs },
    ref: 'refs/heads/main',
    sha: headSha,
  });
  fake.completeRun(run, result.exitCode === 0 ? 'success' : 'failure');
  return result;
}

function explain(result: ActionResult, fake: FakeGitHub): string {
  return `exit ${result.exitCode}\n${result.log}\nviolations: ${fake.state.violations.join('\n')}`;
}

const baselineArtifacts = (fake: FakeGitHub) =>
  fake.state.artifacts.filter((a) => a.name === 'evalgate-baseline-task-api');

describe('a repository from its first pull request to a baseline and back', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
  });
  afterAll(() => fake.close());

  it('a pull request with no baseline yet is not compared, says so, and writes no baseline', async () => {
    const result = await pullRequestRun(fake, { number: 1, headSha: sha('1'), responses: V1 });
    expect(result.exitCode, explain(result, fake)).toBe(0);
    expect(result.outputs.decision).toBe('deploy');
    expect(result.outputs['baseline-run-id']).toBe('');
    expect(result.log).toContain('no baseline yet');
    expect(baselineArtifacts(fake)).toHaveLength(0);
    expect(fake.state.artifacts.map((a) => a.name)).toEqual(['evalgate-report-task-api']);
    const comments = fake.state.comments.filter((c) => c.issueNumber === 1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('Not compared with a baseline');
    expect(result.outputs['comment-url']).toContain(`issuecomment-${comments[0]!.id}`);
    const check = fake.state.checkRuns.at(-1)!;
    expect(check).toMatchObject({
      name: 'evalgate: task-api',
      headSha: sha('1'),
      status: 'completed',
      // Not compared: the regression gate warns (require-baseline: auto on a first run).
      conclusion: 'neutral',
    });
    expect(result.outputs['check-run-id']).toBe(String(check.id));
    expect(result.summary).toContain('evalgate · task-api');
    expect(fake.state.violations).toEqual([]);
  });

  it('a push to the default branch that passes becomes the baseline', async () => {
    const result = await pushRun(fake, sha('2'), V1, { 'retention-days': '30' });
    expect(result.exitCode, explain(result, fake)).toBe(0);
    const [baseline] = baselineArtifacts(fake);
    expect(baseline).toBeDefined();
    expect(baseline!.runId).toBe(result.run.id);
    const days = (Date.parse(baseline!.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
    expect(result.summary).toContain('This run is the new baseline');
    expect(fake.state.comments.filter((c) => c.issueNumber !== 1)).toHaveLength(0);
    expect(fake.state.violations).toEqual([]);
  });

  it('a re-run attempt of that run cannot store the baseline twice: a warning, not a failure', async () => {
    const [baseline] = baselineArtifacts(fake);
    const run = fake.state.runs.find((candidate) => candidate.id === baseline!.runId)!;
    const result = await runBundledAction(fake, {
      workspace: await taskApiWorkspace(),
      run,
      runtimeToken: runtimeToken(run.backendId, run.jobBackendId),
      eventName: 'push',
      payload: pushPayload(fake, run.headSha, 'main'),
      inputs: { config: 'evals/evalgate.yml', responses: V1, 'github-token': 'ghs_write' },
      ref: 'refs/heads/main',
      sha: run.headSha,
      runAttempt: 2,
    });
    expect(result.exitCode, explain(result, fake)).toBe(0);
    expect(result.log).toMatch(/::warning::The new baseline could not be stored/);
    expect(baselineArtifacts(fake)).toHaveLength(1);
    expect(
      fake.state.artifacts
        .filter((a) => a.runId === run.id)
        .map((a) => a.name)
        .sort(),
    ).toEqual([
      'evalgate-baseline-task-api',
      'evalgate-report-task-api',
      'evalgate-report-task-api-attempt-2',
    ]);
  });

  it('a regressed pull request is compared with it, blocked, annotated in batches of 50, and its comment is updated in place', async () => {
    const baselineRun = baselineArtifacts(fake)[0]!.runId;
    const options = { number: 2, inputs: { 'check-name': 'model gate / {name}' } };
    const workspace = await taskApiWorkspace('report:\n  max-failing-items: 100');

    const first = await pullRequestRun(fake, { ...options, workspace, headSha: sha('3'), responses: V2 });
    expect(first.exitCode, explain(first, fake)).toBe(1);
    expect(first.outputs.decision).toBe('block');
    expect(first.outputs['baseline-run-id']).toBe(String(baselineRun));
    let comments = fake.state.comments.filter((c) => c.issueNumber === 2);
    expect(comments).toHaveLength(1);
    const blocked = comments[0]!.body;
    expect(blocked).toContain('❌ BLOCK');
    expect(blocked).toContain('Compared with the baseline');
    expect(blocked).toMatch(/\| accuracy \| 94% \| 80% \| −14 pts \|/);
    expect(blocked).toContain('xychart-beta');
    expect(blocked).toContain('<details><summary>❌ accuracy: 60 failing items</summary>');

    const check = fake.state.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'model gate / task-api', headSha: sha('3'), conclusion: 'failure' });
    // One annotation per failing item listed in the report and per gate that did not pass; more than 50,
    // so they go in batches: create, updates, completion.
    const report = JSON.parse(await readFile(first.outputs['report-path']!, 'utf8')) as Report;
    const notPassed = report.gates.filter((gate) => gate.status !== 'pass');
    const items = notPassed.reduce((sum, gate) => sum + gate.failingItems.length, 0);
    expect(items).toBeGreaterThan(100);
    expect(check.annotations).toHaveLength(items + notPassed.length);
    expect(check.requests).toBe(Math.ceil((items + notPassed.length) / 50) + 1);
    const itemNotes = check.annotations.filter((a) => a.path === 'evals/benchmark.json');
    expect(itemNotes).toHaveLength(items);
    expect(itemNotes.every((a) => a.start_line > 1 && a.start_line === a.end_line)).toBe(true);
    const gateNotes = check.annotations.filter((a) => a.path === 'evals/evalgate.yml');
    expect(gateNotes.map((a) => a.annotation_level).sort()).toEqual(
      notPassed.map((gate) => (gate.effect === 'block' ? 'failure' : 'warning')).sort(),
    );
    expect(gateNotes.map((a) => a.start_line).sort()).toEqual(notPassed.map((gate) => gate.gate.line).sort());

    const fixed = await pullRequestRun(fake, { ...options, workspace, headSha: sha('4'), responses: V1 });
    expect(fixed.exitCode, explain(fixed, fake)).toBe(0);
    const again = await pullRequestRun(fake, { ...options, workspace, headSha: sha('5'), responses: V2 });
    expect(again.exitCode).toBe(1);
    comments = fake.state.comments.filter((c) => c.issueNumber === 2);
    expect(comments).toHaveLength(1);
    const updates = fake.state.requests.filter(
      (r) => r.operation === 'issues/update-comment' && r.status === 200,
    );
    expect(updates).toHaveLength(2);
    expect(comments[0]!.body).toContain('❌ BLOCK');
    expect(fixed.outputs['comment-url']).toBe(first.outputs['comment-url']);
    // A pull request never replaces the baseline, even when it passes.
    expect(baselineArtifacts(fake)).toHaveLength(1);
    expect(fake.state.violations).toEqual([]);
  });

  it('skips expired baseline artifacts: the newest live one wins, and with none left there is no baseline', async () => {
    const older = baselineArtifacts(fake)[0]!;
    const newer = await pushRun(fake, sha('6'), V1);
    expect(newer.exitCode, explain(newer, fake)).toBe(0);
    expect(newer.outputs['baseline-run-id']).toBe(String(older.runId));
    expect(baselineArtifacts(fake)).toHaveLength(2);

    baselineArtifacts(fake).find((a) => a.runId === newer.run.id)!.expired = true;
    const pr = await pullRequestRun(fake, { number: 3, headSha: sha('7'), responses: V1 });
    expect(pr.outputs['baseline-run-id'], explain(pr, fake)).toBe(String(older.runId));

    older.expired = true;
    // Every baseline expired: a baseline existed, so this is an ERROR (require-baseline: auto), not a pass.
    const none = await pullRequestRun(fake, { number: 3, headSha: sha('8'), responses: V1 });
    expect(none.exitCode, explain(none, fake)).toBe(1);
    expect(none.outputs.decision).toBe('error');
    expect(none.outputs['baseline-run-id']).toBe('');
    expect(none.log).toMatch(/no usable baseline: every stored baseline has expired \(2 expired artifacts/);
    // Nobody downloaded an expired artifact.
    const downloads = fake.state.requests.filter((r) => r.operation === 'actions/download-artifact');
    expect(downloads.every((r) => r.status === 302)).toBe(true);
    expect(fake.state.violations).toEqual([]);
  });
});

describe('tokens that may not write', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
    fake.addToken('ghs_fork', READ_ONLY);
    fake.addToken('ghs_nochecks', { checks: 'read' });
    const base = await pushRun(fake, sha('a'), V1);
    expect(base.exitCode, explain(base, fake)).toBe(0);
  });
  afterAll(() => fake.close());

  it('a fork pull request that tries anyway gets 403s, warns, keeps the job summary and passes', async () => {
    const before = fake.state.requests.length;
    const result = await pullRequestRun(fake, {
      number: 7,
      headSha: sha('b'),
      responses: V1,
      token: 'ghs_fork',
      headRepository: 'mallory/evals',
      inputs: { comment: 'always', 'check-run': 'always' },
    });
    expect(result.exitCode, explain(result, fake)).toBe(0);
    const writes = fake.state.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.operation, r.status])).toEqual([
      ['issues/create-comment', 403],
      ['checks/create', 403],
    ]);
    expect(result.log).toMatch(/::warning::.*pull-requests: write/);
    expect(result.log).toMatch(/::warning::.*checks: write/);
    expect(result.log).toContain('comes from a fork');
    expect(result.summary).toContain('evalgate · task-api');
    expect(result.summary).toContain('pull-requests: write');
    // It still compared with the baseline (reading works with a read-only token).
    expect(result.outputs['baseline-run-id']).not.toBe('');
    expect(result.outputs['comment-url']).toBe('');
    expect(fake.state.comments).toHaveLength(0);
    expect(baselineArtifacts(fake)).toHaveLength(1);
  });

  it('a fork pull request in auto mode does not try to write at all', async () => {
    const before = fake.state.requests.length;
    const result = await pullRequestRun(fake, {
      number: 8,
      headSha: sha('c'),
      responses: V2,
      token: 'ghs_fork',
      headRepository: 'mallory/evals',
    });
    expect(result.exitCode, explain(result, fake)).toBe(1); // BLOCK still fails the step
    expect(fake.state.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.log).toContain('comes from a fork');
    // Without a check run, the first failures become workflow-command annotations (no permission needed).
    // The runner keeps only the first 10 errors of a step: the verdict comes first, the items get the rest.
    const errors = result.log.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors[0]).toMatch(/^::error::BLOCK: \d blocking gates? failed/);
    expect(errors).toHaveLength(10);
    const items = errors.filter((line) =>
      /^::error [^:]*file=evals\/(benchmark\.json|evalgate\.yml),line=\d+/.test(line),
    );
    expect(items).toHaveLength(9);
    expect(result.log).toMatch(/::notice::\d+ more item annotations are not shown here/);
  });

  it('a missing checks permission costs only the check run', async () => {
    const result = await pullRequestRun(fake, {
      number: 9,
      headSha: sha('d'),
      responses: V1,
      token: 'ghs_nochecks',
    });
    expect(result.exitCode, explain(result, fake)).toBe(0);
    expect(fake.state.comments.filter((c) => c.issueNumber === 9)).toHaveLength(1);
    expect(result.log).toMatch(/::warning::evalgate could not create the check run \(HTTP 403/);
    expect(result.outputs['check-run-id']).toBe('');
  });

  it('a push without actions: read neither compares nor replaces the baseline', async () => {
    fake.addToken('ghs_noactions', { actions: 'none' });
    const { run, runtimeToken } = fake.startRun({ event: 'push', branch: 'main', sha: sha('e') });
    const result = await runBundledAction(fake, {
      workspace: await taskApiWorkspace(),
      run,
      runtimeToken,
      eventName: 'push',
      payload: pushPayload(fake, sha('e'), 'main'),
      inputs: { config: 'evals/evalgate.yml', responses: V1, 'github-token': 'ghs_noactions' },
      ref: 'refs/heads/main',
      sha: sha('e'),
    });
    // It cannot tell whether a baseline exists: an ERROR (require-baseline: auto), not a silent pass.
    expect(result.exitCode, explain(result, fake)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    expect(result.log).toMatch(/::warning::.*actions: read/);
    expect(baselineArtifacts(fake)).toHaveLength(1);
  });
});

describe('a damaged baseline artifact', () => {
  it('is an ERROR by default (require-baseline: auto) and with on-corrupt-baseline: error', async () => {
    const fake = await startGitHubServer();
    fake.addToken('ghs_write');
    try {
      const base = await pushRun(fake, sha('a'), V1);
      expect(base.exitCode, explain(base, fake)).toBe(0);
      // What GitHub recorded no longer matches the bytes: the download's digest check fails.
      baselineArtifacts(fake)[0]!.digest = `sha256:${'0'.repeat(64)}`;

      const warned = await pullRequestRun(fake, { number: 4, headSha: sha('b'), responses: V1 });
      expect(warned.exitCode, explain(warned, fake)).toBe(1);
      expect(warned.outputs.decision).toBe('error');
      expect(warned.log).toMatch(
        /::warning::the stored baseline artifact evalgate-baseline-task-api .* its sha256 digest does not match/,
      );
      expect(warned.outputs['baseline-run-id']).toBe('');
      expect(fake.state.comments[0]!.body).toContain('Not compared with a baseline');
      expect(fake.state.comments[0]!.body).toMatch(/ERROR: no usable baseline: the stored baseline artifact/);

      const failed = await pullRequestRun(fake, {
        number: 4,
        headSha: sha('c'),
        responses: V1,
        inputs: { 'on-corrupt-baseline': 'error' },
      });
      expect(failed.exitCode).toBe(1);
      expect(failed.outputs.decision).toBe('error');
      expect(failed.log).toMatch(/::error::evalgate: .*cannot be used.*Delete that artifact/);
    } finally {
      await fake.close();
    }
  });
});

describe('a comment that must be cut', () => {
  it('stays under 65,536 characters, keeps the verdict and the table, links to the full report, and escapes model text', async () => {
    const fake = await startGitHubServer();
    fake.addToken('ghs_write');
    try {
      const workspace = await taskApiWorkspace('report:\n  max-failing-items: 1000');
      const hostile =
        'Sure! @octocat <img src=x onerror=alert(1)> | col | ``` ```mermaid\n# heading\n[link](javascript:alert(1)) ' +
        'x'.repeat(300);
      const ids = (await import(path.join(workspace, 'evals', 'benchmark.json'), { with: { type: 'json' } }))
        .default as { id: string }[];
      await writeFile(
        path.join(workspace, 'evals', 'responses', 'hostile.jsonl'),
        ids.map((item) => JSON.stringify({ id: item.id, response: hostile })).join('\n'),
      );
      const result = await pullRequestRun(fake, {
        number: 11,
        headSha: sha('9'),
        responses: 'evals/responses/hostile.jsonl',
        workspace,
      });
      expect(result.exitCode, explain(result, fake)).toBe(1);
      const body = fake.state.comments[0]!.body;
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body.startsWith(MARKER)).toBe(true);
      expect(body).toContain('❌ BLOCK');
      expect(body).toMatch(/\| accuracy \| n\/a \| 0% \|/);
      expect(body).toContain('✂️');
      expect(body).toMatch(/failing items? not listed/);
      expect(body).toMatch(
        /\[full report \(artifact\)\]\(https:\/\/github\.com\/acme\/evals\/actions\/runs\/\d+\/artifacts\/\d+\)/,
      );
      expect(body).toMatch(/\[job summary\]\(https:\/\/github\.com\/acme\/evals\/actions\/runs\/\d+\)/);
      expect(body).not.toContain('@octocat');
      expect(body).not.toContain('<img');
      expect(body).not.toContain('```mermaid\n# heading');
      // Every table row keeps its columns: model text cannot add a cell.
      for (const line of body
        .split('\n')
        .filter((l) => l.startsWith('| ') && l.includes('evals/benchmark.json'))) {
        expect(line.replace(/\\\|/g, '').split('|').length).toBe(8);
      }
      expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
      expect(fake.state.checkRuns[0]!.output.summary!.length).toBeLessThanOrEqual(65_535);
      expect(fake.state.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe('the fork-safe two-workflow setup', () => {
  it('the workflow_run publisher posts the comment and the check run of a fork pull request, and checks the pull request number', async () => {
    const fake = await startGitHubServer();
    fake.addToken('ghs_write');
    fake.addToken('ghs_fork', READ_ONLY);
    try {
      const evaluated = await pullRequestRun(fake, {
        number: 21,
        headSha: sha('7'),
        responses: V2,
        token: 'ghs_fork',
        headRepository: 'mallory/evals',
        inputs: { comment: 'never', 'check-run': 'never' },
      });
      expect(evaluated.exitCode, explain(evaluated, fake)).toBe(1);
      expect(fake.state.comments).toHaveLength(0);

      const publishFor = async () => {
        const { run, runtimeToken } = fake.startRun({
          event: 'workflow_run',
          branch: 'main',
          sha: sha('2'),
          workflowFile: 'publish.yml',
        });
        return runBundledAction(fake, {
          workspace: await taskApiWorkspace(),
          run,
          runtimeToken,
          eventName: 'workflow_run',
          payload: workflowRunPayload(fake, {
            id: evaluated.run.id,
            event: 'pull_request',
            headSha: sha('7'),
            headBranch: 'feature-21',
            headRepository: 'mallory/evals',
            pullRequests: [],
          }),
          // The base branch's config (checked out) names the check; only runs of evals.yml are published.
          inputs: {
            config: 'evals/evalgate.yml',
            'evaluating-workflow': 'evals.yml',
            'github-token': 'ghs_write',
          },
          ref: 'refs/heads/main',
          sha: sha('2'),
          workflowFile: 'publish.yml',
        });
      };
      const published = await publishFor();
      expect(published.exitCode, explain(published, fake)).toBe(0);
      expect(published.outputs.decision).toBe('block');
      expect(fake.state.comments).toHaveLength(1);
      expect(fake.state.comments[0]).toMatchObject({ issueNumber: 21 });
      expect(fake.state.comments[0]!.body.startsWith(MARKER)).toBe(true);
      expect(fake.state.checkRuns[0]).toMatchObject({ headSha: sha('7'), conclusion: 'failure' });
      expect(fake.state.checkRuns[0]!.annotations.length).toBeGreaterThan(0);

      // Published again: the same comment is updated, not duplicated.
      const again = await publishFor();
      expect(again.exitCode).toBe(0);
      expect(fake.state.comments).toHaveLength(1);
      expect(fake.state.violations).toEqual([]);

      // The fork pushed since: pull request 21's head is no longer the evaluated commit. The number in the
      // artifact is not trusted, so no comment is touched; the check run still goes on the evaluated commit.
      fake.addPullRequest(21, { headSha: sha('0'), headRef: 'feature-21', headRepository: 'mallory/evals' });
      const updatesBefore = fake.state.requests.filter((r) => r.operation === 'issues/update-comment').length;
      const stale = await publishFor();
      expect(stale.exitCode, explain(stale, fake)).toBe(0);
      expect(stale.log).toMatch(
        /::warning::Pull request #21 has head 0000000, not the evaluated commit 7777777/,
      );
      expect(fake.state.requests.filter((r) => r.operation === 'issues/update-comment')).toHaveLength(
        updatesBefore,
      );
      expect(fake.state.checkRuns.at(-1)).toMatchObject({ headSha: sha('7'), conclusion: 'failure' });
    } finally {
      await fake.close();
    }
  });
});

describe('a pull request whose config does not load', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
    fake.addToken('ghs_nochecks', { checks: 'read' });
  });
  afterAll(() => fake.close());

  /** The Task API workspace with its config edited (line 39 is the `threshold` of the gate "accuracy"). */
  async function brokenWorkspace(edit: (config: string) => string): Promise<string> {
    const workspace = await taskApiWorkspace();
    const file = path.join(workspace, 'evals', 'evalgate.yml');
    const config = await readFile(file, 'utf8');
    const edited = edit(config);
    expect(edited).not.toBe(config);
    await writeFile(file, edited);
    return workspace;
  }
  const typo = (config: string) => config.replace('    threshold: 0.85', '    treshold: 0.85');

  it('fails its check run at the line of the typo and turns the earlier comment to ERROR', async () => {
    const passed = await pullRequestRun(fake, { number: 31, headSha: sha('1'), responses: V1 });
    expect(passed.exitCode, explain(passed, fake)).toBe(0);
    const checksBefore = fake.state.checkRuns.length;

    const result = await pullRequestRun(fake, {
      number: 31,
      headSha: sha('2'),
      responses: V1,
      workspace: await brokenWorkspace(typo),
    });
    expect(result.exitCode, explain(result, fake)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    expect(result.log).toMatch(/::error::evalgate: .*evalgate\.yml:39: gates\[1\]\.treshold: unknown key/);

    const checks = fake.state.checkRuns.slice(checksBefore);
    expect(checks).toHaveLength(1);
    const check = checks[0]!;
    expect(check).toMatchObject({
      name: 'evalgate: task-api',
      headSha: sha('2'),
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'evalgate: configuration error' },
    });
    expect(result.outputs['check-run-id']).toBe(String(check.id));
    const summary = check.output.summary!;
    expect(summary).toContain('## evalgate · task-api: ⚠️ ERROR');
    expect(summary).toContain(
      `[evals/evalgate.yml:39](https://github.com/acme/evals/blob/${sha('2')}/evals/evalgate.yml#L39)`,
    );
    expect(summary).toContain('gates\\[1\\].treshold: unknown key "treshold". Did you mean "threshold"?');
    expect(summary).not.toContain('evalgate-ws-'); // repository paths, not the runner's
    expect(check.annotations).toEqual([
      expect.objectContaining({
        path: 'evals/evalgate.yml',
        start_line: 39,
        end_line: 39,
        annotation_level: 'failure',
        title: 'evalgate: configuration error',
      }),
    ]);
    expect(check.annotations[0]!.message).toMatch(/^gates\[1\]\.treshold: unknown key "treshold"/);

    const comments = fake.state.comments.filter((c) => c.issueNumber === 31);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('### evalgate · task-api: ⚠️ ERROR');
    expect(comments[0]!.body).toContain('**Configuration error** in [evals/evalgate.yml:39]');
    expect(comments[0]!.body).not.toContain('✅ DEPLOY');
    expect(result.outputs['comment-url']).toBe(passed.outputs['comment-url']);
    expect(result.summary).toContain('evalgate: ⚠️ ERROR');
    expect(fake.state.violations).toEqual([]);
  });

  it('without an earlier comment posts none; a config that does not parse is named after its folder', async () => {
    const checksBefore = fake.state.checkRuns.length;
    const result = await pullRequestRun(fake, {
      number: 32,
      headSha: sha('3'),
      responses: V1,
      workspace: await brokenWorkspace((config) => config.replace('name: task-api', 'name: [task-api')),
    });
    expect(result.exitCode, explain(result, fake)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    expect(fake.state.comments.filter((c) => c.issueNumber === 32)).toHaveLength(0);
    expect(result.outputs['comment-url']).toBe('');
    expect(result.log).toContain('comment: none (no earlier comment to update');
    const checks = fake.state.checkRuns.slice(checksBefore);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: 'evalgate: evals', headSha: sha('3'), conclusion: 'failure' });
    expect(checks[0]!.output.summary).toContain('invalid YAML/JSON');
    // The YAML parser notices the unclosed `[` of line 9 at the next key, line 11.
    expect(checks[0]!.annotations.map((a) => [a.path, a.start_line])).toEqual([['evals/evalgate.yml', 11]]);
    expect(fake.state.violations).toEqual([]);
  });

  it('with `comment: always` and a fixed check name, posts a comment and names the check as told', async () => {
    const result = await pullRequestRun(fake, {
      number: 33,
      headSha: sha('4'),
      responses: V1,
      workspace: await brokenWorkspace(typo),
      inputs: { comment: 'always', 'check-name': 'model gate' },
    });
    expect(result.exitCode, explain(result, fake)).toBe(1);
    const comments = fake.state.comments.filter((c) => c.issueNumber === 33);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('⚠️ ERROR');
    expect(fake.state.checkRuns.at(-1)).toMatchObject({
      name: 'model gate',
      headSha: sha('4'),
      conclusion: 'failure',
    });
  });

  it('a missing checks permission is a warning: the step fails for the config, not for the check run', async () => {
    const before = fake.state.checkRuns.length;
    const result = await pullRequestRun(fake, {
      number: 34,
      headSha: sha('5'),
      responses: V1,
      token: 'ghs_nochecks',
      workspace: await brokenWorkspace(typo),
    });
    expect(result.exitCode, explain(result, fake)).toBe(1);
    expect(result.outputs.decision).toBe('error');
    expect(result.log).toMatch(/::warning::evalgate could not create the check run \(HTTP 403/);
    expect(result.summary).toContain('checks: write');
    expect(result.outputs['check-run-id']).toBe('');
    expect(fake.state.checkRuns).toHaveLength(before);
    // The workflow-command annotation at the line needs no permission.
    expect(result.log).toMatch(/^::error [^\n]*file=evals\/evalgate\.yml,line=39/m);
  });
});
