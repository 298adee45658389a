// The defaults of the config live in its JSON Schema (`default`), and only there: these helpers read them when
// the raw config is normalized. They walk `properties` (and the object branch of a `oneOf`, and `items`);
// they do not follow `$ref`, so a default sits beside the `$ref` that uses it.

type Schema = Record<string, unknown>;
type Raw = Record<string, unknown>;

/**
 * The value with every missing default of the schema filled in, at every depth; keys stay as written
 * (kebab-case). A default that is an object or a list is copied, so callers may keep what they get.
 */
export function withDefaults(value: unknown, schema: Schema): unknown {
  return fill(value, schema, (key) => key);
}

/** The same, with the keys the schema declares turned to camelCase (`case-sensitive` -> `caseSensitive`). */
export function settingsWithDefaults(value: unknown, schema: Schema): unknown {
  return fill(value, schema, camelCase);
}

/** The default the schema declares for one of its properties (used where a default resolves differently). */
export function defaultOf(schema: Schema, key: string): unknown {
  const properties = schema.properties as Record<string, Schema> | undefined;
  return structuredClone(properties?.[key]?.default);
}

export function camelCase(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function fill(value: unknown, schema: Schema, rename: (key: string) => string): unknown {
  const current = value === undefined ? structuredClone(schema.default) : value;
  if (Array.isArray(current)) {
    const items = schema.items as Schema | undefined;
    return items ? current.map((entry: unknown) => fill(entry, items, rename)) : current;
  }
  if (current === null || typeof current !== 'object') return current;
  const objectSchema = objectBranch(schema);
  const properties = objectSchema?.properties as Record<string, Schema> | undefined;
  if (!properties) return current;
  const raw = current as Raw;
  const result: Raw = {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    result[rename(key)] = fill(raw[key], propertySchema, rename);
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(properties, key)) result[key] = raw[key];
  }
  return result;
}

function objectBranch(schema: Schema): Schema | undefined {
  if (schema.properties) return schema;
  const branches = schema.oneOf as Schema[] | undefined;
  return branches?.find((branch) => branch.type === 'object');
}
