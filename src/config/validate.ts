import type { ErrorObject } from 'ajv';
import { UserError } from '../core/errors.js';
import { configValidator } from './config-validator.js';

export type Locate = (keyPath: (string | number)[]) => number | undefined;

/** Validates a parsed config against the shipped JSON Schema; returns one UserError per problem. */
export function validateAgainstSchema(raw: unknown, file: string, locate: Locate): UserError[] {
  const validate = configValidator();
  if (validate(raw)) return [];
  const errors = relevantErrors(validate.errors ?? [], raw);
  return errors.map((error) => toUserError(error, file, locate));
}

/** Drops the noise of `oneOf` branches that do not fit the value's type (e.g. `exact-match: true | {...}`). */
function relevantErrors(errors: ErrorObject[], raw: unknown): ErrorObject[] {
  const seen = new Set<string>();
  const result: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'oneOf') continue;
    if (error.keyword === 'type' && error.schemaPath.includes('/oneOf/')) {
      const value = valueAt(raw, pathOf(error));
      if (error.params.type === 'boolean' && typeof value === 'object') continue;
      if (error.params.type === 'object' && typeof value !== 'boolean' && typeof value !== 'object') {
        // Neither branch fits: say so once, with both types.
        error.message = 'must be true, false or an object';
      } else if (error.params.type === 'object') continue;
    }
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(error);
  }
  return result;
}

function toUserError(error: ErrorObject, file: string, locate: Locate): UserError {
  const keyPath = pathOf(error);
  const params = error.params as Record<string, unknown>;
  let message: string;
  let fix: string | undefined;
  let target = keyPath;
  switch (error.keyword) {
    case 'required':
      message = `missing required key "${String(params.missingProperty)}".`;
      fix = `Add "${String(params.missingProperty)}" here.`;
      break;
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty);
      target = [...keyPath, unknown];
      const known = knownKeys(error);
      const suggestion = closest(unknown, known);
      message = `unknown key "${unknown}".`;
      fix = suggestion
        ? `Did you mean "${suggestion}"? Known keys here: ${known.join(', ')}.`
        : `Known keys here: ${known.join(', ')}.`;
      break;
    }
    case 'enum':
      message = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
      break;
    case 'const':
      message = `must be ${JSON.stringify(params.allowedValue)}.`;
      break;
    case 'type':
      message = error.message?.startsWith('must be true')
        ? `${error.message}, found ${describeFound(error.data)}.`
        : `must be of type ${String(params.type)}, found ${describeFound(error.data)}.`;
      break;
    case 'pattern':
      message = `does not match the expected form (${String(params.pattern)}).`;
      fix =
        keyPath.at(-1) === 'name' || String(params.pattern).includes('a-z0-9_')
          ? 'Use snake_case: lower-case letters, digits and underscores, starting with a letter.'
          : undefined;
      break;
    default:
      message = `${error.message ?? 'is invalid'}.`;
  }
  return new UserError(message, { file, line: locate(target), key: renderKey(target), fix });
}

/** The value that was found instead, in words: `a string ("high")`, `a list`, `nothing (null)`. */
function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return `a ${typeof value} (${text.length > 40 ? `${text.slice(0, 39)}…` : text})`;
}

function pathOf(error: ErrorObject): (string | number)[] {
  if (error.instancePath === '') return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function renderKey(keyPath: (string | number)[]): string {
  if (keyPath.length === 0) return '(top level)';
  return keyPath.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

function valueAt(raw: unknown, keyPath: (string | number)[]): unknown {
  let value = raw;
  for (const part of keyPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function knownKeys(error: ErrorObject): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(parent?.properties ?? {}).filter((key) => key !== '$schema');
}

/** The known key nearest to a misspelt one, if it is near enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
