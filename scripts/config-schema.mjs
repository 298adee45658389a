// The config file's JSON Schema, built from the sources: src/config/schema.ts, whose `metrics` section comes from
// the scorers' declarations. `npm run schema` writes it to schemas/evalgate.schema.json (for editors); the
// bundle plugin in bundle.mjs compiles it into the config validator.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

export const SCHEMA_FILE = 'schemas/evalgate.schema.json';
const SOURCE = 'src/config/schema.ts';

/**
 * The exports of a TypeScript source module, evaluated from a bundle of it (Node cannot import the sources as they
 * are), and the source files the bundle was built from.
 * @param {string} source
 * @returns {Promise<{ exports: Record<string, unknown>, inputs: string[] }>}
 */
export async function importSource(source) {
  const dir = mkdtempSync(path.join(tmpdir(), 'evalgate-source-'));
  const outfile = path.join(dir, 'module.mjs');
  try {
    const result = await build({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      metafile: true,
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);",
      },
    });
    return {
      exports: await import(pathToFileURL(outfile).href),
      inputs: Object.keys(result.metafile.inputs).map((input) => path.resolve(input)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * CONFIG_SCHEMA of src/config/schema.ts, and the source files it was built from.
 * @returns {Promise<{ schema: object, inputs: string[] }>}
 */
export async function loadConfigSchema() {
  const { exports, inputs } = await importSource(SOURCE);
  return { schema: /** @type {object} */ (exports.CONFIG_SCHEMA), inputs };
}

/**
 * The text of schemas/evalgate.schema.json for a schema: JSON laid out by prettier with the project's settings.
 * @param {object} schema
 * @returns {Promise<string>}
 */
export async function schemaFileText(schema) {
  const options = (await prettier.resolveConfig(path.resolve(SCHEMA_FILE))) ?? {};
  return prettier.format(JSON.stringify(schema), { ...options, parser: 'json' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { schema } = await loadConfigSchema();
  writeFileSync(SCHEMA_FILE, await schemaFileText(schema));
  console.log(`wrote ${SCHEMA_FILE}`);
}
