// One way to bundle a TypeScript entry for Node with esbuild, shared by the build, the benchmarks and the
// tests that run the CLI as a child process. The `@actions/*` packages are ESM and some of their
// dependencies call require(): the banner gives the bundle a require(). keepNames keeps class names that
// the toolkit compares (`error.name === ReserveCacheError.name`).
import { build } from 'esbuild';

const banner =
  "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);";

/**
 * @param {string} entry the TypeScript entry point
 * @param {string} outfile the bundle to write
 * @param {{ shebang?: boolean, external?: string[] }} [options]
 */
export async function bundleForNode(entry, outfile, options = {}) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
    external: options.external ?? [],
    banner: { js: `${options.shebang ? '#!/usr/bin/env node\n' : ''}${banner}` },
  });
}
