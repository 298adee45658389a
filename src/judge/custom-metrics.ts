// Custom judge metrics in Amazon Bedrock's `customMetricDefinition` format (CreateEvaluationJob API):
//   {"customMetricDefinition": {"name", "instructions", "ratingScale": [{"definition", "value": {"floatValue"} |
//   {"stringValue"}}]}}
// A file may hold one such object, an array of them, or a `customMetricConfig`-like `{"customMetrics": [...]}`.
// `metricName` is accepted as an alias of `name` (some guides use it; the API itself does not).
//
// Every problem of every file is reported at once, each with its file and key. On top of the API's own rules,
// evalgate needs a rating scale (it is how an answer becomes a score), `{{prediction}}` in the instructions (or
// the judge never sees the answer), at least two scored levels, one value type per scale and distinct values.
//
// Scores: float levels are normalized by value, (v − min)/(max − min); string levels by their position in the
// list, first = lowest. A level whose definition starts with "N/A" or "Not applicable" is the N/A level: the
// judge's choice of it becomes null, never a score. A scale of exactly two scored levels is a yes/no metric,
// aggregated as a rate (`judge_<name>_rate`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { decodeUtf8, describeUtf8Fault } from '../core/utf8.js';
import { LineIndex, findJsonSyntaxError } from '../dataset/json-text.js';
import type { JudgeMetricDefinition, RatingLevel } from '../core/judge.js';

export const TEMPLATE_VARIABLES = ['prompt', 'prediction', 'ground_truth'] as const;

const definitionSchema = {
  type: 'object',
  required: ['instructions'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 63, pattern: '^[0-9a-zA-Z_.-]+$' },
    metricName: { type: 'string', minLength: 1, maxLength: 63, pattern: '^[0-9a-zA-Z_.-]+$' },
    instructions: { type: 'string', minLength: 1, maxLength: 5000 },
    ratingScale: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      items: {
        type: 'object',
        required: ['definition', 'value'],
        additionalProperties: false,
        properties: {
          definition: { type: 'string', minLength: 1, maxLength: 100 },
          value: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            maxProperties: 1,
            properties: {
              floatValue: { type: 'number' },
              stringValue: { type: 'string', minLength: 1, maxLength: 100 },
            },
          },
        },
      },
    },
  },
} as const;

const entrySchema = {
  type: 'object',
  required: ['customMetricDefinition'],
  additionalProperties: false,
  properties: { customMetricDefinition: definitionSchema },
} as const;

let compiledEntry: ValidateFunction | undefined;
/** Compiled on first use: a run without custom-metric files does not pay for it. */
const entryValidator = (): ValidateFunction =>
  (compiledEntry ??= new Ajv({ allErrors: true, strict: false }).compile(entrySchema));

/** One problem: the file, where in it, and what is wrong. */
export interface MetricFileProblem {
  file: string;
  key: string;
  message: string;
}

export interface LoadedCustomMetrics {
  metrics: JudgeMetricDefinition[];
  problems: MetricFileProblem[];
}

function renderPointer(prefix: string, pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce(
    (text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    prefix,
  );
}

function ajvMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required key "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown key "${String(params.additionalProperty)}"`;
    case 'minProperties':
    case 'maxProperties':
      return 'must hold exactly one of floatValue or stringValue';
    default:
      return error.message ?? 'is invalid';
  }
}

const NA_DEFINITION = /^\s*(?:n\s*\/\s*a\b|not\s+applicable\b)/i;

/** Entries of a metric file, with the key path each sits at. */
function entriesOf(data: unknown): { entry: unknown; key: string }[] | string {
  if (Array.isArray(data)) return data.map((entry, index) => ({ entry, key: `[${index}]` }));
  if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (Array.isArray(record.customMetrics)) {
      return record.customMetrics.map((entry, index) => ({ entry, key: `customMetrics[${index}]` }));
    }
    return [{ entry: data, key: '' }];
  }
  return 'must be a JSON object {"customMetricDefinition": {...}}, an array of them, or {"customMetrics": [...]}';
}

/** snake_case metric name from a Bedrock name (`policy-compliance.v2` -> `policy_compliance_v2`). */
export function snakeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'm_$1');
}

/** Reads and validates custom metric files; returns the metrics that are valid and every problem found. */
export function loadCustomMetrics(files: readonly string[], baseDir: string): LoadedCustomMetrics {
  const metrics: JudgeMetricDefinition[] = [];
  const problems: MetricFileProblem[] = [];
  for (const relative of files) {
    const file = path.resolve(baseDir, relative);
    const report = (key: string, message: string) => problems.push({ file: relative, key, message });
    const read = readJson(file);
    if (!read.ok) {
      report('', read.problem);
      continue;
    }
    const data = read.value;
    const entries = entriesOf(data);
    if (typeof entries === 'string') {
      report('', entries);
      continue;
    }
    if (entries.length === 0) report('', 'holds no metric');
    for (const { entry, key } of entries) {
      const metric = checkEntry(entry, key, relative, report);
      if (metric) metrics.push(metric);
    }
  }
  return { metrics, problems };
}

/** A metric file's JSON, or what is wrong with it: a syntax error or a byte that is not UTF-8 at its line. */
function readJson(file: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `cannot read the file (${code ?? String(error)})` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problem: `not UTF-8 text: ${describeUtf8Fault(decoded.fault)}` };
  const text = decoded.text;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const lines = new LineIndex(text);
    const where = (offset: number): string =>
      `line ${lines.lineAt(offset)}, column ${lines.columnAt(offset)}`;
    const problem = findJsonSyntaxError(text, where);
    return {
      ok: false,
      problem: problem
        ? `not valid JSON at ${where(problem.offset)}: ${problem.message}`
        : `not valid JSON: ${(error as Error).message}`,
    };
  }
}

