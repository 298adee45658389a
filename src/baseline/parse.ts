import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { UserError } from '../core/errors.js';
import {
  LineIndex,
  elementOffsets,
  findJsonSyntaxError,
  memberValueOffset,
  skipWhitespace,
} from '../dataset/json-text.js';
import { ProblemList } from '../dataset/problems.js';
import { BASELINE_KIND, BASELINE_SCHEMA_VERSION, type BaselineRecord } from './types.js';

const itemSchema = {
  type: 'object',
  required: ['id', 'category', 'scores', 'error'],
  properties: {
    id: { type: 'string' },
    category: { type: 'string' },
    scores: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
    outputHash: { type: ['string', 'null'] },
    output: { type: ['string', 'null'] },
    error: { type: 'boolean' },
  },
};

const historyMetricSchema = {
  type: 'object',
  required: ['value', 'n'],
  properties: {
    value: { type: ['number', 'null'] },
    lower: { type: 'number' },
    upper: { type: 'number' },
    n: { type: 'integer', minimum: 0 },
  },
};

const historyEntrySchema = {
  type: 'object',
  required: ['date', 'decision', 'metrics'],
  properties: {
    date: { type: 'string' },
    sha: { type: 'string' },
    runId: { type: 'string' },
    decision: { enum: ['deploy', 'block', 'error'] },
    metrics: { type: 'object', additionalProperties: historyMetricSchema },
  },
};

const recordSchema = {
  type: 'object',
  required: [
    'kind',
    'schemaVersion',
    'name',
    'createdAt',
    'datasetHash',
    'configHash',
    'metricSpecs',
    'items',
    'aggregates',
  ],
  properties: {
    kind: { const: BASELINE_KIND },
    schemaVersion: { type: 'integer' },
    name: { type: 'string' },
    createdAt: { type: 'string' },
    datasetHash: { type: 'string' },
    configHash: { type: 'string' },
    metricHashes: { type: 'object', additionalProperties: { type: 'string' } },
    metricSpecs: {
      type: 'array',
      items: { type: 'object', required: ['name', 'kind', 'higherIsBetter'] },
    },
    items: { type: 'array', items: itemSchema },
    aggregates: { type: 'object' },
    history: { type: 'array', items: historyEntrySchema },
  },
};

let compiled: ValidateFunction | undefined;
/** Compiled on first use: a run whose baseline passes the quick check below does not pay for it. */
export const recordValidator = (): ValidateFunction =>
  (compiled ??= new Ajv({ allErrors: false, strict: false }).compile(recordSchema));

type Test = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Test = (value) => typeof value === 'string';
const isFiniteNumber: Test = (value) => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull: Test = (value) => value === null || isFiniteNumber(value);
const isStringOrNull: Test = (value) => value === null || typeof value === 'string';
const optional =
  (test: Test): Test =>
  (value) =>
    value === undefined || test(value);
const everyValue = (record: Record<string, unknown>, test: Test): boolean => {
  for (const key in record) if (!test(record[key])) return false;
  return true;
};
/** Like Array.prototype.every, but a hole counts as undefined (as for ajv). */
const everyElement = (array: unknown, test: Test): boolean => {
  if (!Array.isArray(array)) return false;
  for (let index = 0; index < array.length; index++) if (!test(array[index])) return false;
  return true;
};
const DECISIONS: unknown[] = ['deploy', 'block', 'error'];

const isOptionalStringOrNull = optional(isStringOrNull);
const isItem: Test = (item) =>
  isObject(item) &&
  typeof item.id === 'string' &&
  typeof item.category === 'string' &&
  isObject(item.scores) &&
  everyValue(item.scores, isNumberOrNull) &&
  isOptionalStringOrNull(item.outputHash) &&
  isOptionalStringOrNull(item.output) &&
  typeof item.error === 'boolean';

const isHistoryMetric: Test = (metric) =>
  isObject(metric) &&
  isNumberOrNull(metric.value) &&
  Number.isInteger(metric.n) &&
  (metric.n as number) >= 0 &&
  optional(isFiniteNumber)(metric.lower) &&
  optional(isFiniteNumber)(metric.upper);

