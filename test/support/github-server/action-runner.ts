// Runs the bundled action (dist/index.js) as a child process with the environment a runner gives a
// JavaScript action, pointed at the fake GitHub, and collects its outputs, job summary and log.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeGitHub } from './index.js';
import type { WorkflowRun } from './state.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');

export interface ActionResult {
  exitCode: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  run: WorkflowRun;
}

export interface RunActionOptions {
  workspace: string;
  run: WorkflowRun;
  runtimeToken: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs: Record<string, string>;
  /** GITHUB_REF, e.g. refs/heads/main or refs/pull/3/merge. */
  ref: string;
  /** GITHUB_SHA (for a pull request: the merge commit, which evalgate must not report on). */
  sha: string;
  workflowFile?: string;
  /** GITHUB_RUN_ATTEMPT: 2 and more for "Re-run jobs". */
  runAttempt?: number;
  /** More runner variables (e.g. ACTIONS_CACHE_SERVICE_V2 for the cache service). */
  env?: Record<string, string>;
}

/** Builds dist/ when it is missing (CI builds before testing); warns when it is older than src/. */
export async function ensureBundle(): Promise<void> {
  if (existsSync(BUNDLE)) {
    const newest = await newestMtime(path.join(REPO_ROOT, 'src'));
    if (newest > statSync(BUNDLE).mtimeMs) {
      process.stderr.write(
        'warning: dist/index.js is older than src/: these tests run the bundle; run `npm run build`.\n',
      );
    }
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (${code})`)),
    );
  });
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** A fresh workspace holding a copy of the Task API example (config, benchmark, responses). */
export async function taskApiWorkspace(extraConfig = ''): Promise<string> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'evalgate-ws-'));
  const example = path.join(REPO_ROOT, 'examples', 'task-api');
  await mkdir(path.join(workspace, 'evals'), { recursive: true });
  await cp(example, path.join(workspace, 'evals'), { recursive: true });
  if (extraConfig) {
    const config = path.join(workspace, 'evals', 'evalgate.yml');
    await writeFile(config, `${await readFile(config, 'utf8')}\n${extraConfig}\n`);
  }
  return workspace;
}

export async function runBundledAction(fake: FakeGitHub, options: RunActionOptions): Promise<ActionResult> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'evalgate-runner-'));
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary.md'),
    event: path.join(temp, 'event.json'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.payload));
  const workflowFile = options.workflowFile ?? options.run.workflowFile;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: fake.state.fullName,
    GITHUB_REPOSITORY_OWNER: fake.state.owner,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_RUN_ID: String(options.run.id),
    GITHUB_RUN_NUMBER: String(options.run.runNumber),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_REF_NAME: options.ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_WORKFLOW: options.run.name,
    GITHUB_WORKFLOW_REF: `${fake.state.fullName}/.github/workflows/${workflowFile}@refs/heads/${fake.state.defaultBranch}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_GRAPHQL_URL: `${fake.apiUrl}/graphql`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RETENTION_DAYS: '90',
    ACTIONS_RUNTIME_TOKEN: options.runtimeToken,
    ACTIONS_RESULTS_URL: `${fake.origin}/`,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  // spawn, not spawnSync: the fake serves from this process's event loop.
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    exitCode,
    log,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    run: options.run,
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const value: string[] = [];
    while (++index < lines.length && lines[index] !== match[2]) value.push(lines[index]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}