function checkEntry(
  entry: unknown,
  key: string,
  relative: string,
  report: (key: string, message: string) => void,
): JudgeMetricDefinition | undefined {
  let ok = true;
  const validateEntry = entryValidator();
  if (!validateEntry(entry)) {
    for (const error of validateEntry.errors ?? []) {
      const at =
        error.keyword === 'additionalProperties'
          ? renderPointer(key, `${error.instancePath}/${String(error.params.additionalProperty)}`)
          : renderPointer(key, error.instancePath);
      report(at || '(top level)', ajvMessage(error));
    }
    ok = false;
  }
  if (entry === null || typeof entry !== 'object') return undefined;
  const definition = (entry as Record<string, unknown>).customMetricDefinition;
  if (definition === null || typeof definition !== 'object') return undefined;
  const raw = definition as Record<string, unknown>;
  const at = (suffix: string) => renderPointer(key, `/customMetricDefinition${suffix}`);
  const name =
    typeof raw.name === 'string' ? raw.name : typeof raw.metricName === 'string' ? raw.metricName : '';
  if (raw.name === undefined && raw.metricName === undefined) {
    report(at(''), 'missing required key "name"');
    ok = false;
  }
  if (typeof raw.name === 'string' && typeof raw.metricName === 'string' && raw.name !== raw.metricName) {
    report(at('/metricName'), `"metricName" (${raw.metricName}) differs from "name" (${raw.name}); keep one`);
    ok = false;
  }
  const instructions = typeof raw.instructions === 'string' ? raw.instructions : '';
  if (instructions) {
    const used = [...instructions.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((match) => match[1] ?? '');
    for (const variable of used) {
      if (!(TEMPLATE_VARIABLES as readonly string[]).includes(variable)) {
        report(
          at('/instructions'),
          `unknown variable {{${variable}}}; the variables are {{prompt}}, {{prediction}} and {{ground_truth}}`,
        );
        ok = false;
      }
    }
    if (!used.includes('prediction')) {
      report(
        at('/instructions'),
        'must contain {{prediction}}, or the judge never sees the answer it grades',
      );
      ok = false;
    }
  }
  const scale = Array.isArray(raw.ratingScale) ? (raw.ratingScale as unknown[]) : undefined;
  if (raw.ratingScale === undefined) {
    report(at(''), "has no ratingScale: evalgate needs one to turn the judge's answer into a score");
    ok = false;
  }
  const levels: RatingLevel[] = [];
  if (scale) {
    const kinds = new Set<string>();
    const seen = new Map<string, number>();
    scale.forEach((level, index) => {
      if (level === null || typeof level !== 'object') return;
      const value = (level as Record<string, unknown>).value as Record<string, unknown> | undefined;
      const definitionText = (level as Record<string, unknown>).definition;
      if (!value || typeof value !== 'object' || typeof definitionText !== 'string') return;
      const float = typeof value.floatValue === 'number' ? value.floatValue : undefined;
      const text = typeof value.stringValue === 'string' ? value.stringValue : undefined;
      const chosen = float ?? text;
      if (chosen === undefined || (float !== undefined && text !== undefined)) return;
      const na = NA_DEFINITION.test(definitionText) || (text !== undefined && NA_DEFINITION.test(text));
      if (!na) kinds.add(float !== undefined ? 'floatValue' : 'stringValue');
      const identity = JSON.stringify(chosen);
      const previous = seen.get(identity);
      if (previous !== undefined) {
        report(
          at(`/ratingScale/${index}/value`),
          `repeats the value ${identity} of ratingScale[${previous}]`,
        );
        ok = false;
      }
      seen.set(identity, index);
      levels.push({ value: chosen, definition: definitionText, na, normalized: null });
    });
    if (kinds.size > 1) {
      report(at('/ratingScale'), 'mixes floatValue and stringValue levels; use one kind per scale');
      ok = false;
    }
    const scored = levels.filter((level) => !level.na);
    if (scale.length > 0 && scored.length < 2) {
      report(at('/ratingScale'), 'needs at least two levels that are not N/A');
      ok = false;
    }
    if (levels.filter((level) => level.na).length > 1) {
      report(at('/ratingScale'), 'has more than one N/A level');
      ok = false;
    }
  }
  if (!ok) return undefined;
  const scored = levels.filter((level) => !level.na);
  if (scored.every((level) => typeof level.value === 'number')) {
    const values = scored.map((level) => level.value as number);
    const min = Math.min(...values);
    const max = Math.max(...values);
    for (const level of scored) level.normalized = ((level.value as number) - min) / (max - min);
  } else {
    scored.forEach((level, index) => (level.normalized = index / (scored.length - 1)));
  }
  const snake = snakeName(name);
  const binary = scored.length === 2;
  return {
    name: snake,
    displayName: name,
    source: 'custom',
    file: relative,
    instructions,
    levels,
    allowNa: levels.some((level) => level.na),
    kind: binary ? 'binary' : 'continuous',
    higherIsBetter: true,
    scoreName: `judge_${snake}`,
    aggregateName: binary ? `judge_${snake}_rate` : undefined,
    agreementLevel: binary || scored.some((level) => typeof level.value === 'string') ? 'nominal' : 'ordinal',
    onModelError: 'fail',
  };
}
