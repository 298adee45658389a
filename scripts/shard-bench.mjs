// `node scripts/shard-bench.mjs`: bundles bench/shard-bench.ts with esbuild into .bench/ and runs it on this
// Node (run it through npm's Node 24, e.g. `npx node scripts/shard-bench.mjs`). Not part of `npm test`.
// Arguments are passed through, e.g. `--items=200 --latency=300 --concurrency=4 --shards=4 --no-write`.
import { bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const outdir = path.resolve('.bench');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, 'shard-bench.mjs');

// esbuild and prettier stay external: the benchmark bundles the CLI and formats its section at run time.
await bundleForNode('bench/shard-bench.ts', outfile, { external: ['esbuild', 'prettier'] });

const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
