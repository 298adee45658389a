// The unmodified toolkit packages against the local services, in this process: the artifact client
// (upload, list and download in the run, then findBy from another run) and the cache client (save,
// restore by key and by restore-key prefix, refusal of a second save under the same key).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheEntries, startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';

let fake: FakeGitHub;
let work: string;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await startGitHubServer();
  fake.addToken('ghs_write');
  work = await mkdtemp(path.join(os.tmpdir(), 'evalgate-services-'));
  Object.assign(process.env, {
    ACTIONS_RESULTS_URL: `${fake.origin}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
  });
});

afterAll(async () => {
  process.env = saved;
  await fake.close();
  await rm(work, { recursive: true, force: true });
});

describe('@actions/artifact against the local services', () => {
  it('uploads, lists and downloads in its run, refuses a duplicate, and downloads from another run with findBy', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const first = fake.startRun({ event: 'push', branch: 'main', sha: 'a'.repeat(40) });
    process.env.ACTIONS_RUNTIME_TOKEN = first.runtimeToken;
    const client = new DefaultArtifactClient();
    const source = path.join(work, 'up');
    await mkdir(source, { recursive: true });
    await writeFile(path.join(source, 'baseline.json'), '{"hello":"world"}\n');
    const uploaded = await client.uploadArtifact('probe', [path.join(source, 'baseline.json')], source, {
      retentionDays: 5,
    });
    expect(uploaded.id).toBeGreaterThan(0);
    await expect(
      client.uploadArtifact('probe', [path.join(source, 'baseline.json')], source),
    ).rejects.toThrow();
    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((artifact) => artifact.name)).toEqual(['probe']);
    const here = path.join(work, 'down-here');
    await client.downloadArtifact(uploaded.id!, { path: here });
    expect(await readFile(path.join(here, 'baseline.json'), 'utf8')).toBe('{"hello":"world"}\n');
    fake.completeRun(first.run, 'success');

    const second = fake.startRun({ event: 'pull_request', branch: 'feature', sha: 'b'.repeat(40) });
    process.env.ACTIONS_RUNTIME_TOKEN = second.runtimeToken;
    const findBy = {
      token: 'ghs_write',
      workflowRunId: first.run.id,
      repositoryOwner: 'acme',
      repositoryName: 'evals',
    };
    const { artifact } = await client.getArtifact('probe', { findBy });
    const there = path.join(work, 'down-there');
    const result = await client.downloadArtifact(artifact.id, {
      path: there,
      findBy,
      expectedHash: artifact.digest,
    });
    expect(result.digestMismatch).toBe(false);
    expect(await readFile(path.join(there, 'baseline.json'), 'utf8')).toBe('{"hello":"world"}\n');
    expect(fake.state.violations).toEqual([]);
  });
});

describe('@actions/cache against the local services', () => {
  it('saves, restores by key and by prefix, and does not save twice under one key', async () => {
    const cache = await import('@actions/cache');
    const run = fake.startRun({ event: 'push', branch: 'main', sha: 'c'.repeat(40) });
    process.env.ACTIONS_RUNTIME_TOKEN = run.runtimeToken;
    expect(cache.isFeatureAvailable()).toBe(true);
    const dir = path.join(work, 'responses-cache');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'answers.jsonl'), '{"id":"1","response":"x"}\n');
    const id = await cache.saveCache([dir], 'evalgate-responses-v1-abc');
    expect(id).toBeGreaterThan(0);
    expect(await cache.saveCache([dir], 'evalgate-responses-v1-abc')).toBe(-1);

    await rm(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'evalgate-responses-v1-abc')).toBe('evalgate-responses-v1-abc');
    expect(await readFile(path.join(dir, 'answers.jsonl'), 'utf8')).toBe('{"id":"1","response":"x"}\n');
    await rm(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'evalgate-responses-v1-zzz', ['evalgate-responses-v1-'])).toBe(
      'evalgate-responses-v1-abc',
    );
    expect(await cache.restoreCache([dir], 'other-key')).toBeUndefined();
    expect(cacheEntries(fake.state)).toHaveLength(1);
  });
});
