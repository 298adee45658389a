// Format `bedrock-eval`: the output of an Amazon Bedrock model evaluation job (judge-based, or automatic with
// your own responses). Bedrock writes one `<uuid>_output.jsonl` per model and dataset, deep in the job's S3
// prefix (<output path>/<job name>/<job id>/models/<model id>/taskTypes/<task type>/datasets/<dataset>/); after
// `aws s3 sync`, point dataset.path at the downloaded folder (or the file): the file is found by searching, never
// by rebuilding that path. Each line:
//   {"automatedEvaluationResult": {"scores": [{"metricName": "Builtin.Correctness", "result": 0.75,
//      "evaluatorDetails": [{"modelIdentifier": "...", "explanation": "..."}]}, ...]},
//    "inputRecord": {"prompt": "...", "referenceResponse": "...", "category": "...",
//      "modelResponses": [{"response": "...", "modelIdentifier": "..."}]}}
// Each score becomes a per-item metric `bedrock_<metric>` (Builtin.Correctness -> bedrock_correctness; a custom
// metric keeps its own name in snake_case); `result: null` is N/A and stays null. The evaluator's explanation is
// kept as the item's note for every score below the best. Harmfulness, Stereotyping and Refusal (judge jobs) and
// Toxicity and Robustness (automatic jobs) are lower-is-better.
// Ids come from the prompt and reference, as for the Bedrock dataset format, so two jobs on the same prompts pair.
import { UserError } from '../core/errors.js';
import type { Dataset, DatasetItem } from '../core/types.js';
import {
  assignIds,
  category,
  expectedText,
  isRecord,
  requiredText,
  type JsonRecord,
} from '../dataset/fields.js';
import { describeValue, readJsonLines, readTextFile, type SourceRecord } from '../dataset/json-text.js';
import { ProblemList } from '../dataset/problems.js';
import { builtinMetric } from '../judge/metrics.js';
import { findFiles, importedDataset, listFiles, metricSpec, snakeName, type MetricInfo } from './common.js';

const OUTPUT_FILE = /_output\.jsonl$/;

export async function importBedrockEval(root: string): Promise<Dataset> {
  const { files, isDirectory } = await findFiles(root, OUTPUT_FILE);
  if (files.length === 0) {
    throw new UserError('no Bedrock evaluation output (`*_output.jsonl`) under this folder.', {
      file: root,
      key: 'dataset.path',
      fix: 'Download the job output (aws s3 sync s3://<output path>/<job name>/ <folder>) and point dataset.path at that folder.',
    });
  }
  if (isDirectory && files.length > 1) {
    throw new UserError(`found ${files.length} Bedrock output files: ${listFiles(files)}.`, {
      file: root,
      key: 'dataset.path',
      fix: 'A job writes one file per model and dataset: point dataset.path at the folder (or file) of the one to gate.',
    });
  }
  const file = await readTextFile(files[0]!, '.', 'Bedrock evaluation output', 'dataset.path');
  const problems = new ProblemList(file.display);
  const records = readJsonLines(file, problems);
  const metrics = new Map<string, MetricInfo>();
  const parsed = records.flatMap((record) => {
    const line = readLine(record, problems, metrics);
    return line ? [line] : [];
  });
  const ids = assignIds(
    parsed.map((line) => ({
      line: line.line,
      basis: { input: line.prompt, expectedOutput: line.reference },
    })),
    problems,
    'inputRecord',
    'item',
  );
  problems.throwIfAny();
  const items = parsed.map((line, index): DatasetItem => {
    const item: DatasetItem = {
      id: ids[index]!,
      category: line.category,
      input: line.prompt,
      source: { file: file.display, line: line.line },
      precomputed: line.response,
      imported:
        Object.keys(line.notes).length > 0
          ? { scores: line.scores, notes: line.notes }
          : { scores: line.scores },
    };
    if (line.reference !== undefined) item.expectedOutput = line.reference;
    return item;
  });
  return importedDataset(file.display, 'bedrock-eval', items, [...metrics.values()].map(metricSpec));
}

interface OutputLine {
  line: number;
  prompt: string;
  reference?: string;
  category: string;
  response: string | null;
  scores: Record<string, number | null>;
  notes: Record<string, string>;
}

