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
import path from 'node:path';
import type { ResponsesConfig } from '../core/config.js';
import { readBedrockRecords } from '../dataset/bedrock.js';
import { isRecord } from '../dataset/fields.js';
import { readValidJsonLines } from '../dataset/json-lines-file.js';
import {
  describeValue,
  displayPath,
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
  const fast = await loadValidJsonLines(config, baseDir);
  if (fast !== undefined) return fast;
  const file = await readTextFile(config.path, baseDir, 'responses', 'responses.path');
  return parseResponses(file, config);
}

/**
 * The fast path of a valid JSONL file of keyed answers (see readValidJsonLines); undefined when it does
 * not apply, and then parseResponses reads the file and explains what is wrong with it.
 */
async function loadValidJsonLines(
  config: ResponsesConfig,
  baseDir: string,
): Promise<ResponseTable | undefined> {
  if (config.format === 'bedrock') return undefined;
  const absolute = path.resolve(baseDir, config.path);
  const display = displayPath(absolute);
  const problems = new ProblemList(display);
  const answers = new AnswerCollector(display, 'jsonl', config, problems);
  const hash = await readValidJsonLines(absolute, {
    accepts: (first) => formatOf(first) === 'jsonl',
    add: ({ value, line }) => readKeyedRecord(value, line, config.fields, problems, answers),
  });
  if (hash === undefined) return undefined;
  problems.throwIfAny();
  return answers.table(hash);
}

/** Parses a responses file already read into memory (see readTextFile). */
export function parseResponses(file: TextFile, config: ResponsesConfig): ResponseTable {
  const problems = new ProblemList(file.display);
  const startsArray = file.text[skipWhitespace(file.text, 0)] === '[';
  const records = startsArray ? readJsonArray(file, problems) : readJsonLines(file, problems);
  const format = config.format === 'auto' ? detectFormat(records) : config.format;
  const answers = new AnswerCollector(file.display, format, config, problems);
  if (format === 'bedrock') {
    for (const record of readBedrockRecords(records, problems)) {
      answers.add(promptKey(record.prompt), record.response, record.line);
    }
  } else {
    for (const { value, line } of records) readKeyedRecord(value, line, config.fields, problems, answers);
  }
  problems.throwIfAny();
  return answers.table(file.hash);
}

/** The answers of a file by key; a key answered twice is handled as `on-duplicate` says. */
class AnswerCollector {
  private readonly responses = new Map<string, ResponseEntry>();
  private readonly duplicates: DroppedDuplicate[] = [];

  constructor(
    private readonly display: string,
    private readonly format: ResponseTable['format'],
    private readonly config: ResponsesConfig,
    private readonly problems: ProblemList,
  ) {}

  add(key: string, response: string | null, line: number): void {
    const kept = this.responses.get(key);
    if (kept === undefined) {
      this.responses.set(key, { response, line });
      return;
    }
    const differs = kept.response !== response;
    if (this.config.onDuplicate === 'first') {
      this.duplicates.push({ id: key, line, keptLine: kept.line, differs });
      return;
    }
    const { display, format } = this;
    const noun = format === 'bedrock' ? 'prompt' : 'id';
    this.problems.add(
      `${display}:${kept.line} and ${display}:${line} both have ${noun} ${JSON.stringify(truncate(key, 80))} (${differs ? 'with different answers' : 'with the same answer'}).`,
      {
        line,
        key: format === 'bedrock' ? 'prompt' : this.config.fields.id,
        fix: 'Remove the repeated line, or set responses.on-duplicate to first to keep the first answer of each (the report lists the others).',
      },
    );
  }

  table(hash: string): ResponseTable {
    return {
      file: this.display,
      format: this.format,
      keyedBy: this.format === 'bedrock' ? 'prompt' : 'id',
      responses: this.responses,
      duplicates: this.duplicates,
      hash,
    };
  }
}

function detectFormat(records: readonly SourceRecord[]): 'jsonl' | 'bedrock' {
  const first = records.find((record) => isRecord(record.value))?.value as
    Record<string, unknown> | undefined;
  return first === undefined ? 'jsonl' : formatOf(first);
}

/** The format of a file whose first object record is `first`. */
function formatOf(first: Record<string, unknown>): 'jsonl' | 'bedrock' {
  return 'modelResponses' in first && 'prompt' in first ? 'bedrock' : 'jsonl';
}

/** Adds the id and answer of a record to `answers`; a bad record is a problem instead. */
function readKeyedRecord(
  value: unknown,
  line: number,
  fields: ResponsesConfig['fields'],
  problems: ProblemList,
  answers: AnswerCollector,
): void {
  if (!isRecord(value)) {
    problems.add(`expected an object, found ${describeValue(value)}.`, {
      line,
      fix: `Write each line as {"${fields.id}": "...", "${fields.response}": "..."}.`,
    });
    return;
  }
  const key = answerKey(value, line, fields, problems);
  const response = answerText(value, line, fields, problems);
  if (key !== undefined && response !== undefined) answers.add(key, response, line);
}

function answerKey(
  record: Record<string, unknown>,
  line: number,
  fields: ResponsesConfig['fields'],
  problems: ProblemList,
): string | undefined {
  const rawId = record[fields.id];
  if (rawId === undefined) {
    problems.add(`missing "${fields.id}" (the record has ${fieldList(record) || 'no fields'}).`, {
      line,
      key: fields.id,
      fix:
        'modelResponses' in record
          ? 'This line looks like a Bedrock record: set responses.format to bedrock.'
          : 'Give every answer the id of its dataset item, or set responses.fields.id to the field that holds it.',
    });
    return undefined;
  }
  if (typeof rawId === 'number' && Number.isFinite(rawId)) return String(rawId);
  if (typeof rawId === 'string' && rawId.trim() !== '') return rawId;
  problems.add(`must be a non-empty string or a number, found ${describeValue(rawId)}.`, {
    line,
    key: fields.id,
    fix: 'Give every answer the id of its dataset item.',
  });
  return undefined;
}

function answerText(
  record: Record<string, unknown>,
  line: number,
  fields: ResponsesConfig['fields'],
  problems: ProblemList,
): string | null | undefined {
  const rawResponse = record[fields.response];
  if (rawResponse === undefined) {
    problems.add(`missing "${fields.response}" (the record has ${fieldList(record) || 'no fields'}).`, {
      line,
      key: fields.response,
      fix: `Write the answer there (null when none was recorded), or set responses.fields.response to the field that holds it.`,
    });
    return undefined;
  }
  if (rawResponse === null || typeof rawResponse === 'string') return rawResponse;
  if (typeof rawResponse === 'number' || typeof rawResponse === 'boolean') return String(rawResponse);
  problems.add(`must be a string or null, found ${describeValue(rawResponse)}.`, {
    line,
    key: fields.response,
    fix: 'Write the model\'s answer exactly as it was returned, as a string (JSON answers too: "{\\"action\\": ...}").',
  });
  return undefined;
}

function fieldList(record: Record<string, unknown>): string {
  return Object.keys(record)
    .map((key) => `"${key}"`)
    .join(', ');
}
