// Format `promptfoo`: the file `promptfoo eval -o results.json` writes:
//   {"evalId": "...", "results": {"version": 3, "timestamp": "...", "prompts": [...],
//     "results": [{"testIdx": 0, "promptIdx": 0, "testCase": {"vars": {...}, "description": "...", "metadata": {...}},
//                  "vars": {...}, "prompt": {"raw": "...", "label": "..."}, "provider": {"id": "...", "label": "..."},
//                  "response": {"output": "..."}, "success": true, "score": 1, "namedScores": {"Accuracy": 1},
//                  "gradingResult": {"pass": true, "score": 1, "reason": "..."}, "latencyMs": 812, "cost": 0.0002,
//                  "error": null, "failureReason": 0}, ...],
//     "stats": {...}}, "config": {...}, "shareableUrl": null}
// One row per test case × prompt × provider. Each row becomes one item; its id is the test's
// `metadata.id` (or `vars.id`), else `test-<testIdx>`, with `/<prompt label>` and `/<provider>` appended when the
// file holds several prompts or providers, so two runs of the same tests pair. Category: `metadata.category` or
// `vars.category`, else 'default'. Metrics: `pass` (success, as `pass_rate`), `score`, and every named score
// (in snake_case). A row that failed with an error (failureReason 2, or no response) is an error item; an
// assertion failure keeps its answer and its scores, with gradingResult.reason as the note.
import { UserError } from '../core/errors.js';
import type { Dataset, DatasetItem } from '../core/types.js';
import { isRecord, type JsonRecord } from '../dataset/fields.js';
import {
  describeValue,
  elementOffsets,
  memberValueOffset,
  readTextFile,
  skipWhitespace,
  type TextFile,
} from '../dataset/json-text.js';
import { ProblemList } from '../dataset/problems.js';
import { importedDataset, metricSpec, snakeName, type MetricInfo } from './common.js';

const FAILURE_ERROR = 2;

export async function importPromptfoo(root: string): Promise<Dataset> {
  const file = await readTextFile(root, '.', 'promptfoo results', 'dataset.path');
  const { rows, offsets } = readRows(file);
  const problems = new ProblemList(file.display);
  const lineOf = (index: number): number => file.lines.lineAt(offsets[index] ?? 0);
  const combos = new Set(
    rows.map((row) => (isRecord(row) ? `${promptKey(row)}\u0000${providerKey(row)}` : '')),
  );
  const prompts = new Set(rows.map((row) => (isRecord(row) ? promptKey(row) : '')));
  const providers = new Set(rows.map((row) => (isRecord(row) ? providerKey(row) : '')));
  const metrics = new Map<string, MetricInfo>();
  const pass = info(metrics, 'pass', {
    binary: 'always',
    aggregateName: 'pass_rate',
    description: 'promptfoo: the test case passed all its assertions (success).',
  });
  const score = info(metrics, 'score', {
    binary: 'never',
    description: "promptfoo: the test case's score (the weighted mean of its assertions' scores).",
  });
  const items: DatasetItem[] = [];
  const firstLine = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = lineOf(index);
    if (!isRecord(row)) {
      problems.add(`results.results[${index}] must be an object, found ${describeValue(row)}.`, {
        line,
        fix: 'Use the file promptfoo eval -o results.json wrote, unchanged.',
      });
      return;
    }
    const testIdx = row.testIdx;
    if (typeof testIdx !== 'number' || !Number.isInteger(testIdx) || testIdx < 0) {
      problems.add(`testIdx must be a non-negative integer, found ${describeValue(testIdx)}.`, {
        line,
        key: `results.results[${index}].testIdx`,
        fix: 'Use the JSON output of promptfoo 0.60 or later (promptfoo eval -o results.json).',
      });
      return;
    }
    if (typeof row.success !== 'boolean') {
      problems.add(`success must be true or false, found ${describeValue(row.success)}.`, {
        line,
        key: `results.results[${index}].success`,
        fix: 'Use the file promptfoo wrote, unchanged.',
      });
      return;
    }
    const testCase = isRecord(row.testCase) ? row.testCase : {};
    const meta = isRecord(testCase.metadata) ? testCase.metadata : {};
    const vars = isRecord(row.vars) ? row.vars : isRecord(testCase.vars) ? testCase.vars : {};
    const baseId = label(meta.id) ?? label(vars.id) ?? `test-${testIdx}`;
    let id = baseId;
    if (combos.size > 1) {
      if (prompts.size > 1) id += `/${promptKey(row)}`;
      if (providers.size > 1) id += `/${providerKey(row)}`;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.add(`lines ${seen} and ${line} are both test ${JSON.stringify(id)}.`, {
        line,
        key: `results.results[${index}]`,
        fix: 'Give each test a unique metadata.id, or keep one run in the file.',
      });
      return;
    }
    firstLine.set(id, line);
    const rowScores: Record<string, number | null> = { pass: row.success ? 1 : 0 };
    pass.values.push(rowScores.pass!);
    const notes: Record<string, string> = {};
    if (typeof row.score === 'number' && Number.isFinite(row.score)) {
      rowScores.score = row.score;
      score.values.push(row.score);
    } else rowScores.score = null;
    if (isRecord(row.namedScores)) {
      for (const [named, value] of Object.entries(row.namedScores)) {
        const metric = info(metrics, snakeName(named), {
          binary: 'never',
          description: `promptfoo named score "${named}".`,
        });
        if (typeof value === 'number' && Number.isFinite(value)) {
          rowScores[metric.name] = value;
          metric.values.push(value);
        } else rowScores[metric.name] = null;
      }
    }
    const reason = reasonOf(row);
    if (!row.success && reason) notes.pass = reason;
    const failed = row.failureReason === FAILURE_ERROR || !isRecord(row.response);
    const item: DatasetItem = {
      id,
      category: label(meta.category) ?? label(vars.category) ?? 'default',
      input: promptText(row, vars),
      source: { file: file.display, line },
      precomputed: failed ? null : outputText(row.response),
      imported: Object.keys(notes).length > 0 ? { scores: rowScores, notes } : { scores: rowScores },
    };
    const expected = vars.expected ?? vars.expected_output;
    if (typeof expected === 'string') item.expectedOutput = expected;
    items.push(item);
  });
  problems.throwIfAny();
  return importedDataset(file.display, 'promptfoo', items, [...metrics.values()].map(metricSpec));
}

