// Extracts the few GitHub REST operations evalgate calls from GitHub's published OpenAPI description,
// so the test server can check requests (and its own responses) against the real contract without
// keeping the 385 MB package in the repository.
//
// Regenerate (the package is needed only while this runs):
//   npm install --no-save @octokit/openapi@23.0.2
//   node test/support/github-server/openapi/extract.mjs [path/to/api.github.com.json]
//   npx prettier --write test/support/github-server/openapi/github-rest-subset.json
//
// Output: github-rest-subset.json beside this file. Descriptions and examples are dropped; `$ref`s to
// parameters and responses are inlined; schema `$ref`s point into the file's own `components.schemas`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OPERATIONS = [
  'actions/list-workflow-runs',
  'actions/get-workflow-run',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'checks/create',
  'checks/update',
  'checks/list-for-ref',
  'checks/list-annotations',
  'pulls/get',
  'repos/get',
];
const DROP = new Set(['description', 'example', 'examples', 'externalDocs', 'summary', 'x-github', 'tags']);

const here = path.dirname(fileURLToPath(import.meta.url));
const source =
  process.argv[2] ?? createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(source, 'utf8'));
const specVersion = spec.info.version;

function resolve(ref) {
  const parts = ref.replace(/^#\//, '').split('/');
  return parts.reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

const needed = new Set();
/** Copies a node without documentation, inlining non-schema refs and collecting schema refs. */
function clean(node) {
  if (Array.isArray(node)) return node.map(clean);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (node.$ref.startsWith('#/components/schemas/')) {
      needed.add(node.$ref.slice('#/components/schemas/'.length));
      return { $ref: node.$ref };
    }
    return clean(resolve(node.$ref));
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key)) continue;
    // `properties` maps names to schemas: keep every name, even `description`.
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]))
        : clean(value);
  }
  return out;
}

const operations = {};
for (const [route, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation.operationId)) continue;
    const responses = {};
    for (const [status, response] of Object.entries(operation.responses)) {
      const resolved = response.$ref ? resolve(response.$ref) : response;
      const schema = resolved.content?.['application/json']?.schema;
      responses[status] = schema ? clean(schema) : null;
    }
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path: route,
      parameters: clean([...(item.parameters ?? []), ...(operation.parameters ?? [])]),
      requestBody: operation.requestBody
        ? clean(operation.requestBody.content['application/json'].schema)
        : null,
      responses,
    };
  }
}
const missing = OPERATIONS.filter((id) => !operations[id]);
if (missing.length > 0) throw new Error(`not in the description: ${missing.join(', ')}`);

// Close over the schemas the operations reference.
const schemas = {};
while ([...needed].some((name) => !(name in schemas))) {
  for (const name of [...needed])
    if (!(name in schemas)) schemas[name] = clean(spec.components.schemas[name]);
}
const sorted = Object.fromEntries(
  Object.keys(schemas)
    .sort()
    .map((name) => [name, schemas[name]]),
);
const output = {
  source: `@octokit/openapi generated/api.github.com.json, GitHub REST API description ${specVersion} (OpenAPI ${spec.openapi})`,
  generatedBy: 'test/support/github-server/openapi/extract.mjs',
  operations,
  components: { schemas: sorted },
};
const target = path.join(here, 'github-rest-subset.json');
writeFileSync(target, `${JSON.stringify(output)}\n`);
console.log(
  `${Object.keys(operations).length} operations, ${Object.keys(sorted).length} schemas -> ${target}`,
);
