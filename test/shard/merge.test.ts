// Split runs in one process, on answers collected beforehand: the merged report equals the unsharded one,
// and a set of shard files that is not exactly one run of this config is refused with a clear error.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { type ConfigOverrides } from '../../src/config/types.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import type { Report } from '../../src/core/report.js';
import {
  collectShardFiles,
  mergeShards,
  readShardFile,
  runShard,
  configHash as shardConfigHash,
  shardFileName,
  type ShardFile,
} from '../../src/shard/index.js';
import { comparable, taskApi, tempDir, userErrorOf } from './helpers.js';

const quiet = { log: () => {}, env: {} };

async function unsharded(
  configFile: string,
  overrides: ConfigOverrides,
  baselineDir: string,
): Promise<Report> {
  const config = await loadConfig(configFile, overrides);
  return runEvaluation(config, {
    ...quiet,
    baselineStore: createLocalBaselineStore(baselineDir),
    writeBaseline: false,
  });
}

async function shardAll(
  configFile: string,
  overrides: ConfigOverrides,
  total: number,
  dir: string,
): Promise<string[]> {
  const files: string[] = [];
  for (let index = 1; index <= total; index++) {
    const result = await runShard(configFile, overrides, { index, total }, dir, quiet);
    expect(path.basename(result.file)).toBe(shardFileName({ index, total }));
    files.push(result.file);
  }
  return files;
}

async function merged(
  configFile: string,
  overrides: ConfigOverrides,
  files: string[],
  baselineDir: string,
  writeBaseline = false,
): Promise<Report> {
  return mergeShards(configFile, overrides, files, {
    ...quiet,
    baselineStore: createLocalBaselineStore(baselineDir),
    writeBaseline,
  });
}

async function rewrite(file: string, change: (shard: ShardFile) => void): Promise<void> {
  const shard = JSON.parse(await readFile(file, 'utf8')) as ShardFile;
  change(shard);
  await writeFile(file, JSON.stringify(shard));
}

describe('a merged run gives the report of the unsharded run (Task API, precomputed answers)', () => {
  let baselineDir: string;

  beforeAll(async () => {
    // A v1 baseline, so that the v2 runs below are compared (paired test, regression gate).
    baselineDir = path.join(await tempDir(), 'baselines');
    const config = await loadConfig(taskApi.config);
    const first = await runEvaluation(config, {
      ...quiet,
      baselineStore: createLocalBaselineStore(baselineDir),
      writeBaseline: true,
    });
    expect(first.baselineWritten).toBeDefined();
  });

  it.each([1, 2, 4, 7])('with %i shards, on a regressed model compared with the baseline', async (total) => {
    const overrides = { responses: taskApi.v2 };
    const dir = await tempDir();
    const files = await shardAll(taskApi.config, overrides, total, dir);
    const whole = await unsharded(taskApi.config, overrides, baselineDir);
    const split = await merged(taskApi.config, overrides, files, baselineDir);
    expect(whole.decision).toBe('block');
    expect(whole.comparison.status).toBe('compared');
    expect(whole.items.some((item) => item.error)).toBe(true);
    expect(comparable(split)).toEqual(comparable(whole));
  });

  it('records answers, errors and stats in the shard file, and sums the stats in the merge', async () => {
    const dir = await tempDir();
    const files = await shardAll(taskApi.config, { responses: taskApi.v2 }, 4, dir);
    const shards = await Promise.all(files.map(readShardFile));
    expect(shards.map((shard) => shard.items.length).reduce((a, b) => a + b)).toBe(300);
    for (const shard of shards) {
      expect(shard.source.stats.items).toBe(shard.items.length);
      expect(shard.dataset.items).toBe(300);
      expect(shard.configHash).toMatch(/^[0-9a-f]{64}$/);
    }
    const errors = shards.flatMap((shard) => shard.items.filter((item) => item.response.error));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.response).toMatchObject({
      output: null,
      error: { stage: 'model', kind: 'missing_response' },
    });
    const report = await merged(taskApi.config, { responses: taskApi.v2 }, files, baselineDir);
    expect(report.source.stats.items).toBe(300);
    expect(report.source.stats.errors).toBe(errors.length);
  });

  it('reports unmatched and duplicate answers of the responses file as the unsharded run does', async () => {
    const dir = await tempDir();
    const lines = (await readFile(taskApi.v1, 'utf8')).trim().split('\n');
    const extra = [
      lines[5]!.replace(/"response":"/, '"response":"changed '), // a duplicate of an answered id, different
      lines[9]!, // a duplicate, identical
      '{"id":"nobody-asked","response":"{}"}',
      '{"id":"nor-this","response":"{}"}',
    ];
    const responses = path.join(dir, 'responses.jsonl');
    await writeFile(responses, [...lines, ...extra].join('\n'));
    const config = path.join(dir, 'evalgate.yml');
    await writeFile(
      config,
      (await readFile(taskApi.config, 'utf8'))
        .replace('path: benchmark.json', `path: ${taskApi.benchmark}`)
        .replace('path: responses/model-v1.jsonl', `path: responses.jsonl\n  on-duplicate: first`),
    );
    const files = await shardAll(config, {}, 3, path.join(dir, 'shards'));
    const whole = await unsharded(config, {}, path.join(dir, 'none'));
    const split = await merged(config, {}, files, path.join(dir, 'none'));
    expect(whole.source.unmatchedResponseIds).toEqual(['nobody-asked', 'nor-this']);
    expect(whole.source.droppedDuplicates).toHaveLength(2);
    expect(comparable(split)).toEqual(comparable(whole));
  });

  it('splits a dataset smaller than the number of shards (empty shards are files too)', async () => {
    const dir = await tempDir();
    const benchmark = JSON.parse(await readFile(taskApi.benchmark, 'utf8')) as unknown[];
    await writeFile(path.join(dir, 'small.json'), JSON.stringify(benchmark.slice(0, 3)));
    const overrides = { dataset: path.join(dir, 'small.json') };
    const files = await shardAll(taskApi.config, overrides, 6, path.join(dir, 'shards'));
    const shards = await Promise.all(files.map(readShardFile));
    expect(shards.some((shard) => shard.items.length === 0)).toBe(true);
    const whole = await unsharded(taskApi.config, overrides, path.join(dir, 'none'));
    const split = await merged(taskApi.config, overrides, files, path.join(dir, 'none'));
    expect(whole.items).toHaveLength(3);
    expect(comparable(split)).toEqual(comparable(whole));
  });

  it('stores an accepted merged run as the baseline, like an unsharded run', async () => {
    const dir = await tempDir();
    const files = await shardAll(taskApi.config, {}, 2, path.join(dir, 'shards'));
    const store = path.join(dir, 'baselines');
    const report = await merged(taskApi.config, {}, files, store, true);
    expect(report.decision).toBe('deploy');
    expect(report.baselineWritten).toBeDefined();
    const latest = await createLocalBaselineStore(store).latest('task-api');
    expect(latest).not.toBeNull();
  });
});

