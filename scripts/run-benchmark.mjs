// One way to run a benchmark (not part of `npm test`): bundle its TypeScript entry with esbuild, and with
// `withCli` the CLI from the current sources the way `npm run build` does, into a temporary folder outside
// the repository (linters never see it, dist/ is not touched); run it with the arguments given to the npm
// script; then keep BENCHMARKS.md, if it wrote there, in the repository's prettier style.
import { bundleCli, bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * @param {string} entry the benchmark's TypeScript entry
 * @param {{ withCli?: (cliFile: string) => { args?: string[], env?: Record<string, string> } }} [options]
 *   how the benchmark is told where the bundled CLI is
 * @returns {Promise<never>} exits with the benchmark's exit code
 */
export async function runBenchmark(entry, options = {}) {
  const outdir = mkdtempSync(path.join(os.tmpdir(), `evalgate-${path.basename(entry, '.ts')}-`));
  const outfile = path.join(outdir, `${path.basename(entry, '.ts')}.mjs`);
  await bundleForNode(entry, outfile);
  let cli = {};
  if (options.withCli) {
    const cliDir = path.join(outdir, 'cli');
    await bundleCli('src/cli.ts', cliDir);
    cli = options.withCli(path.join(cliDir, 'cli.js'));
  }
  const report = path.resolve('BENCHMARKS.md');
  const before = existsSync(report) ? statSync(report).mtimeMs : 0;
  const result = spawnSync(process.execPath, [outfile, ...(cli.args ?? []), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ...cli.env },
  });
  rmSync(outdir, { recursive: true, force: true });
  if (existsSync(report) && statSync(report).mtimeMs !== before) {
    const prettier = await import('prettier');
    const prettierOptions = (await prettier.resolveConfig(report)) ?? {};
    writeFileSync(
      report,
      await prettier.format(readFileSync(report, 'utf8'), { ...prettierOptions, filepath: report }),
    );
  }
  process.exit(result.status ?? 1);
}
