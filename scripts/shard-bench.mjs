// `node scripts/shard-bench.mjs`: bundles bench/shard-bench.ts with esbuild into .bench/ and runs it on this
// Node (run it through npm's Node 24, e.g. `npx node scripts/shard-bench.mjs`). Not part of `npm test`.
// Arguments are passed through, e.g. `--items=200 --latency=300 --concurrency=4 --shards=4 --no-write`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const outdir = path.resolve('.bench');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, 'shard-bench.mjs');

await build({
  entryPoints: ['bench/shard-bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  keepNames: true,
  logLevel: 'warning',
  // esbuild and prettier stay external: the benchmark bundles the CLI and formats its section at run time.
  external: ['esbuild', 'prettier'],
  banner: {
    js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);",
  },
});

const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
