// Format `bedrock`: the Amazon Bedrock evaluation dataset JSONL, one line per prompt:
//   {"prompt": "...", "referenceResponse": "...", "category": "...",
//    "modelResponses": [{"response": "...", "modelIdentifier": "my-app-v1"}]}
// `modelResponses[0].response` is an answer collected beforehand: it becomes DatasetItem.precomputed
// (a missing or null response -> null, which becomes an error item). Bedrock requires exactly one
// modelResponses entry and one modelIdentifier per job; evalgate checks both. Lines carry no id, so ids
// are generated from the content (see assignIds). A JSON array of such records is accepted too.
import type { DatasetItem } from '../core/types.js';
import {
  assignIds,
  category,
  expectedText,
  isRecord,
  requiredText,
  type IdUnit,
  type JsonRecord,
} from './fields.js';
import { describeValue, truncate, type SourceRecord } from './json-text.js';
import type { ProblemList } from './problems.js';

/** One Bedrock record read: its prompt, reference, category and the recorded answer. */
export interface BedrockRecord {
  prompt: string;
  referenceResponse?: string;
  category: string;
  /** null when the line records no answer. */
  response: string | null;
  modelIdentifier?: string;
  line: number;
}

/** Turns parsed Bedrock records into items, adding a problem for every bad field. */
export function bedrockItems(
  records: readonly SourceRecord[],
  file: string,
  problems: ProblemList,
): DatasetItem[] {
  const parsed = readBedrockRecords(records, problems);
  const ids = assignIds(
    parsed.map((record): IdUnit => ({
      line: record.line,
      basis: { input: record.prompt, expectedOutput: record.referenceResponse },
    })),
    problems,
    'id',
    'item',
  );
  return parsed.map((record, index) => {
    const item: DatasetItem = {
      id: ids[index]!,
      category: record.category,
      input: record.prompt,
      source: { file, line: record.line },
      precomputed: record.response,
    };
    if (record.referenceResponse !== undefined) item.expectedOutput = record.referenceResponse;
    if (record.modelIdentifier !== undefined) item.metadata = { modelIdentifier: record.modelIdentifier };
    return item;
  });
}

/** Validates Bedrock records (shared with the responses-file reader); problems go to `problems`. */
export function readBedrockRecords(records: readonly SourceRecord[], problems: ProblemList): BedrockRecord[] {
  const result: BedrockRecord[] = [];
  let firstModel: { id: string; line: number } | undefined;
  for (const { value, line } of records) {
    if (!isRecord(value)) {
      problems.add(`expected an object (one Bedrock record), found ${describeValue(value)}.`, {
        line,
        fix: 'Write each line as {"prompt": "...", "referenceResponse": "...", "modelResponses": [{"response": "...", "modelIdentifier": "..."}]}.',
      });
      continue;
    }
    const context = { problems, line };
    const prompt = requiredText(value, 'prompt', context);
    const reference = referenceOf(value, line, problems);
    const itemCategory = category(value, 'category', context);
    const answer = answerOf(value, line, problems);
    if (answer?.modelIdentifier !== undefined) {
      if (firstModel === undefined) firstModel = { id: answer.modelIdentifier, line };
      else if (firstModel.id !== answer.modelIdentifier) {
        problems.add(
          `modelIdentifier ${JSON.stringify(truncate(answer.modelIdentifier, 60))} differs from ${JSON.stringify(truncate(firstModel.id, 60))} on line ${firstModel.line}.`,
          {
            line,
            key: 'modelResponses[0].modelIdentifier',
            fix: 'A Bedrock dataset holds the answers of one model: split the file per model.',
          },
        );
      }
    }
    if (prompt === undefined || answer === undefined) continue;
    const record: BedrockRecord = { prompt, category: itemCategory, response: answer.response, line };
    if (reference !== undefined) record.referenceResponse = reference;
    if (answer.modelIdentifier !== undefined) record.modelIdentifier = answer.modelIdentifier;
    result.push(record);
  }
  return result;
}

function referenceOf(record: JsonRecord, line: number, problems: ProblemList): string | undefined {
  const value = record.referenceResponse;
  if (value !== undefined && value !== null && typeof value !== 'string') {
    problems.add(`must be a string, found ${describeValue(value)}.`, {
      line,
      key: 'referenceResponse',
      fix: 'Write the reference answer as a string ("" when there is none).',
    });
    return undefined;
  }
  // An empty reference means "no reference", as Bedrock treats it.
  const text = expectedText(record, 'referenceResponse');
  return text === '' ? undefined : text;
}

/** The recorded answer; undefined when the record is malformed (a problem was added). */
function answerOf(
  record: JsonRecord,
  line: number,
  problems: ProblemList,
): { response: string | null; modelIdentifier?: string } | undefined {
  const responses = record.modelResponses;
  if (responses === undefined || responses === null) return { response: null };
  if (!Array.isArray(responses)) {
    problems.add(`must be an array with one entry, found ${describeValue(responses)}.`, {
      line,
      key: 'modelResponses',
      fix: 'Write [{"response": "...", "modelIdentifier": "..."}].',
    });
    return undefined;
  }
  if (responses.length !== 1) {
    problems.add(`has ${responses.length} entries; Bedrock requires exactly one per line.`, {
      line,
      key: 'modelResponses',
      fix:
        responses.length === 0
          ? 'Add the answer as [{"response": "...", "modelIdentifier": "..."}] (use "response": null if none was recorded).'
          : 'Keep one answer per line: put the answers of other models in files of their own.',
    });
    return undefined;
  }
  const entry: unknown = responses[0];
  if (!isRecord(entry)) {
    problems.add(`must be an object, found ${describeValue(entry)}.`, {
      line,
      key: 'modelResponses[0]',
      fix: 'Write {"response": "...", "modelIdentifier": "..."}.',
    });
    return undefined;
  }
  const response = entry.response;
  if (response !== undefined && response !== null && typeof response !== 'string') {
    problems.add(`must be a string or null, found ${describeValue(response)}.`, {
      line,
      key: 'modelResponses[0].response',
      fix: "Write the model's answer as a string.",
    });
    return undefined;
  }
  const modelIdentifier = entry.modelIdentifier;
  if (modelIdentifier !== undefined && typeof modelIdentifier !== 'string') {
    problems.add(`must be a string, found ${describeValue(modelIdentifier)}.`, {
      line,
      key: 'modelResponses[0].modelIdentifier',
      fix: 'Write the model label as a string, e.g. "my-app-v1".',
    });
    return undefined;
  }
  const answer: { response: string | null; modelIdentifier?: string } = { response: response ?? null };
  if (modelIdentifier !== undefined) answer.modelIdentifier = modelIdentifier;
  return answer;
}
