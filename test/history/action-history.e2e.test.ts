// The bundled action (dist/index.js) against the local fake of GitHub: the history travels in the baseline
// artifact from push to push, and a pull request's comment and job summary show the trend.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { ensureBundle, runBundledAction, taskApiWorkspace } from '../support/github-server/action-runner.js';
import { pullRequestPayload, pushPayload } from '../support/github-server/events.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';

const V1 = 'evals/responses/model-v1.jsonl';
const V2 = 'evals/responses/model-v2.jsonl';
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

describe('history through the baseline artifacts of the action', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    await ensureBundle();
    fake = await startGitHubServer();
    fake.addToken('ghs_write');
  });
  afterAll(() => fake.close());

  async function push(headSha: string) {
    const { run, runtimeToken } = fake.startRun({ event: 'push', branch: 'main', sha: headSha });
    const result = await runBundledAction(fake, {
      workspace: await taskApiWorkspace(),
      run,
      runtimeToken,
      eventName: 'push',
      payload: pushPayload(fake, headSha, 'main'),
      inputs: { config: 'evals/evalgate.yml', responses: V1, 'github-token': 'ghs_write' },
      ref: 'refs/heads/main',
      sha: headSha,
    });
    fake.completeRun(run, result.exitCode === 0 ? 'success' : 'failure');
    return result;
  }

  it('two accepted pushes, then a blocked pull request charting all three runs', async () => {
    expect((await push(sha('1'))).exitCode).toBe(0);
    expect((await push(sha('2'))).exitCode).toBe(0);
    fake.addPullRequest(7, { headSha: sha('3'), headRef: 'feature-7', headRepository: fake.state.fullName });
    const { run, runtimeToken } = fake.startRun({
      event: 'pull_request',
      branch: 'feature-7',
      sha: sha('3'),
      headRepository: fake.state.fullName,
      pullRequests: [7],
    });
    const result = await runBundledAction(fake, {
      workspace: await taskApiWorkspace(),
      run,
      runtimeToken,
      eventName: 'pull_request',
      payload: pullRequestPayload(fake, {
        number: 7,
        headSha: sha('3'),
        headRef: 'feature-7',
        headRepository: fake.state.fullName,
      }),
      inputs: { config: 'evals/evalgate.yml', responses: V2, 'github-token': 'ghs_write' },
      ref: 'refs/pull/7/merge',
      sha: sha('f'),
    });
    fake.completeRun(run, 'failure');
    expect(result.exitCode, result.log).toBe(1);
    const report = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as Report;
    expect(report.history!.map((entry) => [entry.decision, entry.sha])).toEqual([
      ['deploy', sha('1')],
      ['deploy', sha('2')],
      ['block', sha('3')],
    ]);
    const comment = fake.state.comments.find((candidate) => candidate.issueNumber === 7)!.body;
    expect(comment).toContain('**Trend**: 3 runs');
    expect(comment).toContain('x-axis ["1. ');
    expect(comment).toContain(`\`${sha('3').slice(0, 7)}\``);
    expect(result.summary).toContain('## Trend');
    expect(fake.state.violations).toEqual([]);
  }, 180_000);
});
