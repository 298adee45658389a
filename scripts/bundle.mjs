// One way to bundle a TypeScript entry for Node with esbuild, shared by the build, the benchmarks and the
// tests that run the CLI as a child process. The `@actions/*` packages are ESM and some of their
// dependencies call require(): the banner gives the bundle a require(). keepNames keeps class names that
// the toolkit compares (`error.name === ReserveCacheError.name`).
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfigSchema } from './config-schema.mjs';

const banner =
  "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);";

const shebang = '#!/usr/bin/env node\n';

/**
 * Puts the config validator compiled at build time (ajv's standalone code) in place of
 * src/config/config-validator.ts, which compiles it at run time. The schema is built from the sources
 * (config-schema.mjs), the options are CONFIG_AJV_OPTIONS of that file; test/build/cli-bundle.test.ts checks
 * that both give the same messages.
 * @type {import('esbuild').Plugin}
 */
const precompiledConfigValidator = {
  name: 'precompiled-config-validator',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]config[\\/]config-validator\.ts$/ }, async () => {
      const { schema, inputs } = await loadConfigSchema();
      const ajv = new Ajv({
        allErrors: true,
        strict: false,
        verbose: true,
        code: { source: true, esm: true },
      });
      const code = standaloneCode(ajv, ajv.compile(schema));
      return {
        contents: `${code}\nexport function configValidator() { return validate; }\n`,
        loader: 'js',
        resolveDir: path.resolve('.'),
        watchFiles: inputs,
      };
    });
  },
};

const common = {
  plugins: [precompiledConfigValidator],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * @param {string} entry the TypeScript entry point
 * @param {string} outfile the bundle to write
 * @param {{ shebang?: boolean, external?: string[] }} [options]
 */
export async function bundleForNode(entry, outfile, options = {}) {
  await build({
    ...common,
    entryPoints: [entry],
    outfile,
    external: options.external ?? [],
    banner: { js: `${options.shebang ? shebang : ''}${banner}` },
  });
}

/**
 * The CLI split into chunks: `outdir/cli.js` holds the argument parsing and the help, and every `import()`
 * of the sources becomes a chunk under `outdir/cli-chunks/` that Node reads only when a command needs it.
 * Chunk names carry a content hash, so a rebuild after a change leaves different files (the freshness
 * check of dist/ sees them). Returns esbuild's metafile (paths relative to the working directory).
 *
 * @param {string} entry the CLI's TypeScript entry point
 * @param {string} outdir the folder to write cli.js and cli-chunks/ into
 * @returns {Promise<import('esbuild').Metafile>}
 */
export async function bundleCli(entry, outdir) {
  const result = await build({
    ...common,
    entryPoints: { cli: entry },
    outdir,
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
    metafile: true,
    banner: { js: banner },
  });
  // The shebang goes on the entry only (the banner is repeated in every chunk).
  const cli = path.join(outdir, 'cli.js');
  writeFileSync(cli, shebang + readFileSync(cli, 'utf8'));
  // The CLI is an npm bin: keep it executable after each rebuild.
  chmodSync(cli, 0o755);
  return result.metafile;
}