const isHistoryEntry: Test = (entry) =>
  isObject(entry) &&
  typeof entry.date === 'string' &&
  optional(isString)(entry.sha) &&
  optional(isString)(entry.runId) &&
  DECISIONS.includes(entry.decision) &&
  isObject(entry.metrics) &&
  everyValue(entry.metrics, isHistoryMetric);

/**
 * True only when the record certainly matches recordSchema: the same checks, or stricter (numbers must be
 * finite). A good baseline passes without ajv; anything else goes to ajv, whose first error is reported.
 */
export function surelyMatchesRecordSchema(raw: unknown): boolean {
  return (
    isObject(raw) &&
    raw.kind === BASELINE_KIND &&
    Number.isInteger(raw.schemaVersion) &&
    typeof raw.name === 'string' &&
    typeof raw.createdAt === 'string' &&
    typeof raw.datasetHash === 'string' &&
    typeof raw.configHash === 'string' &&
    optional((hashes) => isObject(hashes) && everyValue(hashes, isString))(raw.metricHashes) &&
    everyElement(
      raw.metricSpecs,
      (spec) =>
        isObject(spec) &&
        spec.name !== undefined &&
        spec.kind !== undefined &&
        spec.higherIsBetter !== undefined,
    ) &&
    everyElement(raw.items, isItem) &&
    isObject(raw.aggregates) &&
    optional((history) => everyElement(history, isHistoryEntry))(raw.history)
  );
}

const REWRITE = 'Delete it (the next accepted run writes a new one) or point `baseline` at a good one.';

type KeyPath = (string | number)[];

/**
 * True only when `raw` is certainly a good baseline of this format version, one that parseBaseline accepts
 * as it is: the quick checks, without positions for messages. Anything else needs parseBaseline.
 */
export function surelyGoodBaseline(raw: unknown): raw is BaselineRecord {
  return (
    surelyMatchesRecordSchema(raw) &&
    (raw as BaselineRecord).schemaVersion === BASELINE_SCHEMA_VERSION &&
    surelyGoodNumbers(raw as BaselineRecord)
  );
}

/**
 * Parses and checks a stored baseline; a record of another format version or a damaged one is a UserError
 * naming the line and key path: bad JSON, a wrong shape, a number that is not finite (1e999), or a score of a
 * binary metric that is not 0 or 1.
 */
export function parseBaseline(text: string, origin: string): BaselineRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const lines = new LineIndex(text);
    const where = (offset: number): string =>
      `line ${lines.lineAt(offset)}, column ${lines.columnAt(offset)}`;
    const problem = findJsonSyntaxError(text, where, skipWhitespace(text, 0));
    const reason = problem
      ? `at ${where(problem.offset)}: ${problem.message}`
      : `(${(error as Error).message})`;
    throw new UserError(`the baseline is not valid JSON ${reason}.`, {
      file: origin,
      line: problem ? lines.lineAt(problem.offset) : 1,
      fix: REWRITE,
    });
  }
  // Lines are counted only to name the place of a problem: a good baseline never needs them.
  let lines: LineIndex | undefined;
  const at = (keyPath: KeyPath) => locate(text, (lines ??= new LineIndex(text)), keyPath);
  const record = raw as { kind?: unknown; schemaVersion?: unknown } | null;
  const isObject = record !== null && typeof record === 'object' && !Array.isArray(record);
  if (!isObject || record.kind !== BASELINE_KIND) {
    const found =
      isObject && record.kind !== undefined ? `"kind" is ${JSON.stringify(record.kind)}` : 'it has no "kind"';
    throw new UserError(`this is not an evalgate baseline: ${found}, expected "${BASELINE_KIND}".`, {
      file: origin,
      ...(isObject && record.kind !== undefined ? { ...at(['kind']), key: 'kind' } : { line: 1 }),
      fix: 'Point `baseline` at a baseline.json written by evalgate, or remove it.',
    });
  }
  if (record.schemaVersion !== BASELINE_SCHEMA_VERSION) {
    throw new UserError(
      `the baseline has format version ${String(record.schemaVersion)}, this evalgate reads version ${BASELINE_SCHEMA_VERSION}.`,
      {
        file: origin,
        ...at(['schemaVersion']),
        key: 'schemaVersion',
        fix: 'Re-create the baseline with this evalgate version (run it on the baseline branch).',
      },
    );
  }
  const validate = surelyMatchesRecordSchema(raw) ? undefined : recordValidator();
  if (validate && !validate(raw)) {
    const first = validate.errors?.[0];
    const keyPath = first ? pathOf(first) : [];
    throw new UserError(
      `this is not an evalgate baseline: ${first ? describeError(first) : 'unknown shape'}.`,
      {
        file: origin,
        ...at(keyPath),
        key: renderKey(keyPath),
        fix: 'Point `baseline` at a baseline.json written by evalgate, or remove it.',
      },
    );
  }
  const baseline = raw as unknown as BaselineRecord;
  if (!(validate === undefined && surelyGoodNumbers(baseline))) checkNumbers(baseline, origin, at);
  return baseline;
}

