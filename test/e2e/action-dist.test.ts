import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve('.');
const bundle = path.join(root, 'dist', 'index.js');

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the bundled action the way the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
async function runBundledAction(inputs: Record<string, string>, workdir?: string): Promise<ActionRun> {
  const dir = workdir ?? (await mkdtemp(path.join(tmpdir(), 'evalgate-action-')));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  await writeFile(outputFile, '');
  const child = spawn(process.execPath, [bundle], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

/** Reads the `name<<delimiter ... delimiter` records @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const body: string[] = [];
    while (++index < lines.length && lines[index] !== match[2]) body.push(lines[index]!);
    outputs[match[1]!] = body.join('\n');
  }
  return outputs;
}

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run build` first.');
});

describe('the bundled action (dist/index.js)', () => {
  it('deploys model v1: outputs, job summary and exit code 0', async () => {
    const run = await runBundledAction({
      config: path.join(root, 'examples/task-api/evalgate.yml'),
      'out-dir': 'report',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.decision).toBe('deploy');
    expect(run.outputs['report-path']).toMatch(/report[\\/]report\.json$/);
    const metrics = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    expect(metrics.accuracy).toBeGreaterThan(0.9);
    expect(run.summary).toContain('✅ DEPLOY');
    // A first run has no baseline: its regression gate warns (require-baseline: auto), it does not pass.
    expect(run.stdout).toMatch(/DEPLOY: 4 of 5 gates passed, 1 warning \(no regression\)/);
  });

  it('blocks model v2: exit code 1, decision block, the failed gates in the summary', async () => {
    const run = await runBundledAction({
      config: path.join(root, 'examples/task-api/evalgate.yml'),
      responses: path.join(root, 'examples/task-api/responses/model-v2.jsonl'),
    });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('block');
    expect(run.summary).toContain('❌ BLOCK');
    expect(run.summary).toMatch(/### ❌ format \(blocks\)/);
    expect(run.stdout).toMatch(/::error::BLOCK: \d blocking gates? failed/);
  });

  it('reports a config error as decision error with the file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-bad-'));
    const config = path.join(dir, 'evalgate.yml');
    await writeFile(config, 'version: 1\ndataset:\n  path: missing.json\n  colour: red\n');
    const run = await runBundledAction({ config });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(run.stdout).toContain(`${config}:4: dataset.colour: unknown key "colour"`);
    expect(run.summary).toContain('ERROR');
  });

  it('splits the benchmark across shard jobs and merges them into the same verdict', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-shards-'));
    const config = path.join(root, 'examples/task-api/evalgate.yml');
    const responses = path.join(root, 'examples/task-api/responses/model-v2.jsonl');
    for (const shard of ['1/2', '2/2']) {
      const run = await runBundledAction({ config, responses, shard, 'out-dir': 'shards' }, dir);
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['shard-file']).toMatch(/shard-\d-of-2\.json$/);
      expect(run.outputs.decision).toBe('');
    }
    const merged = await runBundledAction({ config, responses, merge: 'shards', 'out-dir': 'merged' }, dir);
    const whole = await runBundledAction({ config, responses, 'out-dir': 'whole' });
    expect(merged.code).toBe(1);
    expect(merged.outputs.decision).toBe('block');
    expect(merged.outputs.metrics).toBe(whole.outputs.metrics);
  });
});
