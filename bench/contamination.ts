// The benchmark behind `npm run bench:contamination` (bundled and started by scripts/bench-contamination.mjs).
//
// It writes a benchmark of 1,000 items and a JSONL training corpus of --mb megabytes (default 1,000 = 1 GB, in
// 4 files) in a temporary folder, with every 10th item planted verbatim in it, then runs
// `evalgate contamination` as a whole process (the bundled CLI), timed from spawn to exit with its peak RSS and
// CPU time from GNU time. It checks that exactly the planted items are found. The folder is removed afterwards.
// Results go to stdout and to the "Contamination check" section of BENCHMARKS.md (unless --no-write).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchmarkItems, writeCorpus } from './contamination-corpus.js';
import { runProcess } from './processes.js';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key!, value ?? 'true'];
  }),
);
const megabytes = Number(args.get('mb') ?? 1000);
const cli = args.get('cli')!;
const write = !args.has('no-write');
const WALL_TARGET_S = 60;
const RSS_TARGET_MB = 300;

const dir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-contamination-corpus-'));
try {
  const items = benchmarkItems(1000);
  writeFileSync(
    path.join(dir, 'benchmark.jsonl'),
    items.map((item) => JSON.stringify(item)).join('\n') + '\n',
  );
  writeFileSync(
    path.join(dir, 'evalgate.yml'),
    [
      'version: 1',
      'dataset: { path: benchmark.jsonl }',
      'contamination: { corpus: [corpus], ngram: 13, fields: [input, expected] }',
      'gates:',
      '  - { name: contamination, metric: contamination_rate, op: "<=", threshold: 0.5, severity: blocking }',
    ].join('\n'),
  );
  const generationStart = performance.now();
  const corpusDir = path.join(dir, 'corpus');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(corpusDir);
  const corpus = await writeCorpus(corpusDir, megabytes * 1e6, 4, items, 10);
  const generationS = (performance.now() - generationStart) / 1000;
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
  console.log(
    `corpus: ${megabytes} MB in ${corpus.files.length} files, ${corpus.planted} items planted (${generationS.toFixed(1)} s)`,
  );
  const result = await runProcess(process.execPath, [
    cli,
    'contamination',
    '--config',
    path.join(dir, 'evalgate.yml'),
  ]);
  const loadAfter = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
  const found = /contamination_rate: [\d.]+% \((\d+) of (\d+) items/.exec(result.stdout);
  const tokens = /(\d+) tokens/.exec(result.stdout)?.[1];
  const wallS = result.wallMs / 1000;
  const cpuS = (result.cpuMs ?? NaN) / 1000;
  const correct = result.code === 0 && found !== null && Number(found[1]) === corpus.planted;
  const lines = [
    `exit code: ${result.code}; contaminated items found: ${found?.[1] ?? '?'} of ${found?.[2] ?? '?'} (planted: ${corpus.planted}) -> ${correct ? 'correct' : 'WRONG'}`,
    `corpus tokens: ${tokens ?? '?'}`,
    `wall: ${wallS.toFixed(1)} s (target < ${WALL_TARGET_S} s)`,
    `CPU (user + system): ${cpuS.toFixed(1)} s`,
    `peak RSS: ${result.maxRssMb?.toFixed(1) ?? '?'} MB (target < ${RSS_TARGET_MB} MB)`,
    `load average before / after (1/5/15 min): ${load} | ${loadAfter}`,
  ];
  console.log(lines.join('\n'));
  if (!correct) console.log(result.stdout, result.stderr);
  if (write)
    writeSection(megabytes, corpus.planted, wallS, cpuS, result.maxRssMb, tokens, load, loadAfter, correct);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function writeSection(
  mb: number,
  planted: number,
  wallS: number,
  cpuS: number,
  rssMb: number | undefined,
  tokens: string | undefined,
  load: string,
  loadAfter: string,
  correct: boolean,
): void {
  const file = path.resolve('BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const verdict = (ok: boolean): string => (ok ? 'pass' : '**FAIL**');
  const section = [
    '## Contamination check',
    '',
    `Written by \`npm run bench:contamination\` (bench/contamination.ts). A ${mb} MB JSONL training corpus (4 files, ${tokens ?? '?'} tokens, a Zipf-like 30,000-word vocabulary so that most corpus words are benchmark words: the slow path) against a benchmark of 1,000 items (input 60 words, expected output 10), 13-grams over input and expected output; ${planted} items planted verbatim in the corpus. One whole \`evalgate contamination\` process (the bundled CLI), timed from spawn to exit; peak RSS and CPU from GNU time. The machine is shared (${os.cpus().length} cores): the load average is given beside the figures.`,
    '',
    '| figure | value | target | verdict |',
    '| --- | --- | --- | --- |',
    `| items found | ${correct ? `${planted} of 1000, exactly the planted ones` : 'WRONG'} | the planted items | ${verdict(correct)} |`,
    `| wall | ${wallS.toFixed(1)} s | < 60 s | ${verdict(wallS < 60)} |`,
    `| CPU (user + system) | ${cpuS.toFixed(1)} s | reference | info |`,
    `| throughput (corpus MB / CPU s) | ${(mb / cpuS).toFixed(1)} MB/s | reference | info |`,
    `| peak RSS | ${rssMb?.toFixed(1) ?? '?'} MB | < 300 MB | ${verdict(rssMb !== undefined && rssMb < 300)} |`,
    `| load average (1/5/15 min) before; after | ${load}; ${loadAfter} | | info |`,
    '',
    `The check runs on one thread: on an idle machine its wall is about its CPU time. Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString()}.`,
    '',
  ].join('\n');
  const start = text.indexOf('## Contamination check');
  let updated: string;
  if (start === -1) {
    updated = `${text.trimEnd()}\n\n${section}`;
  } else {
    const next = text.indexOf('\n## ', start + 3);
    updated = `${text.slice(0, start)}${section}${next === -1 ? '' : `\n${text.slice(next + 1)}`}`;
  }
  writeFileSync(file, updated);
}
