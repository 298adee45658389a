// The response cache folder carried between runs with the real @actions/cache against the local services.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { LoadedConfig } from '../../src/config/types.js';
import {
  cacheSyncApplies,
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
} from '../../src/github/response-cache-sync.js';
import { cacheEntries, startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';

let fake: FakeGitHub;
let work: string;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await startGitHubServer();
  work = await mkdtemp(path.join(os.tmpdir(), 'evalgate-cache-sync-'));
  Object.assign(process.env, {
    ACTIONS_RESULTS_URL: `${fake.origin}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
  });
});

afterAll(async () => {
  process.env = saved;
  await fake.close();
  await rm(work, { recursive: true, force: true });
});

function liveConfig(dir: string, mode = 'read-write'): LoadedConfig {
  return parseConfig(
    [
      'version: 1',
      'name: task-api',
      'dataset: { path: bench.json }',
      'model: { base-url: "http://127.0.0.1:1/v1", model: m }',
      `cache: { mode: ${mode}, dir: ${dir} }`,
    ].join('\n'),
    path.join(work, 'evalgate.yml'),
  );
}

function recorder() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (line: string) => lines.push(`info ${line}`),
      warning: (line: string) => lines.push(`warn ${line}`),
    },
  };
}

describe('the response cache between runs', () => {
  it('is saved under a key per run and restored by the next run from the same config', async () => {
    const run = fake.startRun({ event: 'push', branch: 'main', sha: 'c'.repeat(40) });
    process.env.ACTIONS_RUNTIME_TOKEN = run.runtimeToken;
    const dir = path.join(work, 'cache-a');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'responses.jsonl'), '{"key":"k","response":{"output":"hi"}}\n');
    const config = liveConfig(dir);
    expect(cacheSyncApplies(config)).toBe(true);
    const first = responseCacheKeys(config, { runId: '101', attempt: '1' });
    expect(first.primary).toMatch(/^evalgate-responses-v1-task-api-[0-9a-f]{16}-101-1$/);
    const { log, lines } = recorder();
    await saveResponseCache(config, first, log);
    expect(cacheEntries(fake.state)).toHaveLength(1);
    expect(lines.join('\n')).toContain('saved as');

    await rm(dir, { recursive: true, force: true });
    const next = responseCacheKeys(config, { runId: '102', attempt: '1' });
    expect(await restoreResponseCache(config, next, log)).toBe(first.primary);
    expect(await readFile(path.join(dir, 'responses.jsonl'), 'utf8')).toContain('"output":"hi"');
  });

  it('carries on when the cache service refuses: nothing restored, nothing saved, no error', async () => {
    const dir = path.join(work, 'cache-b');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'responses.jsonl'), '{}\n');
    const config = liveConfig(dir);
    const before = cacheEntries(fake.state).length;
    process.env.ACTIONS_RUNTIME_TOKEN = 'not-a-jwt';
    const { log, lines } = recorder();
    await expect(
      restoreResponseCache(config, responseCacheKeys(config, { runId: '7' }), log),
    ).resolves.toBeUndefined();
    await expect(
      saveResponseCache(config, responseCacheKeys(config, { runId: '7' }), log),
    ).resolves.toBeUndefined();
    expect(cacheEntries(fake.state)).toHaveLength(before);
    expect(lines.join('\n')).not.toContain('saved as');
  });

  it('does nothing when the cache is off or there are no live calls', () => {
    expect(cacheSyncApplies(liveConfig(path.join(work, 'x'), 'off'))).toBe(false);
    const precomputed = parseConfig(
      'version: 1\ndataset: { path: b.json }\nresponses: { path: r.jsonl }\n',
      path.join(work, 'evalgate.yml'),
    );
    expect(cacheSyncApplies(precomputed)).toBe(false);
  });
});