const binaryMetrics = (baseline: BaselineRecord): Set<string> =>
  new Set(baseline.metricSpecs.filter((spec) => spec.kind === 'binary').map((spec) => spec.name));

const ITEM_KEYS = new Set(Object.keys(itemSchema.properties));

/**
 * True only when checkNumbers certainly finds nothing in a record that passed the quick schema check, whose
 * scores are then finite or null and whose other item keys hold no number: every item has only the keys of the
 * schema, every binary score is 0, 1 or null, and no number outside the items is too large. One pass over the
 * items, instead of walking every value with its key path.
 */
function surelyGoodNumbers(baseline: BaselineRecord): boolean {
  const binary = binaryMetrics(baseline);
  for (const item of baseline.items) {
    for (const key in item) if (!ITEM_KEYS.has(key)) return false;
    for (const metric in item.scores) {
      const score = item.scores[metric];
      if (score !== null && score !== 0 && score !== 1 && binary.has(metric)) return false;
    }
  }
  return nonFiniteNumbers({ ...baseline, items: [] }).length === 0;
}

/** Every number must be finite, and every score of a binary metric 0 or 1 (or null). */
function checkNumbers(baseline: BaselineRecord, origin: string, at: (keyPath: KeyPath) => { line: number }) {
  const problems = new ProblemList(origin);
  const add = (keyPath: KeyPath, message: string) =>
    problems.add(message, { ...at(keyPath), key: renderKey(keyPath), fix: REWRITE });
  const binary = binaryMetrics(baseline);
  for (const keyPath of nonFiniteNumbers(baseline)) {
    add(keyPath, 'must be a finite number, found a number too large to represent (read as Infinity).');
  }
  baseline.items.forEach((item, index) => {
    for (const metric in item.scores) {
      const score = item.scores[metric] ?? null;
      if (!binary.has(metric) || score === null || !Number.isFinite(score)) continue;
      if (score !== 0 && score !== 1) {
        add(
          ['items', index, 'scores', metric],
          `must be 0 or 1 (${metric} is a binary metric), found ${score}.`,
        );
      }
    }
  });
  problems.throwIfAny();
}

/** Key paths of the numbers that are not finite (JSON.parse reads 1e999 as Infinity); one mutable path, copied on a find. */
function nonFiniteNumbers(root: unknown): KeyPath[] {
  const found: KeyPath[] = [];
  const keyPath: KeyPath = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) found.push([...keyPath]);
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        keyPath.push(index);
        walk(value[index]);
        keyPath.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        keyPath.push(key);
        walk((value as Record<string, unknown>)[key]);
        keyPath.pop();
      }
    }
  };
  walk(root);
  return found;
}

/** The line of the value at `keyPath` in the (valid) JSON text, or of its nearest parent found. */
function locate(text: string, lines: LineIndex, keyPath: KeyPath): { line: number } {
  let offset = skipWhitespace(text, 0);
  for (const part of keyPath) {
    const next =
      typeof part === 'number'
        ? text[offset] === '['
          ? elementOffsets(text, offset)[part]
          : undefined
        : text[offset] === '{'
          ? memberValueOffset(text, offset, part)
          : undefined;
    if (next === undefined) break;
    offset = next;
  }
  return { line: lines.lineAt(offset) };
}

function pathOf(error: ErrorObject): KeyPath {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part): string | number => (/^\d+$/.test(part) ? Number(part) : part));
}

function describeError(error: ErrorObject): string {
  if (error.keyword === 'required') return `missing "${String(error.params.missingProperty)}"`;
  return error.message ?? 'invalid';
}

function renderKey(keyPath: KeyPath): string {
  if (keyPath.length === 0) return '(top level)';
  return keyPath.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}
