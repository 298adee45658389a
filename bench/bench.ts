// The benchmark behind `npm run bench` (bundled and started by scripts/bench.mjs; not part of `npm test`).
//
// It measures what a user waits for: whole `evalgate` processes (the bundled CLI, `node cli.js ...`), timed
// from spawn to exit, with their peak RSS and CPU time from GNU time. The parent process runs the local
// OpenAI-compatible endpoint (test/support/openai-server.ts).
//
//   (0) start-up: `--version`, `--help`, the README's example, against bare Node.
//   (1) 1,000 items at 200 ms latency, concurrency 16 and 64: wall / (N * L / c), peak RSS; promptfoo on the
//       same endpoint and items when it is installed (or given with --promptfoo="npx -y promptfoo@0.123.1").
//   (1b) the client alone, in-process (no start-up, no network): CPU per item against the bare SDK.
//   (1c) 5,000 items at 1 ms latency, concurrency 64: requests in flight on average, CPU per item.
//   (2) a rate-limited endpoint (20 requests/s, 429 with retry-after beyond): wall / (N / rate), items lost,
//       share of requests answered 429.
//   (3) 100,000 precomputed items scored end to end, and 10,000 for the growth ratio.
//   (4) a warm-cache rerun: endpoint calls made.
//
// Results go to stdout and, with the machine's description, to BENCHMARKS.md (unless --no-write).
// Options: --only=0,1,4 to run some parts; --quick for a smaller, faster run (not written to BENCHMARKS.md);
// --promptfoo=CMD to run promptfoo with that command.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelConfig } from '../src/core/config.js';
import type { DatasetItem } from '../src/core/types.js';
import OpenAI from 'openai';
import { createOpenAISource } from '../src/model/openai-source.js';
import { createLocalResponseCache } from '../src/model/response-cache.js';
import { startOpenAIServer, type OpenAIServer } from '../test/support/openai-server.js';
import type { Report } from '../src/core/report.js';
import { findPromptfoo, runProcess, type ProcessResult } from './processes.js';

interface ChildTask {
  url: string;
  items: number;
  concurrency: number;
  cacheDir?: string;
  cacheMode?: 'read-write' | 'read-only' | 'off';
  maxRetries?: number;
  /** Answer in-process at once instead of over HTTP (measures the client alone: SDK + evalgate). */
  instant?: boolean;
  /** With `instant`: drive the bare SDK (no evalgate) with the same concurrency, as the reference. */
  bareSdk?: boolean;
}

