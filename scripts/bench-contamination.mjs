// `npm run bench:contamination`: bundles the CLI and bench/contamination.ts with esbuild into a temporary
// folder and runs the benchmark (not part of `npm test`). It writes the "Contamination check" section of
// BENCHMARKS.md. Arguments are passed through, e.g. `npm run bench:contamination -- --mb=100 --no-write`.
import { bundleCli, bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-contamination-'));
const outfile = path.join(outdir, 'contamination.mjs');
await bundleForNode('bench/contamination.ts', outfile);
await bundleCli('src/cli.ts', path.join(outdir, 'cli'));
const report = path.resolve('BENCHMARKS.md');
const before = existsSync(report) ? statSync(report).mtimeMs : 0;
const result = spawnSync(
  process.execPath,
  [outfile, `--cli=${path.join(outdir, 'cli', 'cli.js')}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
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
