// The response cache under the bundled action, against the local cache service and a local model endpoint:
// by default only runs on the baseline branch save an entry; pull requests restore it read-only
// (`cache-write: auto`), and `cache-write` can say always or never.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBundle,
  runBundledAction,
  taskApiWorkspace,
  type ActionResult,
} from '../support/github-server/action-runner.js';
import { pullRequestPayload, pushPayload } from '../support/github-server/events.js';
import { cacheEntries, startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';

const sha = (seed: string) => seed.repeat(40).slice(0, 40);
let fake: FakeGitHub;
let model: OpenAIServer;

beforeAll(async () => {
  await ensureBundle();
  fake = await startGitHubServer();
  fake.addToken('ghs_write');
  model = await startOpenAIServer({ handler: () => ({ content: '{"action":"list_tasks"}' }) });
});
afterAll(async () => {
  await fake.close();
  await model.close();
});

let workspace = '';

/**
 * The Task API example answered live by the local endpoint, through the response cache. One workspace path
 * for every run, as on a runner (the cache version hashes the cached path); the cache folder starts empty.
 */
async function liveWorkspace(): Promise<string> {
  if (workspace) {
    await rm(path.join(workspace, 'evals', '.cache'), { recursive: true, force: true });
    return workspace;
  }
  workspace = await taskApiWorkspace();
  const config = path.join(workspace, 'evals', 'evalgate.yml');
  await writeFile(
    config,
    (await readFile(config, 'utf8')).replace(
      'responses:\n  path: responses/model-v1.jsonl',
      `model:\n  base-url: ${model.url}\n  model: task-model\ncache:\n  mode: read-write\n  dir: .cache`,
    ),
  );
  return workspace;
}

async function run(
  event: 'push' | 'pull_request',
  inputs: Record<string, string> = {},
): Promise<ActionResult> {
  const headSha = sha(event === 'push' ? '1' : '3');
  if (event === 'pull_request') fake.addPullRequest(60, { headSha, headRef: 'feature-60' });
  const { run, runtimeToken } = fake.startRun({
    event,
    branch: event === 'push' ? 'main' : 'feature-60',
    sha: headSha,
    pullRequests: event === 'pull_request' ? [60] : [],
  });
  const result = await runBundledAction(fake, {
    workspace: await liveWorkspace(),
    run,
    runtimeToken,
    eventName: event,
    payload:
      event === 'push'
        ? pushPayload(fake, headSha, 'main')
        : pullRequestPayload(fake, { number: 60, headSha, headRef: 'feature-60' }),
    inputs: { config: 'evals/evalgate.yml', 'github-token': 'ghs_write', comment: 'never', ...inputs },
    ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/60/merge',
    sha: event === 'push' ? headSha : sha('f'),
    env: { ACTIONS_CACHE_SERVICE_V2: 'true' },
  });
  fake.completeRun(run, result.exitCode === 0 ? 'success' : 'failure');
  return result;
}

describe('cache-write', () => {
  it('auto: a push to the baseline branch saves, a pull request restores it and saves nothing', async () => {
    const pushed = await run('push');
    expect(pushed.log).toMatch(/response cache saved as evalgate-responses-v1-task-api-/);
    expect(cacheEntries(fake.state)).toHaveLength(1);

    const requestsBefore = model.requests.length;
    const pulled = await run('pull_request');
    expect(pulled.log).toMatch(/response cache restored from evalgate-responses-v1-task-api-/);
    expect(pulled.log).toMatch(/response cache not saved: read-only on a pull request/);
    expect(cacheEntries(fake.state)).toHaveLength(1);
    expect(model.requests.length).toBe(requestsBefore); // every answer came from the restored cache
  });

  it('always: a pull request saves too; never: not even the baseline branch', async () => {
    const before = cacheEntries(fake.state).length;
    const pulled = await run('pull_request', { 'cache-write': 'always' });
    expect(pulled.log).toMatch(/response cache saved as/);
    expect(cacheEntries(fake.state)).toHaveLength(before + 1);
    const pushed = await run('push', { 'cache-write': 'never' });
    expect(pushed.log).toMatch(/response cache not saved: cache-write is never/);
    expect(cacheEntries(fake.state)).toHaveLength(before + 1);
  });
});
