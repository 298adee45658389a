// Checks requests to (and responses of) the fake REST API against GitHub's published OpenAPI description,
// reduced to the operations evalgate calls (openapi/github-rest-subset.json, made by openapi/extract.mjs).
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  requestBody: Record<string, unknown> | null;
  responses: Record<string, Record<string, unknown> | null>;
}

interface Subset {
  operations: Record<string, Operation>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const rewrite = (text: string) => text.replaceAll('"#/components/schemas/', '"github#/components/schemas/');
const subset = nullableEnums(
  JSON.parse(rewrite(readFileSync(path.join(here, 'openapi', 'github-rest-subset.json'), 'utf8'))),
) as Subset;

/** OpenAPI 3.0: `nullable: true` admits null even beside an `enum`; JSON Schema needs null in the enum. */
function nullableEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableEnums);
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableEnums(value)]));
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...out.enum, null];
  return out;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: 'github', components: subset.components });

export interface MatchedOperation {
  id: string;
  operation: Operation;
  params: Record<string, string>;
}

const routes = Object.entries(subset.operations).map(([id, operation]) => {
  const names: string[] = [];
  const pattern = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { id, operation, names, regex: new RegExp(`^${pattern}$`) };
});

export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  for (const route of routes) {
    if (route.operation.method !== method) continue;
    const match = route.regex.exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(
      route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
    );
    return { id: route.id, operation: route.operation, params };
  }
  return undefined;
}

const cache = new Map<string, ValidateFunction>();
function compiled(key: string, schema: Record<string, unknown>): ValidateFunction {
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(key, validate);
  }
  return validate;
}

function coerce(value: string, schema: Record<string, unknown> | undefined): unknown {
  const type = schema?.type;
  if (type === 'integer' || type === 'number') return value.trim() === '' ? value : Number(value);
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** Problems with a request, each a sentence; empty when it follows the description. */
export function checkRequest(matched: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = [];
  const { operation, params, id } = matched;
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const raw = parameter.in === 'path' ? params[parameter.name] : (query.get(parameter.name) ?? undefined);
    if (raw === undefined) {
      if (parameter.required) problems.push(`${id}: missing ${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    if (!parameter.schema) continue;
    const validate = compiled(`${id}:${parameter.in}:${parameter.name}`, parameter.schema);
    if (!validate(coerce(raw, parameter.schema))) {
      problems.push(
        `${id}: ${parameter.in} parameter ${parameter.name}=${raw}: ${ajv.errorsText(validate.errors)}`,
      );
    }
  }
  for (const name of query.keys()) {
    if (!operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === name)) {
      problems.push(`${id}: unknown query parameter ${name}`);
    }
  }
  if (operation.requestBody) {
    const validate = compiled(`${id}:body`, operation.requestBody);
    if (!validate(body))
      problems.push(`${id}: request body: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
  }
  return problems;
}

/** Problems with one of the fake's own responses (a bug in the fake, not in evalgate). */
export function checkResponse(matched: MatchedOperation, status: number, body: unknown): string[] {
  const schema = matched.operation.responses[String(status)];
  if (!schema) return [];
  const validate = compiled(`${matched.id}:response:${status}`, schema);
  return validate(body)
    ? []
    : [`${matched.id}: response ${status}: ${ajv.errorsText(validate.errors, { dataVar: 'response' })}`];
}

/**
 * An object of a component schema with every required field filled with a plausible value, so the fake's
 * responses carry the full shape GitHub documents. Overrides win.
 */
export function sample(schemaName: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const schema = subset.components.schemas[schemaName];
  if (!schema) throw new Error(`no schema ${schemaName} in the subset`);
  return { ...(fill(schema, 0) as Record<string, unknown>), ...overrides };
}

function fill(schema: Record<string, unknown>, depth: number): unknown {
  const ref = schema.$ref as string | undefined;
  if (ref) return fill(subset.components.schemas[ref.split('/').pop()!]!, depth);
  if (schema.nullable === true || depth > 6) return null;
  const all = schema.allOf as Record<string, unknown>[] | undefined;
  if (all) return Object.assign({}, ...all.map((part) => fill(part, depth)));
  const options = (schema.oneOf ?? schema.anyOf) as Record<string, unknown>[] | undefined;
  if (options?.[0]) return fill(options[0], depth);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return schema.format === 'uri'
        ? 'https://example.invalid/'
        : schema.format === 'date-time'
          ? '2026-01-01T00:00:00Z'
          : 'x';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(
        required.map((name) => [name, properties[name] ? fill(properties[name], depth + 1) : null]),
      );
    }
    default:
      return null;
  }
}