function readRows(file: TextFile): { rows: unknown[]; offsets: number[] } {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    throw new UserError(`not valid JSON: ${(error as Error).message}.`, {
      file: file.display,
      line: 1,
      fix: 'Write the file with promptfoo eval -o results.json (a .jsonl output holds other records).',
    });
  }
  const inner = isRecord(value) && isRecord(value.results) ? value.results : undefined;
  if (!inner || !Array.isArray(inner.results)) {
    throw new UserError('missing results.results (the array of test results).', {
      file: file.display,
      line: 1,
      key: 'results.results',
      fix: 'Use the JSON output of promptfoo eval -o results.json (version 3 or later).',
    });
  }
  const root = skipWhitespace(file.text, 0);
  const outer = memberValueOffset(file.text, root, 'results');
  const array = outer === undefined ? undefined : memberValueOffset(file.text, outer, 'results');
  return {
    rows: inner.results as unknown[],
    offsets: array === undefined ? [] : elementOffsets(file.text, array),
  };
}

function info(
  metrics: Map<string, MetricInfo>,
  name: string,
  spec: Pick<MetricInfo, 'binary' | 'description'> & { aggregateName?: string },
): MetricInfo {
  let found = metrics.get(name);
  if (!found) {
    found = { name, higherIsBetter: true, values: [], ...spec };
    metrics.set(name, found);
  }
  return found;
}

function label(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function promptKey(row: JsonRecord): string {
  const prompt = isRecord(row.prompt) ? row.prompt : {};
  return label(prompt.label) ?? `prompt-${typeof row.promptIdx === 'number' ? row.promptIdx : 0}`;
}

function providerKey(row: JsonRecord): string {
  if (typeof row.provider === 'string') return row.provider;
  const provider = isRecord(row.provider) ? row.provider : {};
  return label(provider.label) ?? label(provider.id) ?? 'provider';
}

function promptText(row: JsonRecord, vars: JsonRecord): string {
  const prompt = isRecord(row.prompt) ? row.prompt : {};
  if (typeof prompt.raw === 'string' && prompt.raw !== '') return prompt.raw;
  return JSON.stringify(vars);
}

function outputText(response: unknown): string {
  const output = isRecord(response) ? response.output : undefined;
  if (typeof output === 'string') return output;
  return JSON.stringify(output ?? null);
}

function reasonOf(row: JsonRecord): string | undefined {
  if (typeof row.error === 'string' && row.error !== '') return row.error;
  const grading = isRecord(row.gradingResult) ? row.gradingResult : {};
  return typeof grading.reason === 'string' && grading.reason !== '' ? grading.reason : undefined;
}