describe('the merge refuses shard files that are not exactly one run', () => {
  let pristine: string;

  beforeAll(async () => {
    pristine = await tempDir();
    await shardAll(taskApi.config, {}, 4, pristine);
  });

  /** A fresh copy of the four good shard files. */
  async function copy(): Promise<{ dir: string; file: (index: number) => string }> {
    const dir = await tempDir();
    await cp(pristine, dir, { recursive: true });
    return { dir, file: (index) => path.join(dir, shardFileName({ index, total: 4 })) };
  }

  async function mergeError(dir: string | string[], overrides: ConfigOverrides = {}): Promise<string> {
    return userErrorOf(async () =>
      merged(
        taskApi.config,
        overrides,
        await collectShardFiles(Array.isArray(dir) ? dir : [dir]),
        path.join(await tempDir(), 'b'),
      ),
    );
  }

  it('accepts the four good files (the control)', async () => {
    const { dir } = await copy();
    const report = await merged(taskApi.config, {}, await collectShardFiles([dir]), path.join(dir, 'b'));
    expect(report.items).toHaveLength(300);
  });

  it('a missing shard', async () => {
    const { dir, file } = await copy();
    await rm(file(3));
    const message = await mergeError(dir);
    expect(message).toMatch(/1 of 4 shards is missing: shard-3-of-4\.json/);
    expect(message).toContain('shard-1-of-4.json');
  });

  it('a shard given twice (e.g. a re-run left a second copy)', async () => {
    const { dir, file } = await copy();
    await mkdir(path.join(dir, 'attempt-2'));
    await cp(file(2), path.join(dir, 'attempt-2', shardFileName({ index: 2, total: 4 })));
    const message = await mergeError(dir);
    expect(message).toMatch(/shard-2-of-4\.json: shard 2 of 4 is given twice: here and in /);
    expect(message).toContain(path.join(dir, 'attempt-2', 'shard-2-of-4.json'));
    expect(message).toContain(file(2));
  });

  it('a shard of another config', async () => {
    const dir = await tempDir();
    const other = path.join(dir, 'evalgate.yml');
    await writeFile(
      other,
      (await readFile(taskApi.config, 'utf8'))
        .replace('path: benchmark.json', `path: ${taskApi.benchmark}`)
        .replace('path: responses/model-v1.jsonl', `path: ${taskApi.v1}`)
        .replace('threshold: 0.85', 'threshold: 0.8'),
    );
    const { dir: shards, file } = await copy();
    await runShard(other, {}, { index: 4, total: 4 }, shards, quiet);
    const message = await mergeError(shards);
    expect(message).toContain(`${file(4)}: shard 4 of 4 was run with another config`);
    expect(message).not.toMatch(/shard-[123]-of-4\.json: shard \d of 4 was run with another config/);
  });

  it('shards of other overrides (another responses file is another config)', async () => {
    const { dir } = await copy();
    expect(await mergeError(dir, { responses: taskApi.v2 })).toMatch(/was run with another config/);
  });

  it('a shard of another dataset file content', async () => {
    const dir = await tempDir();
    const dataset = path.join(dir, 'benchmark.json');
    await cp(taskApi.benchmark, dataset);
    const shards = path.join(dir, 'shards');
    await shardAll(taskApi.config, { dataset }, 2, shards);
    const items = JSON.parse(await readFile(dataset, 'utf8')) as { input: string }[];
    items[0]!.input = `${items[0]!.input} (edited)`;
    await writeFile(dataset, JSON.stringify(items));
    const message = await userErrorOf(async () =>
      merged(taskApi.config, { dataset }, await collectShardFiles([shards]), path.join(dir, 'b')),
    );
    expect(message).toMatch(/shard-1-of-2\.json: shard 1 of 2 was run on another dataset/);
    expect(message).toMatch(/shard-2-of-2\.json: shard 2 of 2 was run on another dataset/);
  });

  it('files of two different splits', async () => {
    const { dir } = await copy();
    await runShard(taskApi.config, {}, { index: 1, total: 3 }, dir, quiet);
    expect(await mergeError(dir)).toMatch(
      /shard-4-of-4\.json: shard 4 of 4 belongs to a split into 4 shards, but .*shard-1-of-3\.json to a split into 3/,
    );
  });

  it('an item in the wrong shard', async () => {
    const { dir, file } = await copy();
    let moved: ShardFile['items'][number] | undefined;
    await rewrite(file(1), (shard) => {
      moved = shard.items.pop();
    });
    await rewrite(file(2), (shard) => shard.items.push(moved!));
    const message = await mergeError(dir);
    expect(message).toContain(
      `${file(2)}: shard 2 of 4 holds 1 item that belongs to another shard: ${moved!.id} (shard 1)`,
    );
    expect(message).toMatch(
      new RegExp(`shard-1-of-4\\.json: shard 1 of 4 lacks 1 of its \\d+ items: ${moved!.id}`),
    );
  });

  it('an item answered twice, and an id the dataset does not have', async () => {
    const { dir, file } = await copy();
    await rewrite(file(3), (shard) => {
      shard.items.push(shard.items[0]!);
      shard.items.push({ id: 'ta-999', response: { output: '{}' } });
    });
    const message = await mergeError(dir);
    expect(message).toMatch(/shard 3 of 4 answers 1 item twice/);
    expect(message).toMatch(/shard 3 of 4 answers 1 id the dataset does not have: ta-999/);
  });

  it('a shard file from another evalgate version, a damaged file, and a file of another kind', async () => {
    const { dir, file } = await copy();
    await rewrite(file(1), (shard) => {
      shard.evalgateVersion = '0.0.1-other';
    });
    expect(await mergeError(dir)).toMatch(/shard 1 of 4 was written by evalgate 0\.0\.1-other/);

    const second = await copy();
    await writeFile(second.file(2), (await readFile(second.file(2), 'utf8')).slice(0, 100));
    expect(await mergeError(second.dir)).toMatch(/shard-2-of-4\.json: the shard file is not valid JSON/);

    const third = await copy();
    await rewrite(third.file(3), (shard) => {
      (shard.items[0]!.response as unknown as { output: number }).output = 42;
    });
    expect(await mergeError(third.dir)).toMatch(
      /shard-3-of-4\.json: the shard file does not match its schema: \/items\/0\/response\/output must be string,null/,
    );

    const report = path.join(third.dir, 'report.json');
    await writeFile(report, '{"schemaVersion": 1}');
    expect(await mergeError([report])).toMatch(/report\.json: this is not an evalgate shard file/);
  });

  it('no shard files at all', async () => {
    const dir = await tempDir();
    expect(await userErrorOf(() => collectShardFiles([dir]))).toMatch(/there are no shard files/);
    expect(await userErrorOf(() => collectShardFiles([path.join(dir, 'nope')]))).toMatch(
      /cannot read the shards \(ENOENT\)/,
    );
    expect(await userErrorOf(() => merged(taskApi.config, {}, [], dir))).toMatch(/no shard files to merge/);
  });
});

describe('shardConfigHash', () => {
  it('ignores where this machine writes (--out, --baseline, folders), not what shapes the answers', async () => {
    const plain = shardConfigHash(await loadConfig(taskApi.config));
    const elsewhere = await loadConfig(taskApi.config, { outDir: '/tmp/x', baseline: '/tmp/b.json' });
    expect(shardConfigHash({ ...elsewhere, cache: { ...elsewhere.cache, dir: '/var/cache' } })).toBe(plain);
    expect(shardConfigHash(await loadConfig(taskApi.config, { responses: taskApi.v2 }))).not.toBe(plain);
    expect(shardConfigHash(await loadConfig(taskApi.config, { dataset: taskApi.scenarios }))).not.toBe(plain);
    const config = await loadConfig(taskApi.config);
    expect(shardConfigHash({ ...config, gates: config.gates.slice(1) })).not.toBe(plain);
  });
});
