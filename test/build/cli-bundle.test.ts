// The CLI bundle loads only what a command needs: `--version` and `--help` run the entry file alone, and the
// heavy libraries (the openai SDK, ajv, yaml, jstat, @actions/*) sit in chunks that the entry imports only
// dynamically. Built into a temporary folder with the same function as `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundleCli } from '../../scripts/bundle.mjs';
import { skippedJudge } from '../../src/judge/index.js';
import { noJudge } from '../../src/pipeline/judge.js';

let outdir: string;
let metafile: Awaited<ReturnType<typeof bundleCli>>;

beforeAll(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), 'evalgate-cli-bundle-'));
  metafile = await bundleCli('src/cli.ts', outdir);
});

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

/** The output files a process evaluates before the entry's first line runs: the entry and its static imports. */
function loadedUpFront(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen];
}

/** What a source file's bundled form imports from ajv (or ajv-formats); throws when it is not in the bundle. */
function ajvImportsOf(source: string): string[] {
  const input = Object.entries(metafile.inputs).find(([file]) => file.endsWith(source));
  if (!input) throw new Error(`${source} is not in the bundle`);
  return input[1].imports.map((imported) => imported.path).filter((p) => p.includes('node_modules/ajv'));
}

function entryOutput(): string {
  const entry = Object.keys(metafile.outputs).find(
    (file) => metafile.outputs[file]!.entryPoint === 'src/cli.ts',
  );
  if (!entry) throw new Error('no output for src/cli.ts');
  return entry;
}

describe('the CLI bundle (split into lazily loaded chunks)', () => {
  it('writes the entry as cli.js, executable with a shebang', async () => {
    expect(path.basename(entryOutput())).toBe('cli.js');
    const text = await readFile(path.join(outdir, 'cli.js'), 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('loads no library up front: the heavy code is imported only when a command runs', () => {
    const upFront = loadedUpFront(entryOutput());
    const inputs = upFront.flatMap((file) => Object.keys(metafile.outputs[file]!.inputs));
    expect(inputs.filter((input) => input.includes('node_modules/'))).toEqual([]);
    expect(
      inputs.filter((input) => /^src\/(pipeline|config|judge|model|shard|scorers|stats)\//.test(input)),
    ).toEqual([]);
    const bytes = upFront.reduce((sum, file) => sum + metafile.outputs[file]!.bytes, 0);
    expect(bytes).toBeLessThan(40_000);
  });

  it('still holds the libraries in chunks loaded on demand', () => {
    const all = Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs));
    for (const library of ['node_modules/openai/', 'node_modules/ajv/', 'node_modules/yaml/']) {
      expect(all.some((input) => input.includes(library))).toBe(true);
    }
  });

  it('loads neither the openai SDK nor @actions/* for a run on precomputed answers', () => {
    const commands = Object.keys(metafile.outputs).find((file) => /cli-chunks\/commands-/.test(file));
    expect(commands).toBeDefined();
    const inputs = loadedUpFront(commands!).flatMap((file) => Object.keys(metafile.outputs[file]!.inputs));
    expect(inputs.filter((input) => /node_modules\/(openai|@actions)\//.test(input))).toEqual([]);
    // The judge stage is loaded only for a judge; without one the pipeline answers as the stage would.
    expect(noJudge()).toEqual(skippedJudge('no judge configured'));
    const skipped = noJudge();
    expect(skipped.advice.inconclusiveMetrics).toBe(skipped.inconclusiveMetrics);
  });

  it('answers --version and --help from the built files', () => {
    const cli = path.join(outdir, 'cli.js');
    const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('evalgate run --config FILE');
  });

  it('runs a command whose code sits in the lazy chunks', () => {
    const cli = path.join(outdir, 'cli.js');
    const result = spawnSync(
      process.execPath,
      [cli, 'validate', '--config', 'examples/task-api/evalgate.yml'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('carries the config validator compiled at build time, with the same messages as the sources', async () => {
    // Standalone code needs only ajv's small runtime helpers, not its compiler.
    const fromAjv = ajvImportsOf('src/config/config-validator.ts');
    expect(fromAjv.filter((p) => !p.includes('node_modules/ajv/dist/runtime/'))).toEqual([]);

    const config = path.join(outdir, 'bad.yml');
    await writeFile(
      config,
      [
        'version: 1',
        'dataset:',
        '  path: data.jsonl',
        '  formt: jsonl',
        'metrics:',
        '  exact-match: 3',
        'gates:',
        '  - metric: accuracy',
      ].join('\n'),
    );
    const bundled = spawnSync(
      process.execPath,
      [path.join(outdir, 'cli.js'), 'validate', '--config', config],
      {
        encoding: 'utf8',
      },
    );
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    const code = await main(['validate', '--config', config]);
    vi.restoreAllMocks();
    expect(stderr).toContain('formt');
    expect(stderr).toContain('exact-match');
    expect(bundled.status).toBe(code);
    expect(bundled.stderr).toBe(stderr);
  });

  it("carries the json metric's Task API validator compiled at build time, with the same notes as the sources", async () => {
    expect(ajvImportsOf('src/scorers/task-api-validator.ts')).toEqual([]);

    const dir = await mkdtemp(path.join(outdir, 'task-api-'));
    const outputs = ['{"action": "create_task"}', '[1, 2]', '{"task_id": 3}', '{"action": 7}', 'not JSON'];
    await writeFile(
      path.join(dir, 'data.jsonl'),
      outputs.map((_, index) => JSON.stringify({ id: `i${index}`, input: `q${index}` })).join('\n'),
    );
    await writeFile(
      path.join(dir, 'answers.jsonl'),
      outputs.map((output, index) => JSON.stringify({ id: `i${index}`, response: output })).join('\n'),
    );
    const config = path.join(dir, 'evalgate.yml');
    await writeFile(
      config,
      [
        'version: 1',
        'name: t',
        'dataset: { path: data.jsonl }',
        'responses: { path: answers.jsonl }',
        'metrics:',
        '  json: true',
      ].join('\n'),
    );
    const notesOf = async (out: string) => {
      const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as {
        items: { id: string; scores: Record<string, unknown>; notes?: Record<string, string> }[];
      };
      return report.items.map(({ id, scores, notes }) => ({ id, schema: scores.schema_valid, notes }));
    };
    const bundledOut = path.join(dir, 'bundled');
    const bundled = spawnSync(
      process.execPath,
      [
        path.join(outdir, 'cli.js'),
        'run',
        '--config',
        config,
        '--quiet',
        '--no-update-baseline',
        '--out',
        bundledOut,
      ],
      { encoding: 'utf8' },
    );
    expect(bundled.stderr).toBe('');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const sourceOut = path.join(dir, 'sources');
    await main(['run', '--config', config, '--quiet', '--no-update-baseline', '--out', sourceOut]);
    vi.restoreAllMocks();
    const fromSources = await notesOf(sourceOut);
    expect(await notesOf(bundledOut)).toEqual(fromSources);
    expect(fromSources.map((item) => item.schema)).toEqual([1, 0, 0, 0, 0]);
    expect(fromSources[2]?.notes?.schema_valid).toContain("must have required property 'action'");
    expect(fromSources[3]?.notes?.schema_valid).toContain('must be string');
  });
});
