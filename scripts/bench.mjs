// `npm run bench`: bundles bench/bench.ts, and the CLI from the current sources the way `npm run build` does,
// into a temporary folder, and runs the bench, which measures that CLI as whole processes (not part of
// `npm test`). The bundles live outside the repository so that linters never see them and dist/ is not touched.
// Arguments are passed through, e.g. `npm run bench -- --only=1,2` or `npm run bench -- --no-write`.
import { bundleCli, bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-'));
const outfile = path.join(outdir, 'bench.mjs');

await bundleForNode('bench/bench.ts', outfile);
const cliDir = path.join(outdir, 'cli');
await bundleCli('src/cli.ts', cliDir);

const report = path.resolve('BENCHMARKS.md');
const before = existsSync(report) ? statSync(report).mtimeMs : 0;
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, EVALGATE_BENCH_CLI: path.join(cliDir, 'cli.js') },
});
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
