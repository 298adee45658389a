// One way to bundle a TypeScript entry for Node with esbuild, shared by the build, the benchmarks and the
// tests that run the CLI as a child process. The `@actions/*` packages are ESM and some of their
// dependencies call require(): the banner gives the bundle a require(). keepNames keeps class names that
// the toolkit compares (`error.name === ReserveCacheError.name`).
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importSource, loadConfigSchema } from './config-schema.mjs';

const banner =
  "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);";

const shebang = '#!/usr/bin/env node\n';

/**
 * Validators compiled at build time: each source module below compiles its schema with ajv at run time (tests,
 * tsc); in the bundles its place is taken by ajv's standalone code for the same schema and options, exported under
 * the module's own function name, so a run loads no schema compiler for them. test/build/cli-bundle.test.ts checks
 * that both give the same messages.
 */
const PRECOMPILED_VALIDATORS = [
  {
    // src/config/config-validator.ts: the options are its CONFIG_AJV_OPTIONS.
    file: /[\\/]src[\\/]config[\\/]config-validator\.ts$/,
    exportName: 'configValidator',
    async load() {
      const { schema, inputs } = await loadConfigSchema();
      return { schema, options: { allErrors: true, strict: false, verbose: true }, inputs };
    },
  },
  {
    file: /[\\/]src[\\/]scorers[\\/]task-api-validator\.ts$/,
    exportName: 'taskApiValidator',
    async load() {
      const { exports, inputs } = await importSource('src/scorers/task-api-schema.ts');
      return { schema: exports.TASK_API_SCHEMA, options: exports.JSON_METRIC_AJV_OPTIONS, inputs };
    },
  },
];

/** @type {import('esbuild').Plugin} */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(pluginBuild) {
    for (const validator of PRECOMPILED_VALIDATORS) {
      pluginBuild.onLoad({ filter: validator.file }, async () => {
        const { schema, options, inputs } = await validator.load();
        const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
        const code = standaloneCode(ajv, ajv.compile(schema));
        return {
          contents: `${code}\nexport function ${validator.exportName}() { return validate; }\n`,
          loader: 'js',
          resolveDir: path.resolve('.'),
          watchFiles: inputs,
        };
      });
    }
  },
};

const common = {
  plugins: [precompiledValidators],
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
