// Helpers shared by the scorer families: a strict JSON parse with a tiny memo, JSON value equality, dotted paths,
// and metric-name checks.
import { UserError } from '../core/errors.js';
import type { ItemScores } from '../core/types.js';

export const METRIC_NAME = /^[a-z][a-z0-9_]*$/;

/** Throws a UserError unless `name` is snake_case. */
export function checkMetricName(name: string, key: string, file?: string): void {
  if (typeof name !== 'string' || !METRIC_NAME.test(name)) {
    throw new UserError(`metric name "${name}" is not snake_case.`, {
      file,
      key,
      fix: 'Use lower-case letters, digits and underscores, starting with a letter (e.g. action_accuracy).',
    });
  }
}

/** What a scorer of one binary metric can return for an item. */
export interface BinaryOutcomes {
  pass: ItemScores;
  fail: ItemScores;
  /** The metric does not apply to the item (null). */
  na: ItemScores;
}

/** The three results of one binary metric, made once (frozen) rather than per item. */
export function binaryOutcomes(name: string): BinaryOutcomes {
  return {
    pass: Object.freeze({ [name]: 1 }),
    fail: Object.freeze({ [name]: 0 }),
    na: Object.freeze({ [name]: null }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Strict JSON parse, memoized.
//
// Several scorers read the same output as JSON (json_valid, schema_valid, every field metric, exact match in JSON
// mode), and exact match and field metrics read the same expected output. A few-slot memo keyed by the string
// itself makes each text parse once per item whoever asks, without changing the Scorer interface. The parsed value
// is shared: scorers must not mutate it.

export type JsonParse = { ok: true; value: unknown } | { ok: false };

const SLOTS = 4;
const memoKeys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const memoValues: JsonParse[] = new Array<JsonParse>(SLOTS).fill({ ok: false });
let memoNext = 0;
const INVALID: JsonParse = Object.freeze({ ok: false });

/**
 * Parses the whole text, trimmed, as JSON. Strict: prose around the value, a ``` fence or trailing text make it
 * invalid. Any JSON value counts, scalars included (`42`, `"yes"`, `null`).
 */
export function parseJsonStrict(text: string): JsonParse {
  for (let slot = 0; slot < SLOTS; slot++) {
    if (memoKeys[slot] === text) return memoValues[slot]!;
  }
  const result = parseUncached(text);
  memoKeys[memoNext] = text;
  memoValues[memoNext] = result;
  memoNext = (memoNext + 1) % SLOTS;
  return result;
}

function parseUncached(text: string): JsonParse {
  const trimmed = text.trim();
  // Reject most non-JSON without paying for an exception.
  const first = trimmed.charCodeAt(0);
  const plausible =
    first === 0x7b || // {
    first === 0x5b || // [
    first === 0x22 || // "
    first === 0x2d || // -
    (first >= 0x30 && first <= 0x39) ||
    first === 0x74 || // t(rue)
    first === 0x66 || // f(alse)
    first === 0x6e; // n(ull)
  if (!plausible) return INVALID;
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    return INVALID;
  }
}

/** Why the text is not valid JSON, in words a user can act on (for explanations, not for scoring). */
export function describeJsonError(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'the output is empty';
  if (trimmed.startsWith('```')) {
    return 'the JSON is wrapped in a ``` code fence; the contract is raw JSON with nothing around it';
  }
  try {
    JSON.parse(trimmed);
    return 'the output is valid JSON';
  } catch (error) {
    const message = (error as Error).message;
    const brace = Math.min(...['{', '['].map((c) => trimmed.indexOf(c)).filter((index) => index >= 0));
    if (Number.isFinite(brace) && brace > 0) {
      return `text before the JSON (${JSON.stringify(truncate(trimmed.slice(0, brace), 40))}); ${message}`;
    }
    return message;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON values.

/** Deep equality of JSON values: object key order does not matter, array order does, numbers compare by value. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!jsonEqual(a[index], b[index])) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
  }
  return true;
}

/** Where two JSON values first differ, e.g. `$.params.priority: "high" vs "low"`; undefined when equal. */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (jsonEqual(actual, expected)) return undefined;
  const bothObjects =
    typeof actual === 'object' &&
    typeof expected === 'object' &&
    actual !== null &&
    expected !== null &&
    Array.isArray(actual) === Array.isArray(expected);
  if (!bothObjects) return `${path}: ${preview(actual)} vs expected ${preview(expected)}`;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let index = 0; index < Math.min(actual.length, expected.length); index++) {
      const difference = firstDifference(actual[index], expected[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return `${path}: ${actual.length} elements vs expected ${expected.length}`;
  }
  const left = actual as Record<string, unknown>;
  const right = expected as Record<string, unknown>;
  for (const key of Object.keys(right)) {
    if (!Object.hasOwn(left, key)) return `${path}.${key}: missing (expected ${preview(right[key])})`;
    const difference = firstDifference(left[key], right[key], `${path}.${key}`);
    if (difference) return difference;
  }
  const extra = Object.keys(left).find((key) => !Object.hasOwn(right, key));
  return `${path}.${extra ?? '?'}: unexpected key`;
}

export function preview(value: unknown, max = 60): string {
  const text = JSON.stringify(value) ?? String(value);
  return truncate(text, max);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dotted paths: `action`, `params.priority`, `items.0.id` (a number segment indexes an array).

/** Splits a dotted path; undefined when it has an empty segment. */
export function parsePath(path: string): string[] | undefined {
  const segments = path.split('.');
  return segments.every((segment) => segment.length > 0) ? segments : undefined;
}

export type Lookup = { found: true; value: unknown } | { found: false };

const NOT_FOUND: Lookup = Object.freeze({ found: false });
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** Reads a path in a JSON value. Only own keys count, so `constructor` or `__proto__` never reach a prototype. */
export function getPath(value: unknown, segments: readonly string[]): Lookup {
  let current = value;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      if (!ARRAY_INDEX.test(segment)) return NOT_FOUND;
      const index = Number(segment);
      if (index >= current.length) return NOT_FOUND;
      current = current[index];
    } else if (typeof current === 'object' && current !== null) {
      if (!Object.hasOwn(current, segment)) return NOT_FOUND;
      current = (current as Record<string, unknown>)[segment];
    } else {
      return NOT_FOUND;
    }
  }
  return { found: true, value: current };
}
