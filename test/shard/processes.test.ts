// A split run the way CI runs it: each shard is a separate `evalgate` process against a live local
// OpenAI-compatible endpoint, then one merge process. Its report equals the unsharded run's, apart from
// timings and measured latency.
//
// The CLI under test is bundled from the current sources (as scripts/build.mjs does) into a temporary folder,
// so the test never runs a stale dist/; set EVALGATE_CLI=dist/cli.js to run the shipped bundle instead.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleForNode } from '../../scripts/bundle.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { readShardFile, shardFileName } from '../../src/shard/index.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { comparable, taskApi, tempDir } from './helpers.js';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

let cli: string;
let server: OpenAIServer;
/** The answer the endpoint gives to each user message. */
const answers = new Map<string, string>();

beforeAll(async () => {
  if (process.env.EVALGATE_CLI) cli = path.resolve(process.env.EVALGATE_CLI);
  else {
    cli = path.join(await tempDir('evalgate-shard-cli-'), 'cli.mjs');
    await bundleForNode('src/cli.ts', cli);
  }
  const benchmark = JSON.parse(await readFile(taskApi.benchmark, 'utf8')) as {
    input: string;
    expected_output: string;
  }[];
  for (const [index, item] of benchmark.entries()) {
    // Most answers right, some wrong, some not JSON: every metric and gate sees a mix.
    answers.set(
      item.input,
      index % 11 === 0
        ? 'Sure! I will do that.'
        : index % 7 === 0
          ? '{"action":"list_tasks"}'
          : item.expected_output,
    );
  }
  server = await startOpenAIServer({
    latencyMs: 5,
    handler: (_body, info) => {
      // Deterministic per item: a few get a non-retryable HTTP error, which must become error items.
      if (info.key.length % 17 === 3) return { status: 400 };
      return { content: answers.get(info.key) ?? `{"action":"reply","text":"ok: ${info.key.length}"}` };
    },
  });
});

afterAll(async () => {
  await server?.close();
});

function evalgate(args: string[], cwd: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, OPENAI_API_KEY: 'sk-local-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function liveConfig(dir: string, dataset: string): Promise<string> {
  const file = path.join(dir, 'evalgate.yml');
  await writeFile(
    file,
    [
      'version: 1',
      'name: task-api-live',
      `dataset: { path: ${JSON.stringify(dataset)} }`,
      'model:',
      `  base-url: ${server.url}`,
      '  model: task-model',
      '  concurrency: 6',
      '  max-retries: 0',
      'cache: { mode: off }',
      'metrics:',
      '  exact-match: { name: accuracy, json: true }',
      '  json: true',
      '  fields: [{ name: action_accuracy, path: action, expected: expected_action }]',
      'gates:',
      '  - { name: format, metric: json_valid_rate, op: ">=", threshold: 0.8 }',
      '  - { name: accuracy, metric: accuracy, op: ">=", threshold: 0.5 }',
      '  - { name: errors, metric: error_rate, op: "<=", threshold: 0.2, severity: warning }',
    ].join('\n'),
  );
  return file;
}

async function readReport(dir: string): Promise<Report> {
  return JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')) as Report;
}

/** Runs the config unsharded, then as `total` shard processes in parallel and a merge; returns both reports. */
async function wholeAndSplit(dir: string, config: string, total: number) {
  const common = ['--config', config, '--no-update-baseline', '--quiet'];
  server.reset();
  // The same --out for both runs: the report's config hash covers the output folder.
  const whole = await evalgate(['run', ...common, '--out', 'out'], dir);
  expect(whole.stderr).toBe('');
  const wholeReport = await readReport(path.join(dir, 'out'));
  const wholeRequests = server.stats.total;

  server.reset();
  const shards = await Promise.all(
    Array.from({ length: total }, (_, index) =>
      evalgate(['run', '--config', config, '--shard', `${index + 1}/${total}`, '--shard-out', 'shards'], dir),
    ),
  );
  for (const [index, shard] of shards.entries()) {
    expect(shard.code, shard.stderr).toBe(0);
    expect(shard.stdout).toMatch(new RegExp(`^shard ${index + 1}/${total}: \\d+ items answered`));
  }
  // Together the shards asked for every item exactly once, as the unsharded run did.
  expect(server.stats.total).toBe(wholeRequests);
  const keys = server.requests.map((request) => JSON.stringify(request.body?.messages));
  expect(new Set(keys).size).toBe(keys.length);

  const merge = await evalgate(['merge', ...common, '--shards', 'shards', '--out', 'out'], dir);
  expect(merge.stderr).toBe('');
  expect(merge.code).toBe(whole.code);
  return {
    code: whole.code,
    whole: wholeReport,
    merged: await readReport(path.join(dir, 'out')),
    files: Array.from({ length: total }, (_, index) =>
      path.join(dir, 'shards', shardFileName({ index: index + 1, total })),
    ),
  };
}

describe('shards as separate processes against a live endpoint', () => {
  it('4 shards of the Task API benchmark merge into the unsharded report and exit code', async () => {
    const dir = await tempDir();
    const config = await liveConfig(dir, taskApi.benchmark);
    const { code, whole, merged, files } = await wholeAndSplit(dir, config, 4);
    expect(code).toBe(0);
    expect(whole.source.kind).toBe('live');
    expect(whole.source.stats.requests).toBe(300);
    expect(whole.items.filter((item) => item.error?.kind === 'http').length).toBeGreaterThan(0);
    expect(whole.items.filter((item) => !item.error).every((item) => item.latencyMs! > 0)).toBe(true);
    expect(comparable(merged, { live: true })).toEqual(comparable(whole, { live: true }));
    // The shard files hold the live details: latency, usage, attempts, errors with their status.
    const shard = await readShardFile(files[0]!);
    expect(shard.source.kind).toBe('live');
    expect(shard.items[0]!.response.latencyMs).toBeGreaterThan(0);
    expect(shard.items.some((item) => item.response.usage)).toBe(true);
    const errors = (await Promise.all(files.map(readShardFile))).flatMap((file) =>
      file.items.filter((item) => item.response.error),
    );
    expect(errors[0]!.response.error).toMatchObject({ stage: 'model', kind: 'http', status: 400 });
  });

  it('multi-turn scenarios stay whole in one shard, and merge into the unsharded report', async () => {
    const dir = await tempDir();
    const config = await liveConfig(dir, taskApi.scenarios);
    const { whole, merged, files } = await wholeAndSplit(dir, config, 3);
    expect(whole.items.some((item) => (item.turn ?? 0) > 1)).toBe(true);
    expect(comparable(merged, { live: true })).toEqual(comparable(whole, { live: true }));
    const owner = new Map<string, number>();
    for (const [index, file] of files.entries()) {
      for (const item of (await readShardFile(file)).items) {
        const scenario = item.id.replace(/#\d+$/, '');
        expect(owner.get(scenario) ?? index).toBe(index);
        owner.set(scenario, index);
      }
    }
    expect(new Set(owner.values()).size).toBeGreaterThan(1);
  });
});
