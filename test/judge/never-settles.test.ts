// Issue 10 #1: when the pipeline never settles (a promise nothing will ever resolve, so the event loop empties
// while the run is still pending), the CLI and the action must end with exit 2 and say so, never exit 0 without
// a report. Both entries are bundled from the current sources, the way scripts/build.mjs does, with the judge
// budget replaced by one whose reservations never come (fixtures/stuck-budget.ts), and run as child processes
// on the judge example against a local judge endpoint.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { score } from './helpers.js';

const STUCK_BUDGET = path.resolve('test/judge/fixtures/stuck-budget.ts');
const JUDGE_SOURCES = `${path.sep}src${path.sep}judge${path.sep}`;

const stuckBudget: Plugin = {
  name: 'stuck-budget',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\/budget\.js$/ }, (args) =>
      args.importer.includes(JUDGE_SOURCES) ? { path: STUCK_BUDGET } : undefined,
    );
  },
};

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    logLevel: 'warning',
    plugins: [stuckBudget],
    banner: {
      js: "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);",
    },
  });
}

interface Exit {
  code: number | null;
  output: string;
}

function runNode(script: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

let dir: string;
let server: OpenAIServer;
let config: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'evalgate-never-settles-'));
  await Promise.all([
    bundle('src/cli.ts', path.join(dir, 'cli.mjs')),
    bundle('src/main.ts', path.join(dir, 'action.mjs')),
  ]);
  server = await startOpenAIServer({ handler: () => score(4) });
  await cp('examples/task-api', path.join(dir, 'task-api'), { recursive: true });
  config = path.join(dir, 'task-api', 'evalgate-judge.yml');
  const text = await readFile(config, 'utf8');
  await writeFile(config, text.replace('http://127.0.0.1:8089/v1', server.url));
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('a run that never settles', () => {
  it('the CLI exits 2 with an error, not 0 without a report', async () => {
    const result = await runNode(
      path.join(dir, 'cli.mjs'),
      ['run', '--config', config, '--out', path.join(dir, 'cli-out'), '--no-update-baseline'],
      dir,
      {},
    );
    expect(result.output).toMatch(/judge: 30 of 300 items sampled/); // it got as far as the judge
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/evalgate: error: the run stopped before it finished/);
    expect(server.stats.total).toBe(0);
  }, 60_000);

  it('the action exits 2 with an ::error:: line, not 0', async () => {
    const summary = path.join(dir, 'summary.md');
    const outputs = path.join(dir, 'outputs');
    await writeFile(summary, '');
    await writeFile(outputs, '');
    const result = await runNode(path.join(dir, 'action.mjs'), [], dir, {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      INPUT_CONFIG: config,
      'INPUT_OUT-DIR': path.join(dir, 'action-out'),
      'INPUT_UPDATE-BASELINE': 'never',
    });
    expect(result.output).toMatch(/judge: 30 of 300 items sampled/);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/^::error::evalgate: the run stopped before it finished/m);
  }, 60_000);
});
