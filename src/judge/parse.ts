// Reading a judge's answer, failing closed: the answer must be one JSON object (a ```json fence around it is
// tolerated) that satisfies the answer schema exactly, checked with ajv whether or not the endpoint enforced the
// schema. Anything else (no JSON, extra or missing keys, a score outside the scale, a string where a number is
// due, N/A where the metric does not allow it, a refusal, an empty answer) is unusable: it never becomes a
// score, a pass or a zero.
import { Ajv, type ValidateFunction } from 'ajv';
import { PAIRWISE_SCHEMA, pointwiseSchema } from './prompt.js';
import type { JudgeMetricDefinition } from '../core/judge.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

export type Parsed<T> = ({ ok: true } & T) | { ok: false; problem: string };

/** The JSON object in an answer, or why there is none. */
export function extractJsonObject(
  content: string | null | undefined,
): Parsed<{ value: Record<string, unknown> }> {
  if (typeof content !== 'string' || content.trim() === '')
    return { ok: false, problem: 'the answer is empty' };
  let text = content.trim();
  const fence = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i.exec(text);
  if (fence) text = (fence[1] ?? '').trim();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end <= start) return { ok: false, problem: 'the answer holds no JSON object' };
    try {
      value = JSON.parse(text.slice(start, end + 1));
    } catch {
      return { ok: false, problem: 'the answer is not valid JSON' };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: 'the answer is not a JSON object' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

function schemaProblem(validate: ValidateFunction): string {
  const first = validate.errors?.[0];
  if (!first) return 'the answer does not match the format';
  const where = first.instancePath ? first.instancePath.slice(1) : 'the answer';
  const params = first.params as Record<string, unknown>;
  switch (first.keyword) {
    case 'required':
      return `${where} lacks "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `${where} has the unexpected key "${String(params.additionalProperty)}"`;
    case 'enum':
      return `${where} is outside the scale (${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
    default:
      return `${where} ${first.message ?? 'is invalid'}`;
  }
}

export interface PointwiseAnswer {
  reasoning: string;
  /** The chosen level (null when N/A). */
  raw: number | string | null;
  normalized: number | null;
  na: boolean;
}

/** A pointwise answer checked against the metric's scale. */
export function parsePointwise(
  metric: JudgeMetricDefinition,
  content: string | null | undefined,
  refusal?: string | null,
): Parsed<PointwiseAnswer> {
  if (typeof refusal === 'string' && refusal.trim() !== '') {
    return { ok: false, problem: `the judge refused: ${refusal.slice(0, 200)}` };
  }
  const json = extractJsonObject(content);
  if (!json.ok) return json;
  const validate = validatorFor(pointwiseSchema(metric));
  if (!validate(json.value)) return { ok: false, problem: schemaProblem(validate) };
  const value = json.value as { reasoning: string; score: number | string; na: boolean };
  if (value.na) {
    if (!metric.allowNa) return { ok: false, problem: 'N/A is not allowed for this metric' };
    return { ok: true, reasoning: value.reasoning, raw: null, normalized: null, na: true };
  }
  const level = metric.levels.find((candidate) => !candidate.na && candidate.value === value.score);
  if (!level || level.normalized === null) return { ok: false, problem: 'the score is outside the scale' };
  return { ok: true, reasoning: value.reasoning, raw: level.value, normalized: level.normalized, na: false };
}

export interface PairwiseAnswer {
  reasoning: string;
  winner: 'A' | 'B' | 'tie';
}

export function parsePairwise(
  content: string | null | undefined,
  refusal?: string | null,
): Parsed<PairwiseAnswer> {
  if (typeof refusal === 'string' && refusal.trim() !== '') {
    return { ok: false, problem: `the judge refused: ${refusal.slice(0, 200)}` };
  }
  const json = extractJsonObject(content);
  if (!json.ok) return json;
  const validate = validatorFor(PAIRWISE_SCHEMA);
  if (!validate(json.value)) return { ok: false, problem: schemaProblem(validate) };
  const value = json.value as unknown as PairwiseAnswer;
  return { ok: true, reasoning: value.reasoning, winner: value.winner };
}