interface ChildResult {
  items: number;
  errors: number;
  lostItems: number;
  duplicateItems: number;
  wallMs: number;
  requests: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
  cacheHits: number;
  peakInFlight: number;
  lowestConcurrency: number;
  maxRssMb: number;
  cpuMs: number;
  cpuUsPerItem: number;
  /** CPU per item over the last 80% of the items (warm code). */
  warmCpuUsPerItem: number;
  startupMs: number;
  heapAfterGcMb: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Child: one scenario, one process.

/** The reference for evalgate's own overhead: the bare SDK, `concurrency` calls at a time, nothing else. */
async function bareSdkChild(task: ChildTask): Promise<void> {
  const client = new OpenAI({
    baseURL: task.url,
    apiKey: 'not-needed',
    maxRetries: 0,
    timeout: 30_000,
    fetch: instantFetch,
  });
  let next = 0;
  let done = 0;
  let cpuWarm: NodeJS.CpuUsage | undefined;
  const warmFrom = Math.floor(task.items * 0.2);
  const started = performance.now();
  const worker = async () => {
    while (next < task.items) {
      const index = next++;
      await client.chat.completions.create({
        model: 'bench-model',
        messages: [{ role: 'user', content: `question ${index}` }],
        temperature: 0,
        max_tokens: 64,
      });
      if (++done === warmFrom) cpuWarm = process.cpuUsage();
    }
  };
  await Promise.all(Array.from({ length: task.concurrency }, worker));
  const cpu = process.cpuUsage(cpuWarm);
  const result: Partial<ChildResult> = {
    items: done,
    wallMs: performance.now() - started,
    warmCpuUsPerItem: (cpu.user + cpu.system) / Math.max(1, task.items - warmFrom),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

async function child(task: ChildTask): Promise<void> {
  if (task.bareSdk) return bareSdkChild(task);
  const startupMs = performance.now();
  const config: ModelConfig = {
    baseUrl: task.url,
    model: 'bench-model',
    apiKeyEnv: 'OPENAI_API_KEY',
    temperature: 0,
    maxTokens: 64,
    timeoutMs: 30_000,
    maxRetries: task.maxRetries ?? 6,
    concurrency: task.concurrency,
    stripThinking: false,
    stream: false,
  };
  const cache = createLocalResponseCache({
    mode: task.cacheMode ?? 'off',
    dir: task.cacheDir ?? path.join(os.tmpdir(), 'evalgate-bench-unused'),
  });
  const source = createOpenAISource(config, cache, {
    apiKey: undefined,
    ...(task.instant ? { fetch: instantFetch } : {}),
  });
  const seen = new Uint8Array(task.items);
  let duplicates = 0;
  let errors = 0;
  const items = function* (): Generator<DatasetItem> {
    for (let index = 0; index < task.items; index++) {
      yield {
        id: String(index),
        category: 'bench',
        input: `question ${index}`,
        source: { file: 'bench', line: index },
      };
    }
  };
  const list = [...items()];
  const warmFrom = Math.floor(task.items * 0.2);
  let done = 0;
  let cpuWarm: NodeJS.CpuUsage | undefined;
  const cpuBefore = process.cpuUsage();
  const stats = await source.run(list, (item, response) => {
    const index = Number(item.id);
    if (seen[index]) duplicates++;
    seen[index] = 1;
    if (response.error) errors++;
    if (++done === warmFrom) cpuWarm = process.cpuUsage();
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuAfterWarm = cpuWarm ? process.cpuUsage(cpuWarm) : cpu;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await cache.close();
  let lost = 0;
  for (const flag of seen) if (!flag) lost++;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const result: ChildResult = {
    items: stats.items,
    errors,
    lostItems: lost,
    duplicateItems: duplicates,
    wallMs: stats.wallMs,
    requests: stats.requests,
    retries: stats.retries,
    rateLimited: stats.rateLimited,
    timeouts: stats.timeouts,
    cacheHits: stats.cacheHits,
    peakInFlight: source.lastRun?.peakInFlight ?? 0,
    lowestConcurrency: source.lastRun?.lowestConcurrency ?? task.concurrency,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs,
    cpuUsPerItem: (cpuMs * 1000) / Math.max(1, task.items),
    warmCpuUsPerItem: (cpuAfterWarm.user + cpuAfterWarm.system) / Math.max(1, task.items - warmFrom),
    startupMs: Math.round(startupMs),
    heapAfterGcMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

/** A fetch that answers every chat request at once, in-process: what is left is the client's own cost. */
async function instantFetch(_input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const body = JSON.parse(String(init?.body ?? '{}')) as { messages?: { content: string }[] };
  const question = body.messages?.at(-1)?.content ?? '';
  const completion = {
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    created: 0,
    model: 'bench-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: `echo: ${question}`, refusal: null },
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
  };
  return new Response(JSON.stringify(completion), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}

function runChild(task: ChildTask): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', script, 'child', JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((entry) => entry.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`scenario child failed (exit ${code}): ${out.slice(-2000)}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as ChildResult);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Parent: the endpoint, the scenarios, the report.

interface Row {
  part: string;
  scenario: string;
  figures: Record<string, string>;
  target: string;
  pass: boolean | undefined;
}

const rows: Row[] = [];
const notes: string[] = [];

function fmt(value: number, digits = 2): string {
  return value.toFixed(digits);
}

function report(row: Row): void {
  rows.push(row);
  const verdict = row.pass === undefined ? 'info' : row.pass ? 'PASS' : 'FAIL';
  const figures = Object.entries(row.figures)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  console.log(`[${verdict}] (${row.part}) ${row.scenario}: ${figures}  [target: ${row.target}]`);
}

/**
 * Warms the endpoint's own code (the mock server's JIT, not the client under test) with requests that get an
 * immediate answer, then forgets them, so that the first measured requests do not pay for the server's start.
 */
async function warmUp(server: OpenAIServer, options: Parameters<typeof startOpenAIServer>[0]): Promise<void> {
  server.setRateLimit(undefined);
  server.setHandler(() => ({ delayMs: 0 }));
  const agent = new http.Agent({ keepAlive: true });
  const body = JSON.stringify({ model: 'warm-up', messages: [{ role: 'user', content: 'warm-up' }] });
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        `${server.url}/chat/completions`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: 50 }, one));
  agent.destroy();
  server.setHandler(options?.handler ?? (() => undefined));
  server.setRateLimit(options?.rateLimit);
  server.reset();
}

async function withServer<T>(
  options: Parameters<typeof startOpenAIServer>[0],
  work: (server: OpenAIServer) => Promise<T>,
): Promise<T> {
  const server = await startOpenAIServer({ record: false, ...options });
  await warmUp(server, options);
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// ---------------------------------------------------------------------------------------------------------------
// Whole `evalgate` processes (the bundled CLI), timed from spawn to exit.

/** The bundled CLI: scripts/bench.mjs builds the current sources into a temporary folder; else dist/cli.js. */
const CLI = process.env.EVALGATE_BENCH_CLI ?? path.resolve('dist/cli.js');
/** Node's compile cache for the measured processes: one folder for the whole bench, warmed by the first run. */
const compileCache = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-compile-cache-'));

function evalgateEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_COMPILE_CACHE: compileCache, OPENAI_API_KEY: 'not-needed', ...extra };
}

function evalgate(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<ProcessResult> {
  return runProcess(process.execPath, [CLI, ...args], { cwd, env: env ?? evalgateEnv() });
}

function mb(value: number | undefined): string {
  return value === undefined ? 'n/a (no /usr/bin/time)' : `${fmt(value, 1)} MB`;
}

function load(): string {
  return os
    .loadavg()
    .map((value) => fmt(value, 2))
    .join(' / ');
}

/** Part (0): start-up of `--version`, `--help` and the README's example, against bare Node. */
async function benchStartup(quick: boolean): Promise<void> {
  const repeats = quick ? 3 : 7;
  const example = path.resolve('examples/task-api/evalgate.yml');
  const out = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-startup-'));
  try {
    // One run fills the compile cache, as the first run after an install does.
    await evalgate(['run', '--config', example, '--quiet', '--no-update-baseline', '--out', out], out);
    const cases: { name: string; target?: number; run: () => Promise<ProcessResult> }[] = [
      { name: 'bare `node -e 0` (reference)', run: () => runProcess(process.execPath, ['-e', '0']) },
      { name: '`evalgate --version`', target: 300, run: () => evalgate(['--version'], out) },
      { name: '`evalgate --help`', target: 350, run: () => evalgate(['--help'], out) },
      {
        name: "`evalgate run` on the README's Task API example (50 items, precomputed answers)",
        run: () =>
          evalgate(['run', '--config', example, '--quiet', '--no-update-baseline', '--out', out], out),
      },
      {
        name: "the same, with an empty compile cache (a CI runner's first run)",
        run: () => {
          const cold = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-cold-cache-'));
          return evalgate(
            ['run', '--config', example, '--quiet', '--no-update-baseline', '--out', out],
            out,
            evalgateEnv({ NODE_COMPILE_CACHE: cold }),
          ).finally(() => rmSync(cold, { recursive: true, force: true }));
        },
      },
    ];
    for (const entry of cases) {
      const results: ProcessResult[] = [];
      for (let run = 0; run < repeats; run++) results.push(await entry.run());
      const wall = median(results.map((result) => result.wallMs));
      const rss = Math.max(...results.map((result) => result.maxRssMb ?? 0));
      const failed = results.some((result) => result.code !== 0);
      report({
        part: '0',
        scenario: `${entry.name}, whole process (median of ${repeats})`,
        figures: {
          wall: `${fmt(wall / 1000, 3)} s`,
          'all runs': results.map((result) => fmt(result.wallMs / 1000, 2)).join(', '),
          'CPU (user + system)':
            results[0]?.cpuMs === undefined
              ? 'n/a'
              : `${fmt(median(results.map((result) => result.cpuMs ?? 0)) / 1000, 3)} s`,
          'peak RSS': mb(results[0]?.maxRssMb === undefined ? undefined : rss),
          'load average': load(),
        },
        target: entry.target === undefined ? 'reference' : `<= ${fmt(entry.target / 1000)} s`,
        pass: failed ? false : entry.target === undefined ? undefined : wall <= entry.target,
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A live-endpoint fixture: `items` questions, a config calling `url` with `concurrency` requests at once. */
function writeLiveFixture(
  dir: string,
  url: string,
  items: number,
  concurrency: number,
  cache: 'off' | 'read-write' = 'off',
): string {
  const lines: string[] = [];
  for (let index = 0; index < items; index++) {
    lines.push(
      JSON.stringify({
        id: String(index),
        input: `question ${index}`,
        expected_output: `echo: question ${index}`,
      }),
    );
  }
  writeFileSync(path.join(dir, 'bench.jsonl'), `${lines.join('\n')}\n`);
  const config = [
    'version: 1',
    'name: bench',
    'dataset: { path: bench.jsonl }',
    `model: { base-url: '${url}', model: bench-model, concurrency: ${concurrency}, max-tokens: 64, temperature: 0, max-retries: 6 }`,
    `cache: { mode: ${cache}, dir: cache }`,
    'metrics:',
    '  exact-match: true',
  ].join('\n');
  const file = path.join(dir, 'evalgate.yml');
  writeFileSync(file, `${config}\n`);
  return file;
}

interface LiveRun {
  process: ProcessResult;
  report: Report;
  errors: number;
  meanInFlight: number | undefined;
  lowestConcurrency: number | undefined;
}

/** One whole `evalgate run` against the endpoint; the report and the closing lines of the log. */
async function runLive(dir: string, config: string): Promise<LiveRun> {
  const out = path.join(dir, 'report');
  const result = await evalgate(['run', '--config', config, '--no-update-baseline', '--out', out], dir);
  if (result.code !== 0 && result.code !== 1) {
    throw new Error(`evalgate exited ${result.code}: ${result.stderr.slice(-2000)}`);
  }
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
  const mean = /model: \d+ requests, ([\d.]+) in flight on average/.exec(result.stderr)?.[1];
  const lowest = /concurrency went as low as (\d+)/.exec(result.stderr)?.[1];
  return {
    process: result,
    report,
    errors: report.items.filter((item) => item.error !== undefined && item.error !== null).length,
    meanInFlight: mean === undefined ? undefined : Number(mean),
    lowestConcurrency: lowest === undefined ? undefined : Number(lowest),
  };
}

/** promptfoo on the same endpoint and items, whole process; undefined when promptfoo is not installed. */
async function runPromptfoo(
  command: string[],
  dir: string,
  url: string,
  items: number,
  concurrency: number,
): Promise<ProcessResult> {
  const tests = Array.from({ length: items }, (_, index) => `  - vars: { question: 'question ${index}' }`);
  const config = [
    'prompts:',
    "  - '{{question}}'",
    'providers:',
    '  - id: openai:chat:bench-model',
    '    config:',
    `      apiBaseUrl: '${url}'`,
    '      apiKey: not-needed',
    '      temperature: 0',
    '      max_tokens: 64',
    'tests:',
    ...tests,
  ].join('\n');
  const file = path.join(dir, 'promptfooconfig.yaml');
  writeFileSync(file, `${config}\n`);
  const [bin, ...pre] = command as [string, ...string[]];
  return runProcess(
    bin,
    [
      ...pre,
      'eval',
      '-c',
      file,
      '-j',
      String(concurrency),
      '--no-cache',
      '--no-write',
      '--no-table',
      '--no-progress-bar',
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        PROMPTFOO_DISABLE_TELEMETRY: '1',
        PROMPTFOO_DISABLE_UPDATE: '1',
        PROMPTFOO_CONFIG_DIR: path.join(dir, '.promptfoo'),
        OPENAI_API_KEY: 'not-needed',
      },
    },
  );
}

/** Part (1): N items at 200 ms latency, c = 16 and 64, whole process; promptfoo beside it when installed. */
async function benchThroughput(quick: boolean, promptfoo: string[] | undefined): Promise<void> {
  const items = quick ? 300 : 1000;
  const latencyMs = 200;
  const repeats = quick ? 1 : 3;
  for (const concurrency of [16, 64]) {
    const runs: LiveRun[] = [];
    let maxInFlight = 0;
    /** Spawn to the first request, and the last answer to the exit, ms (whole process, per run). */
    const startUps: number[] = [];
    const endings: number[] = [];
    const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-live-'));
    const promptfooRuns: ProcessResult[] = [];
    try {
      await withServer({ latencyMs }, async (server) => {
        const config = writeLiveFixture(dir, server.url, items, concurrency);
        for (let run = 0; run < repeats; run++) {
          server.reset();
          const live = await runLive(dir, config);
          runs.push(live);
          maxInFlight = Math.max(maxInFlight, server.stats.maxInFlight);
          const { firstArrivalAt, lastAnswerAt } = server.stats;
          if (firstArrivalAt !== undefined) startUps.push(firstArrivalAt - live.process.spawnedAt);
          if (lastAnswerAt !== undefined) endings.push(live.process.exitedAt - lastAnswerAt);
        }
        if (promptfoo) {
          for (let run = 0; run < repeats; run++) {
            server.reset();
            promptfooRuns.push(await runPromptfoo(promptfoo, dir, server.url, items, concurrency));
          }
        }
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const limitMs = (items * latencyMs) / concurrency;
    const ratios = runs.map((run) => run.process.wallMs / limitMs);
    const ratio = median(ratios);
    const wall = median(runs.map((run) => run.process.wallMs));
    const modelWall = median(runs.map((run) => run.report.source.stats.wallMs));
    const rss = Math.max(...runs.map((run) => run.process.maxRssMb ?? 0));
    const cpu = median(runs.map((run) => run.process.cpuMs ?? Number.NaN));
    const ok = runs.every((run) => run.errors === 0 && run.report.items.length === items);
    const figures: Record<string, string> = {
      'whole process': `${fmt(wall / 1000)} s`,
      limit: `${fmt(limitMs / 1000)} s`,
      ratio: `${fmt(ratio, 3)}x`,
      'all runs': ratios.map((value) => `${fmt(value, 3)}x`).join(', '),
      'model phase alone': `${fmt(modelWall / 1000)} s (${fmt(modelWall / limitMs, 3)}x)`,
      'spawn to first request': `${fmt(median(startUps), 0)} ms`,
      'last answer to exit': `${fmt(median(endings), 0)} ms`,
      'peak RSS (max of runs)': mb(runs[0]?.process.maxRssMb === undefined ? undefined : rss),
      'max in flight (server)': String(maxInFlight),
      'CPU per item (whole process)': Number.isNaN(cpu) ? 'n/a' : `${fmt((cpu * 1000) / items, 0)} µs`,
      errors: String(runs.reduce((sum, run) => sum + run.errors, 0)),
      'load average': load(),
    };
    if (promptfoo) {
      const pfWall = median(promptfooRuns.map((run) => run.wallMs));
      const failed = promptfooRuns.filter((run) => run.code !== 0 && run.code !== 100).length;
      figures['promptfoo (whole process)'] =
        `${fmt(pfWall / 1000)} s (${fmt(pfWall / limitMs, 3)}x)${failed ? `, ${failed} run(s) failed` : ''}`;
      figures['promptfoo peak RSS'] = mb(promptfooRuns[0]?.maxRssMb);
    } else {
      figures.promptfoo = 'not installed: skipped';
    }
    report({
      part: '1',
      scenario: `${items} items, ${latencyMs} ms latency, concurrency ${concurrency}, cache off${repeats > 1 ? ` (median of ${repeats} runs)` : ''}`,
      figures,
      target: '<= 1.10x whole process, peak RSS < 120 MB',
      pass: ratio <= 1.1 && rss < 120 && ok && maxInFlight === concurrency,
    });
  }
}

/** Part (1c): a fast endpoint (1 ms), c = 64: the client is the bottleneck; does it keep 64 requests out? */
async function benchCpuBound(quick: boolean): Promise<void> {
  const items = quick ? 1000 : 5000;
  const concurrency = 64;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-cpu-'));
  try {
    await withServer({ latencyMs: 1 }, async (server) => {
      const config = writeLiveFixture(dir, server.url, items, concurrency);
      const run = await runLive(dir, config);
      const cpu = run.process.cpuMs;
      report({
        part: '1c',
        scenario: `${items} items, 1 ms latency, concurrency ${concurrency} (the client is the bottleneck)`,
        figures: {
          'in flight on average (client)': run.meanInFlight === undefined ? 'n/a' : fmt(run.meanInFlight, 1),
          'max in flight (server)': String(server.stats.maxInFlight),
          'whole process': `${fmt(run.process.wallMs / 1000)} s`,
          'model phase': `${fmt(run.report.source.stats.wallMs / 1000)} s`,
          'CPU per item (whole process)': cpu === undefined ? 'n/a' : `${fmt((cpu * 1000) / items, 0)} µs`,
          'peak RSS': mb(run.process.maxRssMb),
          errors: String(run.errors),
          'load average': load(),
        },
        target: '>= 60 in flight on average, CPU per item reported',
        pass: (run.meanInFlight ?? 0) >= 60 && run.errors === 0,
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The client alone (in-process instant answers): CPU per item against the `openai` SDK's, and memory as N grows. */
async function benchClientOnly(quick: boolean): Promise<void> {
  const sizes = quick ? [2000, 10_000] : [10_000, 50_000];
  const results: ChildResult[] = [];
  for (const items of sizes) {
    results.push(await runChild({ url: 'http://127.0.0.1:9/v1', items, concurrency: 64, instant: true }));
  }
  const [small, large] = results as [ChildResult, ChildResult];
  const bare = await runChild({
    url: 'http://127.0.0.1:9/v1',
    items: sizes[1]!,
    concurrency: 64,
    instant: true,
    bareSdk: true,
  });
  const overhead = large.warmCpuUsPerItem - bare.warmCpuUsPerItem;
  report({
    part: '1b',
    scenario: `client alone: ${sizes.join(' and ')} items answered in-process at once (evalgate's request path, no network), concurrency 64`,
    figures: {
      'CPU per item (warm)': sizes
        .map((n, i) => `${fmt(results[i]?.warmCpuUsPerItem ?? 0, 0)} µs`)
        .join(' / '),
      'the `openai` SDK alone under the same load': `${fmt(bare.warmCpuUsPerItem, 0)} µs`,
      'evalgate against the SDK alone, per item': `${overhead >= 0 ? '+' : ''}${fmt(overhead, 0)} µs`,
      'items/s': sizes.map((n, i) => fmt((n / (results[i]?.wallMs ?? 1)) * 1000, 0)).join(' / '),
      'peak RSS': `${fmt(small.maxRssMb, 1)} MB / ${fmt(large.maxRssMb, 1)} MB`,
      'live heap after GC': `${fmt(small.heapAfterGcMb, 1)} MB / ${fmt(large.heapAfterGcMb, 1)} MB`,
    },
    target:
      'evalgate CPU overhead per item well under 1 ms; live heap grows by no more than the dataset (< 1 KB per item)',
    pass:
      overhead < 200 &&
      ((large.heapAfterGcMb - small.heapAfterGcMb) * 1024 * 1024) / (sizes[1]! - sizes[0]!) < 1024 &&
      large.errors === 0 &&
      large.lostItems === 0,
  });
  notes.push(
    `Part (1b): the live heap after a full GC grows by ${fmt(
      ((large.heapAfterGcMb - small.heapAfterGcMb) * 1024 * 1024) / (sizes[1]! - sizes[0]!),
      0,
    )} bytes per extra item, which is the dataset's own item objects: nothing is kept per answer. Peak RSS at ` +
      'thousands of requests a second is V8 garbage headroom, not retained data: short-lived objects of ' +
      'node:http and evalgate, which V8 lets pile up in old space before it collects them. A non-streamed request ' +
      "no longer goes through the `openai` SDK's client (src/model/chat-request.ts): that client built about " +
      '20 KB of headers and timers per request.',
  );
}

/** Part (2): a rate-limited endpoint, whole process. */
async function benchRateLimited(quick: boolean): Promise<void> {
  const items = quick ? 200 : 400;
  const rate = 20;
  const latencyMs = 200;
  const variants: { concurrency: number; retryAfter: 'both' | 'seconds' }[] = [
    { concurrency: 16, retryAfter: 'both' },
    { concurrency: 64, retryAfter: 'both' },
    { concurrency: 16, retryAfter: 'seconds' },
  ];
  for (const { concurrency, retryAfter } of variants) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-rate-'));
    try {
      await withServer({ latencyMs, rateLimit: { requestsPerSecond: rate, retryAfter } }, async (server) => {
        const run = await runLive(dir, writeLiveFixture(dir, server.url, items, concurrency));
        const idealMs = (items / rate) * 1000;
        const ratio = run.process.wallMs / idealMs;
        const share = server.stats.rateLimited / Math.max(1, server.stats.total);
        const lost = items - run.report.items.length + run.errors;
        report({
          part: '2',
          scenario: `${items} items, endpoint limited to ${rate} requests/s (token bucket, burst ${rate}; 429 with ${
            retryAfter === 'both' ? '`retry-after-ms` and `retry-after`' : 'whole-second `retry-after` only'
          }), ${latencyMs} ms latency, concurrency ${concurrency}`,
          figures: {
            'whole process': `${fmt(run.process.wallMs / 1000)} s`,
            'N/rate': `${fmt(idealMs / 1000)} s`,
            ratio: `${fmt(ratio, 3)}x`,
            'items lost': String(lost),
            '429 share': `${fmt(share * 100, 1)}% (${server.stats.rateLimited} of ${server.stats.total})`,
            'lowest concurrency': String(run.lowestConcurrency ?? concurrency),
            'peak RSS': mb(run.process.maxRssMb),
          },
          target: '<= 1.15x, no item lost, < 5% 429',
          pass: ratio <= 1.15 && lost === 0 && share < 0.05,
        });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Part (3): N precomputed items scored end to end by one whole `evalgate run` (config, dataset, answers,
 * scorers, per category, gates, the paired comparison with a baseline of the same N stored by an earlier
 * process, report.json, report.md and report.html), for N = 10,000 and 100,000: wall time, peak RSS, growth
 * ratio.
 */
async function benchPipeline(quick: boolean): Promise<void> {
  const small = quick ? 2_000 : 10_000;
  const large = quick ? 20_000 : 100_000;
  const repeats = quick ? 1 : 3;
  const results: PipelineResult[] = [];
  for (const items of [small, large]) results.push(await runPipeline(items, repeats));
  const [a, b] = results as [PipelineResult, PipelineResult];
  const growth = b.wallMs / a.wallMs;
  for (const result of results) {
    report({
      part: '3',
      scenario: `${result.items} precomputed Task API items scored end to end (dataset, answers, 5 scorers, per category, gates, comparison with a ${result.items}-item baseline, report.json, report.md and report.html), whole process${repeats > 1 ? ` (median of ${repeats})` : ''}`,
      figures: {
        'whole process': `${fmt(result.wallMs / 1000)} s`,
        'all runs': result.runs.map((ms) => fmt(ms / 1000)).join(', '),
        'items/s': String(Math.round((result.items / result.wallMs) * 1000)),
        'CPU (user + system)': result.cpuMs === undefined ? 'n/a' : `${fmt(result.cpuMs / 1000)} s`,
        'peak RSS (max of runs)': mb(result.maxRssMb),
        'report.json': `${fmt(result.reportMb, 1)} MB`,
        decision: result.decision,
        'load average': load(),
      },
      target:
        result.items === large
          ? '100,000 items <= 3 s, <= 400 MB peak RSS'
          : 'reference for the growth ratio',
      pass:
        result.items === large && !quick
          ? result.wallMs <= 3_000 && (result.maxRssMb ?? 0) <= 400 && result.decision === 'deploy'
          : undefined,
    });
  }
  report({
    part: '3',
    scenario: `growth from ${small} to ${large} items (${large / small}x the items)`,
    figures: { 'wall time ratio': `${fmt(growth)}x` },
    target: '<= 11x',
    pass: quick ? undefined : growth <= 11,
  });
}

interface PipelineResult {
  items: number;
  wallMs: number;
  runs: number[];
  cpuMs: number | undefined;
  maxRssMb: number | undefined;
  reportMb: number;
  decision: string;
}

async function runPipeline(items: number, repeats: number): Promise<PipelineResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-pipeline-'));
  try {
    const config = writePipelineFixture(dir, items);
    const out = path.join(dir, 'report');
    // The baseline of the same size, stored by an earlier process (not measured).
    const first = await evalgate(['run', '--config', config, '--quiet', '--out', out], dir);
    if (first.code !== 0) throw new Error(`baseline run exited ${first.code}: ${first.stderr.slice(-2000)}`);
    const runs: ProcessResult[] = [];
    for (let run = 0; run < repeats; run++) {
      runs.push(
        await evalgate(['run', '--config', config, '--quiet', '--no-update-baseline', '--out', out], dir),
      );
    }
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
    return {
      items: report.items.length,
      wallMs: median(runs.map((run) => run.wallMs)),
      runs: runs.map((run) => run.wallMs),
      cpuMs: runs[0]?.cpuMs === undefined ? undefined : median(runs.map((run) => run.cpuMs ?? 0)),
      maxRssMb:
        runs[0]?.maxRssMb === undefined ? undefined : Math.max(...runs.map((run) => run.maxRssMb ?? 0)),
      reportMb: statSync(path.join(out, 'report.json')).size / 1024 / 1024,
      decision: report.decision,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Task API-like benchmark of `items` items, with answers (about 90% right) and a config with gates. */
function writePipelineFixture(dir: string, items: number): string {
  const actions = ['create_task', 'list_tasks', 'update_task', 'complete_task', 'delete_task'];
  const dataset: string[] = [];
  const answers: string[] = [];
  for (let i = 0; i < items; i++) {
    const action = actions[i % actions.length]!;
    const expected = JSON.stringify({ action, task_id: i, title: `Task number ${i}` });
    dataset.push(
      JSON.stringify({
        id: `b-${i}`,
        category: action,
        input: `Please ${action.replace('_', ' ')} ${i}`,
        expected_output: expected,
        expected_action: action,
      }),
    );
    const wrong = i % 10 === 3;
    const broken = i % 50 === 7;
    const response = broken
      ? `Sure: ${expected}`
      : wrong
        ? JSON.stringify({ action, task_id: i + 1, title: `Task number ${i}` })
        : expected;
    answers.push(JSON.stringify({ id: `b-${i}`, response }));
  }
  writeFileSync(path.join(dir, 'bench.jsonl'), `${dataset.join('\n')}\n`);
  writeFileSync(path.join(dir, 'answers.jsonl'), `${answers.join('\n')}\n`);
  const config = [
    'version: 1',
    'name: bench',
    'dataset: { path: bench.jsonl }',
    'responses: { path: answers.jsonl }',
    'metrics:',
    '  exact-match: { name: accuracy, json: true }',
    '  json: true',
    '  fields: [{ name: action_accuracy, path: action, expected: expected_action }]',
    'gates:',
    "  - { metric: json_valid_rate, op: '>=', threshold: 0.95 }",
    "  - { metric: accuracy, op: '>=', threshold: 0.85 }",
    '  - { metric: accuracy, type: regression, margin: 0.02 }',
  ].join('\n');
  writeFileSync(path.join(dir, 'evalgate.yml'), `${config}\n`);
  return path.join(dir, 'evalgate.yml');
}

/** Part (4): a warm-cache rerun, whole process: it must not call the endpoint. */
async function benchWarmCache(quick: boolean): Promise<void> {
  const items = quick ? 300 : 1000;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-cache-'));
  try {
    await withServer({ latencyMs: 20 }, async (server) => {
      const config = writeLiveFixture(dir, server.url, items, 64, 'read-write');
      const cold = await runLive(dir, config);
      const coldCalls = server.stats.total;
      const warm = await runLive(dir, config);
      const warmCalls = server.stats.total - coldCalls;
      report({
        part: '4',
        scenario: `warm-cache rerun of ${items} items (cache read-write, local folder), whole process`,
        figures: {
          'cold run calls': String(coldCalls),
          'warm run calls': String(warmCalls),
          'warm cache hits': String(warm.report.source.stats.cacheHits),
          'warm whole process': `${fmt(warm.process.wallMs / 1000)} s`,
          'warm peak RSS': mb(warm.process.maxRssMb),
          'cold whole process': `${fmt(cold.process.wallMs / 1000)} s`,
        },
        target: '0 endpoint calls',
        pass: warmCalls === 0 && warm.report.source.stats.cacheHits === items && warm.errors === 0,
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine(): Record<string, string> {
  const cpus = os.cpus();
  return {
    CPU: cpus[0]?.model.trim() ?? 'unknown',
    cores: String(cpus.length),
    RAM: `${fmt(os.totalmem() / 1024 ** 3, 1)} GiB`,
    OS: `${os.type()} ${os.release()} ${os.arch()}`,
    Node: process.version,
    date: new Date().toISOString(),
    'load average at start (1/5/15 min)': os
      .loadavg()
      .map((value) => fmt(value, 2))
      .join(' / '),
  };
}

function writeMarkdown(file: string, description: Record<string, string>): void {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/bench.ts). Every figure is a whole `evalgate` process, the way a user',
    'waits for it: `node cli.js ...` (the CLI bundled from the sources exactly as `npm run build` bundles it),',
    'timed from spawn to exit, with its peak RSS and CPU time read by GNU time (`/usr/bin/time`). The endpoint',
    "is the local OpenAI-compatible test server (test/support/openai-server.ts) in the parent process. Node's",
    'compile cache is on (a folder of its own, filled by a first run) unless a row says otherwise. Part (1b) alone',
    'is in-process: it isolates the client code.',
    'This machine is shared: the load average is given beside the figures, and they are medians.',
    '',
    '## Machine',
    '',
    ...Object.entries(description).map(([name, value]) => `- ${name}: ${value}`),
    '',
    '## Results',
    '',
    '| part | scenario | figures | target | verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.part} | ${row.scenario} | ${Object.entries(row.figures)
          .map(([name, value]) => `${name}: ${value}`)
          .join(
            '<br>',
          )} | ${row.target} | ${row.pass === undefined ? 'info' : row.pass ? 'pass' : '**FAIL**'} |`,
    ),
    '',
  ];
  if (notes.length > 0) lines.push('## Notes', '', ...notes.map((note) => `- ${note}`), '');
  lines.push(
    '## How to read it',
    '',
    '- (0) Start-up: `--version` and `--help` load only the small entry file (dist/cli.js); a command loads its',
    '  code from dist/cli-chunks/ when it runs. Bare `node -e 0` is the floor.',
    '- (1) N items at latency L with c requests in flight cannot finish before N·L/c; the ratio is the whole',
    '  process (start-up, config, dataset, the model calls, scoring, report) / that limit; the model phase alone',
    '  is `source.stats.wallMs` of report.json. 1,000 / 64 is not a whole number: 16 rounds of 200 ms (1.024x) is',
    '  the floor at concurrency 64. "Spawn to first request" and "last answer to exit" are read off the stand-in',
    '  endpoint (the arrival of its first request, the sending of its last answer) against the spawn and exit of',
    '  the process: what start-up and the closing work (scoring, report) add to the model phase.',
    '  promptfoo runs the same items against the same endpoint when it is installed',
    '  (on PATH or in node_modules) or given: `npm run bench -- --only=1 --promptfoo="npx -y promptfoo@0.123.1"`;',
    '  otherwise the row says "not installed: skipped".',
    '- (1b) The same source with an in-process fetch that answers at once: the CPU the client spends per item',
    "  (evalgate's own request path, src/model/chat-request.ts, with its retries, pool and records), against the",
    "  `openai` SDK's client driven by a plain loop under the same load, and memory as N grows fivefold.",
    '- (1c) At 1 ms latency the client, not the endpoint, sets the pace. "In flight on average" is the',
    '  time-weighted number of requests the client had out (holding one of its c slots), from its log line',
    "  `model: N requests, X in flight on average`; CPU per item is the whole process's user + system time / N.",
    '- (2) A token-bucket endpoint allowing 20 requests/s (burst: one second) answers 429 with `retry-after-ms` and',
    "  `retry-after` beyond that; the ideal wall time is N / rate (the first second's burst of 20 makes < 1.00x",
    '  possible). Items lost counts items without an answer (an error item counts as lost).',
    '- (3) The whole pipeline on a responses file, one `evalgate run` from start to exit, whose baseline of the',
    '  same size was stored by an earlier process. Nothing of 100,000 items is held as one text: the JSONL',
    '  dataset and answers and the baseline (one item per line) are read line by line, and report.json,',
    '  report.html and the baseline are written item by item, through one reused 1 MB buffer each',
    '  (src/dataset/json-lines-file.ts, src/baseline/read-lines.ts, src/core/text-pieces.ts). What the run keeps',
    '  alive peaks near 135 MB (after a full GC); the rest of the peak RSS is V8 headroom, on Node 24 mostly the',
    '  young generation, whose size only a flag given at start-up sets: a `run` or `merge` that reads 16 MB or',
    '  more (dataset, responses, baseline: src/cli/early-input-size.ts looks at the first two before the config',
    '  is loaded, src/cli/input-size.ts at all three after) restarts the CLI with `--max-semi-space-size=16`',
    '  (src/cli/relaunch.ts; 338 MB and 0.3 s more without it at 100,000 items). On Node 24 the restart replaces the',
    "  process (`process.execve`: same pid, one process, so GNU time's peak RSS is the whole footprint); where",
    '  Node cannot, a child process runs the command and the waiting parent holds about 50 MB more.',
    '- (4) A second run over the same items with the cache in read-write mode; it must not call the endpoint.',
    '',
  );
  // Sections other benchmarks write (bench/shard-bench.ts: "## Sharding", the statistics simulation, ...) are kept.
  const own = new Set(['Machine', 'Results', 'Notes', 'How to read it']);
  const kept = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\n(?=## )/)
        .slice(1)
        .filter((section) => !own.has(/^## (.*)/.exec(section)?.[1]?.trim() ?? ''))
        .map((section) => `\n${section}`)
        .join('')
    : undefined;
  writeFileSync(file, `${lines.join('\n')}${kept ? `${kept.trimEnd()}\n` : ''}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === 'child') {
    await child(JSON.parse(args[1] ?? '{}') as ChildTask);
    return;
  }
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const quick = args.includes('--quick');
  const write = !args.includes('--no-write') && !quick && only === undefined;
  const wants = (part: string) => only === undefined || only.includes(part);
  const promptfoo = findPromptfoo(
    args.find((arg) => arg.startsWith('--promptfoo='))?.slice('--promptfoo='.length),
  );
  if (!promptfoo)
    console.log('promptfoo not installed: skipped (give --promptfoo="npx -y promptfoo@0.123.1" to run it)');
  const description = machine();
  const cores = os.cpus().length;
  if (os.loadavg()[0]! > cores) {
    notes.push(
      `The machine was busy when this ran (load average ${load()} at the start, on ${cores} cores): processes ` +
        'waited for a CPU, so wall times and peak RSS (garbage collection falls behind) are well above what a ' +
        'quiet machine gives. CPU time (user + system) suffers least; compare the load average of each row.',
    );
  }
  console.log(`evalgate benchmark on ${Object.values(description).join(', ')}`);
  console.log(`measuring ${CLI}`);
  if (wants('0')) await benchStartup(quick);
  if (wants('1')) await benchThroughput(quick, promptfoo);
  if (wants('1b')) await benchClientOnly(quick);
  if (wants('1c')) await benchCpuBound(quick);
  if (wants('2')) await benchRateLimited(quick);
  if (wants('3')) await benchPipeline(quick);
  if (wants('4')) await benchWarmCache(quick);
  if (write) {
    writeMarkdown('BENCHMARKS.md', description);
    console.log('wrote BENCHMARKS.md');
  }
  rmSync(compileCache, { recursive: true, force: true });
  if (rows.some((row) => row.pass === false)) process.exitCode = 1;
}

await main();
