// A whole run on hostile data, through the real CLI and the real action (in this process, with the real
// @actions/core writing to stdout): item ids, categories and gate names from the files, model output and
// error messages from a live local endpoint. Every line written must be safe for the GitHub runner.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import { runAction } from '../../src/action/run-action.js';
import { main } from '../../src/cli/main.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { ALL_PAYLOADS, markdownProblems, runnerCommandIn, terminalControlIn } from './hostile-text.js';

let server: OpenAIServer;
let dir: string;
let written: string;
const savedEnv = { ...process.env };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-hostile-'));
  written = '';
  // The endpoint answers an item "out-N" with payload N, and fails "err-N" with payload N as its message.
  server = await startOpenAIServer({
    handler: (_body, info) => {
      const [kind, index] = info.key.split('-') as [string, string];
      const payload = ALL_PAYLOADS[Number(index)]!;
      if (kind === 'err')
        return {
          status: 503,
          body: { error: { message: payload, type: 'invalid_request_error', code: null, param: null } },
        };
      return { content: payload };
    },
  });
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk) => {
      written += String(chunk);
      return true;
    });
  }
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  await server.close();
});

/** A config (JSON: any character can be written in it) with hostile gate names, and a hostile dataset. */
async function hostileWorkspace(): Promise<string> {
  // The failing requests come first, so that their endpoint messages are among the items each gate shows.
  const items = [
    ...ALL_PAYLOADS.map((payload, index) => ({
      id: `${payload} (error)`,
      category: 'c',
      input: `err-${index}`,
      expected_output: 'x',
    })),
    ...ALL_PAYLOADS.map((payload, index) => ({
      id: payload,
      category: payload,
      input: `out-${index}`,
      expected_output: 'the right answer',
    })),
  ];
  await writeFile(path.join(dir, 'benchmark.json'), JSON.stringify(items, null, 2));
  const config = {
    version: 1,
    name: 'hostile',
    dataset: { path: 'benchmark.json' },
    model: {
      'base-url': server.url,
      model: 'gpt-4o-mini',
      concurrency: 2,
      'timeout-ms': 20_000,
      'max-retries': 0,
    },
    cache: { mode: 'off', dir: path.join(dir, 'cache') },
    metrics: { 'exact-match': { name: 'accuracy' } },
    report: { 'out-dir': path.join(dir, 'out') },
    regression: { 'baseline-dir': path.join(dir, 'baselines') },
    gates: ALL_PAYLOADS.slice(0, 12).map((payload, index) => ({
      name: payload,
      metric: 'accuracy',
      op: '>=',
      threshold: 0.99,
      severity: index % 2 === 0 ? 'blocking' : 'warning',
    })),
  };
  const file = path.join(dir, 'evalgate.json');
  await writeFile(file, JSON.stringify(config, null, 2));
  return file;
}

function unsafeLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((line) => [
      runnerCommandIn(line),
      terminalControlIn(line) && `${terminalControlIn(line)} in ${line.slice(0, 120)}`,
    ])
    .filter((problem): problem is string => problem !== undefined);
}

describe('a run on hostile data', () => {
  it('the CLI prints no line a runner would run and no terminal control (stdout and stderr)', async () => {
    process.env.OPENAI_API_KEY = 'sk-test';
    const code = await main(['run', '--config', await hostileWorkspace()]);
    expect(code).toBe(1);
    expect(unsafeLines(written)).toEqual([]);
    // The data did reach the output (flattened), the endpoint's message included.
    expect(written).toContain('FORGED');
    expect(written).toMatch(/error: HTTP 503 a ⏎ ::error::FORGED/);
  }, 60_000);

  it('the action logs no line a runner would run, and its job summary is clean', async () => {
    const config = await hostileWorkspace();
    const summary = path.join(dir, 'summary.md');
    const output = path.join(dir, 'output');
    await writeFile(summary, '');
    await writeFile(output, '');
    for (const name of Object.keys(process.env))
      if (name.startsWith('GITHUB_') || name.startsWith('INPUT_') || name.startsWith('ACTIONS_'))
        delete process.env[name];
    Object.assign(process.env, {
      INPUT_CONFIG: config,
      'INPUT_API-KEY': 'sk-test',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
    });
    const result = await runAction(core);
    expect(result).toEqual({ decision: 'block', failed: true });
    expect(unsafeLines(written)).toEqual([]);
    expect(written).toContain('FORGED');
    expect(written).toMatch(/error: HTTP 503 a ⏎ ::error::FORGED/);
    const markdown = await readFile(summary, 'utf8');
    expect(markdown).toContain('FORGED');
    expect(markdownProblems(markdown)).toEqual([]);
  }, 60_000);
});
