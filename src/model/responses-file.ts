// Answers collected beforehand, read from a file.
//
// format jsonl (the default): one JSON object per line (a JSON array of them is accepted too), keyed by
//   an id: {"id": "ta-001", "response": "..."}. The two field names are remappable through
//   `responses.fields` (GSM8K files: {id, generation}). Ids may be strings or numbers (1 -> "1").
// format bedrock: the Amazon Bedrock evaluation dataset JSONL, with the answer in
//   modelResponses[0].response. Bedrock lines carry no id, so answers are matched to dataset items on
//   the prompt text (the item's input must equal the line's `prompt`), never on line order.
//
// A null answer is kept as null: the item becomes an error item ("the file records null"), not a pass.
// A key seen twice is an error naming both lines (`on-duplicate: error`, the default), or with
// `on-duplicate: first` the first answer is kept and every later one is recorded in `duplicates`
// (its line, and whether its answer differed), so that the report can show it.
import type { ResponsesConfig } from '../core/config.js';
import { readBedrockRecords } from '../dataset/bedrock.js';
import { isRecord } from '../dataset/fields.js';
import {
  describeValue,
  readJsonArray,
  readJsonLines,
  readTextFile,
  skipWhitespace,
  truncate,
  type SourceRecord,
  type TextFile,
} from '../dataset/json-text.js';
import { ProblemList } from '../dataset/problems.js';

export interface ResponseEntry {
  /** The recorded answer; null when the file records none. */
  response: string | null;
  line: number;
}

/** A later answer for a key already answered, dropped under `on-duplicate: first`. */
export interface DroppedDuplicate {
  /** The id (or, for a Bedrock file, the prompt) answered twice. */
  id: string;
  /** Line of the dropped answer. */
  line: number;
  /** Line of the answer kept. */
  keptLine: number;
  /** Whether the dropped answer differs from the kept one. */
  differs: boolean;
}

export interface ResponseTable {
  /** The file, as shown to users (relative to the working directory when inside it). */
  file: string;
  format: 'jsonl' | 'bedrock';
  /** What the keys of `responses` are: dataset ids, or (Bedrock) prompt texts. */
  keyedBy: 'id' | 'prompt';
  responses: Map<string, ResponseEntry>;
  /** Answers dropped under `on-duplicate: first`, in file order. */
  duplicates: DroppedDuplicate[];
  /** sha256 of the file's bytes. */
  hash: string;
}

/**
 * The key a Bedrock answer is matched on: the prompt text, with line endings made `\n` and the ends
 * trimmed (nothing else: prompts that differ in their words are different prompts).
 */
export function promptKey(prompt: string): string {
  return prompt.replace(/\r\n?/g, '\n').trim();
}

export const DEFAULT_RESPONSE_FIELDS: ResponsesConfig['fields'] = { id: 'id', response: 'response' };

/** Reads a responses file; `config.path` is resolved against `baseDir`. Throws UserError(s) naming file:line. */
export async function loadResponses(config: ResponsesConfig, baseDir: string): Promise<ResponseTable> {
  const file = await readTextFile(config.path, baseDir, 'responses', 'responses.path');
  return parseResponses(file, config);
}

