// Wall time of a split run: 1 shard against 4 shards running side by side, on a slow local endpoint.
// Started by scripts/shard-bench.mjs (`node scripts/shard-bench.mjs`; not part of `npm test`).
//
// The parent process runs the local OpenAI-compatible endpoint (test/support/openai-server.ts) with a fixed
// latency and bundles the CLI from the current sources. Every shard is a separate `evalgate run --shard i/n`
// process, as a CI matrix job would be, followed by one `evalgate merge`. Wall times include process start-up.
//
// Options: --items=200 --latency=300 --concurrency=4 --shards=4; --no-write leaves BENCHMARKS.md alone
// (otherwise its "## Sharding" section is replaced, or appended when absent; the rest of the file is kept).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import { format } from 'prettier';
import { startOpenAIServer } from '../test/support/openai-server.js';

interface Exit {
  code: number | null;
  stderr: string;
  ms: number;
}

interface Report {
  decision: string;
  items: unknown[];
  metrics: Record<string, { value: number | null }>;
  source: { stats: { requests: number; items: number } };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const given = args.find((arg) => arg.startsWith(`--${name}=`));
  return given ? Number(given.slice(name.length + 3)) : fallback;
};
const ITEMS = option('items', 200);
const LATENCY_MS = option('latency', 300);
const CONCURRENCY = option('concurrency', 4);
const SHARDS = option('shards', 4);
const write = !args.includes('--no-write');

function evalgate(cli: string, argv: string[], cwd: string): Promise<Exit> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...argv], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, OPENAI_API_KEY: 'sk-local-bench' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, ms: performance.now() - started }));
  });
}

function check(exit: Exit, what: string): void {
  if (exit.code !== 0) throw new Error(`${what} exited ${exit.code}:\n${exit.stderr}`);
}

