// `npm run bench:stats`: bundles bench/stats-simulation.ts with esbuild into a temporary folder and runs it
// (not part of `npm test`). It writes the "Statistics simulation" section of BENCHMARKS.md.
// Arguments are passed through, e.g. `npm run bench:stats -- --trials=400 --no-write`.
import { bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-stats-'));
const outfile = path.join(outdir, 'stats-simulation.mjs');
await bundleForNode('bench/stats-simulation.ts', outfile);
const report = path.resolve('BENCHMARKS.md');
const before = existsSync(report) ? statSync(report).mtimeMs : 0;
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(outdir, { recursive: true, force: true });
// The report is a checked-in file: keep it in the repository's prettier style.
if (existsSync(report) && statSync(report).mtimeMs !== before) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(report)) ?? {};
  writeFileSync(
    report,
    await prettier.format(readFileSync(report, 'utf8'), { ...options, filepath: report }),
  );
}
process.exit(result.status ?? 1);