/** Parses a responses file already read into memory (see readTextFile). */
export function parseResponses(file: TextFile, config: ResponsesConfig): ResponseTable {
  const problems = new ProblemList(file.display);
  const startsArray = file.text[skipWhitespace(file.text, 0)] === '[';
  const records = startsArray ? readJsonArray(file, problems) : readJsonLines(file, problems);
  const format = config.format === 'auto' ? detectFormat(records) : config.format;
  const keyed =
    format === 'bedrock'
      ? readBedrockRecords(records, problems).map((record) => ({
          key: promptKey(record.prompt),
          response: record.response,
          line: record.line,
        }))
      : readKeyedRecords(records, config.fields, problems);
  const table: ResponseTable = {
    file: file.display,
    format,
    keyedBy: format === 'bedrock' ? 'prompt' : 'id',
    responses: new Map(),
    duplicates: [],
    hash: file.hash,
  };
  const noun = format === 'bedrock' ? 'prompt' : 'id';
  for (const entry of keyed) {
    const kept = table.responses.get(entry.key);
    if (kept === undefined) {
      table.responses.set(entry.key, { response: entry.response, line: entry.line });
      continue;
    }
    const differs = kept.response !== entry.response;
    if (config.onDuplicate === 'first') {
      table.duplicates.push({ id: entry.key, line: entry.line, keptLine: kept.line, differs });
      continue;
    }
    problems.add(
      `${file.display}:${kept.line} and ${file.display}:${entry.line} both have ${noun} ${JSON.stringify(truncate(entry.key, 80))} (${differs ? 'with different answers' : 'with the same answer'}).`,
      {
        line: entry.line,
        key: format === 'bedrock' ? 'prompt' : config.fields.id,
        fix: 'Remove the repeated line, or set responses.on-duplicate to first to keep the first answer of each (the report lists the others).',
      },
    );
  }
  problems.throwIfAny();
  return table;
}

function detectFormat(records: readonly SourceRecord[]): 'jsonl' | 'bedrock' {
  const first = records.find((record) => isRecord(record.value))?.value as
    Record<string, unknown> | undefined;
  return first !== undefined && 'modelResponses' in first && 'prompt' in first ? 'bedrock' : 'jsonl';
}

function readKeyedRecords(
  records: readonly SourceRecord[],
  fields: ResponsesConfig['fields'],
  problems: ProblemList,
): { key: string; response: string | null; line: number }[] {
  const result: { key: string; response: string | null; line: number }[] = [];
  for (const { value, line } of records) {
    if (!isRecord(value)) {
      problems.add(`expected an object, found ${describeValue(value)}.`, {
        line,
        fix: `Write each line as {"${fields.id}": "...", "${fields.response}": "..."}.`,
      });
      continue;
    }
    const keys = Object.keys(value)
      .map((key) => `"${key}"`)
      .join(', ');
    const rawId = value[fields.id];
    let key: string | undefined;
    if (rawId === undefined) {
      problems.add(`missing "${fields.id}" (the record has ${keys || 'no fields'}).`, {
        line,
        key: fields.id,
        fix:
          'modelResponses' in value
            ? 'This line looks like a Bedrock record: set responses.format to bedrock.'
            : 'Give every answer the id of its dataset item, or set responses.fields.id to the field that holds it.',
      });
    } else if (typeof rawId === 'number' && Number.isFinite(rawId)) key = String(rawId);
    else if (typeof rawId === 'string' && rawId.trim() !== '') key = rawId;
    else {
      problems.add(`must be a non-empty string or a number, found ${describeValue(rawId)}.`, {
        line,
        key: fields.id,
        fix: 'Give every answer the id of its dataset item.',
      });
    }
    const rawResponse = value[fields.response];
    let response: string | null | undefined;
    if (rawResponse === undefined) {
      problems.add(`missing "${fields.response}" (the record has ${keys || 'no fields'}).`, {
        line,
        key: fields.response,
        fix: `Write the answer there (null when none was recorded), or set responses.fields.response to the field that holds it.`,
      });
    } else if (rawResponse === null || typeof rawResponse === 'string') response = rawResponse;
    else if (typeof rawResponse === 'number' || typeof rawResponse === 'boolean')
      response = String(rawResponse);
    else {
      problems.add(`must be a string or null, found ${describeValue(rawResponse)}.`, {
        line,
        key: fields.response,
        fix: 'Write the model\'s answer exactly as it was returned, as a string (JSON answers too: "{\\"action\\": ...}").',
      });
    }
    if (key !== undefined && response !== undefined) result.push({ key, response, line });
  }
  return result;
}