/** Runs the benchmark as `total` shard processes side by side, then the merge. */
async function splitRun(cli: string, dir: string, total: number) {
  const out = path.join(dir, `split-${total}`);
  const started = performance.now();
  const shards = await Promise.all(
    Array.from({ length: total }, (_, index) =>
      evalgate(
        cli,
        [
          'run',
          '-c',
          'evalgate.yml',
          '--shard',
          `${index + 1}/${total}`,
          '--shard-out',
          `${out}/shards`,
          '-q',
        ],
        dir,
      ),
    ),
  );
  const shardsMs = performance.now() - started;
  shards.forEach((shard, index) => check(shard, `shard ${index + 1}/${total}`));
  const merge = await evalgate(
    cli,
    ['merge', '-c', 'evalgate.yml', '--shards', `${out}/shards`, '--out', `${out}/report`, '-q'],
    dir,
  );
  check(merge, `merge of ${total}`);
  const report = JSON.parse(readFileSync(path.join(out, 'report', 'report.json'), 'utf8')) as Report;
  const perShard = Array.from({ length: total }, (_, index) => {
    const file = path.join(out, 'shards', `shard-${index + 1}-of-${total}.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] }).items.length;
  });
  return {
    total,
    shardsMs,
    slowestShardMs: Math.max(...shards.map((shard) => shard.ms)),
    mergeMs: merge.ms,
    wallMs: shardsMs + merge.ms,
    perShard,
    report,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-shard-bench-'));
  const cli = path.join(dir, 'cli.mjs');
  await bundleForNode('src/cli.ts', cli);
  const server = await startOpenAIServer({
    latencyMs: LATENCY_MS,
    record: false,
    handler: (_body, info) => ({ content: info.key.replace('question', 'answer') }),
  });
  try {
    writeFileSync(
      path.join(dir, 'bench.jsonl'),
      Array.from({ length: ITEMS }, (_, index) =>
        JSON.stringify({
          id: `q-${index + 1}`,
          input: `question ${index + 1}`,
          expected_output: `answer ${index + 1}`,
        }),
      ).join('\n'),
    );
    writeFileSync(
      path.join(dir, 'evalgate.yml'),
      [
        'version: 1',
        'name: shard-bench',
        'dataset: { path: bench.jsonl }',
        'model:',
        `  base-url: ${server.url}`,
        '  model: bench-model',
        `  concurrency: ${CONCURRENCY}`,
        '  max-retries: 0',
        'cache: { mode: off }',
        'metrics: { exact-match: { name: accuracy } }',
        'regression: { baseline-dir: baselines }',
        'gates:',
        '  - { name: accuracy, metric: accuracy, op: ">=", threshold: 0.99 }',
      ].join('\n'),
    );
    console.log(
      `sharding benchmark: ${ITEMS} items, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY} per shard, on ${os.cpus().length} CPUs, Node ${process.version}`,
    );
    const one = await splitRun(cli, dir, 1);
    const requestsOne = server.stats.total;
    const many = await splitRun(cli, dir, SHARDS);
    const requestsMany = server.stats.total - requestsOne;
    const peak = server.stats.maxInFlight;
    for (const run of [one, many]) {
      if (run.report.decision !== 'deploy' || run.report.items.length !== ITEMS) {
        throw new Error(`the merged report of ${run.total} shards is wrong: ${run.report.decision}`);
      }
    }
    const floor = (items: number) => (Math.ceil(items / CONCURRENCY) * LATENCY_MS) / 1000;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const rows = [one, many].map((run) => ({
      shards: run.total,
      items: run.perShard.join(' + '),
      shards_wall: seconds(run.shardsMs),
      floor: `${floor(Math.max(...run.perShard)).toFixed(2)} s`,
      merge: seconds(run.mergeMs),
      total: seconds(run.wallMs),
    }));
    console.table(rows);
    const speedup = one.wallMs / many.wallMs;
    console.log(
      `speed-up ${speedup.toFixed(2)}x (shards only ${(one.shardsMs / many.shardsMs).toFixed(2)}x); requests ${requestsOne} and ${requestsMany}; peak in flight ${peak}`,
    );
    if (requestsOne !== ITEMS || requestsMany !== ITEMS)
      throw new Error('each item must be requested exactly once');

    if (write) {
      const lines = [
        '## Sharding',
        '',
        'Written by `node scripts/shard-bench.mjs` (bench/shard-bench.ts). A split run the way a CI matrix runs it:',
        'each shard is a separate `evalgate run --shard i/n` process (the CLI bundled from the sources), all shards',
        'side by side, then one `evalgate merge` process; wall times include process start-up. The endpoint is the',
        `local test server with a fixed latency of ${LATENCY_MS} ms; ${ITEMS} items, concurrency ${CONCURRENCY} per shard, no cache.`,
        `Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
        '',
        '| shards | items per shard | shards wall | floor (largest shard) | merge | total |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map(
          (row) =>
            `| ${row.shards} | ${row.items} | ${row.shards_wall} | ${row.floor} | ${row.merge} | ${row.total} |`,
        ),
        '',
        `- ${SHARDS} shards finish ${speedup.toFixed(2)}x faster end to end (${(one.shardsMs / many.shardsMs).toFixed(2)}x for the shards alone). The`,
        `  floor is ceil(items of the largest shard / concurrency) x latency: the hash split is not perfectly even, so the`,
        `  largest shard sets the pace (here at best ${(floor(ITEMS) / floor(Math.max(...many.perShard))).toFixed(2)}x). The rest is process start-up: ${SHARDS} Node processes`,
        `  starting at once on ${os.cpus().length} CPUs. In a real matrix each shard has its own runner, but pays for the job's own`,
        '  start-up (runner, checkout, action download, artifact upload), which this does not measure: sharding pays off',
        '  when the model calls take minutes, not seconds.',
        `- Each item was requested exactly once in both runs (${ITEMS} requests each); at most ${peak} requests were in flight`,
        `  at once (${SHARDS} x ${CONCURRENCY}). Both merged reports decide DEPLOY over all ${ITEMS} items.`,
        '',
      ].join('\n');
      // Formatted as `prettier --check .` (CI) expects: aligned table columns.
      const section = await format(lines, { parser: 'markdown', printWidth: 110, proseWrap: 'preserve' });
      const file = 'BENCHMARKS.md';
      const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
      const start = current.indexOf('\n## Sharding\n');
      let next: string;
      if (start === -1) next = `${current.trimEnd()}\n\n${section}`;
      else {
        const after = current.indexOf('\n## ', start + 1);
        next = `${current.slice(0, start + 1)}${section}${after === -1 ? '' : current.slice(after)}`;
      }
      writeFileSync(file, next);
      console.log('updated the "Sharding" section of BENCHMARKS.md');
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