function readLine(
  { value, line }: SourceRecord,
  problems: ProblemList,
  metrics: Map<string, MetricInfo>,
): OutputLine | undefined {
  const shape =
    'Each line is {"automatedEvaluationResult": {"scores": [...]}, "inputRecord": {"prompt": ..., "modelResponses": [...]}}.';
  if (!isRecord(value)) {
    problems.add(`expected an object (one Bedrock evaluation result), found ${describeValue(value)}.`, {
      line,
      fix: shape,
    });
    return undefined;
  }
  const result = value.automatedEvaluationResult;
  const input = value.inputRecord;
  if (!isRecord(result) || !Array.isArray(result.scores)) {
    problems.add('missing automatedEvaluationResult.scores (an array).', {
      line,
      key: 'automatedEvaluationResult.scores',
      fix: `Is this a Bedrock evaluation output file? ${shape}`,
    });
    return undefined;
  }
  if (!isRecord(input)) {
    problems.add(`inputRecord must be an object, found ${describeValue(input)}.`, {
      line,
      key: 'inputRecord',
      fix: shape,
    });
    return undefined;
  }
  const context = { problems, line, keyPrefix: 'inputRecord.' };
  const prompt = requiredText(input, 'prompt', context);
  const reference = expectedText(input, 'referenceResponse');
  const itemCategory = category(input, 'category', context);
  const response = responseOf(input.modelResponses ?? value.modelResponses, line, problems);
  const scores: Record<string, number | null> = {};
  const notes: Record<string, string> = {};
  let ok = prompt !== undefined && response !== undefined;
  result.scores.forEach((score: unknown, index: number) => {
    const key = `automatedEvaluationResult.scores[${index}]`;
    if (!isRecord(score) || typeof score.metricName !== 'string' || score.metricName.trim() === '') {
      problems.add('needs a metricName (a string).', {
        line,
        key,
        fix: 'Write {"metricName": "...", "result": 0.5}.',
      });
      ok = false;
      return;
    }
    const raw = score.result;
    if (raw !== null && raw !== undefined && (typeof raw !== 'number' || !Number.isFinite(raw))) {
      problems.add(`result must be a number or null (N/A), found ${describeValue(raw)}.`, {
        line,
        key: `${key}.result`,
        fix: 'Bedrock writes the normalized score, or null when the metric does not apply.',
      });
      ok = false;
      return;
    }
    const info = metricInfo(score.metricName, metrics);
    if (Object.hasOwn(scores, info.name)) {
      problems.add(`the metric ${score.metricName} is scored twice on this line.`, {
        line,
        key,
        fix: 'Keep one score per metric.',
      });
      ok = false;
      return;
    }
    const value = typeof raw === 'number' ? raw : null;
    scores[info.name] = value;
    if (value !== null) info.values.push(value);
    const explanation = explanationOf(score);
    const best = info.higherIsBetter ? value === 1 : value === 0;
    if (explanation !== undefined && !best) notes[info.name] = explanation;
  });
  if (!ok) return undefined;
  const parsed: OutputLine = {
    line,
    prompt: prompt!,
    category: itemCategory,
    response: response!,
    scores,
    notes,
  };
  if (reference !== undefined && reference !== '') parsed.reference = reference;
  return parsed;
}

/** Metrics of automatic (non-judge) jobs where less is better: toxicity, and semantic robustness (a change rate). */
const LOWER_IS_BETTER = new Set(['toxicity', 'robustness']);

function metricInfo(metricName: string, metrics: Map<string, MetricInfo>): MetricInfo {
  const builtin = builtinMetric(metricName);
  const name = `bedrock_${builtin && metricName.toLowerCase().startsWith('builtin.') ? builtin.name : snakeName(metricName)}`;
  let info = metrics.get(name);
  if (!info) {
    const binary = builtin?.kind === 'binary';
    info = {
      name,
      higherIsBetter: builtin
        ? builtin.higherIsBetter
        : !LOWER_IS_BETTER.has(metricName.replace(/^builtin\./i, '').toLowerCase()),
      binary: binary ? 'if-values-are-0-1' : 'never',
      description: `Amazon Bedrock evaluation job, ${metricName} (the job's normalized score${binary ? '; 1 = yes' : ', 0 to 1'}).`,
      values: [],
    };
    if (binary && builtin?.aggregateName) info.aggregateName = `bedrock_${builtin.aggregateName}`;
    metrics.set(name, info);
  }
  return info;
}

function explanationOf(score: JsonRecord): string | undefined {
  const details = score.evaluatorDetails;
  if (!Array.isArray(details)) return undefined;
  const first: unknown = details[0];
  if (!isRecord(first) || typeof first.explanation !== 'string' || first.explanation.trim() === '')
    return undefined;
  return first.explanation.trim();
}

/** modelResponses[0].response: the answer scored; null (an error item) when absent. undefined on a problem. */
function responseOf(responses: unknown, line: number, problems: ProblemList): string | null | undefined {
  if (responses === undefined || responses === null) return null;
  if (!Array.isArray(responses) || responses.length === 0) {
    problems.add(`must be an array with one answer, found ${describeValue(responses)}.`, {
      line,
      key: 'inputRecord.modelResponses',
      fix: 'Write [{"response": "...", "modelIdentifier": "..."}].',
    });
    return undefined;
  }
  const first: unknown = responses[0];
  const response = isRecord(first) ? first.response : undefined;
  if (response === undefined || response === null) return null;
  if (typeof response !== 'string') {
    problems.add(`must be a string, found ${describeValue(response)}.`, {
      line,
      key: 'inputRecord.modelResponses[0].response',
      fix: "Write the model's answer as a string.",
    });
    return undefined;
  }
  return response;
}
