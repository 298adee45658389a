// Reading the fields of one record, with a problem (file:line, key, what is expected) for each bad one,
// and the id rules shared by every format.
import { sha256Hex, stableStringify } from '../core/hash.js';
import { describeValue, truncate } from './json-text.js';
import type { ProblemList } from './problems.js';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Where a field is read from: the file's problem list, the record's line, and a key prefix (`turns[2].`). */
export interface FieldContext {
  problems: ProblemList;
  line: number;
  keyPrefix?: string;
}

function keyName(context: FieldContext, key: string): string {
  return `${context.keyPrefix ?? ''}${key}`;
}

function keysHint(record: JsonRecord): string {
  const keys = Object.keys(record);
  return keys.length === 0
    ? 'the record is empty'
    : `the record has ${keys.map((key) => `"${key}"`).join(', ')}`;
}

/** A required, non-empty text field (the item's input). `mapping` names the config key that renames it. */
export function requiredText(
  record: JsonRecord,
  key: string,
  context: FieldContext,
  mapping?: string,
): string | undefined {
  const value = record[key];
  const name = keyName(context, key);
  if (value === undefined) {
    const hint = mapping ? ` If the field has another name, set ${mapping}.` : '';
    context.problems.add(`missing "${key}" (${keysHint(record)}).`, {
      line: context.line,
      key: name,
      fix: `Add "${key}" with the text of the item.${hint}`,
    });
    return undefined;
  }
  if (typeof value !== 'string') {
    context.problems.add(`must be a string, found ${describeValue(value)}.`, {
      line: context.line,
      key: name,
      fix: 'Write the text in double quotes.',
    });
    return undefined;
  }
  if (value.trim() === '') {
    context.problems.add('is empty.', { line: context.line, key: name, fix: 'Write the text of the item.' });
    return undefined;
  }
  return value;
}

/**
 * An optional expected value. Strings are kept as they are; numbers and booleans become their text
 * (`3` -> "3", so GSM8K targets work); objects and arrays become their compact JSON; null means absent.
 */
export function expectedText(record: JsonRecord, key: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** An optional short label (an action name): a string or a number. */
export function optionalLabel(record: JsonRecord, key: string, context: FieldContext): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  context.problems.add(`must be a non-empty string, found ${describeValue(value)}.`, {
    line: context.line,
    key: keyName(context, key),
    fix: 'Write the label as a string, or leave the field out.',
  });
  return undefined;
}

/**
 * The expected action: a non-empty string, or absent. A number is a mistake here (the field metric compares
 * it with the answer's action, a string): it is reported rather than silently turned into text.
 */
export function actionLabel(record: JsonRecord, key: string, context: FieldContext): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  context.problems.add(`must be a non-empty string, found ${describeValue(value)}.`, {
    line: context.line,
    key: keyName(context, key),
    fix:
      typeof value === 'number'
        ? `Write the action name in double quotes (e.g. "${String(value)}"), or leave the field out.`
        : 'Write the action name as a string, or leave the field out.',
  });
  return undefined;
}

/** The category: a non-empty string (or a number), 'default' when absent. */
export function category(record: JsonRecord, key: string, context: FieldContext): string {
  return optionalLabel(record, key, context) ?? 'default';
}

/** An explicit id: a non-empty string or a finite number (`1` -> "1"); undefined when absent. */
export function explicitId(record: JsonRecord, key: string, context: FieldContext): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  context.problems.add(`must be a non-empty string or a number, found ${describeValue(value)}.`, {
    line: context.line,
    key: keyName(context, key),
    fix: 'Give the item a unique id, or leave the field out to have one generated.',
  });
  return undefined;
}

/** Optional free-form metadata: an object. */
export function metadata(
  record: JsonRecord,
  key: string,
  context: FieldContext,
): Record<string, unknown> | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (isRecord(value)) return value;
  context.problems.add(`must be an object, found ${describeValue(value)}.`, {
    line: context.line,
    key: keyName(context, key),
    fix: 'Write metadata as a JSON object, e.g. {"source": "manual"}.',
  });
  return undefined;
}

/** A unit that needs an id: an item, or a scenario (whose turns derive theirs from it). */
export interface IdUnit {
  /** The id the file gives, if any. */
  explicit?: string;
  line: number;
  /** What a generated id is a hash of (the unit's content). */
  basis: unknown;
}

/**
 * Final ids: explicit ids must be unique (a repeat is a problem naming both lines); a missing id is
 * generated as `<prefix>-<first 12 hex digits of the sha256 of the unit's content>`, so it stays the
 * same when items are added, removed or reordered (baseline pairing relies on that). Units with the
 * same content get `-2`, `-3`... in file order.
 */
export function assignIds(
  units: readonly IdUnit[],
  problems: ProblemList,
  key: string,
  prefix: string,
): string[] {
  const firstLine = new Map<string, number>();
  for (const unit of units) {
    if (unit.explicit === undefined) continue;
    const seen = firstLine.get(unit.explicit);
    if (seen === undefined) {
      firstLine.set(unit.explicit, unit.line);
      continue;
    }
    problems.add(
      `${problems.file}:${seen} and ${problems.file}:${unit.line} both have id ${JSON.stringify(truncate(unit.explicit, 80))}.`,
      {
        line: unit.line,
        key,
        fix: 'Ids must be unique: change one of them (or remove both to have ids generated).',
      },
    );
  }
  // Every id given (the usual case): nothing to generate, no need for the set of used ids.
  if (firstLine.size === units.length) return units.map((unit) => unit.explicit!);
  const used = new Set(firstLine.keys());
  return units.map((unit) => {
    if (unit.explicit !== undefined) return unit.explicit;
    const base = `${prefix}-${sha256Hex(stableStringify(unit.basis)).slice(0, 12)}`;
    let id = base;
    for (let copy = 2; used.has(id); copy++) id = `${base}-${copy}`;
    used.add(id);
    return id;
  });
}
