// `npm run bench:stats`: bundles bench/stats-simulation.ts with esbuild into a temporary folder and runs it
// (not part of `npm test`). It writes the "Statistics simulation" section of BENCHMARKS.md.
// Arguments are passed through, e.g. `npm run bench:stats -- --trials=400 --no-write`.
import { bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'evalgate-bench-stats-'));
const outfile = path.join(outdir, 'stats-simulation.mjs');
await bundleForNode('bench/stats-simulation.ts', outfile, { external: ['prettier'] });
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(outdir, { recursive: true, force: true });
process.exit(result.status ?? 1);
